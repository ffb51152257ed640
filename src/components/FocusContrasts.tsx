import { Link } from 'react-router';
import type { FocusContrast } from '../model/argument-focus.ts';
import type { ArticleMeta } from '../model/article.ts';
import type { Passage } from '../model/tag-layer.ts';
import { authorsLabel, sourceLabel } from '../model/citation.ts';
import { disputeArticles } from '../model/disputes.ts';
import { AddToPlan } from './AddToPlan.tsx';

/** The disagreements an argument takes part in: the other side (an argument or one passage), its articles, and the curators' note. */
export function FocusContrasts({
  contrasts,
  hrefOf,
}: {
  contrasts: readonly FocusContrast[];
  /** The focus view of the other side's argument. */
  hrefOf: (argumentId: string) => string;
}) {
  if (contrasts.length === 0) return <p>No curated disagreement involves this argument.</p>;
  return (
    <ul className="focus-contrasts" aria-label="Arguments it contrasts with">
      {contrasts.map(({ dispute, argument, passage, articles, note }) => (
        <li key={dispute.id} className="focus-contrast">
          <p className="focus-contrast__side">
            {argument ? (
              <Link to={hrefOf(argument.id)}>{argument.statement}</Link>
            ) : (
              passage && <q>{passage.exact}</q>
            )}
          </p>
          {!argument && passage && <PassageCitation passage={passage} articles={articles} />}
          <p className="focus-contrast__articles">
            {articles.map((m) => `${m.title} (${authorsLabel(m)})`).join('; ')}
          </p>
          <p className="focus-contrast__note">
            <strong>Why they disagree:</strong> {note ?? 'the curators wrote no note for this disagreement.'}
          </p>
          <AddToPlan
            target={{ kind: 'contrast', id: dispute.id, articles: disputeArticles(dispute) }}
            what="this disagreement"
          />
        </li>
      ))}
    </ul>
  );
}

/** On paper, the citation (with its paragraph) of a passage quoted as the other side. */
function PassageCitation({ passage, articles }: { passage: Passage; articles: readonly ArticleMeta[] }) {
  const meta = articles.find((m) => m.id === passage.article);
  return meta ? <cite className="print-citation">{sourceLabel(meta, passage.paragraphNumber)}</cite> : null;
}
