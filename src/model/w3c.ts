/**
 * Export to the W3C Web Annotation Data Model (JSON-LD), for sharing annotations between readers,
 * with a teacher, or with other tools. Import lives in src/data/w3c-import.ts (validation is data).
 *
 * Mapping:
 *   - one Annotation per annotated passage: `target` = { source: urn:parallax:article:<id>,
 *     selector: [TextQuoteSelector, TextPositionSelector] };
 *   - each claim type: a TextualBody, purpose "tagging", value = the type id;
 *   - each argument: a SpecificResource body, purpose "tagging", source = urn:parallax:argument:<id>;
 *     a reader's own argument also carries its statement as `label` and its claim type as
 *     `parallaxType` (a Parallax extension that JSON-LD processors ignore);
 *   - the note: a TextualBody, purpose "commenting", format text/plain;
 *   - each cross-reference: a separate Annotation, motivation "linking", with the same target and,
 *     as body, the other passage as a SpecificResource with its own selectors (and, for a curated
 *     passage, id urn:parallax:passage:<id>).
 * TextPositionSelector offsets count Unicode code points, as the W3C model says, while Parallax
 * counts UTF-16 code units: they are converted here and on import (code-points.ts).
 */
import type { Article } from './article.ts';
import { selectorFor, type FullSelector } from './anchor.ts';
import { writeSelectors, type SelectorObject } from './selectors.ts';
import type { Passage, PassageLink } from './tag-layer.ts';
import { isUuid, type UserAnnotation, type UserLink } from './user-annotation.ts';

/** The JSON-LD context of every exported file. */
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** IRI prefixes Parallax mints. */
export const IRI = {
  article: 'urn:parallax:article:',
  argument: 'urn:parallax:argument:',
  passage: 'urn:parallax:passage:',
  link: 'urn:parallax:link:',
  uuid: 'urn:uuid:',
} as const;

/** A selector Parallax writes (TextPositionSelector offsets count code points). */
export type W3CSelector = SelectorObject;

/** A passage of an article, as a target or a SpecificResource body. */
export interface W3CSpecificTarget {
  source: string;
  selector: W3CSelector[];
}

/** A textual body: a claim-type tag or a comment. */
export interface W3CTextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting';
  value: string;
  format?: 'text/plain';
}

/** A resource body: an argument tag, or the other end of a link. */
export interface W3CSpecificResource {
  type: 'SpecificResource';
  id?: string;
  purpose?: 'tagging' | 'linking';
  source: string;
  selector?: W3CSelector[];
  /** A reader's argument: its statement. */
  label?: string;
  /** A reader's argument: its claim type id (Parallax extension). */
  parallaxType?: string;
}

/** An exported annotation. */
export interface W3CAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'tagging' | 'commenting' | 'highlighting' | 'linking';
  created?: string;
  modified?: string;
  /** Who made it (a class export names each student). */
  creator?: { type: 'Person'; name: string };
  body: (W3CTextualBody | W3CSpecificResource)[];
  target: W3CSpecificTarget;
}

