/**
 * Builds an Article from its citation data and edition blocks:
 *   1. join block texts with "\n\n" into the canonical text, recording each block's offsets;
 *   2. give each block an id from its kind and text, so ids survive edits to other blocks;
 *   3. number body paragraphs from 1, for citation;
 *   4. split headings and paragraphs into sentences, with ids from the block id and sentence text.
 */
import { isNonBodyKind, type Article, type ArticleMeta, type Block, type Sentence } from './article.ts';
import type { RawBlock } from './edition.ts';
import { shortHash } from './hash.ts';
import { splitSentences } from './sentences.ts';

/** Separator between blocks in the canonical article text. */
export const BLOCK_SEPARATOR = '\n\n';

/** Assembles an article; pure and deterministic, so the build and the CLI agree on every offset. */
export function buildArticle(meta: ArticleMeta, rawBlocks: readonly RawBlock[]): Article {
  const blocks: Block[] = [];
  const blockIds = new Counter();
  let offset = 0;
  let paragraphNumber = 0;
  let wordCount = 0;
  for (const raw of rawBlocks) {
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length;
    const start = offset;
    const end = start + raw.text.length;
    offset = end;
    const prefix = raw.kind === 'paragraph' ? 'p' : raw.kind === 'heading' ? 'h' : 'n';
    const id = blockIds.unique(`${prefix}-${shortHash(`${raw.kind}\u0000${raw.text}`)}`);
    const block: Block = { id, kind: raw.kind, text: raw.text, start, end, line: raw.line, sentences: [] };
    if (raw.kind === 'paragraph') block.paragraphNumber = ++paragraphNumber;
    if (raw.level !== undefined) block.level = raw.level;
    if (raw.group !== undefined) block.group = raw.group;
    if (!isNonBodyKind(raw.kind)) {
      block.sentences = sentencesOf(block);
      wordCount += countWords(raw.text);
    }
    blocks.push(block);
  }
  return { meta, text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR), blocks, wordCount };
}

function sentencesOf(block: Block): Sentence[] {
  const ids = new Counter();
  return splitSentences(block.text).map((span) => ({
    id: ids.unique(`${block.id}.${shortHash(block.text.slice(span.start, span.end))}`),
    start: block.start + span.start,
    end: block.start + span.end,
  }));
}

/** Counts words: runs of non-space characters holding at least one letter or digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/[\s\u00a0]+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

/** Makes repeated ids unique by suffixing the repeat count ("-2", "-3"), in document order. */
class Counter {
  private readonly seen = new Map<string, number>();

  unique(base: string): string {
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}
