/**
 * The second job of a W3C Web Annotation import: converting ONE item, already shaped by
 * w3c-import-schema.ts, into a reader's annotation, or listing its problems. It checks what the
 * schema cannot know: the article exists, positions lie within its text, claim types and arguments
 * are known, links lead to text that is there (or to an http/https address). The note is always
 * plain text. Positions arrive in code points and leave in UTF-16 code units (selectors.ts).
 */
import type { Article } from '../model/article.ts';
import { anchor, selectorFor, type AnchorStatus, type FullSelector } from '../model/anchor.ts';
import { toCodePointOffset } from '../model/code-points.ts';
import { readSelectors } from '../model/selectors.ts';
import type { Passage } from '../model/tag-layer.ts';
import {
  isUuid,
  safeHref,
  type UserAnnotation,
  type UserArgument,
  type UserLink,
  type UserLinkTarget,
} from '../model/user-annotation.ts';
import { IRI } from '../model/w3c.ts';
import {
  positionWithinText,
  schemaProblems,
  type W3CAnnotationInput,
  type W3CResourceInput,
  type W3CSelectorInput,
} from './w3c-import-schema.ts';

/** What the import checks items against. */
export interface ImportContext {
  articles: readonly Article[];
  typeIds: ReadonlySet<string>;
  /** Ids of curated arguments. */
  curatedArguments: ReadonlySet<string>;
  /** Curated passages, for links to them. */
  passages: readonly Passage[];
  /** The reader's annotations and arguments already kept (for duplicates and argument references). */
  existing: readonly UserAnnotation[];
  existingArguments: readonly UserArgument[];
  /** Makes a new UUID (for items whose id is not one). */
  newId: () => string;
  /** The time stamped on items without one (ISO 8601). */
  now: string;
}

