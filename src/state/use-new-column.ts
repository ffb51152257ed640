/**
 * Hook: tells when a column is added to the compare view ("Add column", "Open beside", a search
 * result), so the view can bring the new column before the reader's eyes.
 */
import { useEffect, useRef } from 'react';

/** Calls `onAdded(id)` after a render in which `ids` gained `id` (not on the first render). */
export function useNewColumn(ids: readonly string[], onAdded: (id: string) => void): void {
  const before = useRef<readonly string[]>(undefined);
  const key = ids.join(',');
  const latest = useRef(onAdded);
  latest.current = onAdded;
  useEffect(() => {
    const now = key === '' ? [] : key.split(',');
    const previous = before.current;
    before.current = now;
    if (!previous) return;
    const added = now.find((id) => !previous.includes(id));
    if (added !== undefined) latest.current(added);
  }, [key]);
}
