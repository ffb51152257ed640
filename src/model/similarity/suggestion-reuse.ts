/**
 * Which passages' suggestions a build may take from the previous build unchanged, so that a build
 * after one article changes recomputes only what that change can reach, with a result identical to a
 * full computation.
 *
 * What a passage p's suggestions read (similarity-index.ts), and so what is compared:
 *   - its first-order query Q(p): p's term vector, the postings of its terms (which units, their
 *     weights and order) and which terms are selective, then the term vectors and SIF vectors of the
 *     candidates it rescored;
 *   - the neighbourhoods of p and of every unit it scored: their own first-order queries Q(u);
 *   - the display form of the terms it explains by.
 * Every global statistic is inside these: a unit's weights depend on each term's document frequency
 * and the unit count, its SIF vector on the principal direction of all texts. So the state keeps, per
 * unit, a hash (`signature`) of its exact term vector and SIF vector, per term a hash of its postings,
 * selectivity and display form, and per unit the candidates its query rescored (scored ones first).
 * Q(p) is unchanged when p's signature, its terms' hashes, and the signatures of its rescored
 * candidates are unchanged (the postings being equal, the candidates and their partial scores are);
 * p's suggestions are reusable when Q(p) and Q(u) of every unit it scored are. Anything else about the
 * units (their ids, articles, order, count) or the settings changed: nothing is reused.
 *
 * What this means in practice: an edit that leaves every unit's terms and weights alone (a caption, a
 * case change, a paragraph without passages) reuses everything; a changed passage or paragraph changes
 * the units holding the terms whose frequency moved and the queries reaching them; a change to any
 * text with word vectors moves the SIF principal direction, so every unit's vector changes and all is
 * recomputed.
 */
import type { CorpusSuggestions } from './corpus-suggestions.ts';
import type { SimilarityIndex } from './similarity-index.ts';

/** Names the layout of `SuggestionState`; any other is ignored. */
export const SUGGESTION_STATE_FORMAT = 'parallax-suggestion-state/2';

/** What a build keeps of its suggestion step for the next build. */
export interface SuggestionState {
  format: typeof SUGGESTION_STATE_FORMAT;
  /** Hash of the settings, the resources and the unit count: a different one reuses nothing. */
  global: string;
  /** Per unit, in index order: id, article and (for a sentence) span. */
  units: string[];
  /** Per unit: hash of its term vector (keys and weights, in index order) and SIF vector. */
  signatures: string[];
  /** Per term key: hash of its postings (unit positions and weights), selectivity and display form. */
  terms: Record<string, string>;
  /** Per unit: the units its first-order query rescored, scored ones first; null when not queried. */
  rescored: (number[] | null)[];
  /** Per unit: how many of `rescored` it scored (the neighbours its suggestions read). */
  scored: number[];
  /** The suggestions of this state's build. */
  suggestions: CorpusSuggestions;
}

/** A string hash (the caller's: SHA-256 in a build). */
export type HashText = (text: string) => string;

/** The key of unit `u` in the state: id, article and the span a sentence unit stands for. */
export type UnitKey = (u: number) => string;

/** What a build computed of its own units and terms (`unitSignatures`, `termHashes`), kept in its state. */
export interface Signatures {
  signatures: string[];
  terms: Record<string, string>;
}

/** The state of `index` after its passages' suggestions were computed, given what was reused from `previous`. */
export function suggestionState(
  index: SimilarityIndex,
  global: string,
  unitKey: UnitKey,
  current: Signatures,
  suggestions: CorpusSuggestions,
  previous?: { state: SuggestionState; queryReusable: (u: number) => boolean },
): SuggestionState {
  const rescored: (number[] | null)[] = [];
  const scored: number[] = [];
  // Marks the units a query scored (stamp = that unit + 1), to list its other rescored ones after them.
  const mark = new Int32Array(index.units.length);
  index.units.forEach((_, u) => {
    const found = index.rescored[u];
    const first = index.firstOrders[u];
    if (found && first) {
      const list = Array.from(first.units);
      for (const x of first.units) mark[x] = u + 1;
      for (const x of found) if (mark[x] !== u + 1) list.push(x);
      rescored.push(list);
      scored.push(first.units.length);
    } else if (previous?.queryReusable(u)) {
      rescored.push(previous.state.rescored[u] ?? null);
      scored.push(previous.state.scored[u] ?? 0);
    } else {
      rescored.push(null);
      scored.push(0);
    }
  });
  return {
    format: SUGGESTION_STATE_FORMAT,
    global,
    units: index.units.map((_, u) => unitKey(u)),
    signatures: current.signatures,
    terms: current.terms,
    rescored,
    scored,
    suggestions,
  };
}

