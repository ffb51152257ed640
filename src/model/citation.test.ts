import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from './article.ts';
import {
  authorsLabel,
  dateLabel,
  placeHeading,
  placeLabel,
  publicationLabel,
  quoteCitation,
} from './citation.ts';

const meta: ArticleMeta = {
  id: 'five-questions-war-on-cartels',
  title: 'Five questions to ask before declaring war on cartels',
  titleSupplied: false,
  authors: ['Henry Ziemer'],
  date: '2025-01-29',
  source: '003_e90753918b441c4d.txt',
  exclusions: [],
};

describe('citation labels', () => {
  it('say what the source prints, and say so when it prints nothing', () => {
    expect(dateLabel(meta)).toBe('29 January 2025');
    expect(authorsLabel(meta)).toBe('Henry Ziemer');
    expect(publicationLabel(meta)).toBe('Publication not named');
    const bare = { ...meta, authors: [], date: undefined, publisher: 'The Lawfare Institute' };
    expect([dateLabel(bare), authorsLabel(bare), publicationLabel(bare)]).toEqual([
      'Undated',
      'Author not named',
      'The Lawfare Institute',
    ]);
    expect(authorsLabel({ ...meta, authors: ['A', 'B', 'C'] })).toBe('A, B and C');
  });

  it('place a passage by paragraph number', () => {
    expect(placeLabel(14)).toBe('paragraph 14');
    expect(placeLabel(undefined)).toBe('a heading');
    expect(placeHeading(14)).toBe('Paragraph 14');
    expect(placeHeading(undefined)).toBe('A heading');
  });

  it('cite a quote with author, title, publication, date and paragraph', () => {
    expect(quoteCitation('Cartels are not states.', meta, 3)).toBe(
      '“Cartels are not states.” (Henry Ziemer, “Five questions to ask before declaring war on cartels”, Publication not named, 29 January 2025, paragraph 3)',
    );
    const supplied = {
      ...meta,
      title: '[A supplied title]',
      titleSupplied: true,
      authors: [],
      date: undefined,
    };
    expect(quoteCitation('Q', supplied, undefined)).toBe(
      '“Q” (Author not named, [A supplied title], Publication not named, Undated, a heading)',
    );
  });
});
