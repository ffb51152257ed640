/**
 * Types of the tag layer: claim types, passages tagged with them, the arguments passages make,
 * and the relations between arguments. Offsets are UTF-16 code units into `Article.text`.
 */

/** A claim type of the taxonomy (`annotations/taxonomy.json`). */
export interface ClaimType {
  id: string;
  label: string;
  description: string;
  /** Text-safe colours: `light` meets WCAG AA on light backgrounds, `dark` on dark backgrounds. */
  color: { light: string; dark: string };
}

/** A tagged passage of one article: a clause, sentence or few sentences making one claim. */
export interface Passage {
  /** Stable id from the annotation file (for example `fto-014`). */
  id: string;
  /** Article id. */
  article: string;
  /** Start offset in the article text (UTF-16 code units). */
  start: number;
  /** End offset (exclusive) in the article text (UTF-16 code units). */
  end: number;
  /** The quoted text: `article.text.slice(start, end)`. */
  exact: string;
  /** Claim type ids, primary first (at least one). */
  types: string[];
  /** Ids of the arguments this passage makes. */
  arguments: string[];
  note?: string;
  /** Id of the block that holds the passage. */
  blockId: string;
  /** Body paragraph number of that block, for citation; absent for headings. */
  paragraphNumber?: number;
}

/** A claim the articles make, stated neutrally, with the passages that make it. */
export interface Argument {
  id: string;
  /** One neutral sentence. */
  statement: string;
  /** Primary claim type id. */
  type: string;
  /** Discussion questions for a class. */
  questions: string[];
  /** Marked by the curator: the pairwise reading found this claim in one article only. */
  singleArticle?: boolean;
  /** Ids of the passages that make it, in corpus order (derived from the passages' `arguments`). */
  passages: string[];
  /** Ids of the articles those passages are in, in corpus order (derived). */
  articles: string[];
}

/** One end of a relation: an argument or a passage. */
export type RelationEnd = { argument: string } | { passage: string };

/** Two arguments or passages taking opposing positions on the same question. */
export interface ContrastRelation {
  kind: 'contrasts';
  source: RelationEnd;
  target: RelationEnd;
  note?: string;
}

/** An explicit cross-reference between two passages, beyond shared arguments. */
export interface PassageLink {
  source: string;
  target: string;
  note?: string;
}

/** The whole curated tag layer, compiled. */
export interface TagLayer {
  taxonomy: ClaimType[];
  passages: Passage[];
  arguments: Argument[];
  relations: ContrastRelation[];
  links: PassageLink[];
}

/** An empty tag layer, for a corpus not yet annotated. */
export const EMPTY_TAG_LAYER: TagLayer = {
  taxonomy: [],
  passages: [],
  arguments: [],
  relations: [],
  links: [],
};
