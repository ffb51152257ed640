/**
 * Import of W3C Web Annotation files (as written by src/model/w3c.ts, or by other tools using the
 * same vocabulary), validated at the boundary.
 *
 * Steps:
 *   1. the FILE: at most IMPORT_LIMITS.maxBytes, valid JSON, an AnnotationCollection (items in
 *      `first.items` or `items`), an AnnotationPage, one Annotation or an array of them, with at most
 *      IMPORT_LIMITS.maxItems items. A file failing here changes nothing: the result is an error.
 *   2. each ITEM, on its own: its shape (zod), its article, selectors (code points → UTF-16), claim
 *      types, arguments, note (always plain text) and links (followed only when http or https).
 *      An invalid item is reported with its index, id and problems; the others still import.
 *   3. duplicates: an item whose id is already used, or whose target and body equal an existing
 *      annotation's (or an earlier item's), is reported and not added.
 * Linking annotations join their annotation: the one whose id their Parallax link id names
 * (urn:parallax:link:<id>:<n>), or, in files from other tools, the one with the same target. When
 * that annotation is already kept, the links it lacks are reported in `linksToAdd`; without one
 * they become an annotation of their own that only links. A link's target must anchor in the
 * linked article, or the item is invalid.
 */
import { z } from 'zod';
import type { Article } from '../model/article.ts';
import { anchor, selectorFor, type AnchorStatus, type FullSelector } from '../model/anchor.ts';
import { toUtf16Offset } from '../model/code-points.ts';
import type { Passage } from '../model/tag-layer.ts';
import {
  contentKey,
  isUuid,
  safeHref,
  type UserAnnotation,
  type UserArgument,
  type UserLink,
  type UserLinkTarget,
} from '../model/user-annotation.ts';
import { IRI } from '../model/w3c.ts';

/** Limits that keep a hostile or mistaken file from hanging the reader. */
export const IMPORT_LIMITS = {
  /** Largest file accepted, in bytes (UTF-8). */
  maxBytes: 5_000_000,
  /** Most annotations in one file. */
  maxItems: 5_000,
  /** Longest quote, prefix, suffix, note or label, in characters. */
  maxText: 20_000,
  /** Most bodies or selectors on one annotation. */
  maxParts: 200,
} as const;

const text = z.string().max(IMPORT_LIMITS.maxText, `longer than ${IMPORT_LIMITS.maxText} characters`);
const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema).max(IMPORT_LIMITS.maxParts)]);

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: text.min(1, 'an empty quote'),
  prefix: text.optional(),
  suffix: text.optional(),
});
const positionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
});
/** Selectors of other types (CSS, XPath, fragment…) are allowed and ignored. */
const otherSelector = z.object({ type: z.string() });
const selector = z.union([quoteSelector, positionSelector, otherSelector]);

const specificTarget = z.object({
  id: z.string().optional(),
  source: z.string().min(1),
  selector: oneOrMany(selector).optional(),
});

const textualBody = z.object({
  type: z.literal('TextualBody'),
  value: text,
  purpose: z.string().optional(),
  format: z.string().optional(),
});
const resourceBody = z.object({
  type: z.literal('SpecificResource'),
  id: z.string().optional(),
  purpose: z.string().optional(),
  source: z.string().min(1),
  selector: oneOrMany(selector).optional(),
  label: text.optional(),
  parallaxType: z.string().optional(),
});
const body = z.union([textualBody, resourceBody]);

/** One W3C annotation, as far as Parallax reads it (unknown properties are ignored). */
export const w3cAnnotationSchema = z.object({
  id: z.string().max(500).optional(),
  type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'))]),
  motivation: oneOrMany(z.string()).optional(),
  created: z.string().max(100).optional(),
  modified: z.string().max(100).optional(),
  body: oneOrMany(body).optional(),
  target: specificTarget,
});

/** A validated W3C annotation. */
export type W3CAnnotationInput = z.infer<typeof w3cAnnotationSchema>;

const page = z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()) });
const collection = z.object({
  type: z.literal('AnnotationCollection'),
  first: z.union([page, z.string()]).optional(),
  items: z.array(z.unknown()).optional(),
});

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

