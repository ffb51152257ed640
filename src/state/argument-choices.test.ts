import { describe, expect, it } from 'vitest';
import type { ClaimType } from '../model/tag-layer.ts';
import type { UserAnnotation } from '../model/user-annotation.ts';
import { argumentChoiceGroups, recentArgumentIds, type ArgumentOption } from './argument-choices.ts';

const color = { light: '#000000', dark: '#ffffff' };
const taxonomy: ClaimType[] = [
  { id: 'legal', label: 'Legal', description: '', color },
  { id: 'diplomatic', label: 'Diplomatic', description: '', color },
];
const options: ArgumentOption[] = [
  { id: 'mine', statement: 'Tariffs work better than strikes.', type: 'diplomatic', user: true },
  { id: 'war', statement: 'Only Congress can declare war.', type: 'legal', user: false },
  { id: 'art51', statement: 'Article 51 is the likely legal basis.', type: 'legal', user: false },
  {
    id: 'mexico',
    statement: 'Mexico rejects US military action on its soil.',
    type: 'diplomatic',
    user: false,
  },
];
const annotation = (id: string, args: string[], modified: string) =>
  ({ id, arguments: args, modified }) as unknown as UserAnnotation;

describe('the argument picker’s groups', () => {
  it('lists recently used arguments first, then each claim type’s other arguments A–Z', () => {
    const groups = argumentChoiceGroups(options, taxonomy, ['mexico'], '');
    expect(groups.map((g) => [g.label, g.options.map((o) => o.id)])).toEqual([
      ['Recently used', ['mexico']],
      ['Legal', ['art51', 'war']],
      ['Diplomatic', ['mine']],
    ]);
  });

  it('offers each argument once, a recent one only under "Recently used", whatever the query', () => {
    for (const query of ['', 'mexico', 'a']) {
      const ids = argumentChoiceGroups(options, taxonomy, ['mexico', 'war'], query).flatMap((g) =>
        g.options.map((o) => o.id),
      );
      expect(ids, query).toEqual([...new Set(ids)]);
    }
    expect(argumentChoiceGroups(options, taxonomy, ['war'], '').map((g) => g.label)).toEqual([
      'Recently used',
      'Legal',
      'Diplomatic',
    ]);
  });

  it('narrows to the arguments whose words the query begins, keeping the chosen one', () => {
    const groups = argumentChoiceGroups(options, taxonomy, ['mexico'], 'tarif', 'war');
    expect(groups.flatMap((g) => g.options.map((o) => o.id))).toEqual(['war', 'mine']);
    expect(
      argumentChoiceGroups(options, taxonomy, [], 'congress declares').map((g) => g.options[0]?.id),
    ).toEqual(['war']);
  });

  it('takes recent arguments from the most recently changed annotations, each once', () => {
    expect(
      recentArgumentIds([
        annotation('a', ['war'], '2025-01-01T00:00:00Z'),
        annotation('b', ['mexico', 'war'], '2025-03-01T00:00:00Z'),
        annotation('c', [], '2025-04-01T00:00:00Z'),
      ]),
    ).toEqual(['mexico', 'war']);
  });
});
