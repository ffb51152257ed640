import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ArticleHead } from '../model/article.ts';
import { authorsLabel, dateLabel, publicationLabel } from '../model/citation.ts';
import { EMPTY_COMPARE_STATE, MAX_COLUMNS } from '../state/compare-url.ts';
import { tickedInLibraryOrder } from '../state/passage-lists.ts';
import { articlePath, comparePath, guidePath } from '../state/paths.ts';
import { useWindowedList } from '../state/windowed-rows.ts';

/** A card's usual height (px): a one-line title, the citation line and the Compare box. */
const CARD_ESTIMATE = 120;

/**
 * The library's list of articles with their citation data and length, and a picker to compare some side
 * by side. A long library renders only the cards near the screen (see `useWindowedList`); ticks live in
 * state, not in the cards, so a card scrolled away and back keeps its tick.
 */
export function ArticleList({ articles }: { articles: readonly ArticleHead[] }) {
  const [picked, setPicked] = useState<readonly string[]>([]);
  const navigate = useNavigate();
  const toggle = (id: string): void =>
    setPicked((prev) => (prev.includes(id) ? prev.filter((p) => p !== id) : [...prev, id]));
  const chosen = tickedInLibraryOrder(articles, picked);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = useWindowedList(articles.length, CARD_ESTIMATE, listRef);
  return (
    <form
      className="compare-picker"
      aria-label="Compare articles"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen.length >= 2) void navigate(comparePath({ ...EMPTY_COMPARE_STATE, articles: chosen }));
      }}
    >
      <ul
        ref={listRef}
        className={`article-list${shown.windowed ? ' is-windowed' : ''}`}
        aria-label="Articles"
        style={shown.windowed ? { height: shown.totalHeight } : undefined}
      >
        {shown.rows.map(({ index, offset }) => {
          const article = articles[index];
          if (!article) return null;
          return (
            <li
              key={article.meta.id}
              className="article-card"
              data-index={index}
              ref={shown.measure}
              aria-posinset={shown.windowed ? index + 1 : undefined}
              aria-setsize={shown.windowed ? articles.length : undefined}
              style={shown.windowed ? { transform: `translateY(${offset}px)` } : undefined}
            >
              <h2 className="article-card__title">
                <Link to={articlePath(article.meta.id)}>{article.meta.title}</Link>
              </h2>
              <p className="article-card__meta">
                <span>{publicationLabel(article.meta)}</span> · <span>{authorsLabel(article.meta)}</span> ·{' '}
                <span>{dateLabel(article.meta)}</span> ·{' '}
                <span>{article.wordCount.toLocaleString('en')} words</span>
              </p>
              <p className="article-card__guide">
                <Link to={guidePath(article.meta.id)}>
                  Reading guide<span className="visually-hidden">: {article.meta.title}</span>
                </Link>
              </p>
              <label className="article-card__pick">
                <input
                  type="checkbox"
                  checked={picked.includes(article.meta.id)}
                  disabled={!picked.includes(article.meta.id) && picked.length >= MAX_COLUMNS}
                  onChange={() => toggle(article.meta.id)}
                  aria-label={`Compare ${article.meta.title}`}
                />
                Compare
              </label>
            </li>
          );
        })}
      </ul>
      <div className="compare-picker__bar">
        <button type="submit" disabled={chosen.length < 2}>
          Compare side by side
        </button>
        <span className="compare-picker__hint" aria-live="polite">
          {chosen.length < 2
            ? `Tick 2 to ${MAX_COLUMNS} articles to compare (${chosen.length} ticked).`
            : `${chosen.length} articles ticked.`}
        </span>
      </div>
    </form>
  );
}
