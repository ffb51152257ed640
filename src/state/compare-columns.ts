/** Pure derivations of the compare view's columns: which articles are open or closed, their counts, the visible tab. */
import type { Article, ArticleHead } from '../model/article.ts';
import { typeCounts } from '../model/claim-filter.ts';
import type { TagIndex } from '../model/tag-index.ts';
import { MAX_COLUMNS } from './compare-url.ts';

/** The open articles and what the toolbar shows about them. */
export interface CompareColumns {
  /** Open articles, in column order. */
  open: Article[];
  /** Articles not open, in library order. */
  closed: ArticleHead[];
  /** Open articles whose text has not arrived (or failed), in column order. */
  pending: string[];
  /** Per open article (in column order), type id → passage count. */
  counts: { article: Article; counts: ReadonlyMap<string, number> }[];
  /** No room for another column. */
  full: boolean;
}

/**
 * Splits the library into open (in `openIds` order, those `loaded`) and closed articles, with the
 * open ones' type counts; open ids not loaded yet are `pending`.
 */
export function compareColumns(
  library: readonly ArticleHead[],
  loaded: ReadonlyMap<string, Article>,
  openIds: readonly string[],
  index: TagIndex,
): CompareColumns {
  const open = openIds.flatMap((id) => loaded.get(id) ?? []);
  const known = new Set(library.map((a) => a.meta.id));
  return {
    open,
    closed: library.filter((a) => !openIds.includes(a.meta.id)),
    pending: openIds.filter((id) => known.has(id) && !loaded.has(id)),
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
