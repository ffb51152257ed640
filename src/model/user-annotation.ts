/**
 * A reader's own annotations: passages they tagged with claim types, attached to arguments (curated
 * ones or their own), linked to passages of other articles, and commented on. Pure types and
 * reducers; storage lives in src/state/annotation-store.ts. Offsets are UTF-16 code units into the
 * article text, as everywhere in the model (W3C files convert to code points at the boundary).
 */
import type { FullSelector } from './anchor.ts';
import { sameLinkTarget } from './link-target.ts';

/** The other end of a cross-reference a reader made. */
export type UserLinkTarget =
  /** A curated passage, by id. */
  | { passage: string }
  /** A stretch of another article, by selector (UTF-16 offsets into that article's text). */
  | { article: string; selector: FullSelector }
  /** An outside web page (imported data only; http and https addresses only, see `safeHref`). */
  | { url: string };

/** A cross-reference from an annotation to another passage. */
export interface UserLink {
  target: UserLinkTarget;
  note?: string;
}

/** An argument a reader defined; it lives in its own collection, next to the curated arguments. */
export interface UserArgument {
  /** A UUID (never clashes with curated ids, which are hyphenated words). */
  id: string;
  /** One sentence stating the claim. */
  statement: string;
  /** Primary claim type id. */
  type: string;
}

/** One annotation a reader made. */
export interface UserAnnotation {
  /** A UUID. */
  id: string;
  /** Article id. */
  article: string;
  /** The quote with its context and its position (UTF-16 code units). */
  selector: FullSelector;
  /** Claim type ids, primary first (may be empty when the reader only comments or links). */
  types: string[];
  /** Ids of curated or user arguments this passage makes. */
  arguments: string[];
  links: UserLink[];
  /** Plain text, never HTML or Markdown. */
  note?: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
}

/** What a reader fills in to create an annotation. */
export interface AnnotationDraft {
  article: string;
  selector: FullSelector;
  types?: string[];
  arguments?: string[];
  /** An argument to start with this annotation; it gets an id and joins `arguments`. */
  newArgument?: { statement: string; type: string };
  links?: UserLink[];
  note?: string;
}

/** What an edit may change. */
export interface AnnotationPatch {
  types?: string[];
  arguments?: string[];
  newArgument?: { statement: string; type: string };
  links?: UserLink[];
  /** An empty string removes the note. */
  note?: string;
  /** A re-anchored selector. */
  selector?: FullSelector;
}

/** Everything a reader keeps: annotations, their own arguments, and dismissed suggestion ids. */
export interface UserAnnotationState {
  annotations: Readonly<Record<string, UserAnnotation>>;
  arguments: Readonly<Record<string, UserArgument>>;
  /** Ids of similarity suggestions the reader dismissed. */
  dismissed: readonly string[];
}

/** An empty state. */
export const EMPTY_USER_STATE: UserAnnotationState = { annotations: {}, arguments: {}, dismissed: [] };

