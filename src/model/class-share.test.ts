import { describe, expect, it } from 'vitest';
import { CLASS_LIMITS } from './class-room.ts';
import { shareSelection } from './class-share.ts';
import type { UserAnnotation, UserAnnotationState } from './user-annotation.ts';

function note(id: string, text = 'note', args: string[] = []): UserAnnotation {
  return {
    id,
    article: 'a',
    selector: { quote: { exact: 'q', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
    types: [],
    arguments: args,
    links: [],
    note: text,
    created: 't',
    modified: 't',
  };
}

const state: UserAnnotationState = {
  annotations: {
    n1: note('n1', 'one', ['u1']),
    n2: note('n2'),
    big: note('big', 'x'.repeat(CLASS_LIMITS.annotation)),
  },
  arguments: {
    u1: { id: 'u1', statement: 'Mine', type: 'legal' },
    u2: { id: 'u2', statement: 'Unused', type: 'legal' },
  },
  dismissed: [],
};

describe('shareSelection', () => {
  it('shares only the chosen annotations and the arguments they use', () => {
    const some = shareSelection(state, { all: false, ids: ['n1'] });
    expect(some.annotations.map((a) => a.id)).toEqual(['n1']);
    expect(some.arguments.map((a) => a.id)).toEqual(['u1']);
    expect(shareSelection(state, { all: false, ids: [] }).annotations).toEqual([]);
  });

  it('shares all but holds back an annotation over the size limit, naming it', () => {
    const all = shareSelection(state, { all: true, ids: [] });
    expect(all.annotations.map((a) => a.id)).toEqual(['n1', 'n2']);
    expect(all.tooLarge).toEqual(['big']);
  });
});
