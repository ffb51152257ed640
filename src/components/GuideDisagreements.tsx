import { Link } from 'react-router';
import type { ArticleMeta } from '../model/article.ts';
import { shortTitle } from '../model/argument-table.ts';
import { authorsLabel, placeHeading, placeLabel } from '../model/citation.ts';
import type { GuideDisagreement, GuideSide } from '../model/reading-guide.ts';
import type { Passage } from '../model/tag-layer.ts';

/**
 * Where an article disagrees with others, one group per other article: each curated contrast with
 * both sides quoted (paragraph numbers given), the curators' note, and a link opening both passages
 * side by side in the compare view.
 */
export function GuideDisagreements({
  meta,
  disagreements,
  argumentHref,
  pairHref,
}: {
  meta: ArticleMeta;
  disagreements: readonly GuideDisagreement[];
  argumentHref: (argumentId: string) => string;
  pairHref: (from: Passage, to: Passage) => string;
}) {
  if (disagreements.length === 0) return <p>No curated disagreement sets this article against another.</p>;
  return disagreements.map(({ other, contrasts }) => (
    <section key={other.id} className="guide-group" aria-labelledby={`guide-dispute-${other.id}`}>
      <h3 id={`guide-dispute-${other.id}`}>
        With {other.title} <span className="guide-group__by">({authorsLabel(other)})</span>
      </h3>
      <ul className="guide-contrasts" aria-label={`Disagreements with ${other.title}`}>
        {contrasts.map((c) => {
          const from = c.ours.passages[0];
          const to = c.theirs.passages[0];
          return (
            <li key={c.dispute.id} className="guide-contrast">
              <div className="guide-contrast__sides">
                <GuideSideQuote heading="This article" side={c.ours} argumentHref={argumentHref} />
                <GuideSideQuote heading={shortTitle(other, 6)} side={c.theirs} argumentHref={argumentHref} />
              </div>
              <p className="guide-contrast__note">
                <strong>Why they disagree:</strong>{' '}
                {c.note ?? 'the curators wrote no note for this disagreement.'}
              </p>
              {from && to && (
                <p className="guide-contrast__open">
                  <Link to={pairHref(from, to)}>
                    Open both side by side
                    <span className="visually-hidden">
                      {' '}
                      ({shortTitle(meta, 6)}, {placeLabel(from.paragraphNumber)}, and {shortTitle(other, 6)},{' '}
                      {placeLabel(to.paragraphNumber)})
                    </span>
                  </Link>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  ));
}

/** One side of a contrast: the argument it states (linked) and its passages quoted with their paragraphs. */
function GuideSideQuote({
  heading,
  side,
  argumentHref,
}: {
  heading: string;
  side: GuideSide;
  argumentHref: (argumentId: string) => string;
}) {
  return (
    <div className="guide-side">
      <h4 className="guide-side__heading">{heading}</h4>
      {side.argument && (
        <p className="guide-side__argument">
          <Link to={argumentHref(side.argument.id)}>{side.argument.statement}</Link>
        </p>
      )}
      {side.passages.map((p) => (
        <figure key={p.id} className="guide-side__passage">
          <blockquote className="guide-side__quote">
            <p>{p.exact}</p>
          </blockquote>
          <figcaption className="guide-side__place">{placeHeading(p.paragraphNumber)}</figcaption>
        </figure>
      ))}
    </div>
  );
}
