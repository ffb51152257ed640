import '../disputes.css';
import { Link } from 'react-router';
import type { Article } from '../model/article.ts';
import type { TagIndex } from '../model/tag-index.ts';
import type { Passage } from '../model/tag-layer.ts';
import { sideBySidePath } from '../state/paths.ts';
import { usePassageDisputes } from '../state/use-passage-disputes.ts';
import { LinkedPassageItem } from './LinkedPassageItem.tsx';

/** The links panel's "In dispute" section: each disagreement of the passage with its note and the other side. */
export function DisputesSection({
  passage,
  index,
  articles,
  openIds,
  onShow,
  onOpenBeside,
}: {
  passage: Passage;
  index: TagIndex;
  articles: ReadonlyMap<string, Article>;
  openIds: readonly string[];
  onShow: (passageId: string) => void;
  onOpenBeside: (articleId: string) => void;
}) {
  const disputes = usePassageDisputes(passage, index);
  if (disputes.length === 0) return null;
  return (
    <section className="links-panel__disputes" aria-labelledby="links-panel-disputes">
      <h3 id="links-panel-disputes">In dispute ({disputes.length})</h3>
      {disputes.map((d) => (
        <div key={d.dispute.id} className="panel-dispute">
          {d.dispute.note !== undefined && <p className="panel-dispute__note">{d.dispute.note}</p>}
          {d.otherArgument && (
            <p className="panel-dispute__other">
              <span className="panel-dispute__label">Opposing argument:</span> {d.otherArgument.statement}
            </p>
          )}
          <ul className="linked-list">
            {d.opposingPassages.map((p) => {
              const title = articles.get(p.article)?.meta.title ?? p.article;
              return (
                <LinkedPassageItem
                  key={p.id}
                  passage={p}
                  article={articles.get(p.article)}
                  open={openIds.includes(p.article)}
                  onShow={onShow}
                  onOpenBeside={onOpenBeside}
                >
                  <Link
                    className="panel-dispute__compare"
                    to={sideBySidePath(passage, p)}
                    aria-label={`Both sides side by side: this passage and ${title}`}
                  >
                    Both sides side by side
                  </Link>
                </LinkedPassageItem>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
