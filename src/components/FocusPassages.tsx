import { Link } from 'react-router';
import type { FocusArticle } from '../model/argument-focus.ts';
import { shortTitle } from '../model/argument-table.ts';
import { articleSourceDetails, placeLabel, sourceLabel } from '../model/citation.ts';
import type { Passage } from '../model/tag-layer.ts';
import { absoluteUrl } from '../state/paths.ts';
import { AddToPlan } from './AddToPlan.tsx';
import { CiteButton } from './CiteButton.tsx';

/**
 * The passages making an argument, one article per column: each quote with its paragraph number and
 * where it comes from. `brief` (presentation mode, where the titles are the headings under the
 * statement) gives the article's short title and the paragraph instead of the full source.
 */
export function FocusPassages({
  articles,
  passageHref,
  brief = false,
  addToPlan = false,
}: {
  articles: readonly FocusArticle[];
  passageHref: (passage: Passage) => string;
  brief?: boolean;
  /** Offer "Add to plan" under each passage. */
  addToPlan?: boolean;
}) {
  const Heading = brief ? 'h2' : 'h3';
  return (
    <ul className="focus-passages" aria-label="Passages making this argument">
      {articles.map(({ meta, passages }) => (
        <li key={meta.id} className="focus-passages__article">
          <Heading className="focus-passages__title">{brief ? shortTitle(meta, 6) : meta.title}</Heading>
          {!brief && <p className="focus-passages__source print-only">{articleSourceDetails(meta)}</p>}
          {passages.map((p) => (
            <figure key={p.id} className="focus-passage">
              <blockquote className="focus-passage__quote">
                <p>{p.exact}</p>
              </blockquote>
              <figcaption className="focus-passage__source">
                {brief ? (
                  <span className="focus-passage__place">{capitalise(placeLabel(p.paragraphNumber))}</span>
                ) : (
                  <>
                    <cite>{sourceLabel(meta, p.paragraphNumber)}</cite>{' '}
                    <CiteButton
                      target={{
                        meta,
                        passage: { paragraphNumber: p.paragraphNumber },
                        url: absoluteUrl(passageHref(p)),
                      }}
                      what={`this passage (${placeLabel(p.paragraphNumber)} of ${meta.title})`}
                    />{' '}
                    <Link to={passageHref(p)}>
                      Read {placeLabel(p.paragraphNumber)} in the article
                      <span className="visually-hidden">: {meta.title}</span>
                    </Link>
                    {addToPlan && (
                      <>
                        {' '}
                        <AddToPlan
                          target={{ kind: 'passage', id: p.id, article: meta.id }}
                          what={`the passage in ${placeLabel(p.paragraphNumber)} of ${meta.title}`}
                        />
                      </>
                    )}
                  </>
                )}
              </figcaption>
            </figure>
          ))}
        </li>
      ))}
    </ul>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
