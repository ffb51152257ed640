/** Pure derivations of the compare view's columns: which articles are open or closed, their counts, the visible tab. */
import type { Article } from '../model/article.ts';
import { typeCounts } from '../model/claim-filter.ts';
import type { TagIndex } from '../model/tag-index.ts';
import { MAX_COLUMNS } from './compare-url.ts';

/** The open articles and what the toolbar shows about them. */
export interface CompareColumns {
  /** Open articles, in column order. */
  open: Article[];
  /** Articles not open, in library order. */
  closed: Article[];
  /** Per open article (in column order), type id → passage count. */
  counts: { article: Article; counts: ReadonlyMap<string, number> }[];
  /** No room for another column. */
  full: boolean;
}

/** Splits the corpus into open (in `openIds` order) and closed articles, with the open ones' type counts. */
export function compareColumns(
  articles: readonly Article[],
  openIds: readonly string[],
  index: TagIndex,
): CompareColumns {
  const byId = new Map(articles.map((a) => [a.meta.id, a]));
  const open = openIds.flatMap((id) => byId.get(id) ?? []);
  return {
    open,
    closed: articles.filter((a) => !openIds.includes(a.meta.id)),
    counts: open.map((article) => ({
      article,
      counts: typeCounts(index.passagesByArticle.get(article.meta.id) ?? [], index.taxonomy),
    })),
    full: open.length >= MAX_COLUMNS,
  };
}

/**
 * The column shown on a narrow screen: the tab the reader chose, else the selected passage's
 * article, else the first column (each only while it is open).
 */
export function visibleColumn(
  openIds: readonly string[],
  chosen: string | undefined,
  selectedArticle: string | undefined,
): string | undefined {
  return [chosen, selectedArticle].find((id) => id !== undefined && openIds.includes(id)) ?? openIds[0];
}