/** An item that will be added. */
export interface ImportedAnnotation {
  /** 0-based index of the item in the file (of the linking item, for a link-only annotation). */
  index: number;
  annotation: UserAnnotation;
  /** How it anchors in the current text; null: it will be listed as unanchored. */
  anchor: AnchorStatus | null;
}

/** An item not added because it is already there. */
export interface ImportDuplicate {
  index: number;
  id?: string;
  reason: 'same id' | 'same target and body';
}

/** Links of the file that are new to an annotation the reader already keeps. */
export interface ImportLinksToAdd {
  /** Id of the annotation already kept. */
  annotation: string;
  links: UserLink[];
  /** 0-based indexes of the linking items that bring them. */
  indexes: number[];
}

/** A linking item that joins an annotation added by the same import. */
export interface ImportMergedLink {
  index: number;
  id?: string;
  /** Id of the added annotation it joins. */
  annotation: string;
}

/** An item not added because it is invalid. */
export interface ImportInvalid {
  index: number;
  id?: string;
  problems: string[];
}

/** The outcome of an import: a file-level error, or what each item will do. */
export type ImportResult =
  | { ok: false; error: string }
  | {
      ok: true;
      /** Items in the file. */
      total: number;
      added: ImportedAnnotation[];
      /** The reader's arguments the added annotations bring. */
      newArguments: UserArgument[];
      /** New links for annotations already kept, applied with `added` as one step. */
      linksToAdd: ImportLinksToAdd[];
      /** Linking items that join an annotation in `added`. */
      merged: ImportMergedLink[];
      duplicates: ImportDuplicate[];
      invalid: ImportInvalid[];
    };

