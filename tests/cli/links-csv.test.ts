import { describe, expect, it } from 'vitest';
import { linksToCsv } from '../../cli/commands/links.ts';
import type { CrossReference } from '../../src/model/links.ts';

const ref = (exact: string) => ({ article: 'fto-lethal-force-legality', start: 0, end: exact.length, exact });

describe('links --csv', () => {
  it('quotes cells and defuses spreadsheet formulas, including ones behind a tab or carriage return', () => {
    const link: CrossReference = {
      kind: 'curated',
      argument: 'article-51-self-defense',
      source: ref('Article 51 provides an exception for self-defense.'),
      target: ref('“It’s not necessary. We can collaborate.”'),
      note: '\t=HYPERLINK("http://evil")',
    };
    const [header, row] = linksToCsv([link]).split('\r\n');
    expect(header?.startsWith('kind,argument,')).toBe(true);
    expect(row).toContain('"\'\t=HYPERLINK(""http://evil"")"');
    expect(row).not.toMatch(/,\t=/);
  });
});
