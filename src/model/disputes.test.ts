import { describe, expect, it } from 'vitest';
import {
  curatedDisputes,
  disputedArgumentIds,
  disputePair,
  disputesOfArguments,
  passageDisputes,
  sideBySideArticles,
} from './disputes.ts';
import { EMPTY_TAG_LAYER, type Passage, type TagLayer } from './tag-layer.ts';

const passage = (id: string, article: string, args: string[]): Passage => ({
  id,
  article,
  start: 0,
  end: 1,
  exact: id,
  types: ['legal'],
  arguments: args,
  blockId: `${article}-b`,
});
const passages = [
  passage('x1', 'x', ['power']),
  passage('x2', 'x', ['congress']),
  passage('y1', 'y', ['power']),
  passage('y2', 'y', ['consent', 'sovereignty']),
  passage('z1', 'z', ['congress']),
];
const argument = (id: string, ids: string[]) => ({
  id,
  statement: `${id} statement`,
  type: 'legal',
  questions: [],
  passages: ids,
  articles: [...new Set(ids.map((p) => p[0] ?? ''))],
});
const layer: TagLayer = {
  ...EMPTY_TAG_LAYER,
  passages,
  arguments: [
    argument('power', ['x1', 'y1']),
    argument('congress', ['x2', 'z1']),
    argument('consent', ['y2']),
    argument('sovereignty', ['y2']),
    argument('calm', []),
  ],
  relations: [
    {
      kind: 'contrasts',
      source: { argument: 'power' },
      target: { argument: 'congress' },
      note: 'Who decides.',
    },
    { kind: 'contrasts', source: { passage: 'y2' }, target: { argument: 'power' } },
    { kind: 'contrasts', source: { argument: 'ghost' }, target: { argument: 'power' } },
  ],
};

describe('curatedDisputes', () => {
  it('keeps each relation whole: both sides with their passages and articles, and the note', () => {
    const [first, second, third] = curatedDisputes(layer);
    expect(third).toBeUndefined();
    expect(first).toEqual({
      id: 'power~congress',
      sides: [
        { argument: 'power', passages: ['x1', 'y1'], articles: ['x', 'y'] },
        { argument: 'congress', passages: ['x2', 'z1'], articles: ['x', 'z'] },
      ],
      note: 'Who decides.',
      arguments: ['power', 'congress'],
    });
    expect(second?.sides[0]).toEqual({ passage: 'y2', passages: ['y2'], articles: ['y'] });
    expect(second?.note).toBeUndefined();
  });

  it('counts an argument in dispute when a relation names it or a passage that makes it', () => {
    const disputes = curatedDisputes(layer);
    expect([...disputedArgumentIds(disputes)].sort()).toEqual([
      'congress',
      'consent',
      'power',
      'sovereignty',
    ]);
    expect(disputesOfArguments(disputes, new Set(['sovereignty'])).map((d) => d.id)).toEqual(['y2~power']);
    expect(disputesOfArguments(disputes, new Set(['calm']))).toEqual([]);
  });
});

describe('passageDisputes', () => {
  it('gives a passage its side and the other side’s passages, in the relations’ order', () => {
    const disputes = curatedDisputes(layer);
    const ofX1 = passageDisputes(disputes, 'x1');
    expect(ofX1.map((d) => [d.dispute.id, d.side, d.opposing])).toEqual([
      ['power~congress', 0, ['x2', 'z1']],
      ['y2~power', 1, ['y2']],
    ]);
    expect(passageDisputes(disputes, 'z1').map((d) => d.opposing)).toEqual([['x1', 'y1']]);
    expect(passageDisputes(disputes, 'nobody')).toEqual([]);
  });
});

describe('disputePair', () => {
  const byId = new Map(passages.map((p) => [p.id, p]));
  it('pairs the first passage of one side with the other side’s first passage in another article', () => {
    const [first] = curatedDisputes(layer);
    const pair = first && disputePair(first, byId);
    expect([pair?.from.id, pair?.to.id]).toEqual(['x1', 'z1']);
    expect(pair && sideBySideArticles(pair.from, pair.to)).toEqual(['x', 'z']);
  });
  it('opens one article when both passages are in it', () => {
    expect(sideBySideArticles(passage('a', 'x', []), passage('b', 'x', []))).toEqual(['x']);
  });
});
