/** Test helper: the real corpus's articles, compiled once from disk (Node only; see tests/fixtures/annotation-on.ts for builders). */
import type { Article } from '../../src/model/article.ts';
import { compileCorpus } from '../../src/data/compile-corpus.ts';
import { realCorpusFiles } from './corpus-files.ts';

let cached: Article[] | undefined;

/** The five articles as compiled from the files on disk now. */
export function realArticles(): Article[] {
  cached ??= compileCorpus(realCorpusFiles()).corpus.articles;
  return cached;
}

/** The article with this id; throws if it is missing. */
export function realArticle(id: string): Article {
  const article = realArticles().find((a) => a.meta.id === id);
  if (!article) throw new Error(`no article ${id}`);
  return article;
}
