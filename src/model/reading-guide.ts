/**
 * A reading guide to one article: how many of its passages make each type of claim, the arguments
 * it shares with each other article, the arguments it alone makes, and where it disagrees with
 * another article (the curated contrasts, each side's passages and the curators' note).
 *
 * Built from the tag layer as far as it is loaded: the arguments and relations are always there (the
 * manifest), passages only for loaded articles. `guideArticleIds` names the articles whose passages
 * the guide quotes (its own and those it disagrees with); with those loaded the guide is complete.
 */
import type { ArticleHead, ArticleMeta } from './article.ts';
import { typeCounts } from './claim-filter.ts';
import { curatedDisputes, type Dispute, type DisputeSide } from './disputes.ts';
import type { Argument, ClaimType, Passage, RelationEnd, TagLayer } from './tag-layer.ts';

/** How many of the article's passages make one type of claim. */
export interface GuideTypeCount {
  type: ClaimType;
  /** Passages having the type among theirs (a passage with two types counts under each). */
  count: number;
  /** `count` over the largest count of any type (0 to 1; 0 when the article has no passage): a bar's length. */
  share: number;
}

/** An argument as the guide lists it: its type and where this article (and the other) make it. */
export interface GuideArgument {
  argument: Argument;
  type: ClaimType | undefined;
  /** This article's passages making it, in text order. */
  here: Passage[];
  /** The first of `here` in each paragraph (or heading), in text order: what to link by paragraph number. */
  paragraphs: Passage[];
  /** The other article's passage ids making it, in corpus order (empty for an argument made alone). */
  there: string[];
}

/** The arguments this article shares with one other article. */
export interface GuideShared {
  other: ArticleMeta;
  /** In the order of the arguments file. */
  arguments: GuideArgument[];
}

/** One side of a disagreement as the guide quotes it. */
export interface GuideSide {
  /** The argument this side states (named by the relation, or the one its passage makes). */
  argument: Argument | undefined;
  /** This side's passages in the article in question, in text order. */
  passages: Passage[];
}

/** One curated disagreement between this article and another. */
export interface GuideContrast {
  dispute: Dispute;
  /** This article's side. */
  ours: GuideSide;
  /** The other article's side. */
  theirs: GuideSide;
  /** The curators' note on what divides the two sides; undefined when none was written. */
  note: string | undefined;
}

/** Where this article disagrees with one other article. */
export interface GuideDisagreement {
  other: ArticleMeta;
  /** In the order of the relations file. */
  contrasts: GuideContrast[];
}

/** Everything the reading guide of one article shows. */
export interface ReadingGuide {
  meta: ArticleMeta;
  /** Its curated passages (loaded), in text order. */
  passageCount: number;
  /** Every claim type of the taxonomy, in its order, with the article's count (zero included). */
  types: GuideTypeCount[];
  /** One entry per other article sharing at least one argument, in corpus order. */
  shared: GuideShared[];
  /** The arguments no other article makes, in the order of the arguments file. */
  alone: GuideArgument[];
  /** One entry per other article it disagrees with, in corpus order. */
  disagreements: GuideDisagreement[];
}

/** What the guide is made from. */
export interface GuideSources {
  /** The taxonomy, arguments and relations, with the passages of the articles loaded so far. */
  layer: TagLayer;
  /** Every article, in corpus order. */
  articles: readonly ArticleHead[];
  /** Passage id → article id for every curated passage, loaded or not (the manifest knows them all). */
  articleOf: ReadonlyMap<string, string>;
}

/**
 * The articles whose passages the guide of `articleId` quotes, from the arguments and relations
 * alone (no passage needed): the article itself first, then those on the other side of a
 * disagreement it takes part in, in corpus order.
 */
export function guideArticleIds({ layer, articles, articleOf }: GuideSources, articleId: string): string[] {
  const args = new Map(layer.arguments.map((a) => [a.id, a]));
  const articlesOf = (end: RelationEnd): readonly string[] => {
    if ('argument' in end) return args.get(end.argument)?.articles ?? [];
    const article = articleOf.get(end.passage);
    return article === undefined ? [] : [article];
  };
  const others = new Set<string>();
  for (const { source, target } of layer.relations) {
    const [a, b] = [articlesOf(source), articlesOf(target)];
    if (a.includes(articleId)) for (const id of b) others.add(id);
    if (b.includes(articleId)) for (const id of a) others.add(id);
  }
  others.delete(articleId);
  return [articleId, ...articles.map((a) => a.meta.id).filter((id) => others.has(id))];
}

