/**
 * The cross-reference index: built once per tag layer, it maps each passage id to the passages it
 * is linked to (same argument, explicit link, or contrasts), so a selection is a Map lookup rather
 * than a scan of every cross-reference.
 */
import { curatedCrossReferences } from './links.ts';
import type { TagLayer } from './tag-layer.ts';

/** One passage linked to another, and why. */
export interface LinkedPassage {
  passage: string;
  /** "same-argument": both make one argument (or an explicit link); "contrasts": opposing positions. */
  kind: 'same-argument' | 'contrasts';
  /** The shared argument (same-argument), or the other side's argument (contrasts), when there is one. */
  argument?: string;
  note?: string;
}

/** Passage id → the passages linked to it, in corpus order, each listed once per kind. */
export type CrossIndex = ReadonlyMap<string, readonly LinkedPassage[]>;

/** Builds the index from every curated cross-reference, in both directions. */
export function buildCrossIndex(layer: TagLayer): CrossIndex {
  const order = new Map(layer.passages.map((p, i) => [p.id, i]));
  const index = new Map<string, LinkedPassage[]>();
  const seen = new Set<string>();
  const add = (from: string, link: LinkedPassage): void => {
    const key = `${from}\u0000${link.passage}\u0000${link.kind}`;
    if (from === link.passage || seen.has(key)) return;
    seen.add(key);
    const list = index.get(from) ?? [];
    list.push(link);
    index.set(from, list);
  };
  for (const ref of curatedCrossReferences(layer)) {
    const [a, b] = [ref.source.passage, ref.target.passage];
    if (a === undefined || b === undefined) continue;
    const kind = ref.kind === 'contrasts' ? 'contrasts' : 'same-argument';
    const note = ref.note !== undefined ? { note: ref.note } : {};
    const aArg = ref.argument !== undefined ? { argument: ref.argument } : {};
    // For a contrast, each side is told the other side's argument.
    const bArg = kind === 'contrasts' ? ref.targetArgument : ref.argument;
    add(a, { passage: b, kind, ...(bArg !== undefined ? { argument: bArg } : {}), ...note });
    add(b, { passage: a, kind, ...aArg, ...note });
  }
  for (const list of index.values())
    list.sort((x, y) => (order.get(x.passage) ?? 0) - (order.get(y.passage) ?? 0));
  return index;
}

/** The distinct passage ids linked to `passageId`, in corpus order. */
export function linkedIds(index: CrossIndex, passageId: string): string[] {
  return [...new Set((index.get(passageId) ?? []).map((l) => l.passage))];
}