/** One item converted: the annotation it brings and what the merge needs to know about it. */
export interface ConvertedItem {
  annotation: UserAnnotation;
  anchor: AnchorStatus | null;
  arguments: UserArgument[];
  linking: boolean;
  /** The item's own id, if it is a UUID (for duplicate checks). */
  sourceId?: string;
  /** The item's creator's name, when the file gives one (kept with merged notes). */
  author?: string;
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function articleIdOf(source: string): string {
  return source.startsWith(IRI.article) ? source.slice(IRI.article.length) : source;
}

/** A UTF-16 selector from W3C selectors (positions in code points) for `article`, or a problem. */
function readSelector(article: Article, selectors: readonly W3CSelectorInput[]): FullSelector | string {
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (position) {
    const within = positionWithinText(toCodePointOffset(article.text, article.text.length)).safeParse(
      position,
    );
    if (!within.success)
      return `the target's TextPositionSelector: ${schemaProblems(within.error).join('; ')}`;
  }
  const read = readSelectors(selectors, { codePointsOf: article.text });
  if (!read.ok) return `the target has ${read.problem}`;
  const { quote, position: at } = read.selector;
  const full = { quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' } };
  if (at) return { ...full, position: at };
  const found = anchor(article.text, { quote: full.quote });
  return { ...full, position: found ? { start: found.start, end: found.end } : { start: 0, end: 0 } };
}

function stamp(value: string | undefined, fallback: string): string {
  return value !== undefined && !Number.isNaN(Date.parse(value)) ? value : fallback;
}

/** Converts one validated item to an annotation, or lists its problems. */
export function convertItem(item: W3CAnnotationInput, context: ImportContext): ConvertedItem | string[] {
  const problems: string[] = [];
  const articles = new Map(context.articles.map((a) => [a.meta.id, a]));
  const articleId = articleIdOf(item.target.source);
  const article = articles.get(articleId);
  if (!article)
    return [`the target is "${clip(item.target.source)}", which is not an article of this corpus`];
  const selectorOrProblem = readSelector(article, asArray(item.target.selector));
  if (typeof selectorOrProblem === 'string') return [selectorOrProblem];
  let fullSelector = selectorOrProblem;
  const found = anchor(article.text, fullSelector);
  if (found && found.status !== 'fuzzy') fullSelector = selectorFor(article.text, found.start, found.end);

  const motivations = asArray(item.motivation);
  const bodies = asArray(item.body);
  const linking = motivations.includes('linking') || bodies.some((b) => b.purpose === 'linking');
  const types: string[] = [];
  const argumentIds: string[] = [];
  const newArguments: UserArgument[] = [];
  const notes: string[] = [];
  const links: UserLink[] = [];
  const knownUserArguments = new Set(context.existingArguments.map((a) => a.id));
  for (const b of bodies) {
    if (b.type === 'TextualBody') {
      const purpose = b.purpose ?? (motivations.includes('tagging') ? 'tagging' : 'commenting');
      if (purpose === 'tagging' || purpose === 'classifying') {
        if (context.typeIds.has(b.value)) types.push(b.value);
        else problems.push(`unknown claim type "${clip(b.value)}"`);
      } else if (b.value.trim()) notes.push(b.value.trim());
      continue;
    }
    if (b.source.startsWith(IRI.argument)) {
      const id = b.source.slice(IRI.argument.length);
      if (context.curatedArguments.has(id) || knownUserArguments.has(id)) argumentIds.push(id);
      else if (isUuid(id) && b.label?.trim()) {
        const type =
          b.parallaxType && context.typeIds.has(b.parallaxType)
            ? b.parallaxType
            : (types[0] ?? [...context.typeIds][0]);
        if (type === undefined) problems.push(`argument ${id} has no claim type`);
        else {
          argumentIds.push(id);
          newArguments.push({ id, statement: b.label.trim(), type });
        }
      } else problems.push(`unknown argument "${clip(id)}"`);
      continue;
    }
    const target = readLinkTarget(b, articles, context.passages);
    if (typeof target === 'string') problems.push(target);
    else links.push({ target });
  }
  if (problems.length > 0) return problems;
  const id = item.id?.startsWith(IRI.uuid) ? item.id.slice(IRI.uuid.length).toLowerCase() : undefined;
  const sourceId = id !== undefined && isUuid(id) ? id : undefined;
  const created = stamp(item.created, context.now);
  const annotation: UserAnnotation = {
    id: sourceId ?? context.newId(),
    article: articleId,
    selector: fullSelector,
    types: [...new Set(types)],
    arguments: [...new Set(argumentIds)],
    links: linking ? [] : links,
    created,
    modified: stamp(item.modified, created),
  };
  const note = notes.join('\n\n');
  if (linking) {
    // In a linking annotation, a comment annotates the link.
    annotation.links = links.map((l) => (note ? { ...l, note } : l));
  } else if (note) annotation.note = note;
  return {
    annotation,
    anchor: found?.status ?? null,
    arguments: newArguments,
    linking,
    ...(sourceId ? { sourceId } : {}),
    ...creatorName(item.creator),
  };
}

function readLinkTarget(
  b: W3CResourceInput,
  articles: ReadonlyMap<string, Article>,
  passages: readonly Passage[],
): UserLinkTarget | string {
  if (b.id?.startsWith(IRI.passage)) {
    const passage = b.id.slice(IRI.passage.length);
    if (passages.some((p) => p.id === passage)) return { passage };
  }
  if (b.source.startsWith(IRI.article)) {
    const article = articles.get(articleIdOf(b.source));
    if (!article) return `the link's target "${clip(b.source)}" is not an article of this corpus`;
    const linked = readSelector(article, asArray(b.selector));
    if (typeof linked === 'string') return `the link's ${linked.replace(/^the target('s)? /, 'target$1 ')}`;
    // A link must lead to text that is there: anchor it now and keep where it landed.
    const found = anchor(article.text, linked);
    if (!found) return `the link's target quote is not in ${article.meta.id}`;
    return { article: article.meta.id, selector: selectorFor(article.text, found.start, found.end) };
  }
  const href = safeHref(b.source);
  if (href === undefined)
    return `the link to "${clip(b.source)}" is not followed: only http and https addresses are`;
  return { url: href };
}

/**
 * The name of an item's creator, when it gives one: the first Agent's `name` (else `nickname`), or a
 * creator given as a plain string. Anything else is ignored, never an error: it is only a label.
 */
function creatorName(creator: unknown): { author?: string } {
  const first: unknown = Array.isArray(creator) ? creator[0] : creator;
  const pick = (value: unknown) =>
    typeof value === 'string' && value.trim() ? { author: clip(value.trim()) } : undefined;
  if (first !== null && typeof first === 'object') {
    const agent = first as { name?: unknown; nickname?: unknown };
    return pick(agent.name) ?? pick(agent.nickname) ?? {};
  }
  return pick(first) ?? {};
}

/** The id of the annotation a Parallax link item belongs to (from urn:parallax:link:<id>:<n>). */
export function linkParentId(id: string | undefined): string | undefined {
  if (!id?.startsWith(IRI.link)) return undefined;
  const rest = id.slice(IRI.link.length);
  const parent = rest.slice(0, rest.lastIndexOf(':')).toLowerCase();
  return isUuid(parent) ? parent : undefined;
}

/** The item's id as given (clipped for messages), if it has a string one, whatever else is wrong with it. */
export function itemId(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || !('id' in item)) return undefined;
  return typeof item.id === 'string' ? clip(item.id) : undefined;
}

/** Shortens a value quoted in a message. */
export function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
