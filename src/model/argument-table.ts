/**
 * The arguments index as data: one row per argument (statement, primary claim type, how many
 * articles make it), filtered by type and sorted, and the articles × arguments matrix.
 *
 * Steps of `argumentRows`: join each argument to its claim type; keep those of the chosen type;
 * sort by the chosen key, ties broken by statement so the order is stable.
 */
import type { Article, ArticleMeta } from './article.ts';
import type { Argument, ClaimType, TagLayer } from './tag-layer.ts';

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
}

/** The index's rows of type `type` (all when undefined), in `sort` order. */
export function argumentRows(layer: TagLayer, options: { type?: string; sort: ArgumentSort }): ArgumentRow[] {
  const typeOrder = new Map(layer.taxonomy.map((t, i) => [t.id, i]));
  const rows = layer.arguments
    .filter((a) => options.type === undefined || a.type === options.type)
    .map((argument) => ({
      argument,
      type: layer.taxonomy.find((t) => t.id === argument.type),
      articleCount: argument.articles.length,
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
export function argumentMatrix(rows: readonly ArgumentRow[], articles: readonly Article[]): ArgumentMatrix {
  return {
    columns: articles.map((a) => ({ id: a.meta.id, shortTitle: shortTitle(a.meta), title: a.meta.title })),
    rows: rows.map(({ argument }) => ({
      argument,
      cells: articles.map((a) => argument.articles.includes(a.meta.id)),
    })),
  };
}

/** Everything the arguments index shows. */
export interface ArgumentsIndex {
  rows: ArgumentRow[];
  matrix: ArgumentMatrix;
  typeCounts: { type: ClaimType; count: number }[];
  total: number;
}

/** The arguments index for a filter and an order: rows, matrix, and counts per type. */
export function argumentsIndex(
  layer: TagLayer,
  articles: readonly Article[],
  options: { type?: string; sort: ArgumentSort },
): ArgumentsIndex {
  const rows = argumentRows(layer, options);
  return {
    rows,
    matrix: argumentMatrix(rows, articles),
    typeCounts: argumentTypeCounts(layer),
    total: layer.arguments.length,
  };
}
