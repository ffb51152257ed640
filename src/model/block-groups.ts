/** Groups an article's blocks for display: body blocks alone, non-body containers together. */
import { isNonBodyKind, type Block } from './article.ts';

/** A body block, or the paragraphs of one non-body container. */
export type BlockGroup = { kind: 'body'; block: Block } | { kind: 'non-body'; blocks: Block[] };

/** Folds consecutive blocks of one non-body container into one group, in document order. */
export function groupBlocks(blocks: readonly Block[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (!isNonBodyKind(block.kind)) groups.push({ kind: 'body', block });
    else if (last?.kind === 'non-body' && last.blocks[0]?.group === block.group) last.blocks.push(block);
    else groups.push({ kind: 'non-body', blocks: [block] });
  }
  return groups;
}
