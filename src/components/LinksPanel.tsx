import { placeLabel, quoteCitation } from '../model/citation.ts';
import { useState, type ReactNode } from 'react';
import type { Article } from '../model/article.ts';
import type { LinkedPassage } from '../model/cross-index.ts';
import type { TagIndex } from '../model/tag-index.ts';
import type { Passage } from '../model/tag-layer.ts';
import { linksByKind } from '../state/passage-lists.ts';
import { CopyButton } from './CopyButton.tsx';
import { CopyLink } from './CopyLink.tsx';
import { DisputesSection } from './DisputesSection.tsx';
import { LinkedPassageItem } from './LinkedPassageItem.tsx';
import { TypeAbbrChips } from './TypeAbbrChips.tsx';

/** Side panel of the selected passage: its disagreements first, its arguments, and the passages making them elsewhere. */
export function LinksPanel({
  passage,
  index,
  articles,
  openIds,
  url,
  onShow,
  onOpenBeside,
  onClose,
  children,
}: {
  passage: Passage;
  index: TagIndex;
  articles: ReadonlyMap<string, Article>;
  openIds: readonly string[];
  url: string;
  onShow: (passageId: string) => void;
  onOpenBeside: (articleId: string) => void;
  onClose: () => void;
  /** More sections after the curated ones (the suggestions). */
  children?: ReactNode;
}) {
  const args = passage.arguments.map((id) => ({ id, argument: index.argumentById.get(id) }));
  const item = (link: LinkedPassage) => {
    const p = index.passageById.get(link.passage);
    return p ? (
      <LinkedPassageItem
        key={`${link.kind}-${p.id}`}
        passage={p}
        article={articles.get(p.article)}
        open={openIds.includes(p.article)}
        onShow={onShow}
        onOpenBeside={onOpenBeside}
      />
    ) : null;
  };
  const { same } = linksByKind(index.cross.get(passage.id) ?? []);
  const where = placeLabel(passage.paragraphNumber);
  // On a phone the panel is a sheet under the column that can fold to its head line; a new selection opens it again.
  const [foldedFor, setFoldedFor] = useState<string>();
  const folded = foldedFor === passage.id;
  const meta = articles.get(passage.article)?.meta;
  return (
    <aside
      className={`links-panel${folded ? ' is-folded' : ''}`}
      id="links-panel"
      aria-labelledby="links-panel-title"
    >
      <div className="links-panel__head">
        <h2 id="links-panel-title">Selected passage</h2>
        <button
          type="button"
          className="links-panel__fold"
          aria-expanded={!folded}
          aria-controls="links-panel"
          onClick={() => setFoldedFor(folded ? undefined : passage.id)}
        >
          {folded ? 'Show details' : 'Hide details'}
        </button>
        <button type="button" onClick={onClose}>
          Clear selection
        </button>
      </div>
      <p className="links-panel__where">
        <TypeAbbrChips types={passage.types} index={index} /> <cite>{meta?.title ?? passage.article}</cite>,{' '}
        {where}
      </p>
      <blockquote className="links-panel__quote">{passage.exact}</blockquote>
      <div className="links-panel__copy">
        {meta && (
          <CopyButton
            label="Copy quote"
            text={quoteCitation(passage.exact, meta, passage.paragraphNumber)}
            copied="Quote copied with its citation."
            manualLabel="Copy this quote"
          />
        )}
        <CopyLink url={url} />
      </div>
      <DisputesSection
        passage={passage}
        index={index}
        articles={articles}
        openIds={openIds}
        onShow={onShow}
        onOpenBeside={onOpenBeside}
      />
      {args.map(({ id, argument }) => (
        <section
          key={id}
          className="links-panel__argument"
          aria-label={`Argument: ${argument?.statement ?? id}`}
        >
          <h3>Argument</h3>
          <p className="links-panel__statement">{argument?.statement ?? id}</p>
          {argument && argument.questions.length > 0 && (
            <>
              <h4>Discussion questions</h4>
              <ol>
                {argument.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ol>
            </>
          )}
        </section>
      ))}
      <h3>Same argument in other articles ({same.length})</h3>
      {same.length > 0 ? (
        <ul className="linked-list">{same.map(item)}</ul>
      ) : (
        <p className="muted">None tagged yet.</p>
      )}
      {children}
    </aside>
  );
}
