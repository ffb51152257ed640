/**
 * The compare view presented one passage per screen: which passages are the steps (those of the open
 * columns, column by column, each in text order, kept to the claim-type filter), and what one step
 * shows (the passage, the passages making the same argument elsewhere, and each disagreement with its
 * note and the other side's passages), with quotes cut to fit a projected screen.
 *
 * Thresholds (why these numbers): a slide must fit 1920×1080 without scrolling at ≥ 28 px type
 * (about 24 lines of 43 px under the padding). The corpus links one passage to up to 21 others and 4
 * opposing ones, so not all can be on one screen: the passage itself gets up to `MAIN_QUOTE_CHARS`
 * characters (four lines of ~100 characters across the screen), and at most `MAX_CARDS` linked
 * passages sit on cards three across (~40 characters a line), each quote cut at `CARD_CHARS` (three
 * lines) and a disagreement's note at `NOTE_CHARS` (three to four lines): two rows of cards take
 * about 14 lines; at most `MAX_ARGUMENTS` argument statements (one line each) head them. Everything
 * left out or cut is in the full text, which the reader opens on demand.
 */
import { passageMatches } from './claim-filter.ts';
import { passageDisputes } from './disputes.ts';
import type { TagIndex } from './tag-index.ts';
import type { Argument, Passage } from './tag-layer.ts';

/** Most characters of the presented passage shown before it is cut. */
export const MAIN_QUOTE_CHARS = 360;
/** Most linked passages on one screen (two rows of three cards). */
export const MAX_CARDS = 6;
/** Places on the screen kept for the other side of disagreements, when there is one. */
export const CONTRAST_CARDS = 3;
/** Most characters of a linked passage's quote on its card. */
export const CARD_CHARS = 110;
/** Most characters of a disagreement's note on its card. */
export const NOTE_CHARS = 130;
/** Most argument statements on the screen (a passage of the corpus makes up to five). */
export const MAX_ARGUMENTS = 2;

/** The passage ids to step through, in column order and, within a column, text order; only those passing `types`. */
export function passageSlides(
  index: TagIndex,
  openArticles: readonly string[],
  types: readonly string[],
): string[] {
  const filter = new Set(types);
  return openArticles.flatMap((articleId) =>
    (index.passagesByArticle.get(articleId) ?? []).filter((p) => passageMatches(p, filter)).map((p) => p.id),
  );
}

/** A quote as a slide shows it: cut at a word before `limit` characters with "…", or whole. */
export interface SlideQuote {
  /** The text shown (ends in "…" when cut). */
  shown: string;
  /** True when `shown` is not the whole quote (the reader can open the rest). */
  cut: boolean;
}

/** `text` cut to at most `limit` characters (UTF-16 code units) at a word boundary, with "…" when cut. */
export function slideQuote(text: string, limit: number): SlideQuote {
  if (text.length <= limit) return { shown: text, cut: false };
  const head = text.slice(0, Math.max(1, limit - 1));
  const space = head.lastIndexOf(' ');
  // Cut at the last word boundary unless that throws away more than a third of what fits.
  const kept = space > head.length * (2 / 3) ? head.slice(0, space) : head;
  return { shown: `${kept.replace(/[\s,;:.–—-]+$/u, '')}…`, cut: true };
}

/** One linked passage on the screen: the same argument made elsewhere, or the other side of a disagreement. */
export interface SlideCard {
  kind: 'same' | 'contrast';
  passage: Passage;
  quote: SlideQuote;
  /** For a contrast, the dispute's id (cards of one dispute share it). */
  dispute?: string;
  /** For the first card of a dispute, the curators' note (cut), when one was written. */
  note?: SlideQuote;
}

/** One disagreement the presented passage takes part in, whole. */
export interface SlideContrast {
  /** The dispute's id (stable, for keys and anchors). */
  id: string;
  /** The curators' note on what divides the two sides; undefined when none was written. */
  note: string | undefined;
  /** The other side's argument, when it is one. */
  argument: Argument | undefined;
  /** The other side's passages, in corpus order. */
  passages: Passage[];
}

