/**
 * The reader's own annotation selected in the compare view (`own` in the URL), as the view shows it:
 * where it is placed now, the marks of selecting it (its curated link targets, for connectors and
 * marks), what its panel lists (types, quote, note, arguments, links), the sentence announced, and a
 * named problem when no annotation of that id is kept in this browser.
 */
import type { AnchorStatus } from '../model/anchor.ts';
import { blockAt } from '../model/article-offsets.ts';
import type { Article } from '../model/article.ts';
import { placeLabel } from '../model/citation.ts';
import { annotationMarks, type SelectionMarks, type TagIndex } from '../model/tag-index.ts';
import type { Passage } from '../model/tag-layer.ts';
import { safeHref, type UserAnnotation, type UserArgument } from '../model/user-annotation.ts';
import type { UserLayer } from '../model/user-layer.ts';
import type { CompareUrlProblem } from './compare-url.ts';

/** One link of the annotation, as its panel lists it. */
export type OwnLinkItem =
  /** A curated passage (listed like a linked passage of a curated selection). */
  | { kind: 'passage'; key: string; passage: Passage; note?: string }
  /** A stretch of an article (UTF-16 offsets), by its quote and paragraph. */
  | {
      kind: 'stretch';
      key: string;
      article: string;
      title: string;
      quote: string;
      blockId?: string;
      paragraphNumber?: number;
      note?: string;
    }
  /** An outside page; `href` only for an http(s) address (see `safeHref`), else the address is shown as text. */
  | { kind: 'url'; key: string; url: string; href?: string; note?: string }
  /** A curated passage id the tag layer no longer has. */
  | { kind: 'missing'; key: string; passage: string; note?: string };

/** An argument the annotation makes: a curated one (with its questions) or the reader's own. */
export interface OwnArgumentItem {
  id: string;
  statement: string;
  questions: readonly string[];
  yours: boolean;
}

/** Everything the compare view shows of a selected own annotation. */
export interface OwnAnnotationView {
  annotation: UserAnnotation;
  /** Its place now (article offsets, UTF-16 code units), or undefined when it lost its text. */
  placed?: { blockId: string; start: number; end: number; status: AnchorStatus };
  paragraphNumber: number | undefined;
  /** The words it covers now (its saved quote when it lost its text). */
  quote: string;
  arguments: OwnArgumentItem[];
  links: OwnLinkItem[];
  marks: SelectionMarks;
  /** For the live region: "Selected: your annotation in <title>, paragraph 2. 1 linked passage." */
  announcement: string;
}

/** What `ownAnnotationView` reads. */
export interface OwnAnnotationSources {
  annotations: Readonly<Record<string, UserAnnotation>>;
  userArguments: Readonly<Record<string, UserArgument>>;
  layer: UserLayer;
  index: TagIndex;
  articles: ReadonlyMap<string, Article>;
  /** The store has read what this browser keeps (before that, an unknown id is not yet a problem). */
  loaded: boolean;
}

/** The view of the own annotation `id` (none for no id), or the problem naming an id not kept here. */
export function ownAnnotationView(
  id: string | undefined,
  sources: OwnAnnotationSources,
): { view?: OwnAnnotationView; problem?: CompareUrlProblem } {
  if (id === undefined) return {};
  const annotation = sources.annotations[id];
  if (!annotation) {
    if (!sources.loaded) return {};
    return {
      problem: {
        kind: 'unknown-annotation',
        values: [id],
        message: `No annotation “${id}” is kept in this browser (annotations live in the browser that made them; import its export file to see it here); nothing is selected.`,
      },
    };
  }
  const { index, articles } = sources;
  const article = articles.get(annotation.article);
  const place = sources.layer.placed.find((p) => p.annotation.id === id);
  const block = place && article ? blockAt(article, place.start) : undefined;
  const placed =
    place && block
      ? { blockId: block.id, start: place.start, end: place.end, status: place.status }
      : undefined;
  const marks = annotationMarks(
    index,
    placed ? { id, blockId: placed.blockId, article: annotation.article } : undefined,
    annotation.links,
  );
  const quote =
    placed && article ? article.text.slice(placed.start, placed.end) : annotation.selector.quote.exact;
  const paragraphNumber = block?.paragraphNumber;
  const args = annotation.arguments.map((argId): OwnArgumentItem => {
    const curated = index.argumentById.get(argId);
    if (curated)
      return { id: argId, statement: curated.statement, questions: curated.questions, yours: false };
    return {
      id: argId,
      statement: sources.userArguments[argId]?.statement ?? argId,
      questions: [],
      yours: true,
    };
  });
  const links = annotation.links.map((link, i): OwnLinkItem => {
    const key = String(i);
    const note = link.note === undefined ? {} : { note: link.note };
    const t = link.target;
    if ('passage' in t) {
      const passage = index.passageById.get(t.passage);
      return passage
        ? { kind: 'passage', key, passage, ...note }
        : { kind: 'missing', key, passage: t.passage, ...note };
    }
    if ('url' in t) {
      const href = safeHref(t.url);
      return { kind: 'url', key, url: t.url, ...(href === undefined ? {} : { href }), ...note };
    }
    const other = articles.get(t.article);
    const at = other ? blockAt(other, t.selector.position.start) : undefined;
    return {
      kind: 'stretch',
      key,
      article: t.article,
      title: other?.meta.title ?? t.article,
      quote: t.selector.quote.exact,
      ...(at ? { blockId: at.id } : {}),
      ...(at?.paragraphNumber === undefined ? {} : { paragraphNumber: at.paragraphNumber }),
      ...note,
    };
  });
  const count = links.length;
  const announcement = `Selected: your annotation in ${article?.meta.title ?? annotation.article}, ${placeLabel(paragraphNumber)}. ${
    count === 0 ? 'No links.' : `${count} link${count === 1 ? '' : 's'}.`
  }`;
  return {
    view: {
      annotation,
      ...(placed ? { placed } : {}),
      paragraphNumber,
      quote,
      arguments: args,
      links,
      marks,
      announcement,
    },
  };
}
