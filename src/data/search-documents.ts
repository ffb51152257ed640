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

/** One search shard's documents: an article's (`key` its id) or the argument statements (`key` `_arguments`). */
export interface SearchDocGroup {
  key: string;
  docs: SearchDoc[];
}

/** The key of the argument statements' group (article ids are slugs of a-z, 0-9 and -). */
export const ARGUMENTS_GROUP = '_arguments';

/**
 * The corpus's searchable units in shards: per article (library order) its body sentences in reading
 * order then its passages, then one group of every argument statement. Each article's group reads
 * that article and its passages only, so its shard can be cached by the article's content.
 */
export function corpusDocumentGroups(corpus: CompiledCorpus): SearchDocGroup[] {
  const passagesOf = new Map<string, SearchDoc[]>();
  for (const p of corpus.tagLayer.passages) {
    const list = passagesOf.get(p.article) ?? [];
    list.push({
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
    passagesOf.set(p.article, list);
  }
  const groups: SearchDocGroup[] = corpus.articles.map((article) => {
    const docs: SearchDoc[] = [];
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
    docs.push(...(passagesOf.get(article.meta.id) ?? []));
    return { key: article.meta.id, docs };
  });
  groups.push({
    key: ARGUMENTS_GROUP,
    docs: corpus.tagLayer.arguments.map((a) => ({
      kind: 'argument',
      id: a.id,
      text: a.statement,
      related: a.articles,
    })),
  });
  return groups;
}

/** The corpus's searchable units, in the shards' order (`corpusDocumentGroups` one after another). */
export function corpusDocuments(corpus: CompiledCorpus): SearchDoc[] {
  return corpusDocumentGroups(corpus).flatMap((g) => g.docs);
}
