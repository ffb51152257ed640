/**
 * Lookups over a tag layer and its articles, built once per corpus so that each interaction only
 * reads maps: passages by id and by block, each block's text segments, claim types by id, the
 * cross-reference index, and each paragraph's overview cell.
 */
import type { Article } from './article.ts';
import { buildCrossIndex, type CrossIndex } from './cross-index.ts';
import { curatedDisputes, type Dispute } from './disputes.ts';
import { segmentBlock, type Segment } from './segments.ts';
import type { Argument, ClaimType, Passage, TagLayer } from './tag-layer.ts';
import type { UserLink } from './user-annotation.ts';

/** One paragraph's summary for the overview strip. */
export interface OverviewCell {
  blockId: string;
  paragraphNumber: number;
  /** Claim type ids of the paragraph's passages, in taxonomy order. */
  types: string[];
  /** Number of distinct passages linked to the paragraph's passages. */
  crossReferences: number;
}

/** Precomputed lookups for a corpus's tag layer. */
export interface TagIndex {
  taxonomy: readonly ClaimType[];
  typeById: ReadonlyMap<string, ClaimType>;
  passageById: ReadonlyMap<string, Passage>;
  argumentById: ReadonlyMap<string, Argument>;
  /** Block id → its passages, in start order. */
  passagesByBlock: ReadonlyMap<string, readonly Passage[]>;
  /** Block id → its segments (only blocks with passages). */
  segmentsByBlock: ReadonlyMap<string, readonly Segment[]>;
  /** Article id → its passages, in reading order. */
  passagesByArticle: ReadonlyMap<string, readonly Passage[]>;
  /** Article id → one cell per body paragraph. */
  overviewByArticle: ReadonlyMap<string, readonly OverviewCell[]>;
  cross: CrossIndex;
  /** The curated disagreements, whole (the cross index has them as passage pairs). */
  disputes: readonly Dispute[];
}

/** Builds every lookup once. */
export function buildTagIndex(articles: readonly Article[], layer: TagLayer): TagIndex {
  const passagesByBlock = new Map<string, Passage[]>();
  const passagesByArticle = new Map<string, Passage[]>();
  const sorted = [...layer.passages].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const p of sorted) {
    pushTo(passagesByBlock, p.blockId, p);
    pushTo(passagesByArticle, p.article, p);
  }
  const cross = buildCrossIndex(layer);
  const typeOrder = new Map(layer.taxonomy.map((t, i) => [t.id, i]));
  const segmentsByBlock = new Map<string, Segment[]>();
  const overviewByArticle = new Map<string, OverviewCell[]>();
  for (const article of articles) {
    const cells: OverviewCell[] = [];
    for (const block of article.blocks) {
      const passages = passagesByBlock.get(block.id) ?? [];
      if (passages.length > 0) segmentsByBlock.set(block.id, segmentBlock(block, passages));
      if (block.paragraphNumber === undefined) continue;
      const types = [...new Set(passages.flatMap((p) => p.types))].sort(
        (a, b) => (typeOrder.get(a) ?? 0) - (typeOrder.get(b) ?? 0),
      );
      const linked = new Set(passages.flatMap((p) => (cross.get(p.id) ?? []).map((l) => l.passage)));
      cells.push({
        blockId: block.id,
        paragraphNumber: block.paragraphNumber,
        types,
        crossReferences: linked.size,
      });
    }
    overviewByArticle.set(article.meta.id, cells);
  }
  return {
    taxonomy: layer.taxonomy,
    typeById: new Map(layer.taxonomy.map((t) => [t.id, t])),
    passageById: new Map(layer.passages.map((p) => [p.id, p])),
    argumentById: new Map(layer.arguments.map((a) => [a.id, a])),
    passagesByBlock,
    segmentsByBlock,
    passagesByArticle,
    overviewByArticle,
    cross,
    disputes: curatedDisputes(layer),
  };
}

/** A claim type's short marker: the first three letters of its label, upper-cased ("LEG"). */
export function typeAbbreviation(type: Pick<ClaimType, 'label'>): string {
  return type.label.slice(0, 3).toUpperCase();
}

/** Appends `value` to the list under `key`. */
function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Where a selection shows: the selected passage's (or the reader's own annotation's) block, and block
 * id → linked passage ids (space-joined).
 */
export interface SelectionMarks {
  selected?: { passage: string; blockId: string; article: string };
  linkedByBlock: ReadonlyMap<string, string>;
  /** Linked passage ids, in corpus order. */
  linked: readonly string[];
}

/** The marks of selecting `passageId` (no marks for none or an unknown id): a lookup, not a scan. */
export function selectionMarks(index: TagIndex, passageId: string | undefined): SelectionMarks {
  const passage = passageId === undefined ? undefined : index.passageById.get(passageId);
  if (!passage) return { linkedByBlock: new Map(), linked: [] };
  return {
    selected: { passage: passage.id, blockId: passage.blockId, article: passage.article },
    ...linkedMarks(
      index,
      (index.cross.get(passage.id) ?? []).map((l) => l.passage),
    ),
  };
}

/**
 * The marks of selecting a reader's own annotation: `placed` is where it is drawn (its id, first
 * block and article; none when it lost its text), and its links' curated passages are the linked
 * ones, in link order. Stretches and web pages are not passages, so they are listed, not marked.
 */
export function annotationMarks(
  index: TagIndex,
  placed: { id: string; blockId: string; article: string } | undefined,
  links: readonly UserLink[],
): SelectionMarks {
  const targets = links.flatMap((l) => ('passage' in l.target ? [l.target.passage] : []));
  return {
    ...(placed ? { selected: { passage: placed.id, blockId: placed.blockId, article: placed.article } } : {}),
    ...linkedMarks(index, targets),
  };
}

/** Linked passage ids (repeats and unknown ids left out) and the same ids by block (space-joined). */
function linkedMarks(
  index: TagIndex,
  ids: readonly string[],
): Pick<SelectionMarks, 'linked' | 'linkedByBlock'> {
  const linked = [...new Set(ids)].filter((id) => index.passageById.has(id));
  const linkedByBlock = new Map<string, string>();
  for (const id of linked) {
    const p = index.passageById.get(id);
    if (!p) continue;
    const prev = linkedByBlock.get(p.blockId);
    linkedByBlock.set(p.blockId, prev === undefined ? id : `${prev} ${id}`);
  }
  return { linked, linkedByBlock };
}

/** The id `delta` steps from `current` in `ids` (wrapping), or the first/last when `current` is absent. */
export function stepThrough(
  ids: readonly string[],
  current: string | undefined,
  delta: 1 | -1,
): string | undefined {
  if (ids.length === 0) return undefined;
  const at = current === undefined ? -1 : ids.indexOf(current);
  if (at < 0) return delta === 1 ? ids[0] : ids.at(-1);
  return ids[(at + delta + ids.length) % ids.length];
}
