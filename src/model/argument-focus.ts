/**
 * One argument as the focus view shows it: its statement and primary claim type, its passages
 * grouped by article (articles in corpus order, passages in text order), the disagreements it
 * takes part in with the other side and the curators' note, its discussion questions, and its
 * neighbours in the order of the arguments list the reader came from (same filter and sort).
 */
import type { ArticleHead, ArticleMeta } from './article.ts';
import { argumentRows, type ArgumentsQuery } from './argument-table.ts';
import { curatedDisputes, disputesOfArguments, type Dispute, type DisputeSide } from './disputes.ts';
import type { Argument, ClaimType, Passage, TagLayer } from './tag-layer.ts';

/** An article's passages making the argument. */
export interface FocusArticle {
  meta: ArticleMeta;
  /** In text order; each carries its paragraph number for citing. */
  passages: Passage[];
}

/** The other side of one disagreement, as seen from the focused argument. */
export interface FocusContrast {
  dispute: Dispute;
  /** The argument on the other side, when the relation names an argument (or the passage makes exactly one). */
  argument?: Argument;
  /** The passage on the other side, when the relation names a passage. */
  passage?: Passage;
  /** Titles of the other side's articles, in corpus order. */
  articles: ArticleMeta[];
  /** The curators' note on what divides the two sides; undefined when none was written. */
  note: string | undefined;
}

/** Everything the focus view shows of one argument. */
export interface ArgumentFocus {
  argument: Argument;
  type: ClaimType | undefined;
  articles: FocusArticle[];
  contrasts: FocusContrast[];
  /** 1-based place in the list for `query`; undefined when the filter leaves this argument out. */
  position: number | undefined;
  /** How many arguments the list for `query` has. */
  total: number;
  /** The ids of that list, in its order (what the arrow keys step through). */
  order: string[];
  /** The previous and next arguments of that list (wrapping never: undefined at the ends). */
  previous: Argument | undefined;
  next: Argument | undefined;
}

/** Lookups over a layer that every argument's content is read from (made once for many arguments). */
export interface FocusContext {
  layer: TagLayer;
  disputes: Dispute[];
  passages: ReadonlyMap<string, Passage>;
  metas: ReadonlyMap<string, ArticleMeta>;
  args: ReadonlyMap<string, Argument>;
}

/** The lookups `argumentContent` reads, over `layer` and the articles' front matter. */
export function focusContext(layer: TagLayer, articles: readonly ArticleHead[]): FocusContext {
  return {
    layer,
    disputes: curatedDisputes(layer),
    passages: new Map(layer.passages.map((p) => [p.id, p])),
    metas: new Map(articles.map((a) => [a.meta.id, a.meta])),
    args: new Map(layer.arguments.map((a) => [a.id, a])),
  };
}

/** What one argument is, whatever list it sits in: its type, passages by article, and disagreements. */
export type ArgumentContent = Pick<ArgumentFocus, 'argument' | 'type' | 'articles' | 'contrasts'>;

/** The content of `argument`: its primary type, its passages grouped by article, its disagreements. */
export function argumentContent(context: FocusContext, argument: Argument): ArgumentContent {
  const { layer, passages, metas, args } = context;
  const focusArticles = argument.articles.flatMap((articleId): FocusArticle[] => {
    const meta = metas.get(articleId);
    if (!meta) return [];
    const own = argument.passages
      .map((id) => passages.get(id))
      .filter((p): p is Passage => p !== undefined && p.article === articleId)
      .sort((a, b) => a.start - b.start);
    return [{ meta, passages: own }];
  });
  const contrasts = disputesOfArguments(context.disputes, new Set([argument.id])).map((dispute) => {
    const other = otherSide(dispute, argument.id, passages);
    const passage = other.passage !== undefined ? passages.get(other.passage) : undefined;
    const otherArgument =
      other.argument !== undefined
        ? args.get(other.argument)
        : passage?.arguments.length === 1
          ? args.get(passage.arguments[0] ?? '')
          : undefined;
    return {
      dispute,
      ...(otherArgument ? { argument: otherArgument } : {}),
      ...(passage ? { passage } : {}),
      articles: other.articles.map((id) => metas.get(id)).filter((m): m is ArticleMeta => m !== undefined),
      note: dispute.note,
    };
  });
  return {
    argument,
    type: layer.taxonomy.find((t) => t.id === argument.type),
    articles: focusArticles,
    contrasts,
  };
}

/** The focus view of `argumentId` in the list for `query`; undefined when no such argument exists. */
export function argumentFocus(
  layer: TagLayer,
  articles: readonly ArticleHead[],
  argumentId: string,
  query: ArgumentsQuery,
): ArgumentFocus | undefined {
  const context = focusContext(layer, articles);
  const argument = context.args.get(argumentId);
  if (!argument) return undefined;
  const rows = argumentRows(layer, query, context.disputes);
  const at = rows.findIndex((r) => r.argument.id === argumentId);
  return {
    ...argumentContent(context, argument),
    position: at === -1 ? undefined : at + 1,
    total: rows.length,
    order: rows.map((r) => r.argument.id),
    previous: at > 0 ? rows[at - 1]?.argument : undefined,
    next: at === -1 ? rows[0]?.argument : rows[at + 1]?.argument,
  };
}

/** The side of `dispute` that is not `argumentId` (the side naming it, or one of its passages, is ours). */
function otherSide(
  dispute: Dispute,
  argumentId: string,
  passages: ReadonlyMap<string, Passage>,
): DisputeSide {
  const [a, b] = dispute.sides;
  const ours = (side: DisputeSide): boolean =>
    side.argument === argumentId ||
    (side.passage !== undefined && (passages.get(side.passage)?.arguments.includes(argumentId) ?? false));
  return ours(a) && !ours(b) ? b : ours(b) && !ours(a) ? a : b;
}
