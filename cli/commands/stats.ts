/** `corpus stats`: counts of articles, words, blocks and sentences. */
import { isNonBodyKind } from '../../src/model/article.ts';
import type { CompiledCorpus } from '../../src/data/compile-corpus.ts';

/** Per-article counts. */
export interface ArticleStats {
  id: string;
  title: string;
  words: number;
  blocks: number;
  paragraphs: number;
  nonBodyBlocks: number;
  sentences: number;
}

/** Counts for the whole corpus. */
export interface CorpusStats {
  articles: number;
  words: number;
  blocks: number;
  paragraphs: number;
  nonBodyBlocks: number;
  sentences: number;
  perArticle: ArticleStats[];
}

/** Computes the counts. */
export function corpusStats(corpus: CompiledCorpus): CorpusStats {
  const perArticle = corpus.articles.map((a) => ({
    id: a.meta.id,
    title: a.meta.title,
    words: a.wordCount,
    blocks: a.blocks.length,
    paragraphs: a.blocks.filter((b) => b.kind === 'paragraph').length,
    nonBodyBlocks: a.blocks.filter((b) => isNonBodyKind(b.kind)).length,
    sentences: a.blocks.reduce((n, b) => n + b.sentences.length, 0),
  }));
  const sum = (key: keyof Omit<ArticleStats, 'id' | 'title'>) => perArticle.reduce((n, a) => n + a[key], 0);
  return {
    articles: perArticle.length,
    words: sum('words'),
    blocks: sum('blocks'),
    paragraphs: sum('paragraphs'),
    nonBodyBlocks: sum('nonBodyBlocks'),
    sentences: sum('sentences'),
    perArticle,
  };
}

/** Renders the counts as an aligned text table. */
export function formatStats(stats: CorpusStats): string {
  const rows = [
    ['article', 'words', 'blocks', 'paragraphs', 'non-body', 'sentences'],
    ...stats.perArticle.map((a) =>
      [a.id, a.words, a.blocks, a.paragraphs, a.nonBodyBlocks, a.sentences].map(String),
    ),
    ['total', stats.words, stats.blocks, stats.paragraphs, stats.nonBodyBlocks, stats.sentences].map(String),
  ];
  return table(rows);
}

/** Left-aligns the first column and right-aligns the rest. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '),
    )
    .join('\n');
}
