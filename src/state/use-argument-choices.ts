/** Hook for the annotation editor's argument picker: what the reader typed, and the groups it leaves. */
import { useMemo, useState } from 'react';
import type { ClaimType } from '../model/tag-layer.ts';
import { argumentChoiceGroups, type ArgumentChoiceGroup, type ArgumentOption } from './argument-choices.ts';

/** The picker's query, its setter, and the groups for it (`argumentChoiceGroups`). */
export function useArgumentChoices(
  options: readonly ArgumentOption[],
  taxonomy: readonly ClaimType[],
  recent: readonly string[],
  chosen: string,
): { query: string; setQuery: (query: string) => void; groups: ArgumentChoiceGroup[]; count: number } {
  const [query, setQuery] = useState('');
  const groups = useMemo(
    () => argumentChoiceGroups(options, taxonomy, recent, query, chosen),
    [options, taxonomy, recent, query, chosen],
  );
  // Recently used arguments are listed twice (there and under their type); count each once.
  const count = useMemo(() => new Set(groups.flatMap((g) => g.options.map((o) => o.id))).size, [groups]);
  return { query, setQuery, groups, count };
}
