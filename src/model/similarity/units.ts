/** Similarity units cut from the corpus model: body sentences, body paragraphs, curated passages. */
import { isNonBodyKind, type Article } from '../article.ts';
import type { Passage } from '../tag-layer.ts';
import type { SimilarityUnit } from './similarity-index.ts';

/** Every body paragraph (headings and non-body blocks left out), id = block id. */
export function paragraphUnits(articles: readonly Article[]): SimilarityUnit[] {
  return articles.flatMap((a) =>
    a.blocks
      .filter((b) => b.kind === 'paragraph')
      .map((b) => ({ id: b.id, article: a.meta.id, text: b.text })),
  );
}

/** Every sentence of body blocks, id = sentence id. */
export function sentenceUnits(articles: readonly Article[]): SimilarityUnit[] {
  return articles.flatMap((a) =>
    a.blocks
      .filter((b) => !isNonBodyKind(b.kind))
      .flatMap((b) =>
        b.sentences.map((s) => ({ id: s.id, article: a.meta.id, text: a.text.slice(s.start, s.end) })),
      ),
  );
}

/** Curated passages as units, id = passage id. */
export function passageUnits(
  passages: readonly Pick<Passage, 'id' | 'article' | 'exact'>[],
): SimilarityUnit[] {
  return passages.map((p) => ({ id: p.id, article: p.article, text: p.exact }));
}
