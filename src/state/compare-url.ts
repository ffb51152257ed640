/**
 * The compare view's state as URL search parameters, parsed and written in this one module:
 * `a` open article ids in column order, `types` the claim-type filter, `mode` highlight or focus,
 * `layers` the layers shown (`curated`, `mine`, `suggested`, `class`; `none` for none; left out for the default
 * curated and mine; an old `layer=0` still switches the curated layer off), `p` the selected passage, `lock=1` linked scrolling,
 * `arg` the selected argument, `at` a block to scroll to and focus, `q` the search that led here,
 * `own` the reader's own annotation selected (a UUID; whether this browser keeps it is the view's check),
 * `present=1` presentation mode (one passage per screen; `p` is the step shown).
 * Unknown ids are reported by name (never a crash, never a silent drop).
 */
import { FILTER_MODES, type FilterMode } from '../model/claim-filter.ts';
import { isUuid } from '../model/user-annotation.ts';

/** Most columns the view opens side by side. */
export const MAX_COLUMNS = 5;

/** What the compare view shows; the URL is its only store. */
export interface CompareState {
  /** Open article ids, in column order. */
  articles: string[];
  /** Selected claim type ids (empty: no filter). */
  types: string[];
  mode: FilterMode;
  /** Curated tag layer shown. */
  layer: boolean;
  /** The reader's own annotations shown. */
  mine: boolean;
  /** Same-argument suggestions shown (for the selected passage). */
  suggested: boolean;
  /** Classmates' shared annotations shown (when the reader is in a class). */
  classLayer: boolean;
  /** Selected passage id. */
  passage?: string;
  /** Linked scrolling on. */
  lock: boolean;
  /** Selected argument id (its passages are selected). */
  argument?: string;
  /** Block id to scroll into view and focus (a search result). */
  at?: string;
  /** The search query that led here, to highlight and to return to. */
  query?: string;
  /** The reader's own annotation selected instead of a passage (its id, a UUID). */
  own?: string;
  /** Presentation mode: the passages one per screen, `passage` the one shown (absent when off). */
  present?: true;
}

/** The state of a compare view with nothing chosen. */
export const EMPTY_COMPARE_STATE: CompareState = {
  articles: [],
  types: [],
  mode: 'highlight',
  layer: true,
  mine: true,
  suggested: false,
  classLayer: false,
  lock: false,
};

/** The layers a compare view can show, in URL order. */
export const COMPARE_LAYERS = ['curated', 'mine', 'suggested', 'class'] as const;
/** One of the compare view's layers. */
export type CompareLayer = (typeof COMPARE_LAYERS)[number];

/** Something in a URL the view could not honour, named for the reader. */
export interface CompareUrlProblem {
  kind:
    | 'unknown-articles'
    | 'unknown-types'
    | 'unknown-passage'
    | 'unknown-mode'
    | 'too-many-articles'
    | 'unknown-argument'
    | 'unknown-block'
    | 'unknown-layers'
    | 'unknown-annotation';
  /** The offending values, as written in the URL. */
  values: string[];
  /** A sentence for the reader. */
  message: string;
}

/** The ids a URL may name. */
export interface CompareVocabulary {
  articleIds: ReadonlySet<string>;
  typeIds: ReadonlySet<string>;
  /** Passage ids; when absent, `p` is not checked (yet: the compare view knows them once its articles load). */
  passageIds?: ReadonlySet<string>;
  /** Argument ids; when absent, `arg` is not checked. */
  argumentIds?: ReadonlySet<string>;
  /** Block ids (for `at`); when absent, `at` is not checked. */
  blockIds?: ReadonlySet<string>;
}

