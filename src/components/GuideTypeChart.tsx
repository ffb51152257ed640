import type { CSSProperties } from 'react';
import { useId } from 'react';
import type { GuideTypeCount } from '../model/reading-guide.ts';

/**
 * An article's passages by claim type twice: as a bar chart (one labelled bar per type, the number
 * beside it; read by assistive technology as one image with every number in its label) and as a
 * table with the same numbers. Bars are in the type's colour on screen and black on paper.
 */
export function GuideTypeChart({
  types,
  passageCount,
}: {
  types: readonly GuideTypeCount[];
  passageCount: number;
}) {
  const captionId = useId();
  const summary = types.map((t) => `${t.type.label}: ${t.count}`).join(', ');
  return (
    <div className="guide-types">
      <figure className="guide-chart" aria-labelledby={captionId}>
        <figcaption id={captionId} className="guide-chart__caption">
          Passages by claim type (chart)
        </figcaption>
        <div role="img" aria-label={`Passages by claim type: ${summary}.`} className="guide-chart__bars">
          {types.map((t) => (
            <div
              key={t.type.id}
              className="guide-chart__row"
              data-type={t.type.id}
              style={{ '--tl': t.type.color.light, '--td': t.type.color.dark } as CSSProperties}
            >
              <span className="guide-chart__label">{t.type.label}</span>
              <span className="guide-chart__track">
                <span
                  className="guide-chart__bar"
                  data-count={t.count}
                  style={{ inlineSize: `${(t.share * 100).toFixed(2)}%` }}
                />
              </span>
              <span className="guide-chart__value">{t.count}</span>
            </div>
          ))}
        </div>
      </figure>
      <table className="guide-table">
        <caption>Passages by claim type (table)</caption>
        <thead>
          <tr>
            <th scope="col">Claim type</th>
            <th scope="col">Passages</th>
          </tr>
        </thead>
        <tbody>
          {types.map((t) => (
            <tr key={t.type.id}>
              <th scope="row">{t.type.label}</th>
              <td>{t.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="guide-types__note">
        {passageCount} tagged {passageCount === 1 ? 'passage' : 'passages'} in all; a passage making two types
        of claim counts under each.
      </p>
    </div>
  );
}
