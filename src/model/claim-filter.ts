/**
 * Filtering the tag layer by claim type: which passages are highlighted, how many there are per
 * article, and (in focus mode) which paragraphs fold away. Pure functions; components only render.
 */
import type { BlockGroup } from './block-groups.ts';
import type { ClaimType, Passage } from './tag-layer.ts';

/** "highlight": only matching passages are highlighted; "focus": paragraphs without one fold away. */
export type FilterMode = 'highlight' | 'focus';

/** The filter modes, in the order the UI offers them. */
export const FILTER_MODES: readonly FilterMode[] = ['highlight', 'focus'];

/** True when a passage passes the filter; an empty selection passes every passage. */
export function passageMatches(passage: Pick<Passage, 'types'>, types: ReadonlySet<string>): boolean {
  return types.size === 0 || passage.types.some((t) => types.has(t));
}

/**
 * Block id → ids of its passages that pass the filter, joined by spaces (a primitive, so a memoised
 * paragraph re-renders only when its own string changes). Blocks with none are absent.
 */
export function activePassagesByBlock(
  passages: readonly Passage[],
  types: ReadonlySet<string>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of passages) {
    if (!passageMatches(p, types)) continue;
    const prev = out.get(p.blockId);
    out.set(p.blockId, prev === undefined ? p.id : `${prev} ${p.id}`);
  }
  return out;
}

/** Number of passages of each claim type in one article (a passage counts once for each of its types). */
export function typeCounts(
  passages: readonly Passage[],
  taxonomy: readonly ClaimType[],
): Map<string, number> {
  const counts = new Map(taxonomy.map((t) => [t.id, 0]));
  for (const p of passages) for (const t of new Set(p.types)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** What a column shows: a block group, or a folded run of groups behind an "n paragraphs hidden" button. */
export type ColumnItem =
  | { kind: 'group'; key: string; group: BlockGroup }
  | { kind: 'fold'; key: string; groups: BlockGroup[]; blocks: number };

/** Inputs of `columnItems`. */
export interface FoldOptions {
  mode: FilterMode;
  types: ReadonlySet<string>;
  /** Blocks holding a passage that passes the filter. */
  activeBlocks: ReadonlySet<string>;
  /** Blocks that must stay open whatever the filter (the selected and linked passages). */
  forced: ReadonlySet<string>;
  /** Keys of folds the reader has opened. */
  expanded: ReadonlySet<string>;
}

/** Key of a group: its first block's id. */
export function groupKey(group: BlockGroup): string {
  return group.kind === 'body' ? group.block.id : (group.blocks[0]?.id ?? '');
}

/**
 * The items of a column. In highlight mode, or with no type selected, every group shows. In focus
 * mode, consecutive groups without an active or forced block fold into one item, keyed by its first
 * block, unless the reader opened it.
 */
export function columnItems(groups: readonly BlockGroup[], options: FoldOptions): ColumnItem[] {
  const items: ColumnItem[] = [];
  const folding = options.mode === 'focus' && options.types.size > 0;
  let run: BlockGroup[] = [];
  const flush = (): void => {
    const first = run[0];
    if (!first) return;
    const key = `fold-${groupKey(first)}`;
    if (options.expanded.has(key))
      for (const g of run) items.push({ kind: 'group', key: groupKey(g), group: g });
    else
      items.push({
        kind: 'fold',
        key,
        groups: run,
        blocks: run.reduce((n, g) => n + (g.kind === 'body' ? 1 : g.blocks.length), 0),
      });
    run = [];
  };
  for (const group of groups) {
    const keep =
      !folding ||
      (group.kind === 'body' &&
        (options.activeBlocks.has(group.block.id) || options.forced.has(group.block.id)));
    if (keep) {
      flush();
      items.push({ kind: 'group', key: groupKey(group), group });
    } else run.push(group);
  }
  flush();
  return items;
}