/** Parses search parameters into a state plus the problems found; keeps only known ids. */
export function parseCompareParams(
  params: URLSearchParams,
  known: CompareVocabulary,
): { state: CompareState; problems: CompareUrlProblem[] } {
  const problems: CompareUrlProblem[] = [];
  const [articles, badArticles] = split(list(params.get('a')), known.articleIds);
  if (badArticles.length > 0)
    problems.push({
      kind: 'unknown-articles',
      values: badArticles,
      message: `No article ${quoteAll(badArticles)} in this corpus; ${badArticles.length === 1 ? 'it is' : 'they are'} not shown.`,
    });
  if (articles.length > MAX_COLUMNS) {
    const dropped = articles.splice(MAX_COLUMNS);
    problems.push({
      kind: 'too-many-articles',
      values: dropped,
      message: `At most ${MAX_COLUMNS} articles open side by side; ${quoteAll(dropped)} not opened.`,
    });
  }
  const [types, badTypes] = split(list(params.get('types')), known.typeIds);
  if (badTypes.length > 0)
    problems.push({
      kind: 'unknown-types',
      values: badTypes,
      message: `No claim type ${quoteAll(badTypes)} in the taxonomy; the filter ignores ${badTypes.length === 1 ? 'it' : 'them'}.`,
    });
  const rawMode = params.get('mode');
  let mode: FilterMode = 'highlight';
  if (rawMode !== null && (FILTER_MODES as readonly string[]).includes(rawMode)) mode = rawMode as FilterMode;
  else if (rawMode !== null)
    problems.push({
      kind: 'unknown-mode',
      values: [rawMode],
      message: `No filter mode ${quoteAll([rawMode])}; showing “highlight”.`,
    });
  const rawPassage = params.get('p') ?? undefined;
  const passage =
    rawPassage !== undefined && (known.passageIds?.has(rawPassage) ?? true) ? rawPassage : undefined;
  if (rawPassage !== undefined && passage === undefined)
    problems.push({
      kind: 'unknown-passage',
      values: [rawPassage],
      message: `No passage ${quoteAll([rawPassage])} in the tag layer; nothing is selected.`,
    });
  const rawArgument = params.get('arg') ?? undefined;
  const argument =
    rawArgument !== undefined && (known.argumentIds?.has(rawArgument) ?? true) ? rawArgument : undefined;
  if (rawArgument !== undefined && argument === undefined)
    problems.push({
      kind: 'unknown-argument',
      values: [rawArgument],
      message: `No argument ${quoteAll([rawArgument])} in the tag layer; nothing is selected.`,
    });
  const layers = parseLayers(params, problems);
  const rawAt = params.get('at') ?? undefined;
  const at = rawAt !== undefined && (known.blockIds?.has(rawAt) ?? true) ? rawAt : undefined;
  if (rawAt !== undefined && at === undefined)
    problems.push({
      kind: 'unknown-block',
      values: [rawAt],
      message: `No paragraph ${quoteAll([rawAt])} in these articles; the view does not scroll to it.`,
    });
  const query = params.get('q') ?? undefined;
  const rawOwn = params.get('own') ?? undefined;
  // A passage or an argument chosen in the same address wins: one selection at a time.
  const own =
    rawOwn !== undefined && isUuid(rawOwn) && passage === undefined && argument === undefined
      ? rawOwn
      : undefined;
  if (rawOwn !== undefined && !isUuid(rawOwn))
    problems.push({
      kind: 'unknown-annotation',
      values: [rawOwn],
      message: `No annotation ${quoteAll([rawOwn])}: your annotations have ids like 0f8e…-…; nothing is selected.`,
    });
  return {
    state: {
      articles,
      types,
      mode,
      ...layers,
      ...(passage !== undefined ? { passage } : {}),
      lock: params.get('lock') === '1',
      ...(argument !== undefined ? { argument } : {}),
      ...(at !== undefined ? { at } : {}),
      ...(query !== undefined ? { query } : {}),
      ...(own !== undefined ? { own } : {}),
      ...(isPresenting(params) ? { present: true as const } : {}),
    },
    problems,
  };
}

/** True when the address asks for presentation mode (`present=1`). */
export function isPresenting(params: URLSearchParams): boolean {
  return params.get('present') === '1';
}

