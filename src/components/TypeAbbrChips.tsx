import type { CSSProperties } from 'react';
import { typeAbbreviation, type TagIndex } from '../model/tag-index.ts';

/**
 * A passage's claim types as short chips ("LEG") in their colours, each named by its full label for
 * screen readers; the abbreviation is CSS content from `data-label`, so it never enters a copied text.
 */
export function TypeAbbrChips({ types, index }: { types: readonly string[]; index: TagIndex }) {
  return types.map((t) => {
    const type = index.typeById.get(t);
    return (
      <span
        key={t}
        className="type-chip type-chip--label type-chip--abbr"
        role="img"
        aria-label={type?.label ?? t}
        data-label={typeAbbreviation(type ?? { label: t })}
        style={type ? ({ '--tl': type.color.light, '--td': type.color.dark } as CSSProperties) : undefined}
      />
    );
  });
}
