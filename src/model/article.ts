/**
 * The corpus model's shared types: an article is one canonical text plus the blocks and sentences
 * that tile it. Every offset in Parallax is a JavaScript string index (UTF-16 code unit) into
 * `Article.text`, unless a field says otherwise.
 */

/** Block kinds that are the article's own argument: tagged, searched and compared. */
export const BODY_KINDS = ['heading', 'paragraph'] as const;

/** Block kinds kept for the record but outside the argument: shown subdued, never tagged or ranked. */
export const NON_BODY_KINDS = ['caption', 'embed', 'editor-note', 'bio', 'footnote'] as const;

/** A body block kind. */
export type BodyKind = (typeof BODY_KINDS)[number];
/** A non-body block kind (the `::: kind` containers of an edition). */
export type NonBodyKind = (typeof NON_BODY_KINDS)[number];
/** Any block kind. */
export type BlockKind = BodyKind | NonBodyKind;

/** True for kinds outside the article's argument (captions, embedded posts, notes, bios, footnotes). */
export function isNonBodyKind(kind: BlockKind): kind is NonBodyKind {
  return (NON_BODY_KINDS as readonly string[]).includes(kind);
}

/** One sentence of a block. */
export interface Sentence {
  /** Stable id: the block id plus a hash of the sentence text (and its repeat count within the block). */
  id: string;
  /** Start offset in the article text (UTF-16 code units). */
  start: number;
  /** End offset (exclusive) in the article text (UTF-16 code units). */
  end: number;
}

/** One block of an article: a heading, a body paragraph, or one paragraph of a non-body container. */
export interface Block {
  /** Stable id derived from the block's kind and text (plus its repeat count), not from its index. */
  id: string;
  kind: BlockKind;
  /** The block's text, exactly as in the edition; equal to `article.text.slice(start, end)`. */
  text: string;
  /** Start offset in the article text (UTF-16 code units). */
  start: number;
  /** End offset (exclusive) in the article text (UTF-16 code units). */
  end: number;
  /** 1-based number among the article's body paragraphs, for citing "paragraph 14"; only on paragraphs. */
  paragraphNumber?: number;
  /** Heading level (2 for `##`, 3 for `###`); only on headings. */
  level?: number;
  /** Paragraphs of one non-body container share this 0-based group number; only on non-body blocks. */
  group?: number;
  /** 1-based line of the block in its edition file, for error messages. */
  line: number;
  sentences: Sentence[];
}

/** A source paragraph deliberately left out of the edition, with the reason. */
export interface Exclusion {
  /** The excluded source paragraph, exactly (surrounding white space ignored). */
  text: string;
  reason: string;
}

/** An article's citation data, from the edition's front matter. */
export interface ArticleMeta {
  /** Slug used in URLs and file names: `corpus/<id>.md`, `corpus/sources/<id>.txt`. */
  id: string;
  title: string;
  /** True when the source prints no title and the edition supplies one (in square brackets). */
  titleSupplied: boolean;
  subtitle?: string;
  publication?: string;
  publisher?: string;
  authors: string[];
  /** ISO date (YYYY-MM-DD) printed in the source; absent when the source prints none. */
  date?: string;
  /** The seed file the source text came from. */
  source: string;
  /** A contact line printed in the source (for example an e-mail address). */
  contact?: string;
  /** Editor named in the source (for example the signature of an editor's note). */
  editor?: string;
  /** The editor's account of supplied or missing fields. */
  editionNotes?: string;
  exclusions: Exclusion[];
}

/** What lists of articles show without the text: citation data and length. */
export type ArticleHead = Pick<Article, 'meta' | 'wordCount'>;

/** A parsed article: citation data, canonical text, and the blocks that tile it. */
export interface Article {
  meta: ArticleMeta;
  /** The canonical article text: every block's text joined by a blank line ("\n\n"). All offsets index it. */
  text: string;
  blocks: Block[];
  /** Words in body blocks (headings and paragraphs). */
  wordCount: number;
}
