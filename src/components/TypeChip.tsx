import type { CSSProperties } from 'react';
import type { ClaimType } from '../model/tag-layer.ts';

/** A claim type's label in its colour, bordered: the label carries the meaning, the colour only helps. */
export function TypeChip({ type }: { type: ClaimType | undefined }) {
  if (!type) return <span className="type-chip">Untyped</span>;
  return (
    <span
      className="type-chip type-chip--label"
      style={{ '--tl': type.color.light, '--td': type.color.dark } as CSSProperties}
    >
      {type.label}
    </span>
  );
}
