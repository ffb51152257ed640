import { shortTitle } from '../model/argument-table.ts';
import type { ArticleHead } from '../model/article.ts';
import { placeLabel } from '../model/citation.ts';
import type { PassageSlide } from '../model/passage-slides.ts';
import type { Passage } from '../model/tag-layer.ts';

/** Every passage linked to the presented one, and every disagreement's note, whole (opened on demand; it may scroll). */
export function SlideFullText({
  slide,
  articleOf,
}: {
  slide: PassageSlide;
  articleOf: (articleId: string) => ArticleHead | undefined;
}) {
  const item = (p: Passage) => {
    const meta = articleOf(p.article)?.meta;
    return (
      <li key={p.id} className="slide-full__passage">
        <p className="slide-card__what">
          {meta ? shortTitle(meta, 6) : p.article}, {placeLabel(p.paragraphNumber)}
        </p>
        <blockquote className="slide-card__quote">
          <p>{p.exact}</p>
        </blockquote>
      </li>
    );
  };
  return (
    <div className="slide-full">
      {slide.same.length > 0 && (
        <section aria-labelledby="slide-full-same">
          <h2 id="slide-full-same">Same argument elsewhere ({slide.same.length})</h2>
          <ul className="slide-full__list">{slide.same.map(item)}</ul>
        </section>
      )}
      {slide.contrasts.length > 0 && (
        <section aria-labelledby="slide-full-contrasts">
          <h2 id="slide-full-contrasts">In dispute ({slide.contrasts.length})</h2>
          {slide.contrasts.map((c) => (
            <div key={c.id} className="slide-full__dispute">
              {c.note !== undefined && (
                <p className="slide-card__note">
                  <span className="slide-card__label">Why they disagree:</span> {c.note}
                </p>
              )}
              {c.argument && (
                <p className="slide-full__argument">
                  <strong>Opposing argument:</strong> {c.argument.statement}
                </p>
              )}
              <ul className="slide-full__list">{c.passages.map(item)}</ul>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
