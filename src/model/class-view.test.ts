import { describe, expect, it } from 'vitest';
import {
  classEntries,
  classStudents,
  filterChoices,
  filterEntries,
  newSince,
  teacherList,
} from './class-view.ts';
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

  it('keeps the teacher’s list still until “show new”, counting what arrived, changed or went', () => {
    const first = classEntries(roster, layers);
    // Nothing shown yet: the list is what is there.
    expect(teacherList(first, [], {}).entries.map((e) => e.annotation.id)).toEqual(['b1', 'a1', 'b2']);
    const later = classEntries(roster, {
      s1: [note('a1', '2026-01-01T13:00:00Z', ['legal']), note('a2', '2026-01-01T14:00:00Z', ['economic'])],
      s2: [note('b1', '2026-01-01T11:00:00Z', ['strategic'])],
    });
    const list = teacherList(later, first, {});
    expect(list.entries.map((e) => e.annotation.id)).toEqual(['b1', 'a1', 'b2']);
    expect([list.fresh, list.gone]).toEqual([2, 1]);
    expect(list.choices.types).toEqual(['economic', 'legal', 'strategic']);
    const ben = teacherList(later, first, { student: 's2' });
    expect([ben.entries.length, ben.fresh, ben.gone]).toEqual([2, 0, 1]);
  });

  it('lists students by name with who is online and how much each shares', () => {
    expect(classStudents(roster, ['Teacher', 'ben'], { s2: { annotations: [1, 2] } })).toEqual([
      { id: 's1', name: 'Ana', online: false, shared: 0 },
      { id: 's2', name: 'Ben', online: true, shared: 2 },
    ]);
  });
});
