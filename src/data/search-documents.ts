/**
 * What search looks through: every body sentence of every article, every curated passage (its
 * quoted text and its note), and every argument statement, each as one document.
 */
import { isNonBodyKind } from '../model/article.ts';
import type { CompiledCorpus } from './compiled-corpus.ts';

/** The kinds of searchable unit. */
export type SearchDocKind = 'sentence' | 'passage' | 'argument';

/** One searchable unit. */
export interface SearchDoc {
  kind: SearchDocKind;
  /** Sentence, passage or argument id. */
  id: string;
  /** The text shown and highlighted: the sentence, the passage's quote, or the argument's statement. */
  text: string;
  /** A passage's note, searched and highlighted too. */
  note?: string;
  /** The article holding a sentence or passage. */
  articleId?: string;
  /** The block holding a sentence or passage. */
  blockId?: string;
  /** That block's body paragraph number; absent for headings and arguments. */
  paragraphNumber?: number;
  /** Start and end offsets of a sentence or passage in its article's text. */
  start?: number;
  end?: number;
  /** An argument's articles, or a passage's arguments. */
  related?: readonly string[];
}

/** The corpus's searchable units: sentences in reading order, then passages, then arguments. */
export function corpusDocuments(corpus: CompiledCorpus): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const article of corpus.articles) {
    for (const block of article.blocks) {
      if (isNonBodyKind(block.kind)) continue;
      for (const s of block.sentences) {
        docs.push({
          kind: 'sentence',
          id: s.id,
          text: article.text.slice(s.start, s.end),
          articleId: article.meta.id,
          blockId: block.id,
          paragraphNumber: block.paragraphNumber,
          start: s.start,
          end: s.end,
        });
      }
    }
  }
  for (const p of corpus.tagLayer.passages) {
    docs.push({
      kind: 'passage',
      id: p.id,
      text: p.exact,
      note: p.note,
      articleId: p.article,
      blockId: p.blockId,
      paragraphNumber: p.paragraphNumber,
      start: p.start,
      end: p.end,
      related: p.arguments,
    });
  }
  for (const a of corpus.tagLayer.arguments) {
    docs.push({ kind: 'argument', id: a.id, text: a.statement, related: a.articles });
  }
  return docs;
}
