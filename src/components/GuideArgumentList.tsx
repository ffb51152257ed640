import { Link } from 'react-router';
import { placeLabel } from '../model/citation.ts';
import type { GuideArgument } from '../model/reading-guide.ts';
import type { Passage } from '../model/tag-layer.ts';
import { TypeChip } from './TypeChip.tsx';

/**
 * Arguments of a reading guide: each statement (linking to its focus view) with its claim type, the
 * paragraphs of this article that make it (each opening its first passage there in the article) and, when the
 * argument is shared, a link reading both articles side by side.
 */
export function GuideArgumentList({
  entries,
  label,
  argumentHref,
  passageHref,
  compareHref,
}: {
  entries: readonly GuideArgument[];
  label: string;
  argumentHref: (argumentId: string) => string;
  passageHref: (passage: Passage) => string;
  /** Side by side with the other article, the entry's first passage here selected; absent for lone arguments. */
  compareHref?: (entry: GuideArgument) => string;
}) {
  return (
    <ul className="guide-arguments" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.argument.id} className="guide-argument">
          <p className="guide-argument__statement">
            <TypeChip type={entry.type} />{' '}
            <Link to={argumentHref(entry.argument.id)}>{entry.argument.statement}</Link>
          </p>
          <p className="guide-argument__where">
            {entry.paragraphs.length > 0 && (
              <span className="guide-argument__here">
                Here:{' '}
                {entry.paragraphs.map((p, i) => (
                  <span key={p.id}>
                    {i > 0 && ', '}
                    <Link to={passageHref(p)}>
                      {placeLabel(p.paragraphNumber)}
                      <span className="visually-hidden"> (“{entry.argument.statement}”)</span>
                    </Link>
                  </span>
                ))}
              </span>
            )}
            {compareHref && (
              <Link to={compareHref(entry)} className="guide-argument__compare">
                Read both side by side
                <span className="visually-hidden"> (“{entry.argument.statement}”)</span>
              </Link>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
