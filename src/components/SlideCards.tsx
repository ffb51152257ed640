import { shortTitle } from '../model/argument-table.ts';
import type { ArticleHead } from '../model/article.ts';
import { placeMark } from '../model/citation.ts';
import type { SlideCard } from '../model/passage-slides.ts';

/** The linked passages that fit a presentation screen: the same argument elsewhere, then the other side with the note. */
export function SlideCards({
  cards,
  articleOf,
}: {
  cards: readonly SlideCard[];
  articleOf: (articleId: string) => ArticleHead | undefined;
}) {
  if (cards.length === 0) return null;
  return (
    <ul className="slide-cards" aria-label="Linked passages">
      {cards.map((card) => {
        const meta = articleOf(card.passage.article)?.meta;
        return (
          <li key={`${card.kind}-${card.passage.id}`} className={`slide-card slide-card--${card.kind}`}>
            <p className="slide-card__what">
              <strong>{card.kind === 'same' ? 'Same argument' : 'Disputes it'}</strong> ·{' '}
              {meta ? shortTitle(meta, 3) : card.passage.article}, {placeMark(card.passage.paragraphNumber)}
            </p>
            {card.note && (
              <p className="slide-card__note">
                <span className="slide-card__label">Why they disagree:</span> {card.note.shown}
              </p>
            )}
            <blockquote className="slide-card__quote">
              <p>{card.quote.shown}</p>
            </blockquote>
          </li>
        );
      })}
    </ul>
  );
}
