/**
 * The arguments index as data: one row per argument (statement, primary claim type, how many
 * articles make it, whether it is in dispute), filtered by type and dispute and sorted, the
 * articles × arguments matrix, and the disagreements touching the shown arguments.
 *
 * Steps of `argumentRows`: join each argument to its claim type; keep those of the chosen type
 * (and, with `disputed`, those in dispute); sort by the chosen key, ties broken by statement so the
 * order is stable.
 */
import type { ArticleHead, ArticleMeta } from './article.ts';
import {
  curatedDisputes,
  disputedArgumentIds,
  disputePair,
  disputesOfArguments,
  type Dispute,
} from './disputes.ts';
import { sourceLabel } from './citation.ts';
import type { Argument, ClaimType, Passage, TagLayer } from './tag-layer.ts';

/** The index's filter and order. */
export interface ArgumentsQuery {
  /** Primary claim type id; all types when undefined. */
  type?: string | undefined;
  /** Only arguments in dispute. */
  disputed?: boolean;
  sort: ArgumentSort;
}

/** The orders the index offers. */
export const ARGUMENT_SORTS = ['articles', 'statement', 'type'] as const;

/** An order of the index: most articles first, by statement, or by claim type (taxonomy order). */
export type ArgumentSort = (typeof ARGUMENT_SORTS)[number];

/** One row of the index. */
export interface ArgumentRow {
  argument: Argument;
  /** The primary claim type; undefined if the taxonomy lacks it. */
  type: ClaimType | undefined;
  articleCount: number;
  /** A curated disagreement involves it. */
  disputed: boolean;
}

/** The index's rows for `options`, in `options.sort` order. */
export function argumentRows(
  layer: TagLayer,
  options: ArgumentsQuery,
  disputes: readonly Dispute[] = curatedDisputes(layer),
): ArgumentRow[] {
  const typeOrder = new Map(layer.taxonomy.map((t, i) => [t.id, i]));
  const disputed = disputedArgumentIds(disputes);
  const rows = layer.arguments
    .filter((a) => options.type === undefined || a.type === options.type)
    .filter((a) => !options.disputed || disputed.has(a.id))
    .map((argument) => ({
      argument,
      type: layer.taxonomy.find((t) => t.id === argument.type),
      articleCount: argument.articles.length,
      disputed: disputed.has(argument.id),
    }));
  const byStatement = (a: ArgumentRow, b: ArgumentRow): number =>
    a.argument.statement.localeCompare(b.argument.statement, 'en');
  const compare: Record<ArgumentSort, (a: ArgumentRow, b: ArgumentRow) => number> = {
    articles: (a, b) => b.articleCount - a.articleCount || byStatement(a, b),
    statement: byStatement,
    type: (a, b) =>
      (typeOrder.get(a.argument.type) ?? Infinity) - (typeOrder.get(b.argument.type) ?? Infinity) ||
      byStatement(a, b),
  };
  return rows.sort(compare[options.sort]);
}

/** A claim type with how many arguments have it as primary type (for the filter). */
export function argumentTypeCounts(layer: TagLayer): { type: ClaimType; count: number }[] {
  return layer.taxonomy.map((type) => ({
    type,
    count: layer.arguments.filter((a) => a.type === type.id).length,
  }));
}

/** An article's short title for a table column: no editorial brackets, its first words only. */
export function shortTitle(meta: ArticleMeta, words = 4): string {
  const title = meta.title.replace(/^\[|\]$/g, '').split(/[:?]/)[0] ?? meta.title;
  const parts = title.trim().split(/\s+/);
  return parts.length <= words ? title.trim() : `${parts.slice(0, words).join(' ')}…`;
}

/** The matrix: one column per article, one row per argument, `cells[i]` true when article i makes it. */
export interface ArgumentMatrix {
  columns: { id: string; shortTitle: string; title: string }[];
  rows: { argument: Argument; cells: boolean[] }[];
}

/** Builds the articles × arguments matrix for `rows`, articles in corpus order. */
export function argumentMatrix(
  rows: readonly ArgumentRow[],
  articles: readonly ArticleHead[],
): ArgumentMatrix {
  return {
    columns: articles.map((a) => ({ id: a.meta.id, shortTitle: shortTitle(a.meta), title: a.meta.title })),
    rows: rows.map(({ argument }) => ({
      argument,
      cells: articles.map((a) => argument.articles.includes(a.meta.id)),
    })),
  };
}

/** One side of a disagreement as the index shows it. */
export interface DisputeSideRow {
  /** The argument the side states, when it is an argument. */
  argument?: Argument;
  /** The passage the side is, when it is one passage. */
  passage?: Passage;
  /** Titles of the articles on this side, in corpus order. */
  articles: string[];
  /** The passage's citation (author, title, publication, date, paragraph), when the side is a passage. */
  citation?: string;
}

/** A disagreement as the index shows it: both sides, the note, and the two passages to read side by side. */
export interface DisputeRow {
  dispute: Dispute;
  sides: [DisputeSideRow, DisputeSideRow];
  pair: { from: Passage; to: Passage } | undefined;
}

/** The disagreements touching `rows`' arguments, each side resolved for display. */
export function disputeRows(
  layer: TagLayer,
  articles: readonly ArticleHead[],
  rows: readonly ArgumentRow[],
  disputes: readonly Dispute[] = curatedDisputes(layer),
): DisputeRow[] {
  const passages = new Map(layer.passages.map((p) => [p.id, p]));
  const args = new Map(layer.arguments.map((a) => [a.id, a]));
  const metas = new Map(articles.map((a) => [a.meta.id, a.meta]));
  const shown = new Set(rows.map((r) => r.argument.id));
  return disputesOfArguments(disputes, shown).map((dispute) => {
    const side = (i: 0 | 1): DisputeSideRow => {
      const s = dispute.sides[i];
      const argument = args.get(s.argument ?? '');
      const passage = passages.get(s.passage ?? '');
      const meta = passage ? metas.get(passage.article) : undefined;
      return {
        ...(argument ? { argument } : {}),
        ...(passage ? { passage } : {}),
        articles: s.articles.map((id) => metas.get(id)?.title ?? id),
        ...(passage && meta ? { citation: sourceLabel(meta, passage.paragraphNumber) } : {}),
      };
    };
    return { dispute, sides: [side(0), side(1)], pair: disputePair(dispute, passages) };
  });
}

/** Everything the arguments index shows. */
export interface ArgumentsIndex {
  rows: ArgumentRow[];
  matrix: ArgumentMatrix;
  typeCounts: { type: ClaimType; count: number }[];
  total: number;
  /** How many arguments are in dispute (for the filter's label). */
  disputedCount: number;
  /** The disagreements touching the shown arguments. */
  disputes: DisputeRow[];
  /** How many disagreements are curated in all. */
  disputeTotal: number;
}

/** The arguments index for a filter and an order: rows, matrix, counts per type, and disagreements. */
export function argumentsIndex(
  layer: TagLayer,
  articles: readonly ArticleHead[],
  options: ArgumentsQuery,
): ArgumentsIndex {
  const disputes = curatedDisputes(layer);
  const rows = argumentRows(layer, options, disputes);
  return {
    rows,
    matrix: argumentMatrix(rows, articles),
    typeCounts: argumentTypeCounts(layer),
    total: layer.arguments.length,
    disputedCount: disputedArgumentIds(disputes).size,
    disputes: disputeRows(layer, articles, rows, disputes),
    disputeTotal: disputes.length,
  };
}
