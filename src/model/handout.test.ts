import { describe, expect, it } from 'vitest';
import { annotationOn } from '../../tests/fixtures/annotation-on.ts';
import { realArticle, realArticles } from '../../tests/corpus/real-articles.ts';
import { csvCell, escapeMarkdown, toCsv, toMarkdown, type HandoutContext } from './handout.ts';

const lawfare = realArticle('lawfare-bombing-mexico');
const paragraph = lawfare.blocks.find((b) => b.paragraphNumber === 2);
const quote = paragraph?.text.slice(0, 60) ?? '';
const context: HandoutContext = {
  articles: realArticles(),
  passages: [],
  arguments: [{ id: 'arg', statement: 'Bombing would *backfire*', type: 'strategic', user: true }],
  taxonomy: [{ id: 'legal', label: 'Legal', description: '', color: { light: '#000000', dark: '#ffffff' } }],
};
const a = annotationOn(lawfare, quote, {
  id: '11111111-1111-4111-8111-111111111111',
  types: ['legal'],
  arguments: ['arg'],
  note: '=HYPERLINK("http://evil") and, "quoted"\nline two',
});

describe('CSV export', () => {
  it('quotes cells per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes one row per annotation: article, paragraph, quote, types, argument, note, links', () => {
    const csv = toCsv([a], context);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('article,paragraph,quote,types,argument,note,links');
    expect(lines[1]?.startsWith(`lawfare-bombing-mexico,2,`)).toBe(true);
    expect(csv).toContain(
      `,Legal,Bombing would *backfire*,"'=HYPERLINK(""http://evil"") and, ""quoted""\nline two",\r\n`,
    );
  });
});

describe('Markdown handout', () => {
  it('escapes Markdown and HTML in user text', () => {
    expect(escapeMarkdown('*bold* [link](javascript:x) <script>')).toBe(
      '\\*bold\\* \\[link\\](javascript:x) &lt;script&gt;',
    );
  });

  it('groups by article with paragraph, blockquote, types, argument and note', () => {
    const md = toMarkdown([a], context, 'Class handout');
    expect(md).toContain('# Class handout');
    expect(md).toContain(`## ${escapeMarkdown(lawfare.meta.title)}`);
    expect(md).toContain('### Paragraph 2');
    expect(md).toContain(`> ${escapeMarkdown(quote)}`);
    expect(md).toContain('- **Types:** Legal');
    expect(md).toContain('- **Argument:** Bombing would \\*backfire\\*');
    expect(md).toContain('- **Note:** \\=HYPERLINK("http://evil") and, "quoted"  \n  line two');
  });
});

describe('links in the CSV and Markdown exports', () => {
  const fto = realArticle('fto-lethal-force-legality');
  const ftoParagraph = fto.blocks.find((b) => b.paragraphNumber === 3);
  const ftoWords = ftoParagraph?.text.slice(0, 40) ?? '';
  const curated = {
    id: 'fto-009',
    article: fto.meta.id,
    start: ftoParagraph?.start ?? 0,
    end: (ftoParagraph?.start ?? 0) + ftoWords.length,
    exact: ftoWords,
    types: ['legal'],
    arguments: [],
    blockId: ftoParagraph?.id ?? '',
    paragraphNumber: 3,
  };
  const warZone = realArticle('war-zone-military-options');
  const wzParagraph = warZone.blocks.find((b) => b.paragraphNumber === 5);
  const wzWords = wzParagraph?.text.slice(0, 50) ?? '';
  const elsewhere = annotationOn(warZone, wzWords, { id: 'x' }).selector;
  const linked = annotationOn(lawfare, quote, {
    id: '22222222-2222-4222-8222-222222222222',
    links: [
      { target: { passage: 'fto-009' }, note: 'same *claim*' },
      { target: { article: warZone.meta.id, selector: elsewhere } },
      { target: { url: 'https://example.org/report' } },
    ],
  });
  const withPassage: HandoutContext = { ...context, passages: [curated] };

  it('lists each link in the CSV: where it points with its paragraph, its words, and its note', () => {
    const csv = toCsv([linked], withPassage);
    expect(csv.split('\r\n')[0]).toBe('article,paragraph,quote,types,argument,note,links');
    expect(csv).toContain(
      csvCell(
        [
          `${fto.meta.title}, paragraph 3: “${ftoWords}” (note: same *claim*)`,
          `${warZone.meta.title}, paragraph 5: “${wzWords}”`,
          'https://example.org/report',
        ].join('\n'),
      ),
    );
  });

  it('lists each link in the Markdown handout, escaped', () => {
    const md = toMarkdown([linked], withPassage);
    expect(md).toContain(
      `- **Link:** ${escapeMarkdown(`${fto.meta.title}, paragraph 3: “${ftoWords}” (note: same *claim*)`)}`,
    );
    expect(md).toContain(`- **Link:** ${escapeMarkdown(`${warZone.meta.title}, paragraph 5: “${wzWords}”`)}`);
    expect(md).toContain('- **Link:** https://example.org/report');
  });

  it('names a link to a passage it does not know by its id', () => {
    expect(toMarkdown([linked], context)).toContain('- **Link:** passage fto-009 (note: same \\*claim\\*)');
  });
});
