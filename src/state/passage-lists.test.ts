import { describe, expect, it } from 'vitest';
import { compareFixture, FTO, JUST_SECURITY, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { linksByKind, otherArticles, tickedInLibraryOrder } from './passage-lists.ts';

const { articles } = compareFixture();

describe('passage lists', () => {
  it('splits cross-references by kind, keeping their order', () => {
    const links = [
      { passage: 'a', kind: 'same-argument' as const },
      { passage: 'b', kind: 'contrasts' as const },
      { passage: 'c', kind: 'same-argument' as const },
    ];
    expect(linksByKind(links)).toEqual({ same: [links[0], links[2]], contrasts: [links[1]] });
  });

  it('lists the other articles, and the ticked ones in library order', () => {
    const first = articles[0]!;
    expect(otherArticles(articles, first)).toEqual(articles.slice(1));
    const order = articles.map((a) => a.meta.id).filter((id) => [FTO, WAR_ZONE, JUST_SECURITY].includes(id));
    expect(tickedInLibraryOrder(articles, [WAR_ZONE, JUST_SECURITY, FTO])).toEqual(order);
  });
});
