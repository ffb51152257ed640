/** Test helper: the real corpus's articles, from the run's shared compile (Node only; see tests/fixtures/annotation-on.ts for builders). */
import type { Article } from '../../src/model/article.ts';
import { realCompiled } from './corpus-files.ts';

/** The five articles as compiled from the files on disk now. */
export function realArticles(): Article[] {
  return realCompiled().corpus.articles;
}

/** The article with this id; throws if it is missing. */
export function realArticle(id: string): Article {
  const article = realArticles().find((a) => a.meta.id === id);
  if (!article) throw new Error(`no article ${id}`);
  return article;
}
