import { describe, expect, it } from 'vitest';
import { classEntries, filterChoices, filterEntries, newSince } from './class-view.ts';
import type { UserAnnotation } from './user-annotation.ts';

function note(id: string, modified: string, types: string[], args: string[] = []): UserAnnotation {
  return {
    id,
    article: 'a',
    selector: { quote: { exact: 'q', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
    types,
    arguments: args,
    links: [],
    created: modified,
    modified,
  };
}

const roster = { s1: { name: 'Ana' }, s2: { name: 'Ben' } };
const layers = {
  s1: [note('a1', '2026-01-01T10:00:00Z', ['legal'], ['arg-x'])],
  s2: [note('b1', '2026-01-01T11:00:00Z', ['strategic']), note('b2', '2026-01-01T09:00:00Z', ['legal'])],
  gone: [note('g1', '2026-01-01T12:00:00Z', ['legal'])],
};

describe('class view', () => {
  it('lists roster students’ annotations newest first, with names', () => {
    const entries = classEntries(roster, layers);
    expect(entries.map((e) => [e.name, e.annotation.id])).toEqual([
      ['Ben', 'b1'],
      ['Ana', 'a1'],
      ['Ben', 'b2'],
    ]);
  });

  it('filters by student, type and argument, and offers the choices present', () => {
    const entries = classEntries(roster, layers);
    expect(filterEntries(entries, { student: 's2' }).map((e) => e.annotation.id)).toEqual(['b1', 'b2']);
    expect(filterEntries(entries, { type: 'legal' }).map((e) => e.annotation.id)).toEqual(['a1', 'b2']);
    expect(filterEntries(entries, { argument: 'arg-x', type: 'legal' }).map((e) => e.annotation.id)).toEqual([
      'a1',
    ]);
    expect(filterChoices(entries)).toEqual({ types: ['legal', 'strategic'], arguments: ['arg-x'] });
  });

  it('counts entries new or changed since the list the teacher reads', () => {
    const shown = classEntries(roster, layers);
    const later = classEntries(roster, {
      ...layers,
      s1: [note('a1', '2026-01-01T13:00:00Z', ['legal']), note('a2', '2026-01-01T13:01:00Z', ['legal'])],
    });
    expect(newSince(shown, shown)).toBe(0);
    expect(newSince(later, shown)).toBe(2);
  });
});
