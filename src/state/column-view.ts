/** Pure derivations for one compare column: what it marks of the selection, and which fold holds a block. */
import type { ColumnItem } from '../model/claim-filter.ts';
import type { SelectionMarks } from '../model/tag-index.ts';
import type { Passage } from '../model/tag-layer.ts';

/** The selection as one column sees it. */
export interface ColumnMarks {
  /** The passage to bring into view: the selection when it is here, else its first linked passage here. */
  scrollTo: string | undefined;
  /** The block holding the selected passage, when it is in this column. */
  selectedBlock: string | undefined;
  /** Space-joined ids of this column's blocks holding a linked or the selected passage (for the overview strip). */
  marked: string;
}

/**
 * The marks of `articleId`'s column. Only its own blocks count, so selecting a passage changes the
 * strings (and re-renders the memoised parts) of the columns it touches and no others.
 */
export function columnMarks(
  marks: SelectionMarks,
  articleId: string,
  passageById: ReadonlyMap<string, Passage>,
): ColumnMarks {
  const linkedHere = marks.linked.flatMap((id) => {
    const passage = passageById.get(id);
    return passage?.article === articleId ? [passage] : [];
  });
  const selectedHere = marks.selected?.article === articleId ? marks.selected : undefined;
  const blocks = new Set(linkedHere.map((p) => p.blockId));
  if (selectedHere) blocks.add(selectedHere.blockId);
  return {
    scrollTo: selectedHere?.passage ?? linkedHere[0]?.id,
    selectedBlock: selectedHere?.blockId,
    marked: [...blocks].join(' '),
  };
}

/** The key of the fold hiding `blockId`, if one does. */
export function foldHolding(items: readonly ColumnItem[], blockId: string): string | undefined {
  return items.find(
    (item) =>
      item.kind === 'fold' &&
      item.groups.some((g) => (g.kind === 'body' ? [g.block] : g.blocks).some((b) => b.id === blockId)),
  )?.key;
}