/** Step 1: the file's items, or why the file as a whole is refused. */
export function readW3CItems(content: string): { ok: true; items: unknown[] } | { ok: false; error: string } {
  if (
    content.length > IMPORT_LIMITS.maxBytes ||
    new TextEncoder().encode(content).length > IMPORT_LIMITS.maxBytes
  ) {
    return { ok: false, error: `the file is larger than ${IMPORT_LIMITS.maxBytes / 1_000_000} MB` };
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return {
      ok: false,
      error: `the file is not JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  let items: unknown[] | undefined;
  const asCollection = collection.safeParse(data);
  const asPage = page.safeParse(data);
  if (asCollection.success) {
    const first = asCollection.data.first;
    if (typeof first === 'string') {
      return {
        ok: false,
        error: 'the collection is split into pages that are not in the file; export it as one file',
      };
    }
    items = first?.items ?? asCollection.data.items;
  } else if (asPage.success) items = asPage.data.items;
  else if (Array.isArray(data)) items = data;
  else if (data !== null && typeof data === 'object' && 'target' in data) items = [data];
  if (items === undefined) {
    return {
      ok: false,
      error: 'the file is not a W3C annotation file (an AnnotationCollection, AnnotationPage or Annotation)',
    };
  }
  if (items.length > IMPORT_LIMITS.maxItems) {
    return {
      ok: false,
      error: `the file has ${items.length} annotations; at most ${IMPORT_LIMITS.maxItems} are accepted`,
    };
  }
  return { ok: true, items };
}

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

function articleIdOf(source: string): string {
  return source.startsWith(IRI.article) ? source.slice(IRI.article.length) : source;
}

type Selector = z.infer<typeof selector>;

/** A UTF-16 selector from W3C selectors (positions in code points) for `article`, or a problem. */
function readSelector(article: Article, selectors: readonly Selector[]): FullSelector | string {
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as
    z.infer<typeof quoteSelector> | undefined;
  const position = selectors.find((s) => s.type === 'TextPositionSelector') as
    z.infer<typeof positionSelector> | undefined;
  if (!quote) return 'the target has no TextQuoteSelector';
  if (position && position.end < position.start) return 'the TextPositionSelector ends before it starts';
  const full = { quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' } };
  if (position) {
    const start = toUtf16Offset(article.text, position.start);
    const end = toUtf16Offset(article.text, position.end);
    return { ...full, position: { start, end } };
  }
  const found = anchor(article.text, { quote: full.quote });
  return { ...full, position: found ? { start: found.start, end: found.end } : { start: 0, end: 0 } };
}

interface Converted {
  annotation: UserAnnotation;
  anchor: AnchorStatus | null;
  arguments: UserArgument[];
  linking: boolean;
  /** The item's own id, if it is a UUID (for duplicate checks). */
  sourceId?: string;
}

function stamp(value: string | undefined, fallback: string): string {
  return value !== undefined && !Number.isNaN(Date.parse(value)) ? value : fallback;
}

/** Step 2: one validated item to an annotation, or its problems. */
function convertItem(item: W3CAnnotationInput, context: ImportContext): Converted | string[] {
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
  };
}

function readLinkTarget(
  b: z.infer<typeof resourceBody>,
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
    if (typeof linked === 'string') return `the link's ${linked.replace(/^the target /, 'target ')}`;
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

function targetKey(a: UserAnnotation): string {
  return JSON.stringify([
    a.article,
    a.selector.quote.exact,
    a.selector.position.start,
    a.selector.position.end,
  ]);
}

/** Validates and classifies a W3C file's annotations against the reader's current ones. */
export function importW3C(content: string, context: ImportContext): ImportResult {
  const file = readW3CItems(content);
  if (!file.ok) return file;
  const added: ImportedAnnotation[] = [];
  const duplicates: ImportDuplicate[] = [];
  const invalid: ImportInvalid[] = [];
  const newArguments = new Map<string, UserArgument>();
  /** `parent`: for a Parallax link item, the id of its annotation (from the unclipped item id). */
  type Item = { index: number; converted: Converted; id?: string; parent?: string };
  const primaries: Item[] = [];
  const linkItems: Item[] = [];

  file.items.forEach((item, index) => {
    const rawId = itemId(item);
    const withId = rawId ? { id: rawId } : {};
    const parsed = w3cAnnotationSchema.safeParse(item);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(item)'}: ${i.message}`);
      invalid.push({ index, ...withId, problems });
      return;
    }
    const converted = convertItem(parsed.data, context);
    if (Array.isArray(converted)) invalid.push({ index, ...withId, problems: converted });
    else if (!converted.linking) primaries.push({ index, converted, ...withId });
    else {
      const parent = linkParentId(parsed.data.id);
      linkItems.push({ index, converted, ...withId, ...(parent !== undefined ? { parent } : {}) });
    }
  });

  // Links join their own annotation: by the parent id in a Parallax link id
  // (urn:parallax:link:<annotation id>:<n>), else, for files from other tools, by the same target.
  const fileIds = new Map<string, UserAnnotation>();
  const fileTargets = new Map<string, UserAnnotation>();
  for (const { converted } of primaries) {
    if (converted.sourceId !== undefined && !fileIds.has(converted.sourceId))
      fileIds.set(converted.sourceId, converted.annotation);
    const key = targetKey(converted.annotation);
    if (!fileTargets.has(key)) fileTargets.set(key, converted.annotation);
  }
  const merged = new Map<UserAnnotation, Item[]>();
  const looseLinks = linkItems.filter((item) => {
    const parent =
      item.parent !== undefined
        ? fileIds.get(item.parent)
        : fileTargets.get(targetKey(item.converted.annotation));
    if (!parent) return true;
    merged.set(parent, [...(merged.get(parent) ?? []), item]);
    return false;
  });

  const existingById = new Map(context.existing.map((a) => [a.id, a]));
  const ids = new Set(existingById.keys());
  const contents = new Set(context.existing.map((a) => contentKey(a)));
  const mergedLinks: ImportMergedLink[] = [];
  const linksToAdd = new Map<string, ImportLinksToAdd>();
  /** Queues a link item's links for an annotation already kept: new ones to add, else a duplicate. */
  const addToExisting = (kept: UserAnnotation, { index, converted, id }: Item): void => {
    const pending = linksToAdd.get(kept.id);
    const fresh = converted.annotation.links.filter(
      (l) => !kept.links.some((p) => sameTarget(p, l)) && !pending?.links.some((p) => sameTarget(p, l)),
    );
    if (fresh.length === 0) {
      duplicates.push({ index, ...(id ? { id } : {}), reason: 'same target and body' });
    } else if (pending) {
      pending.links.push(...fresh);
      pending.indexes.push(index);
    } else linksToAdd.set(kept.id, { annotation: kept.id, links: fresh, indexes: [index] });
  };

  for (const { index, converted, id } of primaries) {
    const { annotation } = converted;
    const withId = id ? { id } : {};
    const links = merged.get(annotation) ?? [];
    for (const l of links) {
      for (const link of l.converted.annotation.links) {
        if (!annotation.links.some((p) => sameTarget(p, link))) annotation.links.push(link);
      }
    }
    const key = contentKey(annotation);
    const kept = converted.sourceId !== undefined ? existingById.get(converted.sourceId) : undefined;
    if (converted.sourceId !== undefined && ids.has(converted.sourceId)) {
      duplicates.push({ index, ...withId, reason: 'same id' });
      for (const l of links) {
        if (kept) addToExisting(kept, l);
        else
          duplicates.push({ index: l.index, ...(l.id ? { id: l.id } : {}), reason: 'same target and body' });
      }
    } else if (contents.has(key)) {
      duplicates.push({ index, ...withId, reason: 'same target and body' });
      for (const l of links)
        duplicates.push({ index: l.index, ...(l.id ? { id: l.id } : {}), reason: 'same target and body' });
    } else {
      ids.add(annotation.id);
      contents.add(key);
      added.push({ index, annotation, anchor: converted.anchor });
      for (const a of converted.arguments) newArguments.set(a.id, a);
      for (const l of links)
        mergedLinks.push({ index: l.index, ...(l.id ? { id: l.id } : {}), annotation: annotation.id });
    }
  }

  // A link whose annotation is not in the file: already kept, or an annotation that only links.
  const byTarget = new Map<string, UserAnnotation>();
  for (const a of [...context.existing, ...added.map((x) => x.annotation)]) byTarget.set(targetKey(a), a);
  const orphans = new Map<string, UserAnnotation>();
  for (const item of looseLinks) {
    const { index, converted, id, parent: parentId } = item;
    const key = targetKey(converted.annotation);
    const parent =
      parentId !== undefined ? (existingById.get(parentId) ?? orphans.get(parentId)) : byTarget.get(key);
    if (parent && existingById.get(parent.id) === parent) {
      addToExisting(parent, item);
      continue;
    }
    const withId = id ? { id } : {};
    if (parent) {
      // An earlier link of this file made an annotation that only links: this one joins it.
      const fresh = converted.annotation.links.filter((l) => !parent.links.some((p) => sameTarget(p, l)));
      if (fresh.length === 0) duplicates.push({ index, ...withId, reason: 'same target and body' });
      else {
        parent.links.push(...fresh);
        mergedLinks.push({ index, ...withId, annotation: parent.id });
      }
      continue;
    }
    const annotation = { ...converted.annotation, id: context.newId() };
    if (parentId !== undefined) orphans.set(parentId, annotation);
    else byTarget.set(key, annotation);
    added.push({ index, annotation, anchor: converted.anchor });
  }
  return {
    ok: true,
    total: file.items.length,
    added,
    newArguments: [...newArguments.values()],
    linksToAdd: [...linksToAdd.values()],
    merged: mergedLinks,
    duplicates,
    invalid,
  };
}

/** The id of the annotation a Parallax link item belongs to (from urn:parallax:link:<id>:<n>). */
function linkParentId(id: string | undefined): string | undefined {
  if (!id?.startsWith(IRI.link)) return undefined;
  const rest = id.slice(IRI.link.length);
  const parent = rest.slice(0, rest.lastIndexOf(':')).toLowerCase();
  return isUuid(parent) ? parent : undefined;
}

function sameTarget(a: UserLink, b: UserLink): boolean {
  const key = (l: UserLink) => {
    const t = l.target;
    if ('url' in t) return `url ${t.url}`;
    if ('passage' in t) return `passage ${t.passage}`;
    return `range ${t.article} ${t.selector.position.start} ${t.selector.position.end} ${t.selector.quote.exact}`;
  };
  return key(a) === key(b);
}

function itemId(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || !('id' in item)) return undefined;
  return typeof item.id === 'string' ? clip(item.id) : undefined;
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
