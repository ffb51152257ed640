/**
 * The tag layer cut so that no file the reader loads grows with the whole corpus unless a view shows
 * the whole corpus: each article's file carries the slice of the layer its passages take part in
 * (`articleLayer`: their arguments with questions and passage lists, the contrasts and links touching
 * them, and the article of every passage those name), the compare view merges the slices of what it
 * has loaded (`mergeArticleLayers`), and the arguments views load one shard with every argument and
 * contrast and the passages the disagreements quote (`argumentsShardLayer`). All pure.
 */
import type {
  Argument,
  ContrastRelation,
  Passage,
  PassageLink,
  RelationEnd,
  TagLayer,
} from '../model/tag-layer.ts';

/**
 * The part of the tag layer one article's passages take part in. `order` gives each entry's place in
 * the corpus's own lists, so merged slices keep the corpus's order (the panel lists in that order).
 */
export interface ArticleLayer {
  /** The arguments its passages make, and those on the other side of a contrast with them or theirs. */
  arguments: Argument[];
  /** The contrasts naming one of its passages or one of the arguments they make. */
  relations: ContrastRelation[];
  /** The explicit links from or to one of its passages. */
  links: PassageLink[];
  /** Index of each entry above in the corpus's list, same order. */
  order: { arguments: number[]; relations: number[]; links: number[] };
  /** Passage id → article id, for every passage the entries above name. */
  passageArticles: Record<string, string>;
}

/** The arguments views' shard: every argument, contrast and link, and the passages the contrasts quote. */
export type ArgumentsLayer = Pick<TagLayer, 'arguments' | 'relations' | 'links' | 'passages'>;

/** The loaded slices as one layer (taxonomy and passages aside), and each named passage's article. */
export interface MergedLayer {
  arguments: Argument[];
  relations: ContrastRelation[];
  links: PassageLink[];
  passageArticles: ReadonlyMap<string, string>;
}

const touches = (end: RelationEnd, passages: ReadonlySet<string>, args: ReadonlySet<string>): boolean =>
  'passage' in end ? passages.has(end.passage) : args.has(end.argument);

/**
 * `passages`' slice of `layer` (they are one article's curated passages); `articleOf` maps every
 * passage id of the corpus to its article. It reads only the entries naming those passages or their
 * arguments, so an edit to articles sharing nothing with this one leaves it (and its file's hash) unchanged.
 */
export function articleLayer(
  layer: Pick<TagLayer, 'arguments' | 'relations' | 'links'>,
  passages: readonly Passage[],
  articleOf: ReadonlyMap<string, string>,
): ArticleLayer {
  const own = new Set(passages.map((p) => p.id));
  const made = new Set(passages.flatMap((p) => p.arguments));
  const relationAt: number[] = [];
  const wanted = new Set(made);
  layer.relations.forEach((r, i) => {
    if (!touches(r.source, own, made) && !touches(r.target, own, made)) return;
    relationAt.push(i);
    for (const end of [r.source, r.target]) if ('argument' in end) wanted.add(end.argument);
  });
  const argumentAt: number[] = [];
  layer.arguments.forEach((a, i) => {
    if (wanted.has(a.id)) argumentAt.push(i);
  });
  const linkAt: number[] = [];
  layer.links.forEach((l, i) => {
    if (own.has(l.source) || own.has(l.target)) linkAt.push(i);
  });
  const pick = <T>(list: readonly T[], at: readonly number[]): T[] => at.flatMap((i) => list[i] ?? []);
  const args = pick(layer.arguments, argumentAt);
  const relations = pick(layer.relations, relationAt);
  const links = pick(layer.links, linkAt);
  const named = new Set([
    ...args.flatMap((a) => a.passages),
    ...links.flatMap((l) => [l.source, l.target]),
    ...relations.flatMap((r) => [r.source, r.target].flatMap((e) => ('passage' in e ? [e.passage] : []))),
  ]);
  const passageArticles: Record<string, string> = {};
  for (const id of [...named].sort()) {
    const article = articleOf.get(id);
    if (article !== undefined) passageArticles[id] = article;
  }
  return {
    arguments: args,
    relations,
    links,
    order: { arguments: argumentAt, relations: relationAt, links: linkAt },
    passageArticles,
  };
}

/** The slices as one layer in the corpus's order, each entry once. */
export function mergeArticleLayers(slices: readonly ArticleLayer[]): MergedLayer {
  const merge = <T>(part: (s: ArticleLayer) => readonly T[], order: (s: ArticleLayer) => number[]): T[] => {
    const byPlace = new Map<number, T>();
    for (const slice of slices) {
      const at = order(slice);
      part(slice).forEach((entry, i) => {
        const place = at[i];
        if (place !== undefined && !byPlace.has(place)) byPlace.set(place, entry);
      });
    }
    return [...byPlace.entries()].sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
  };
  const passageArticles = new Map<string, string>();
  for (const slice of slices)
    for (const [passage, article] of Object.entries(slice.passageArticles))
      passageArticles.set(passage, article);
  return {
    arguments: merge(
      (s) => s.arguments,
      (s) => s.order.arguments,
    ),
    relations: merge(
      (s) => s.relations,
      (s) => s.order.relations,
    ),
    links: merge(
      (s) => s.links,
      (s) => s.order.links,
    ),
    passageArticles,
  };
}

/**
 * The arguments views' shard: every argument, contrast and link, and of the passages only those a
 * contrast's sides hold (what the disagreements quote and open side by side), in the layer's order.
 */
export function argumentsShardLayer(layer: TagLayer): ArgumentsLayer {
  const args = new Map(layer.arguments.map((a) => [a.id, a]));
  const quoted = new Set<string>();
  for (const relation of layer.relations)
    for (const end of [relation.source, relation.target]) {
      if ('passage' in end) quoted.add(end.passage);
      else for (const id of args.get(end.argument)?.passages ?? []) quoted.add(id);
    }
  return {
    arguments: layer.arguments,
    relations: layer.relations,
    links: layer.links,
    passages: layer.passages.filter((p) => quoted.has(p.id)),
  };
}

/**
 * The articles holding what `passageId` is linked to (its arguments' articles, its explicit links'
 * and contrasts' other ends, with a contrasted argument's articles), from the loaded slices alone:
 * what the selection's panel needs loaded to list its cross-references. Its own article comes first.
 */
export function linkedArticleIds(layer: MergedLayer, passageId: string): string[] {
  const articleOf = layer.passageArticles;
  const own = articleOf.get(passageId);
  if (own === undefined) return [];
  const args = new Map(layer.arguments.map((a) => [a.id, a]));
  const mine = new Set(layer.arguments.filter((a) => a.passages.includes(passageId)).map((a) => a.id));
  const out = new Set([own]);
  const addEnd = (end: RelationEnd): void => {
    if ('passage' in end) {
      const article = articleOf.get(end.passage);
      if (article !== undefined) out.add(article);
    } else for (const article of args.get(end.argument)?.articles ?? []) out.add(article);
  };
  for (const id of mine) for (const article of args.get(id)?.articles ?? []) out.add(article);
  for (const link of layer.links) {
    if (link.source === passageId) addEnd({ passage: link.target });
    if (link.target === passageId) addEnd({ passage: link.source });
  }
  const onlyMe = new Set([passageId]);
  for (const relation of layer.relations) {
    if (touches(relation.source, onlyMe, mine)) addEnd(relation.target);
    if (touches(relation.target, onlyMe, mine)) addEnd(relation.source);
  }
  return [...out];
}
