/**
 * Pure derivations for drawing one block of a compare column (TaggedBlock, SuggestedSpans): its
 * primitive mark strings split into sets, each segment's shown passages and classes, and the
 * suggested sentences' spans.
 */
import type { Segment } from '../model/segments.ts';

/** The space-joined mark strings a TaggedBlock receives. */
export interface BlockMarkStrings {
  /** Ids of this block's passages that pass the filter. */
  active: string;
  /** Id of the selected passage when it is in this block, else "". */
  selected: string;
  /** Ids of this block's passages linked to the selection. */
  linked: string;
  /** Suggestions in this block: passage ids, or "@start-end" (article offsets) for sentences. */
  suggested: string;
  /** Tag layer shown. */
  layer: boolean;
}

/** A block's marks as sets. */
export interface BlockMarks {
  /** Every suggestion mark (passage ids and "@start-end" sentences). */
  suggestionMarks: string[];
  /** Suggested passage ids. */
  suggested: ReadonlySet<string>;
  /**
   * Passages drawn: with the tag layer the active, linked and selected ones, and always the suggested
   * ones (without the layer those show alone: outlined, untinted, without type markers).
   */
  shown: ReadonlySet<string>;
  linked: ReadonlySet<string>;
  selected: string;
  layer: boolean;
}

const words = (joined: string): string[] => joined.split(' ').filter((s) => s !== '');

/** Splits the mark strings into sets. */
export function blockMarks(strings: BlockMarkStrings): BlockMarks {
  const { selected, layer } = strings;
  const suggestionMarks = words(strings.suggested);
  const suggested = new Set(suggestionMarks.filter((s) => !s.startsWith('@')));
  const curated = layer ? [...words(strings.active), ...words(strings.linked), selected] : [];
  return {
    suggestionMarks,
    suggested,
    shown: new Set([...curated, ...suggested].filter((s) => s !== '')),
    linked: new Set(words(strings.linked)),
    selected,
    layer,
  };
}

/** How one segment is drawn. */
export interface SegmentView {
  /** Shown passages covering it, outermost first; the last one gives the tint. */
  ids: string[];
  /** State classes, space-joined ("is-selected is-nested"…). */
  state: string;
  /** A suggested passage starts here (lead it with a "suggested" tag). */
  suggestedStart: boolean;
  /** Passages starting here that get a type marker (tag layer on). */
  markers: string[];
}

/** The passages, classes, tag and markers of one segment. */
export function segmentView(seg: Pick<Segment, 'passages' | 'starts'>, marks: BlockMarks): SegmentView {
  const ids = seg.passages.filter((id) => marks.shown.has(id));
  const state = [
    ids.includes(marks.selected) ? 'is-selected' : '',
    ids.some((id) => marks.linked.has(id)) ? 'is-linked' : '',
    ids.length > 1 ? 'is-nested' : '',
    ids.some((id) => marks.suggested.has(id)) ? 'is-suggested' : '',
    marks.layer ? '' : 'is-bare',
  ]
    .filter((c) => c !== '')
    .join(' ');
  return {
    ids,
    state,
    suggestedStart: seg.starts.some((id) => marks.suggested.has(id)),
    markers: marks.layer ? seg.starts.filter((id) => marks.shown.has(id)) : [],
  };
}

/** The "@start-end" sentence marks inside `block`, as [start, end) block offsets in text order. */
export function sentenceSpans(
  marks: readonly string[],
  block: { text: string; start: number },
): [number, number][] {
  return marks
    .flatMap((m) => {
      const match = /^@(\d+)-(\d+)$/.exec(m);
      return match
        ? [[Number(match[1]) - block.start, Number(match[2]) - block.start] as [number, number]]
        : [];
    })
    .filter(([s, e]) => s >= 0 && e <= block.text.length && s < e)
    .sort((a, b) => a[0] - b[0]);
}