/** A change to the state; `now` and new ids come in the action so the reducer stays pure. */
export type UserAnnotationAction =
  | { kind: 'add'; id: string; draft: AnnotationDraft; now: string; argumentId?: string }
  | { kind: 'update'; id: string; patch: AnnotationPatch; now: string; argumentId?: string }
  | { kind: 'remove'; id: string }
  /**
   * Adds annotations and arguments as they are (an import); existing ids are left alone. `links` adds
   * links to annotations already kept, skipping any whose target they already link to.
   */
  | {
      kind: 'merge';
      annotations: readonly UserAnnotation[];
      arguments: readonly UserArgument[];
      links?: readonly { annotation: string; links: readonly UserLink[] }[];
      now?: string;
    }
  | { kind: 'dismiss'; suggestion: string }
  | { kind: 'undismiss'; suggestion: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for a lower-case UUID, the form of user annotation and argument ids. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function cleanNote(note: string | undefined): string | undefined {
  const trimmed = note?.trim();
  return trimmed ? trimmed : undefined;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Builds a new annotation (and the argument it starts, if any) from a draft. */
export function createAnnotation(
  draft: AnnotationDraft,
  ids: { id: string; argumentId?: string },
  now: string,
): { annotation: UserAnnotation; argument?: UserArgument } {
  const argument =
    draft.newArgument && ids.argumentId ? makeArgument(ids.argumentId, draft.newArgument) : undefined;
  const annotation: UserAnnotation = {
    id: ids.id,
    article: draft.article,
    selector: draft.selector,
    types: unique(draft.types ?? []),
    arguments: unique([...(draft.arguments ?? []), ...(argument ? [argument.id] : [])]),
    links: draft.links ?? [],
    created: now,
    modified: now,
  };
  const note = cleanNote(draft.note);
  if (note !== undefined) annotation.note = note;
  return argument ? { annotation, argument } : { annotation };
}

function makeArgument(id: string, from: { statement: string; type: string }): UserArgument {
  return { id, statement: from.statement.trim(), type: from.type };
}

/** Applies an edit to an annotation (and starts its new argument, if any). */
export function editAnnotation(
  annotation: UserAnnotation,
  patch: AnnotationPatch,
  now: string,
  argumentId?: string,
): { annotation: UserAnnotation; argument?: UserArgument } {
  const argument = patch.newArgument && argumentId ? makeArgument(argumentId, patch.newArgument) : undefined;
  const next: UserAnnotation = {
    ...annotation,
    ...(patch.selector ? { selector: patch.selector } : {}),
    ...(patch.types ? { types: unique(patch.types) } : {}),
    ...(patch.links ? { links: patch.links } : {}),
    modified: now,
  };
  if (patch.arguments || argument) {
    next.arguments = unique([
      ...(patch.arguments ?? annotation.arguments),
      ...(argument ? [argument.id] : []),
    ]);
  }
  if (patch.note !== undefined) {
    const note = cleanNote(patch.note);
    if (note === undefined) delete next.note;
    else next.note = note;
  }
  return argument ? { annotation: next, argument } : { annotation: next };
}

/** User arguments that no annotation uses any more are removed with the last annotation using them. */
function pruneArguments(
  annotations: Readonly<Record<string, UserAnnotation>>,
  args: Readonly<Record<string, UserArgument>>,
): Record<string, UserArgument> {
  const used = new Set(Object.values(annotations).flatMap((a) => a.arguments));
  return Object.fromEntries(Object.entries(args).filter(([id]) => used.has(id)));
}

/** The pure reducer behind the annotation store. Unknown ids leave the state unchanged. */
export function userAnnotationReducer(
  state: UserAnnotationState,
  action: UserAnnotationAction,
): UserAnnotationState {
  switch (action.kind) {
    case 'add': {
      if (state.annotations[action.id]) return state;
      const ids =
        action.argumentId === undefined
          ? { id: action.id }
          : { id: action.id, argumentId: action.argumentId };
      const { annotation, argument } = createAnnotation(action.draft, ids, action.now);
      return {
        ...state,
        annotations: { ...state.annotations, [annotation.id]: annotation },
        arguments: argument ? { ...state.arguments, [argument.id]: argument } : state.arguments,
      };
    }
    case 'update': {
      const current = state.annotations[action.id];
      if (!current) return state;
      const { annotation, argument } = editAnnotation(current, action.patch, action.now, action.argumentId);
      const annotations = { ...state.annotations, [annotation.id]: annotation };
      const args = argument ? { ...state.arguments, [argument.id]: argument } : state.arguments;
      return { ...state, annotations, arguments: pruneArguments(annotations, args) };
    }
    case 'remove': {
      if (!state.annotations[action.id]) return state;
      const annotations = Object.fromEntries(
        Object.entries(state.annotations).filter(([id]) => id !== action.id),
      );
      return { ...state, annotations, arguments: pruneArguments(annotations, state.arguments) };
    }
    case 'merge': {
      const annotations = { ...state.annotations };
      for (const a of action.annotations) annotations[a.id] ??= a;
      for (const { annotation: id, links } of action.links ?? []) {
        const current = annotations[id];
        if (!current) continue;
        const fresh: UserLink[] = [];
        for (const l of links) {
          const known = [...current.links, ...fresh].some((p) => sameLinkTarget(p.target, l.target));
          if (!known) fresh.push(l);
        }
        if (fresh.length > 0) {
          annotations[id] = {
            ...current,
            links: [...current.links, ...fresh],
            ...(action.now ? { modified: action.now } : {}),
          };
        }
      }
      const args = { ...state.arguments };
      for (const a of action.arguments) args[a.id] ??= a;
      return { ...state, annotations, arguments: args };
    }
    case 'dismiss':
      return state.dismissed.includes(action.suggestion)
        ? state
        : { ...state, dismissed: [...state.dismissed, action.suggestion] };
    case 'undismiss':
      return { ...state, dismissed: state.dismissed.filter((s) => s !== action.suggestion) };
  }
}

/** Annotations in reading order: by article (in the given order), then position. */
export function sortAnnotations(
  annotations: Iterable<UserAnnotation>,
  articleOrder: readonly string[] = [],
): UserAnnotation[] {
  const order = new Map(articleOrder.map((id, i) => [id, i]));
  const rank = (a: UserAnnotation) => order.get(a.article) ?? articleOrder.length;
  return [...annotations].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.article.localeCompare(b.article) ||
      a.selector.position.start - b.selector.position.start ||
      a.selector.position.end - b.selector.position.end ||
      a.id.localeCompare(b.id),
  );
}

/** The address of an outside link if it is safe to follow (http or https), else undefined. */
export function safeHref(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}

/**
 * A key equal for two annotations with the same target and body (types, arguments, links, note),
 * whatever their ids and timestamps: the import's test for a duplicate.
 */
export function contentKey(annotation: Omit<UserAnnotation, 'id' | 'created' | 'modified'>): string {
  const { quote, position } = annotation.selector;
  return JSON.stringify([
    annotation.article,
    quote.exact,
    quote.prefix,
    quote.suffix,
    position.start,
    position.end,
    [...annotation.types].sort(),
    [...annotation.arguments].sort(),
    annotation.links.map((l) => JSON.stringify(l)).sort(),
    annotation.note ?? '',
  ]);
}

/** What `annotations` name in the corpus: their articles and the articles and curated passages their links point to. */
export function annotationReferences(annotations: readonly UserAnnotation[]): {
  articles: string[];
  passages: string[];
} {
  const articles = new Set<string>();
  const passages = new Set<string>();
  for (const annotation of annotations) {
    articles.add(annotation.article);
    for (const { target } of annotation.links) {
      if ('passage' in target) passages.add(target.passage);
      else if ('article' in target) articles.add(target.article);
    }
  }
  return { articles: [...articles], passages: [...passages] };
}
