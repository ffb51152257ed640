import '../focus.css';
import '../passage-presentation.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { shortTitle } from '../model/argument-table.ts';
import type { ArticleHead } from '../model/article.ts';
import { placeLabel } from '../model/citation.ts';
import type { PassageSlide } from '../model/passage-slides.ts';
import type { ClaimType } from '../model/tag-layer.ts';
import { FocusLoading } from './FocusLoading.tsx';
import { PresentationBar } from './PresentationBar.tsx';
import { SlideCards } from './SlideCards.tsx';
import { SlideFullText } from './SlideFullText.tsx';
import { TypeChip } from './TypeChip.tsx';

/**
 * The compare view projected, one passage per screen: where it comes from, the quote, the argument it
 * makes, and the linked passages that fit (the same argument elsewhere, the other side of each
 * disagreement with its note); "Full text" opens everything cut or left out. Render it with a `key`
 * per step, so the full text closes on each step.
 */
export function PassagePresentation({
  slide,
  total,
  articleOf,
  typeOf,
  hrefOf,
  leaveHref,
  loading,
  failures,
  problems,
}: {
  slide: PassageSlide | undefined;
  /** How many steps (passages) there are. */
  total: number;
  articleOf: (articleId: string) => ArticleHead | undefined;
  typeOf: (typeId: string) => ClaimType | undefined;
  hrefOf: (passageId: string) => string;
  leaveHref: string;
  loading: boolean;
  failures: readonly { message: string; retry: () => void }[];
  /** What the address named that the corpus does not have. */
  problems: readonly string[];
}) {
  const [full, setFull] = useState(false);
  const bar = (
    <PresentationBar
      previousHref={slide?.previous !== undefined ? hrefOf(slide.previous) : undefined}
      nextHref={slide?.next !== undefined ? hrefOf(slide.next) : undefined}
      position={`${slide?.position ?? '–'} / ${total}`}
      leaveHref={leaveHref}
      noun="passage"
    >
      {slide?.more && (
        <button
          type="button"
          className="presentation__toggle"
          aria-pressed={full}
          onClick={() => setFull((on) => !on)}
        >
          Full text
        </button>
      )}
    </PresentationBar>
  );
  if (!slide)
    return (
      <main className="presentation passage-presentation">
        {loading || failures.length > 0 ? (
          <FocusLoading loading={loading} failures={failures} />
        ) : (
          <>
            <h1 className="passage-presentation__where">Nothing to present</h1>
            <p>
              The open articles have no tagged passages{problems.length > 0 ? '' : ' for this filter'}.{' '}
              <Link to={leaveHref}>Back to the compare view</Link>
            </p>
          </>
        )}
        {problems.length > 0 && (
          <ul role="alert">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        {bar}
      </main>
    );
  const { passage, quote } = slide;
  const moreArguments = slide.arguments.length - slide.shownArguments.length;
  const more = [
    ...(moreArguments > 0 ? [`${moreArguments} more ${moreArguments === 1 ? 'argument' : 'arguments'}`] : []),
    ...(slide.hidden > 0
      ? [`${slide.hidden} more linked ${slide.hidden === 1 ? 'passage' : 'passages'}`]
      : []),
  ];
  const meta = articleOf(passage.article)?.meta;
  return (
    <main className={`presentation passage-presentation${full ? ' passage-presentation--full' : ''}`}>
      <h1 className="passage-presentation__where">
        <TypeChip type={typeOf(passage.types[0] ?? '')} /> {meta ? shortTitle(meta, 8) : passage.article},{' '}
        {placeLabel(passage.paragraphNumber)}
      </h1>
      <blockquote className="passage-presentation__quote">
        <p>{full ? passage.exact : quote.shown}</p>
      </blockquote>
      {(full ? slide.arguments : slide.shownArguments).map((a) => (
        <p key={a.id} className="passage-presentation__argument">
          <strong>Argument:</strong> {a.statement}
        </p>
      ))}
      {full ? (
        <SlideFullText slide={slide} articleOf={articleOf} />
      ) : (
        <>
          <SlideCards cards={slide.cards} articleOf={articleOf} />
          {more.length > 0 && (
            <p className="passage-presentation__more">and {more.join(' and ')} in the full text</p>
          )}
        </>
      )}
      {bar}
    </main>
  );
}