/** What one step of the presentation shows. */
export interface PassageSlide {
  passage: Passage;
  quote: SlideQuote;
  /** The arguments the passage makes. */
  arguments: Argument[];
  /** The first `MAX_ARGUMENTS` of them, for the screen (the full text has all). */
  shownArguments: Argument[];
  /** The linked passages that fit the screen (at most `MAX_CARDS`): same argument first, then contrasts. */
  cards: SlideCard[];
  /** Every passage making the same argument (or explicitly linked), in corpus order, for the full text. */
  same: Passage[];
  /** Every disagreement, whole, for the full text. */
  contrasts: SlideContrast[];
  /** Linked passages not on a card (shown with the full text). */
  hidden: number;
  /** True when something is left out or cut: the full text has more. */
  more: boolean;
  /** 1-based place among the steps; undefined when the passage is not one of them (filtered out). */
  position: number | undefined;
  total: number;
  previous: string | undefined;
  next: string | undefined;
}

/**
 * The slide of `passageId` among `order` (from `passageSlides`); undefined when the index does not
 * have the passage (its article not loaded, or no such passage). Linked passages not in the index
 * (their articles not loaded yet) are left out, so the caller waits for those articles first.
 * The cards are chosen so each article and each disagreement is seen: contrasts keep up to
 * `CONTRAST_CARDS` places (one per dispute first), the same argument takes one passage per article
 * in turn, and contrasts fill what is left.
 */
export function passageSlide(
  index: TagIndex,
  order: readonly string[],
  passageId: string,
): PassageSlide | undefined {
  const passage = index.passageById.get(passageId);
  if (!passage) return undefined;
  const resolve = (ids: readonly string[]): Passage[] =>
    ids.map((id) => index.passageById.get(id)).filter((p): p is Passage => p !== undefined);
  const same = resolve([
    ...new Set(
      (index.cross.get(passage.id) ?? []).filter((l) => l.kind === 'same-argument').map((l) => l.passage),
    ),
  ]);
  const contrasts = passageDisputes(index.disputes, passage.id).map((d): SlideContrast => ({
    id: d.dispute.id,
    note: d.dispute.note,
    argument: index.argumentById.get(d.other.argument ?? ''),
    passages: resolve(d.opposing),
  }));
  const contrastQueue = takeInTurn(
    contrasts.map((c) => c.passages.map((p) => ({ passage: p, contrast: c }))),
  );
  const sameQueue = takeInTurn(groupBy(same, (p) => p.article));
  const reserved = Math.min(contrastQueue.length, CONTRAST_CARDS);
  const sameTaken = sameQueue.slice(0, MAX_CARDS - reserved);
  const contrastTaken = contrastQueue
    .slice(0, MAX_CARDS - sameTaken.length)
    // Back in the disputes' order, so a dispute's cards sit together under its note.
    .sort((a, b) => contrasts.indexOf(a.contrast) - contrasts.indexOf(b.contrast));
  const noted = new Set<string>();
  const cards: SlideCard[] = [
    ...sameTaken.map((p): SlideCard => ({
      kind: 'same',
      passage: p,
      quote: slideQuote(p.exact, CARD_CHARS),
    })),
    ...contrastTaken.map(({ passage: p, contrast }): SlideCard => {
      const first = !noted.has(contrast.id);
      noted.add(contrast.id);
      return {
        kind: 'contrast',
        passage: p,
        quote: slideQuote(p.exact, CARD_CHARS),
        dispute: contrast.id,
        ...(first && contrast.note !== undefined ? { note: slideQuote(contrast.note, NOTE_CHARS) } : {}),
      };
    }),
  ];
  const quote = slideQuote(passage.exact, MAIN_QUOTE_CHARS);
  const hidden = same.length + contrastQueue.length - cards.length;
  const at = order.indexOf(passage.id);
  const args = passage.arguments
    .map((id) => index.argumentById.get(id))
    .filter((a): a is Argument => a !== undefined);
  return {
    passage,
    quote,
    arguments: args,
    shownArguments: args.slice(0, MAX_ARGUMENTS),
    cards,
    same,
    contrasts,
    hidden,
    more:
      hidden > 0 ||
      quote.cut ||
      args.length > MAX_ARGUMENTS ||
      cards.some((c) => c.quote.cut || (c.note?.cut ?? false)),
    position: at === -1 ? undefined : at + 1,
    total: order.length,
    previous: at > 0 ? order[at - 1] : undefined,
    next: at === -1 ? order[0] : order[at + 1],
  };
}

/** The first item of each list, then the second of each, and so on. */
function takeInTurn<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (i < list.length) out.push(list[i] as T);
  return out;
}

/** Items grouped by key, groups in order of first appearance. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
