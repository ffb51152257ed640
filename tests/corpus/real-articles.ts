/** Test helper: the real corpus's articles (compiled once) and small builders for annotations on them. */
import type { Article } from '../../src/model/article.ts';
import { selectorFor } from '../../src/model/anchor.ts';
import { compileCorpus } from '../../src/data/compile-corpus.ts';
import type { UserAnnotation } from '../../src/model/user-annotation.ts';
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

/** A user annotation on the first occurrence of `quote` in `article`. */
export function annotationOn(
  article: Article,
  quote: string,
  fields: Partial<UserAnnotation> & { id: string },
): UserAnnotation {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in ${article.meta.id}`);
  return {
    article: article.meta.id,
    selector: selectorFor(article.text, start, start + quote.length),
    types: [],
    arguments: [],
    links: [],
    created: '2025-09-01T10:00:00.000Z',
    modified: '2025-09-01T10:00:00.000Z',
    ...fields,
  };
}
