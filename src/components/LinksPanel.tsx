import { placeLabel, quoteCitation, sourceLabel } from '../model/citation.ts';
import type { ReactNode } from 'react';
import type { Article } from '../model/article.ts';
import type { LinkedPassage } from '../model/cross-index.ts';
import type { TagIndex } from '../model/tag-index.ts';
import type { Passage } from '../model/tag-layer.ts';
import { linksByKind } from '../state/passage-lists.ts';
import { ArgumentSection } from './ArgumentSection.tsx';
import { CiteButton } from './CiteButton.tsx';
import { CopyButton } from './CopyButton.tsx';
import { CopyLink } from './CopyLink.tsx';
import { DisputesSection } from './DisputesSection.tsx';
import { LinkedPassageItem } from './LinkedPassageItem.tsx';
import { SelectionSheet } from './SelectionSheet.tsx';
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
  const meta = articles.get(passage.article)?.meta;
  return (
    <SelectionSheet
      titleId="links-panel-title"
      title="Selected passage"
      selectionKey={passage.id}
      onClose={onClose}
    >
      <p className="links-panel__where">
        <TypeAbbrChips types={passage.types} index={index} /> <cite>{meta?.title ?? passage.article}</cite>,{' '}
        {where}
      </p>
      <blockquote className="links-panel__quote">{passage.exact}</blockquote>
      {meta && <cite className="print-citation">{sourceLabel(meta, passage.paragraphNumber)}</cite>}
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
        {meta && (
          <CiteButton
            target={{ meta, passage: { paragraphNumber: passage.paragraphNumber }, url }}
            what="this passage"
          />
        )}
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
        <ArgumentSection
          key={id}
          statement={argument?.statement ?? id}
          questions={argument?.questions ?? []}
        />
      ))}
      {/* Left off paper when empty: a handout lists what there is. */}
      <div className={same.length > 0 ? undefined : 'screen-only'}>
        <h3>Same argument in other articles ({same.length})</h3>
        {same.length > 0 ? (
          <ul className="linked-list">{same.map(item)}</ul>
        ) : (
          <p className="muted">None tagged yet.</p>
        )}
      </div>
      {children}
    </SelectionSheet>
  );
}
