import type { CSSProperties } from 'react';
import type { Article } from '../model/article.ts';
import { FILTER_MODES, type FilterMode } from '../model/claim-filter.ts';
import { typeAbbreviation, type TagIndex } from '../model/tag-index.ts';

/** Per open article (in column order), type id → passage count. */
export type CountsByArticle = readonly { article: Article; counts: ReadonlyMap<string, number> }[];

const MODE_LABELS: Record<FilterMode, string> = { highlight: 'Highlight', focus: 'Focus' };

/**
 * Legend and filter of the tag layer: one labelled checkbox per claim type of the taxonomy, with its
 * marker, colour and passage counts per open column; the filter mode; and one "Clear" action.
 */
export function ClaimFilter({
  index,
  counts,
  selected,
  mode,
  onToggle,
  onClear,
  onMode,
}: {
  index: TagIndex;
  counts: CountsByArticle;
  selected: readonly string[];
  mode: FilterMode;
  onToggle: (typeId: string) => void;
  onClear: () => void;
  onMode: (mode: FilterMode) => void;
}) {
  return (
    <fieldset className="claim-filter" id="claim-filter">
      <legend>Claim types</legend>
      <ul className="claim-filter__types">
        {index.taxonomy.map((type) => {
          const countId = `count-${type.id}`;
          return (
            <li key={type.id} style={{ '--tl': type.color.light, '--td': type.color.dark } as CSSProperties}>
              <label title={type.description}>
                <input
                  type="checkbox"
                  checked={selected.includes(type.id)}
                  onChange={() => onToggle(type.id)}
                  aria-describedby={countId}
                />
                <span className="type-chip" aria-hidden="true">
                  {typeAbbreviation(type)}
                </span>
                {type.label}
              </label>
              <span className="claim-filter__counts" aria-hidden="true">
                {counts.map(({ counts: c }) => c.get(type.id) ?? 0).join(' · ')}
              </span>
              <span className="visually-hidden" id={countId}>
                {`Passages per open column: ${counts.map(({ article, counts: c }) => `${article.meta.title}: ${c.get(type.id) ?? 0}`).join(', ')}`}
              </span>
            </li>
          );
        })}
      </ul>
      {counts.length > 1 && (
        <p className="claim-filter__counts-key" aria-hidden="true">
          Numbers: passages in each open column, left to right.
        </p>
      )}
      <div className="claim-filter__mode" role="radiogroup" aria-label="Filter mode">
        {FILTER_MODES.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="filter-mode"
              value={m}
              checked={mode === m}
              onChange={() => onMode(m)}
            />
            {MODE_LABELS[m]}
          </label>
        ))}
        <button type="button" onClick={onClear} disabled={selected.length === 0}>
          Clear filter
        </button>
      </div>
    </fieldset>
  );
}
