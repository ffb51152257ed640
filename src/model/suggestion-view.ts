/**
 * Which same-argument suggestions the reader sees for a selected passage, and what accepting one
 * writes. Pure: the build's suggestion records, the curated links, the reader's dismissed ids and
 * annotations come in; the lists to show and the annotation change to make come out.
 *
 * A suggestion is left out when its target is already linked to the passage by the curated layer
 * (same argument or contrast: it is listed there), or when the reader accepted it (an annotation over
 * the passage's text links to the target). Dismissed ones are listed apart, so they can be restored.
 */
import { selectorFor } from './anchor.ts';
import { shortHash } from './hash.ts';
import { sameLinkTarget } from './link-target.ts';
import type { Article } from './article.ts';
import type { SuggestedSpan, SuggestionRecord } from './similarity/corpus-suggestions.ts';
import type { Passage } from './tag-layer.ts';
import type { AnnotationDraft, AnnotationPatch, UserAnnotation, UserLink } from './user-annotation.ts';

/** Where a suggestion points: a curated passage or a sentence, placed in its article. */
export interface SuggestedTarget {
  article: string;
  /** UTF-16 offsets into the article text. */
  start: number;
  end: number;
  exact: string;
  blockId: string;
  paragraphNumber?: number;
  /** The curated passage's id, when the target is one. */
  passage?: string;
}

/** One suggestion as the reader sees it. */
export interface SuggestionView {
  /**
   * Stable id, kept in the reader's dismissed set: "source>target" ("fto-002>wz-001"); a sentence is
   * named by its article and a hash of its text ("fto-002>lawfare#0k3x9a2"), so the id survives edits
   * elsewhere in the article. An id kept by position ("fto-002>lawfare@120-180", older releases) is
   * still read, and is then the view's id, so restoring removes it.
   */
  id: string;
  source: string;
  target: SuggestedTarget;
  score: number;
  rank: number;
  sharedTerms: readonly string[];
}

/** What `visibleSuggestions` needs to know. */
export interface SuggestionInput {
  passage: Passage;
  /** The build's records for the passage, best first. */
  records: readonly SuggestionRecord[];
  /** Ids of the passages curated as linked to it (any kind). */
  curated: readonly string[];
  dismissed: readonly string[];
  annotations: readonly UserAnnotation[];
  articles: ReadonlyMap<string, Article>;
  passageById: ReadonlyMap<string, Passage>;
}

/** The suggestions to list, and the dismissed ones (for "Show n dismissed"), both best first. */
export interface VisibleSuggestions {
  shown: SuggestionView[];
  dismissed: SuggestionView[];
}

/** The stable id of the suggestion of `target` (a passage id, or a sentence and its text) for passage `source`. */
export function suggestionId(source: string, target: string | { article: string; exact: string }): string {
  return `${source}>${typeof target === 'string' ? target : `${target.article}#${shortHash(target.exact)}`}`;
}

/** The id older releases kept for a sentence suggestion: by its position in the article. */
function positionalId(source: string, target: SuggestedSpan): string {
  return `${source}>${target.article}@${target.start}-${target.end}`;
}

/** Places a record's target (undefined when the passage or article is unknown). */
function placeTarget(
  target: string | SuggestedSpan,
  articles: ReadonlyMap<string, Article>,
  passageById: ReadonlyMap<string, Passage>,
): SuggestedTarget | undefined {
  if (typeof target === 'string') {
    const p = passageById.get(target);
    if (!p) return undefined;
    const { article, start, end, exact, blockId, paragraphNumber } = p;
    return { article, start, end, exact, blockId, passage: p.id, ...optional(paragraphNumber) };
  }
  const article = articles.get(target.article);
  const block = article?.blocks.find((b) => b.start <= target.start && b.end >= target.end);
  if (!article || !block) return undefined;
  return {
    ...target,
    exact: article.text.slice(target.start, target.end),
    blockId: block.id,
    ...optional(block.paragraphNumber),
  };
}

function optional(paragraphNumber: number | undefined): { paragraphNumber?: number } {
  return paragraphNumber === undefined ? {} : { paragraphNumber };
}