/** The search string for a state ("?a=x,y&types=legal"), leaving defaults out; "" for the empty state. */
export function compareSearch(state: CompareState): string {
  const parts: string[] = [];
  if (state.articles.length > 0) parts.push(`a=${joinIds(state.articles)}`);
  if (state.types.length > 0) parts.push(`types=${joinIds(state.types)}`);
  if (state.mode !== 'highlight') parts.push(`mode=${state.mode}`);
  if (
    state.layer !== EMPTY_COMPARE_STATE.layer ||
    state.mine !== EMPTY_COMPARE_STATE.mine ||
    state.suggested ||
    state.classLayer
  )
    parts.push(`layers=${layersOf(state).join(',') || 'none'}`);
  if (state.passage !== undefined) parts.push(`p=${encodeURIComponent(state.passage)}`);
  if (state.lock) parts.push('lock=1');
  if (state.argument !== undefined) parts.push(`arg=${encodeURIComponent(state.argument)}`);
  if (state.at !== undefined) parts.push(`at=${encodeURIComponent(state.at)}`);
  if (state.query !== undefined) parts.push(`q=${encodeURIComponent(state.query)}`);
  if (state.own !== undefined) parts.push(`own=${encodeURIComponent(state.own)}`);
  if (state.present) parts.push('present=1');
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The shown layers from `layers` (or an old `layer=0`), reporting unknown layer names. */
function parseLayers(
  params: URLSearchParams,
  problems: CompareUrlProblem[],
): Pick<CompareState, 'layer' | 'mine' | 'suggested' | 'classLayer'> {
  const raw = params.get('layers');
  if (raw === null)
    return {
      layer: params.get('layer') !== '0',
      mine: EMPTY_COMPARE_STATE.mine,
      suggested: false,
      classLayer: false,
    };
  const names = list(raw).filter((n) => n !== 'none');
  const [on, bad] = split(names, new Set<string>(COMPARE_LAYERS));
  if (bad.length > 0)
    problems.push({
      kind: 'unknown-layers',
      values: bad,
      message: `No layer ${quoteAll(bad)}; the layers are “curated”, “mine”, “suggested” and “class”.`,
    });
  return {
    layer: on.includes('curated'),
    mine: on.includes('mine'),
    suggested: on.includes('suggested'),
    classLayer: on.includes('class'),
  };
}

/** The names of the layers a state shows, in URL order. */
function layersOf(state: Pick<CompareState, 'layer' | 'mine' | 'suggested' | 'classLayer'>): CompareLayer[] {
  const shown: Record<CompareLayer, boolean> = {
    curated: state.layer,
    mine: state.mine,
    suggested: state.suggested,
    class: state.classLayer,
  };
  return COMPARE_LAYERS.filter((l) => shown[l]);
}

/** Comma-separated values, trimmed, empty ones and repeats removed. */
/** The article ids the address's `a` parameter names, unchecked (in order, each once). */
export function addressedArticleIds(params: URLSearchParams): string[] {
  return list(params.get('a'));
}

function list(raw: string | null): string[] {
  return [
    ...new Set(
      (raw ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
  ];
}

/** Splits values into known and unknown. */
function split(values: string[], known: ReadonlySet<string>): [string[], string[]] {
  return [values.filter((v) => known.has(v)), values.filter((v) => !known.has(v))];
}

/** Ids joined by commas, each URI-encoded (ids are slugs, so commas stay literal and readable). */
function joinIds(ids: readonly string[]): string {
  return ids.map(encodeURIComponent).join(',');
}

/** “a”, “b” and “c”. */
function quoteAll(values: readonly string[]): string {
  const quoted = values.map((v) => `“${v}”`);
  return quoted.length <= 1
    ? (quoted[0] ?? '')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

/** The state a "link to this passage" shares: this view with `passageId` selected, no argument or search target. */
export function passageLink(state: CompareState, passageId: string): CompareState {
  const { argument: _a, at: _at, own: _o, ...rest } = state;
  return { ...rest, passage: passageId };
}
