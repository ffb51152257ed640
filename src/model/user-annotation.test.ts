import { describe, expect, it } from 'vitest';
import { selectorFor } from './anchor.ts';
import {
  EMPTY_USER_STATE,
  contentKey,
  safeHref,
  sortAnnotations,
  userAnnotationReducer as reduce,
  type AnnotationDraft,
} from './user-annotation.ts';

const text = 'The United States may use force in self-defence. Mexico objects to any strike on its soil.';
const draft: AnnotationDraft = {
  article: 'fto-lethal-force-legality',
  selector: selectorFor(text, 0, 48),
  types: ['legal', 'legal', 'strategic'],
  note: '  a claim about Article 51  ',
};
const ID = '11111111-1111-4111-8111-111111111111';
const ARG = '22222222-2222-4222-8222-222222222222';
const NOW = '2025-09-01T10:00:00.000Z';
const LATER = '2025-09-02T10:00:00.000Z';

describe('the user annotation reducer', () => {
  it('adds an annotation with unique types and a trimmed note', () => {
    const state = reduce(EMPTY_USER_STATE, { kind: 'add', id: ID, draft, now: NOW });
    const a = state.annotations[ID];
    expect(a?.types).toEqual(['legal', 'strategic']);
    expect(a?.note).toBe('a claim about Article 51');
    expect(a?.created).toBe(NOW);
    expect(a?.modified).toBe(NOW);
    expect(a?.selector.quote.exact).toBe('The United States may use force in self-defence.');
  });

  it('starts a new argument in its own collection and refers to it by id', () => {
    const state = reduce(EMPTY_USER_STATE, {
      kind: 'add',
      id: ID,
      draft: {
        ...draft,
        arguments: ['curated-arg'],
        newArgument: { statement: ' Force is lawful. ', type: 'legal' },
      },
      now: NOW,
      argumentId: ARG,
    });
    expect(state.arguments[ARG]).toEqual({ id: ARG, statement: 'Force is lawful.', type: 'legal' });
    expect(state.annotations[ID]?.arguments).toEqual(['curated-arg', ARG]);
  });

  it('edits types and note, stamps modified, and removes an emptied note', () => {
    let state = reduce(EMPTY_USER_STATE, { kind: 'add', id: ID, draft, now: NOW });
    state = reduce(state, { kind: 'update', id: ID, patch: { types: ['diplomatic'], note: '' }, now: LATER });
    const a = state.annotations[ID];
    expect(a?.types).toEqual(['diplomatic']);
    expect(a).not.toHaveProperty('note');
    expect(a?.created).toBe(NOW);
    expect(a?.modified).toBe(LATER);
  });

  it('removes an annotation and the user arguments nothing else uses', () => {
    let state = reduce(EMPTY_USER_STATE, {
      kind: 'add',
      id: ID,
      draft: { ...draft, newArgument: { statement: 'Force is lawful.', type: 'legal' } },
      now: NOW,
      argumentId: ARG,
    });
    state = reduce(state, { kind: 'remove', id: ID });
    expect(state.annotations).toEqual({});
    expect(state.arguments).toEqual({});
  });

  it('leaves the state alone for unknown ids and a repeated add', () => {
    const state = reduce(EMPTY_USER_STATE, { kind: 'add', id: ID, draft, now: NOW });
    expect(reduce(state, { kind: 'add', id: ID, draft, now: LATER })).toBe(state);
    expect(reduce(state, { kind: 'remove', id: 'nope' })).toBe(state);
    expect(reduce(state, { kind: 'update', id: 'nope', patch: {}, now: LATER })).toBe(state);
  });

  it('merges imported annotations without replacing existing ones, and dismisses suggestions once', () => {
    const state = reduce(EMPTY_USER_STATE, { kind: 'add', id: ID, draft, now: NOW });
    const existing = state.annotations[ID];
    if (!existing) throw new Error('missing');
    const merged = reduce(state, {
      kind: 'merge',
      annotations: [{ ...existing, note: 'other' }],
      arguments: [],
    });
    expect(merged.annotations[ID]?.note).toBe(existing.note);
    const d1 = reduce(merged, { kind: 'dismiss', suggestion: 's1' });
    expect(reduce(d1, { kind: 'dismiss', suggestion: 's1' }).dismissed).toEqual(['s1']);
    expect(reduce(d1, { kind: 'undismiss', suggestion: 's1' }).dismissed).toEqual([]);
  });
});

describe('helpers', () => {
  it('follow only http and https links', () => {
    expect(safeHref('https://www.justsecurity.org/x')).toBe('https://www.justsecurity.org/x');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });

  it('give equal content keys whatever the ids, times and order of types', () => {
    const state = reduce(EMPTY_USER_STATE, { kind: 'add', id: ID, draft, now: NOW });
    const a = state.annotations[ID];
    if (!a) throw new Error('missing');
    expect(contentKey({ ...a, types: [...a.types].reverse() })).toBe(
      contentKey(Object.assign({}, a, { id: 'x', created: LATER })),
    );
    expect(contentKey({ ...a, note: 'different' })).not.toBe(contentKey(a));
  });

  it('sort annotations by article order, then position', () => {
    const at = (id: string, article: string, start: number) => ({
      ...reduce(EMPTY_USER_STATE, {
        kind: 'add',
        id,
        draft: { ...draft, article, selector: selectorFor(text, start, start + 3) },
        now: NOW,
      }).annotations[id]!,
    });
    const sorted = sortAnnotations([at('a', 'y', 5), at('b', 'x', 9), at('c', 'x', 2)], ['x', 'y']);
    expect(sorted.map((a) => a.id)).toEqual(['c', 'b', 'a']);
  });
});