/** True when `link` points at `target` (by `sameLinkTarget`, as the passage or as its stretch of text). */
function linksTo(link: UserLink, target: SuggestedTarget, text: string | undefined): boolean {
  if (target.passage !== undefined && sameLinkTarget(link.target, { passage: target.passage })) return true;
  if (text === undefined || target.end > text.length) return false;
  const stretch = { article: target.article, selector: selectorFor(text, target.start, target.end) };
  return sameLinkTarget(link.target, stretch);
}

/** The reader's annotations over (overlapping) the passage's text. */
function annotationsOver(passage: Passage, annotations: readonly UserAnnotation[]): UserAnnotation[] {
  return annotations.filter(
    (a) =>
      a.article === passage.article &&
      a.selector.position.start < passage.end &&
      a.selector.position.end > passage.start,
  );
}

/** The suggestions to show for a passage, and the dismissed ones (see the module comment). */
export function visibleSuggestions(input: SuggestionInput): VisibleSuggestions {
  const curated = new Set(input.curated);
  const dismissed = new Set(input.dismissed);
  const links = annotationsOver(input.passage, input.annotations).flatMap((a) => a.links);
  const out: VisibleSuggestions = { shown: [], dismissed: [] };
  for (const record of input.records) {
    if (typeof record.target === 'string' && curated.has(record.target)) continue;
    const target = placeTarget(record.target, input.articles, input.passageById);
    if (!target || target.article === input.passage.article) continue;
    const text = input.articles.get(target.article)?.text;
    if (links.some((l) => linksTo(l, target, text))) continue;
    const source = input.passage.id;
    const stable = suggestionId(source, typeof record.target === 'string' ? record.target : target);
    const legacy = typeof record.target === 'string' ? undefined : positionalId(source, record.target);
    const id = legacy !== undefined && !dismissed.has(stable) && dismissed.has(legacy) ? legacy : stable;
    const view = {
      id,
      source,
      target,
      score: record.score,
      rank: record.rank,
      sharedTerms: record.sharedTerms,
    };
    (dismissed.has(id) ? out.dismissed : out.shown).push(view);
  }
  return out;
}

/** The line explaining a suggestion: "suggested 0.42: Article 51, self-defense, armed attack". */
export function suggestionReason(view: Pick<SuggestionView, 'score' | 'sharedTerms'>): string {
  const terms = view.sharedTerms.join(', ');
  return `suggested ${view.score.toFixed(2)}${terms ? `: ${terms}` : ''}`;
}

/** The annotation change accepting a suggestion makes: a new annotation, or a link added to one. */
export type AcceptChange =
  { kind: 'add'; draft: AnnotationDraft } | { kind: 'update'; id: string; patch: AnnotationPatch };

/**
 * Accepting a suggestion makes it the reader's own cross-reference: a link to the target on their
 * annotation covering exactly the passage's text, created when there is none.
 */
export function acceptSuggestion(
  passage: Passage,
  view: SuggestionView,
  sourceText: string,
  targetText: string,
  annotations: readonly UserAnnotation[],
): AcceptChange {
  const { target } = view;
  const link: UserLink = {
    target:
      target.passage !== undefined
        ? { passage: target.passage }
        : { article: target.article, selector: selectorFor(targetText, target.start, target.end) },
  };
  const own = annotations.find(
    (a) =>
      a.article === passage.article &&
      a.selector.position.start === passage.start &&
      a.selector.position.end === passage.end,
  );
  if (own) return { kind: 'update', id: own.id, patch: { links: [...own.links, link] } };
  return {
    kind: 'add',
    draft: {
      article: passage.article,
      selector: selectorFor(sourceText, passage.start, passage.end),
      links: [link],
    },
  };
}

/** Block id → space-joined marks of the suggested targets in it: passage ids, or "@start-end" for sentences. */
export function suggestionMarksByBlock(views: readonly SuggestionView[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { target } of views) {
    const mark = target.passage ?? `@${target.start}-${target.end}`;
    const prev = out.get(target.blockId);
    out.set(target.blockId, prev === undefined ? mark : `${prev} ${mark}`);
  }
  return out;
}