/**
 * The bytes of a typed array as a string of code units 0–255 (one per byte), so a hash of the string
 * is a hash of the exact numbers: formatting ~85 weights and a 100-dimension vector per unit as
 * decimals was the costliest part of keeping the state at 100×.
 */
function bytesText(view: Int32Array | Float32Array | Float64Array): string {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let text = '';
  // In slices: fromCharCode takes its bytes as arguments, and arguments are limited.
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

/** Per unit: hash of its exact term vector (term keys and weights' bytes, in index order) and SIF vector's bytes. */
export function unitSignatures(index: SimilarityIndex, hash: HashText): string[] {
  return index.vectors.map((v, u) => {
    const keys = Array.from(v.terms, (t) => index.keys[t] ?? '').join('\u0001');
    const semantic = index.semantic?.[u];
    return hash(`${keys}\u0002${bytesText(v.weights)}\u0003${semantic ? bytesText(semantic) : ''}`);
  });
}

/** Per term key: hash of its postings (positions and weights, as bytes), selectivity, display form and explaining flag. */
export function termHashes(index: SimilarityIndex, hash: HashText): Record<string, string> {
  const out: Record<string, string> = {};
  index.keys.forEach((key, t) => {
    const units = index.postings[t] ?? new Int32Array(0);
    const weights = index.postingWeights[t] ?? new Float64Array(0);
    out[key] = hash(
      `${units.length}\u0001${bytesText(units)}\u0001${bytesText(weights)}\u0001${index.selective[t] ?? 0}\u0001${index.display[t] ?? ''}\u0001${index.unexplaining[t] ?? 0}`,
    );
  });
  return out;
}

/** What `reusable` found: the passages whose suggestions may be taken over, and a per-unit query test. */
export interface Reuse {
  passages: Set<string>;
  /** Whether unit `u`'s first-order query reads exactly what it read in the previous build. */
  queryReusable: (u: number) => boolean;
}

/**
 * The passages (of `passageIds`) whose suggestions in `previous` are exactly what `index` would give
 * (see the top of the file); none when the settings, the resources or the units differ.
 */
export function reusable(
  previous: SuggestionState | undefined,
  index: SimilarityIndex,
  current: { global: string; units: string[]; signatures: string[]; terms: Record<string, string> },
  passageIds: readonly string[],
): Reuse {
  const none: Reuse = { passages: new Set(), queryReusable: () => false };
  if (
    !previous ||
    previous.format !== SUGGESTION_STATE_FORMAT ||
    previous.global !== current.global ||
    previous.units.length !== current.units.length ||
    previous.units.some((key, u) => key !== current.units[u])
  )
    return none;
  const changedUnit = current.signatures.map((s, u) => s !== previous.signatures[u]);
  const changedTerm = new Set(index.keys.filter((key) => previous.terms[key] !== current.terms[key]));
  const memo = new Map<number, boolean>();
  const queryReusable = (u: number): boolean => {
    const known = memo.get(u);
    if (known !== undefined) return known;
    const rescored = previous.rescored[u];
    const vector = index.vectors[u];
    const ok =
      rescored !== null &&
      rescored !== undefined &&
      vector !== undefined &&
      !changedUnit[u] &&
      !Array.from(vector.terms).some((t) => changedTerm.has(index.keys[t] ?? '')) &&
      !rescored.some((c) => changedUnit[c] !== false);
    memo.set(u, ok);
    return ok;
  };
  const passages = new Set<string>();
  for (const id of passageIds) {
    const p = index.position.get(id);
    if (p === undefined || previous.suggestions[id] === undefined || !queryReusable(p)) continue;
    const neighbours = (previous.rescored[p] ?? []).slice(0, previous.scored[p] ?? 0);
    if (neighbours.every(queryReusable)) passages.add(id);
  }
  return { passages, queryReusable };
}
