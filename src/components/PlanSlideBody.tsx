import type { PlanSlide, SlideSide } from '../model/plan-view.ts';
import { FocusPassages } from './FocusPassages.tsx';
import { TypeChip } from './TypeChip.tsx';
import type { Passage } from '../model/tag-layer.ts';

/**
 * What one plan step shows under its prompt: an argument (type, statement, passages by article,
 * questions), a passage (its quote and source), or a disagreement (both sides and the curators'
 * note). `brief` is presentation mode (short titles and paragraphs only); otherwise each quote has
 * its full source under it, as a handout needs. `Heading` is the level of the step's own title.
 */
export function PlanSlideBody({
  slide,
  brief,
  loading,
  passageHref,
  heading: Heading = 'h3',
}: {
  slide: PlanSlide;
  brief: boolean;
  /** The step's articles are still arriving (a missing target is then not yet known to be missing). */
  loading: boolean;
  passageHref: (passage: Passage) => string;
  heading?: 'h1' | 'h2' | 'h3';
}) {
  switch (slide.kind) {
    case 'argument':
      return (
        <div className="plan-slide">
          <p className="plan-slide__type">
            <TypeChip type={slide.type} /> Argument made by {slide.articles.length}{' '}
            {slide.articles.length === 1 ? 'article' : 'articles'}
          </p>
          <Heading className="plan-slide__statement">{slide.argument.statement}</Heading>
          {loading && slide.articles.every((a) => a.passages.length === 0) ? (
            <p className="plan-slide__loading">Loading the passages…</p>
          ) : (
            <FocusPassages articles={slide.articles} passageHref={passageHref} brief={brief} />
          )}
          {!brief && slide.argument.questions.length > 0 && (
            <div className="plan-slide__questions">
              <p className="plan-slide__label">The curators’ questions</p>
              <ol>
                {slide.argument.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ol>
            </div>
          )}
        </div>
      );
    case 'passage':
      return (
        <div className="plan-slide">
          <p className="plan-slide__type">
            <TypeChip type={slide.type} /> Passage
          </p>
          <FocusPassages
            articles={[{ meta: slide.meta, passages: [slide.passage] }]}
            passageHref={passageHref}
            brief={brief}
          />
        </div>
      );
    case 'contrast':
      return (
        <div className="plan-slide">
          <p className="plan-slide__type">Disagreement</p>
          <div className="plan-slide__sides">
            {slide.sides.map((side, i) => (
              <Side
                key={i}
                side={side}
                label={i === 0 ? 'One side' : 'The other side'}
                brief={brief}
                passageHref={passageHref}
              />
            ))}
          </div>
          <p className="plan-slide__note">
            <strong>Why they disagree:</strong>{' '}
            {slide.note ?? 'the curators wrote no note for this disagreement.'}
          </p>
        </div>
      );
    case 'missing':
      return (
        <p className="plan-slide__missing">
          {loading ? 'Loading…' : `This step names something the corpus does not have: ${slide.what}.`}
        </p>
      );
  }
}

function Side({
  side,
  label,
  brief,
  passageHref,
}: {
  side: SlideSide;
  label: string;
  brief: boolean;
  passageHref: (passage: Passage) => string;
}) {
  return (
    <section className="plan-slide__side" aria-label={label}>
      <p className="plan-slide__label">{label}</p>
      {side.argument && <p className="plan-slide__side-statement">{side.argument.statement}</p>}
      <FocusPassages articles={side.articles} passageHref={passageHref} brief={brief} />
    </section>
  );
}
