import type { ArgumentSort } from '../model/argument-table.ts';
import type { ClaimType } from '../model/tag-layer.ts';

const SORT_LABELS: Record<ArgumentSort, string> = {
  articles: 'Most articles first',
  statement: 'Statement (A–Z)',
  type: 'Claim type',
};

/** The arguments index's controls: filter by primary claim type and by dispute, and order. */
export function ArgumentFilters({
  typeCounts,
  type,
  disputed,
  disputedCount,
  sort,
  onType,
  onDisputed,
  onSort,
}: {
  typeCounts: readonly { type: ClaimType; count: number }[];
  type: string | undefined;
  /** Only arguments in dispute. */
  disputed: boolean;
  /** How many arguments are in dispute. */
  disputedCount: number;
  sort: ArgumentSort;
  onType: (type: string | undefined) => void;
  onDisputed: (on: boolean) => void;
  onSort: (sort: ArgumentSort) => void;
}) {
  return (
    <div className="argument-filters">
      <label>
        Claim type{' '}
        <select
          value={type ?? ''}
          onChange={(e) => onType(e.target.value === '' ? undefined : e.target.value)}
        >
          <option value="">All types</option>
          {typeCounts.map(({ type: t, count }) => (
            <option key={t.id} value={t.id}>
              {t.label} ({count})
            </option>
          ))}
        </select>
      </label>
      <label className="toggle">
        <input type="checkbox" checked={disputed} onChange={(e) => onDisputed(e.target.checked)} />
        Arguments in dispute ({disputedCount})
      </label>
      <label>
        Sort by{' '}
        <select value={sort} onChange={(e) => onSort(e.target.value as ArgumentSort)}>
          {(Object.keys(SORT_LABELS) as ArgumentSort[]).map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
