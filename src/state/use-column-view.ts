/**
 * Per-column derived state: which passages are highlighted (by block) and which items show,
 * recomputed only when the column's article, the filter, the selection or its opened folds change.
 */
import { useMemo, useState } from 'react';
import type { Article } from '../model/article.ts';
import { groupBlocks } from '../model/block-groups.ts';
import {
  activePassagesByBlock,
  columnItems,
  type ColumnItem,
  type FilterMode,
} from '../model/claim-filter.ts';
import type { SelectionMarks, TagIndex } from '../model/tag-index.ts';

/** What a column renders. */
export interface ColumnView {
  items: ColumnItem[];
  /** Block id → space-joined ids of highlighted passages. */
  active: ReadonlyMap<string, string>;
  /** Opens a fold (by its key). */
  expand: (key: string) => void;
  /** Opens the fold holding `blockId`, if any; true when one was opened. */
  reveal: (blockId: string) => boolean;
}

const NO_PASSAGES: readonly never[] = [];
const NO_MARKS: ReadonlyMap<string, string> = new Map();

/** Derives a column's view from the filter (types joined by commas), the selection marks and suggestions. */
export function useColumnView(
  article: Article,
  index: TagIndex,
  typesKey: string,
  mode: FilterMode,
  marks: SelectionMarks,
  suggested: ReadonlyMap<string, string> = NO_MARKS,
): ColumnView {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const groups = useMemo(() => groupBlocks(article.blocks), [article]);
  const types = useMemo(() => new Set(typesKey.split(',').filter((t) => t !== '')), [typesKey]);
  const active = useMemo(
    () => activePassagesByBlock(index.passagesByArticle.get(article.meta.id) ?? NO_PASSAGES, types),
    [index, article, types],
  );
  const forced = useMemo(() => {
    const ids = new Set([...marks.linkedByBlock.keys(), ...suggested.keys()]);
    if (marks.selected) ids.add(marks.selected.blockId);
    return ids;
  }, [marks, suggested]);
  const items = useMemo(
    () => columnItems(groups, { mode, types, activeBlocks: new Set(active.keys()), forced, expanded }),
    [groups, mode, types, active, forced, expanded],
  );
  return {
    items,
    active,
    expand: (key) => setExpanded((prev) => new Set([...prev, key])),
    reveal: (blockId) => {
      const fold = items.find(
        (item) =>
          item.kind === 'fold' &&
          item.groups.some((g) => (g.kind === 'body' ? [g.block] : g.blocks).some((b) => b.id === blockId)),
      );
      if (fold) setExpanded((prev) => new Set([...prev, fold.key]));
      return fold !== undefined;
    },
  };
}
