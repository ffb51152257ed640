/** `corpus stats`: counts of articles, words, blocks and sentences. */
import { isNonBodyKind } from '../../src/model/article.ts';
import { sharedArgumentsByPair } from '../../src/model/argument-pairs.ts';
import type { CompiledCorpus } from '../../src/data/compiled-corpus.ts';

/** Counts of text and tags, for one article or summed over the corpus. */
export interface TextCounts {
  words: number;
  blocks: number;
  paragraphs: number;
  nonBodyBlocks: number;
  sentences: number;
  /** Curated passages tagged. */
  passages: number;
}

/** Per-article counts. */
export interface ArticleStats extends TextCounts {
  id: string;
  title: string;
}

/** Passage counts for one claim type. */
export interface TypeStats {
  type: string;
  /** Passages carrying the type at all. */
  passages: number;
  /** Passages whose primary (first) type it is. */
  primary: number;
}

/** Counts for the whole corpus. */
export interface CorpusStats extends TextCounts {
  articles: number;
  arguments: number;
  /** Arguments made by passages in two or more articles. */
  sharedArguments: number;
  /** `argumentsByArticleCount[n]`: arguments made in exactly n articles (index 0 to 5+). */
  argumentsByArticleCount: number[];
  /** Arguments the curator marked as made in one article only (`singleArticle`). */
  singleArticleArguments: number;
  contrasts: number;
  /** For each pair of articles, how many arguments both make, and which. */
  pairs: { a: string; b: string; sharedArguments: number; arguments: string[] }[];
  perArticle: ArticleStats[];
  perType: TypeStats[];
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
    passages: corpus.tagLayer.passages.filter((p) => p.article === a.meta.id).length,
  }));
  const { passages, arguments: args, relations, taxonomy } = corpus.tagLayer;
  const byCount: number[] = [];
  for (const a of args) byCount[a.articles.length] = (byCount[a.articles.length] ?? 0) + 1;
  const sum = (key: keyof Omit<ArticleStats, 'id' | 'title'>) => perArticle.reduce((n, a) => n + a[key], 0);
  return {
    articles: perArticle.length,
    words: sum('words'),
    blocks: sum('blocks'),
    paragraphs: sum('paragraphs'),
    nonBodyBlocks: sum('nonBodyBlocks'),
    sentences: sum('sentences'),
    passages: passages.length,
    arguments: args.length,
    sharedArguments: args.filter((a) => a.articles.length >= 2).length,
    argumentsByArticleCount: Array.from(
      { length: Math.max(byCount.length, corpus.articles.length + 1) },
      (_, i) => byCount[i] ?? 0,
    ),
    singleArticleArguments: args.filter((a) => a.singleArticle === true).length,
    contrasts: relations.length,
    pairs: sharedArgumentsByPair(
      perArticle.map((a) => a.id),
      args,
    ).map((p) => ({ a: p.a, b: p.b, sharedArguments: p.arguments.length, arguments: p.arguments })),
    perArticle,
    perType: taxonomy.map((t) => ({
      type: t.id,
      passages: passages.filter((p) => p.types.includes(t.id)).length,
      primary: passages.filter((p) => p.types[0] === t.id).length,
    })),
  };
}

/** Renders the counts as aligned text tables. */
export function formatStats(stats: CorpusStats): string {
  const rows = [
    ['article', 'words', 'blocks', 'paragraphs', 'non-body', 'sentences', 'passages'],
    ...stats.perArticle.map((a) =>
      [a.id, a.words, a.blocks, a.paragraphs, a.nonBodyBlocks, a.sentences, a.passages].map(String),
    ),
    [
      'total',
      stats.words,
      stats.blocks,
      stats.paragraphs,
      stats.nonBodyBlocks,
      stats.sentences,
      stats.passages,
    ].map(String),
  ];
  const types = [
    ['claim type', 'passages', 'primary'],
    ...stats.perType.map((t) => [t.type, t.passages, t.primary].map(String)),
  ];
  const pairs = [
    ['pair of articles', 'shared arguments'],
    ...stats.pairs.map((p) => [`${p.a} × ${p.b}`, String(p.sharedArguments)]),
  ];
  const shared = stats.argumentsByArticleCount
    .map((n, i) => `${i}: ${n}`)
    .slice(1)
    .join(', ');
  return [
    `${stats.articles} articles`,
    table(rows),
    '',
    table(types),
    '',
    `arguments: ${stats.arguments} (shared by two or more articles: ${stats.sharedArguments}; by number of articles ${shared}; marked single-article: ${stats.singleArticleArguments})`,
    `contrasts relations: ${stats.contrasts}`,
    '',
    table(pairs),
  ].join('\n');
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