/** An exported file. */
export interface W3CAnnotationCollection {
  '@context': typeof W3C_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated?: string;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

/** An annotation to export: a reader's, or a curated passage (no timestamps); `creator` names its author. */
export type ExportableAnnotation = Omit<UserAnnotation, 'created' | 'modified'> & {
  created?: string;
  modified?: string;
  creator?: string;
};

/** An argument's statement and type, for labels and handouts. */
export interface ArgumentInfo {
  id: string;
  statement: string;
  type: string;
  /** True for a reader's own argument (exported with its statement). */
  user: boolean;
}

/** What the exporters need besides the annotations. */
export interface ExportContext {
  articles: readonly Article[];
  /** Curated passages, to resolve links to them. */
  passages: readonly Passage[];
  arguments: readonly ArgumentInfo[];
}

/** The IRI of an annotation: urn:uuid for a reader's, urn:parallax:passage for a curated passage. */
export function annotationIri(id: string): string {
  return isUuid(id) ? `${IRI.uuid}${id}` : `${IRI.passage}${id}`;
}

/** The stable IRI of an article. */
export function articleIri(id: string): string {
  return `${IRI.article}${id}`;
}

/** The stable IRI of an argument (curated or a reader's). */
export function argumentIri(id: string): string {
  return `${IRI.argument}${id}`;
}

/** W3C selectors for a selector in `text` (offsets converted to code points); quote only without text. */
export function w3cSelectors(selector: FullSelector, text: string | undefined): W3CSelector[] {
  const [quote, position] = writeSelectors(
    selector,
    { codePointsOf: text ?? '' },
    { omitEmptyContext: true },
  );
  return text === undefined ? [quote] : [quote, position];
}

/** A curated passage in exportable form, with its explicit links; `text` (its article's) adds context. */
export function passageToExportable(
  passage: Passage,
  links: readonly PassageLink[],
  text?: string,
): ExportableAnnotation {
  const out: ExportableAnnotation = {
    id: passage.id,
    article: passage.article,
    selector: passageSelector(passage, text),
    types: passage.types,
    arguments: passage.arguments,
    links: links
      .filter((l) => l.source === passage.id)
      .map((l): UserLink => ({ target: { passage: l.target }, ...(l.note ? { note: l.note } : {}) })),
  };
  if (passage.note !== undefined) out.note = passage.note;
  return out;
}

/** A passage's selector, with context when its article's text is given. */
function passageSelector(passage: Passage, text: string | undefined): FullSelector {
  if (text !== undefined && text.slice(passage.start, passage.end) === passage.exact) {
    return selectorFor(text, passage.start, passage.end);
  }
  return {
    quote: { exact: passage.exact, prefix: '', suffix: '' },
    position: { start: passage.start, end: passage.end },
  };
}

function linkBody(
  link: UserLink,
  texts: ReadonlyMap<string, string>,
  passages: ReadonlyMap<string, Passage>,
): W3CSpecificResource | undefined {
  const { target } = link;
  if ('url' in target) return { type: 'SpecificResource', purpose: 'linking', source: target.url };
  if ('passage' in target) {
    const passage = passages.get(target.passage);
    if (!passage) return undefined;
    return {
      type: 'SpecificResource',
      id: `${IRI.passage}${passage.id}`,
      purpose: 'linking',
      source: articleIri(passage.article),
      selector: w3cSelectors(
        passageSelector(passage, texts.get(passage.article)),
        texts.get(passage.article),
      ),
    };
  }
  return {
    type: 'SpecificResource',
    purpose: 'linking',
    source: articleIri(target.article),
    selector: w3cSelectors(target.selector, texts.get(target.article)),
  };
}

/** The W3C annotations (the passage's own, then one per link) for one annotation. */
export function toW3CAnnotations(
  annotation: ExportableAnnotation,
  context: ExportContext,
  lookups = makeLookups(context),
): W3CAnnotation[] {
  const text = lookups.texts.get(annotation.article);
  const target: W3CSpecificTarget = {
    source: articleIri(annotation.article),
    selector: w3cSelectors(annotation.selector, text),
  };
  const body: W3CAnnotation['body'] = annotation.types.map((value) => ({
    type: 'TextualBody',
    purpose: 'tagging',
    value,
  }));
  for (const id of annotation.arguments) {
    const info = lookups.arguments.get(id);
    const resource: W3CSpecificResource = {
      type: 'SpecificResource',
      purpose: 'tagging',
      source: argumentIri(id),
    };
    if (info?.user) {
      resource.label = info.statement;
      resource.parallaxType = info.type;
    }
    body.push(resource);
  }
  if (annotation.note) {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' });
  }
  const stamps = {
    ...(annotation.created ? { created: annotation.created } : {}),
    ...(annotation.modified ? { modified: annotation.modified } : {}),
    ...(annotation.creator ? { creator: { type: 'Person' as const, name: annotation.creator } } : {}),
  };
  const motivation = body.some((b) => b.purpose === 'tagging')
    ? 'tagging'
    : annotation.note
      ? 'commenting'
      : 'highlighting';
  const own: W3CAnnotation = {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation,
    ...stamps,
    body,
    target,
  };
  const links = annotation.links.flatMap((link, i): W3CAnnotation[] => {
    const other = linkBody(link, lookups.texts, lookups.passages);
    if (!other) return [];
    const linkBodies: W3CAnnotation['body'] = [other];
    if (link.note)
      linkBodies.push({ type: 'TextualBody', purpose: 'commenting', value: link.note, format: 'text/plain' });
    return [
      {
        id: `${IRI.link}${annotation.id}:${i + 1}`,
        type: 'Annotation',
        motivation: 'linking',
        ...stamps,
        body: linkBodies,
        target: { source: target.source, selector: target.selector },
      },
    ];
  });
  return [own, ...links];
}

function makeLookups(context: ExportContext) {
  return {
    texts: new Map(context.articles.map((a) => [a.meta.id, a.text])),
    passages: new Map(context.passages.map((p) => [p.id, p])),
    arguments: new Map(context.arguments.map((a) => [a.id, a])),
  };
}

/** A whole export: an AnnotationCollection with one page holding every annotation and link. */
export function toW3CCollection(
  annotations: readonly ExportableAnnotation[],
  context: ExportContext,
  options: { label: string; generated?: string },
): W3CAnnotationCollection {
  const lookups = makeLookups(context);
  const items = annotations.flatMap((a) => toW3CAnnotations(a, context, lookups));
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: options.label,
    total: items.length,
    ...(options.generated ? { generated: options.generated } : {}),
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
