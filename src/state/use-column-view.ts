/**
 * Per-column derived state: which passages are highlighted (by block) and which items show,
 * recomputed only when the column's article, the filter, the selection or its opened folds change.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Article } from '../model/article.ts';
import { groupBlocks } from '../model/block-groups.ts';
import {
  activePassagesByBlock,
  columnItems,
  type ColumnItem,
  type FilterMode,
} from '../model/claim-filter.ts';
import type { SelectionMarks, TagIndex } from '../model/tag-index.ts';
import { foldHolding } from './column-view.ts';

/** What a column renders. */
export interface ColumnView {
  items: ColumnItem[];
  /** Block id → space-joined ids of highlighted passages. */
  active: ReadonlyMap<string, string>;
  /** Opens a fold (by its key); the same function on every render. */
  expand: (key: string) => void;
  /** Opens the fold holding `blockId`, if any; true when one was opened. The same function on every render. */
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
  // `reveal` reads the latest items through a ref, so it keeps one identity and memoised callers hold.
  const latestItems = useRef(items);
  useLayoutEffect(() => {
    latestItems.current = items;
  }, [items]);
  const expand = useCallback((key: string) => setExpanded((prev) => new Set([...prev, key])), []);
  const reveal = useCallback(
    (blockId: string) => {
      const key = foldHolding(latestItems.current, blockId);
      if (key !== undefined) expand(key);
      return key !== undefined;
    },
    [expand],
  );
  return { items, active, expand, reveal };
}
