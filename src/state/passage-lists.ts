/** Pure list derivations the reader's components show: linked passages by kind, articles other than one, ticked articles. */
import type { ArticleHead } from '../model/article.ts';
import type { LinkedPassage } from '../model/cross-index.ts';

/** A passage's cross-references split by kind, each in index order. */
export function linksByKind(links: readonly LinkedPassage[]): {
  same: LinkedPassage[];
  contrasts: LinkedPassage[];
} {
  return {
    same: links.filter((l) => l.kind === 'same-argument'),
    contrasts: links.filter((l) => l.kind === 'contrasts'),
  };
}

/** The articles other than `article`, in library order. */
export function otherArticles<T extends ArticleHead>(articles: readonly T[], article: ArticleHead): T[] {
  return articles.filter((a) => a.meta.id !== article.meta.id);
}

/** The ticked article ids in library order, whatever order they were ticked in (the columns open so). */
export function tickedInLibraryOrder(articles: readonly ArticleHead[], ticked: readonly string[]): string[] {
  return articles.map((a) => a.meta.id).filter((id) => ticked.includes(id));
}
