/**
 * The arguments views' state as URL search parameters, parsed and written in this one module:
 * `type` the primary claim type filter, `disputed=1` only arguments in dispute, `sort` the order
 * (`articles` by default, left out), and `present=1` presentation mode of the focus view.
 * Unknown values fall back to the defaults and are named in `problems` (never a silent drop).
 */
import { ARGUMENT_SORTS, type ArgumentSort, type ArgumentsQuery } from '../model/argument-table.ts';

/** What the arguments list and the focus view read from the URL. */
export interface ArgumentsUrlState {
  query: ArgumentsQuery;
  /** Presentation mode (focus view only). */
  present: boolean;
}

/** Parses `type`, `disputed`, `sort` and `present`; `typeIds` are the taxonomy's claim type ids. */
export function parseArgumentsParams(
  params: URLSearchParams,
  typeIds: ReadonlySet<string>,
): { state: ArgumentsUrlState; problems: string[] } {
  const rawType = params.get('type') ?? undefined;
  const type = rawType !== undefined && typeIds.has(rawType) ? rawType : undefined;
  const rawDisputed = params.get('disputed');
  const disputed = rawDisputed === '1';
  const rawSort = params.get('sort');
  const sort: ArgumentSort = (ARGUMENT_SORTS as readonly string[]).includes(rawSort ?? '')
    ? (rawSort as ArgumentSort)
    : 'articles';
  const problems = [
    ...(rawType !== undefined && type === undefined
      ? [`No claim type “${rawType}” in this taxonomy; showing all types.`]
      : []),
    ...(rawSort !== null && rawSort !== sort ? [`No order “${rawSort}”; showing most articles first.`] : []),
    ...(rawDisputed !== null && !disputed
      ? [`“disputed=${rawDisputed}” is not a filter (use disputed=1); showing all arguments.`]
      : []),
  ];
  return {
    state: { query: { type, disputed, sort }, present: params.get('present') === '1' },
    problems,
  };
}

/** The search string for a filter and order (and presentation mode): "" for the defaults. */
export function argumentsSearch(query: ArgumentsQuery, present = false): string {
  const parts: string[] = [];
  if (query.type !== undefined) parts.push(`type=${encodeURIComponent(query.type)}`);
  if (query.disputed === true) parts.push('disputed=1');
  if (query.sort !== 'articles') parts.push(`sort=${query.sort}`);
  if (present) parts.push('present=1');
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
