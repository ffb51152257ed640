import { describe, expect, it } from 'vitest';
import { compareFixture, FTO } from '../../tests/fixtures/compare-fixture.ts';
import { groupBlocks } from './block-groups.ts';
import { activePassagesByBlock, columnItems, passageMatches, typeCounts } from './claim-filter.ts';

const corpus = compareFixture();
const fto = corpus.articles.find((a) => a.meta.id === FTO);
if (!fto) throw new Error('fixture article missing');
const ftoPassages = corpus.tagLayer.passages.filter((p) => p.article === FTO);
const blockOf = (n: number): string => fto.blocks.find((b) => b.paragraphNumber === n)?.id ?? '';

describe('claim-type filter', () => {
  it('passes every passage with no type selected, and passages with any selected type otherwise', () => {
    const [legal, diplomatic] = [
      ftoPassages.find((p) => p.id === 'fto-001'),
      ftoPassages.find((p) => p.id === 'fto-004'),
    ];
    if (!legal || !diplomatic) throw new Error('fixture passages missing');
    expect(passageMatches(legal, new Set())).toBe(true);
    expect(passageMatches(legal, new Set(['diplomatic']))).toBe(false);
    expect(passageMatches(diplomatic, new Set(['diplomatic', 'economic']))).toBe(true);
  });

  it('lists the highlighted passages of each block as one string', () => {
    const all = activePassagesByBlock(ftoPassages, new Set());
    expect(all.get(blockOf(7))).toBe('fto-001 fto-002 fto-003');
    const strategic = activePassagesByBlock(ftoPassages, new Set(['strategic']));
    expect([...strategic]).toEqual([[blockOf(7), 'fto-003']]);
  });

  it('counts passages per type, a passage once for each of its types', () => {
    const counts = typeCounts(ftoPassages, corpus.tagLayer.taxonomy);
    expect(Object.fromEntries(counts)).toMatchObject({
      legal: 4,
      diplomatic: 1,
      political: 1,
      strategic: 1,
      economic: 0,
    });
    expect([...counts.keys()]).toEqual(corpus.tagLayer.taxonomy.map((t) => t.id));
  });

  describe('columnItems', () => {
    const groups = groupBlocks(fto.blocks);
    const base = { activeBlocks: new Set<string>(), forced: new Set<string>(), expanded: new Set<string>() };

    it('shows every group in highlight mode and in focus mode without a type', () => {
      for (const options of [
        { ...base, mode: 'highlight' as const, types: new Set(['diplomatic']) },
        { ...base, mode: 'focus' as const, types: new Set<string>() },
      ])
        expect(columnItems(groups, options).every((i) => i.kind === 'group')).toBe(true);
    });

    it('folds runs of groups without a matching passage in focus mode, counting their blocks', () => {
      const activeBlocks = new Set(activePassagesByBlock(ftoPassages, new Set(['diplomatic'])).keys());
      const items = columnItems(groups, {
        ...base,
        mode: 'focus',
        types: new Set(['diplomatic']),
        activeBlocks,
      });
      expect(items.map((i) => (i.kind === 'fold' ? `fold ${i.blocks}` : 'shown'))).toEqual([
        'fold 2',
        'shown',
        'fold 10',
      ]);
      const total = items.reduce((n, i) => n + (i.kind === 'fold' ? i.blocks : 1), 0);
      expect(total).toBe(fto.blocks.length);
    });

    it('keeps forced blocks open and opens a fold the reader expanded', () => {
      const activeBlocks = new Set([blockOf(3)]);
      const options = {
        ...base,
        mode: 'focus' as const,
        types: new Set(['diplomatic']),
        activeBlocks,
        forced: new Set([blockOf(11)]),
      };
      const items = columnItems(groups, options);
      expect(items.filter((i) => i.kind === 'group').map((i) => i.key)).toEqual([blockOf(3), blockOf(11)]);
      const firstFold = items[0];
      if (firstFold?.kind !== 'fold') throw new Error('expected a fold first');
      const opened = columnItems(groups, { ...options, expanded: new Set([firstFold.key]) });
      expect(opened.slice(0, 3).map((i) => i.kind)).toEqual(['group', 'group', 'group']);
    });
  });
});
