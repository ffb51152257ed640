/**
 * Turns ranked hits into what a reader sees: hits grouped by article (best group first), each with
 * its text split into plain and matched segments, and the argument statements as their own group.
 * The search page and the search box's drop-down both count and list results through this one
 * function, so they agree: the drop-down shows the first results of the page's list.
 *
 * Steps:
 *   1. Drop a sentence hit that lies inside a passage hit of the same article (the passage says more).
 *   2. Keep one result per paragraph: its best remaining hit (a paragraph is the place a reader goes to).
 *   3. Count what is left; keep the first `shown` in rank order.
 *   4. Split each hit's text (and a passage's note) into segments at the matched words.
 *   5. Group by article in order of each group's best hit; arguments last, in rank order.
 */
import type { ArticleHead } from '../model/article.ts';
import type { SearchDoc, SearchDocKind } from '../data/search-documents.ts';
import { matchRanges } from './match-ranges.ts';
import type { SearchHit } from './search-index.ts';

/** A run of text, matched or not. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/** One result as shown. */
export interface SearchResult {
  kind: SearchDocKind;
  id: string;
  articleId?: string;
  blockId?: string;
  paragraphNumber?: number;
  segments: TextSegment[];
  noteSegments?: TextSegment[];
  /** An argument's articles. */
  related?: readonly string[];
}

/** The results of one article, or the argument statements (`articleId` undefined). */
export interface SearchResultGroup {
  articleId?: string;
  title: string;
  results: SearchResult[];
}

/** Splits `text` into segments at the words whose terms are in `terms`. */
export function highlightSegments(text: string, terms: ReadonlySet<string>): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}

function inside(doc: SearchDoc, outer: SearchDoc): boolean {
  return (
    doc.articleId === outer.articleId &&
    (doc.start ?? 0) >= (outer.start ?? 0) &&
    (doc.end ?? 0) <= (outer.end ?? 0)
  );
}

function toResult(hit: SearchHit): SearchResult {
  const { doc } = hit;
  return {
    kind: doc.kind,
    id: doc.id,
    ...(doc.articleId !== undefined ? { articleId: doc.articleId } : {}),
    ...(doc.blockId !== undefined ? { blockId: doc.blockId } : {}),
    ...(doc.paragraphNumber !== undefined ? { paragraphNumber: doc.paragraphNumber } : {}),
    segments: highlightSegments(doc.text, hit.terms),
    ...(doc.note ? { noteSegments: highlightSegments(doc.note, hit.terms) } : {}),
    ...(doc.kind === 'argument' && doc.related ? { related: doc.related } : {}),
  };
}

/** Results grouped for display, how many there are in all, and how many the groups hold. */
export interface GroupedResults {
  groups: SearchResultGroup[];
  /** Results after de-duplication (steps 1 and 2), before `shown` cuts them. */
  total: number;
  /** Results in `groups`. */
  shown: number;
}

/** Groups ranked hits for display, keeping the first `shown` results (see the steps above). */
export function groupResults(
  hits: readonly SearchHit[],
  articles: readonly ArticleHead[],
  shown = Infinity,
): GroupedResults {
  const passages = hits.filter((h) => h.doc.kind === 'passage');
  const blocks = new Set<string>();
  const kept = hits.filter((h) => {
    if (h.doc.kind === 'sentence' && passages.some((p) => inside(h.doc, p.doc))) return false;
    if (h.doc.blockId === undefined) return true;
    if (blocks.has(h.doc.blockId)) return false;
    blocks.add(h.doc.blockId);
    return true;
  });
  const visible = kept.slice(0, shown);
  const byArticle = new Map<string, SearchResultGroup>();
  const argumentsGroup: SearchResultGroup = { title: 'Arguments', results: [] };
  for (const hit of visible) {
    const articleId = hit.doc.articleId;
    if (articleId === undefined) {
      argumentsGroup.results.push(toResult(hit));
      continue;
    }
    let group = byArticle.get(articleId);
    if (!group) {
      const title = articles.find((a) => a.meta.id === articleId)?.meta.title ?? articleId;
      byArticle.set(articleId, (group = { articleId, title, results: [] }));
    }
    group.results.push(toResult(hit));
  }
  const groups = [...byArticle.values()];
  return {
    groups: argumentsGroup.results.length > 0 ? [...groups, argumentsGroup] : groups,
    total: kept.length,
    shown: visible.length,
  };
}