/**
 * The reading guide of `articleId`, or undefined when no such article exists. The counts and
 * quotes cover the passages of `layer` (complete once `guideArticleIds` are loaded; a contrast
 * naming a passage not loaded is left out); the arguments shared and made alone need only the
 * arguments.
 */
export function readingGuide(
  { layer, articles, articleOf }: GuideSources,
  articleId: string,
): ReadingGuide | undefined {
  const meta = articles.find((a) => a.meta.id === articleId)?.meta;
  if (!meta) return undefined;
  const passages = new Map(layer.passages.map((p) => [p.id, p]));
  const own = layer.passages.filter((p) => p.article === articleId).sort((a, b) => a.start - b.start);
  const counts = typeCounts(own, layer.taxonomy);
  const most = Math.max(0, ...counts.values());
  const types = new Map(layer.taxonomy.map((t) => [t.id, t]));
  const args = new Map(layer.arguments.map((a) => [a.id, a]));
  const passagesIn = (ids: readonly string[], article: string): Passage[] =>
    ids
      .map((id) => passages.get(id))
      .filter((p): p is Passage => p !== undefined && p.article === article)
      .sort((a, b) => a.start - b.start);
  const entry = (argument: Argument, other: string | undefined): GuideArgument => {
    const here = passagesIn(argument.passages, articleId);
    return {
      argument,
      type: types.get(argument.type),
      here,
      paragraphs: here.filter((p, i) => here.findIndex((q) => q.blockId === p.blockId) === i),
      // Ids from the manifest: the other article's text need not be loaded to link to them.
      there: other === undefined ? [] : argument.passages.filter((id) => articleOf.get(id) === other),
    };
  };
  const mine = layer.arguments.filter((a) => a.articles.includes(articleId));
  const others = articles.filter((a) => a.meta.id !== articleId);
  const shared = others.flatMap(({ meta: other }): GuideShared[] => {
    const both = mine.filter((a) => a.articles.includes(other.id));
    return both.length === 0 ? [] : [{ other, arguments: both.map((a) => entry(a, other.id)) }];
  });
  const alone = mine.filter((a) => a.articles.length === 1).map((a) => entry(a, undefined));
  const sideOf = (side: DisputeSide, article: string): GuideSide => {
    const sidePassages = passagesIn(side.passages, article);
    const named = side.argument !== undefined ? args.get(side.argument) : undefined;
    const only = sidePassages.length === 1 ? sidePassages[0]?.arguments : undefined;
    return {
      argument: named ?? (only?.length === 1 ? args.get(only[0] ?? '') : undefined),
      passages: sidePassages,
    };
  };
  const contrastsWith = new Map<string, GuideContrast[]>();
  for (const dispute of curatedDisputes(layer)) {
    const seen = new Set<string>();
    for (const [ours, theirs] of [dispute.sides, [dispute.sides[1], dispute.sides[0]]] as const) {
      if (!ours.articles.includes(articleId)) continue;
      for (const other of theirs.articles) {
        // An article on both sides of one disagreement is listed once with each other article.
        if (other === articleId || seen.has(other)) continue;
        seen.add(other);
        const list = contrastsWith.get(other) ?? [];
        list.push({
          dispute,
          ours: sideOf(ours, articleId),
          theirs: sideOf(theirs, other),
          note: dispute.note,
        });
        contrastsWith.set(other, list);
      }
    }
  }
  return {
    meta,
    passageCount: own.length,
    types: layer.taxonomy.map((type) => {
      const count = counts.get(type.id) ?? 0;
      return { type, count, share: most === 0 ? 0 : count / most };
    }),
    shared,
    alone,
    disagreements: others.flatMap(({ meta: other }) => {
      const contrasts = contrastsWith.get(other.id);
      return contrasts ? [{ other, contrasts }] : [];
    }),
  };
}
