/**
 * The annotation editor's argument picker as groups: the arguments the reader used most recently
 * first, then every other argument under its claim type (taxonomy order, statements A–Z; a recent one
 * is listed once, under "Recently used", so the list never offers one statement twice), narrowed to
 * those matching what the reader typed. The chosen argument is always kept, so the picker never
 * loses the current value while filtering.
 */
import type { ClaimType } from '../model/tag-layer.ts';
import type { UserAnnotation } from '../model/user-annotation.ts';
import { matchesWords } from '../model/filter-words.ts';

/** How many recently used arguments head the list. */
const RECENT = 5;

/** An argument the picker offers. */
export interface ArgumentOption {
  id: string;
  statement: string;
  /** Primary claim type id. */
  type: string;
  /** The reader's own argument. */
  user: boolean;
}

/** One group of the picker: its label and its arguments. */
export interface ArgumentChoiceGroup {
  label: string;
  options: ArgumentOption[];
}

/** Ids of the arguments on the reader's most recently changed annotations, most recent first, each once. */
export function recentArgumentIds(annotations: readonly UserAnnotation[], limit = RECENT): string[] {
  const byRecency = [...annotations].sort((a, b) => b.modified.localeCompare(a.modified));
  return [...new Set(byRecency.flatMap((a) => a.arguments))].slice(0, limit);
}

/** The picker's groups for `query` (see the file comment); `chosen` stays in whatever the query. */
export function argumentChoiceGroups(
  options: readonly ArgumentOption[],
  taxonomy: readonly ClaimType[],
  recent: readonly string[],
  query: string,
  chosen?: string,
): ArgumentChoiceGroup[] {
  const shown = options.filter((o) => o.id === chosen || matchesWords(o.statement, query));
  const byId = new Map(shown.map((o) => [o.id, o]));
  const recentOptions = recent.map((id) => byId.get(id)).filter((o): o is ArgumentOption => o !== undefined);
  const rest = shown.filter((o) => !recentOptions.includes(o));
  const byStatement = (a: ArgumentOption, b: ArgumentOption): number =>
    a.statement.localeCompare(b.statement, 'en');
  const known = new Set(taxonomy.map((t) => t.id));
  const groups: ArgumentChoiceGroup[] = [
    { label: 'Recently used', options: recentOptions },
    ...taxonomy.map((t) => ({
      label: t.label,
      options: rest.filter((o) => o.type === t.id).sort(byStatement),
    })),
    { label: 'Other', options: rest.filter((o) => !known.has(o.type)).sort(byStatement) },
  ];
  return groups.filter((g) => g.options.length > 0);
}
