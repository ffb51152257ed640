import '../disputes.css';
import { Link } from 'react-router';
import type { DisputeRow, DisputeSideRow } from '../model/argument-table.ts';
import { placeLabel } from '../model/citation.ts';
import type { Argument, Passage } from '../model/tag-layer.ts';

/** The curated disagreements: each pair of opposing sides with its note and a link reading both side by side. */
export function DisputeList({
  rows,
  hrefFor,
  pairHref,
}: {
  rows: readonly DisputeRow[];
  /** Where an argument side links (its articles side by side). */
  hrefFor: (a: Argument) => string;
  /** Where "Read both sides side by side" links. */
  pairHref: (from: Passage, to: Passage) => string;
}) {
  return (
    <ol className="dispute-list" aria-label="Disagreements">
      {rows.map(({ dispute, sides, pair }) => (
        <li key={dispute.id} id={`dispute-${dispute.id}`} className="dispute">
          <div className="dispute__sides">
            <DisputeSideView side={sides[0]} hrefFor={hrefFor} />
            <p className="dispute__versus">versus</p>
            <DisputeSideView side={sides[1]} hrefFor={hrefFor} />
          </div>
          {dispute.note !== undefined && <p className="dispute__note">{dispute.note}</p>}
          {pair && (
            <Link className="dispute__compare" to={pairHref(pair.from, pair.to)}>
              Read both sides side by side
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}

/** One side: an argument's statement (a link) and who makes it, or one passage's words and place. */
function DisputeSideView({ side, hrefFor }: { side: DisputeSideRow; hrefFor: (a: Argument) => string }) {
  const { argument, passage } = side;
  return (
    <div className="dispute__side">
      {argument ? (
        <Link to={hrefFor(argument)} className="dispute__statement">
          {argument.statement}
        </Link>
      ) : (
        passage && <blockquote className="dispute__quote">{passage.exact}</blockquote>
      )}
      {side.citation !== undefined && <cite className="print-citation">{side.citation}</cite>}
      <p className="dispute__who">
        {passage ? `${side.articles[0] ?? passage.article}, ${placeLabel(passage.paragraphNumber)}` : ''}
        {argument ? `Made by ${side.articles.join('; ')}` : ''}
      </p>
    </div>
  );
}
