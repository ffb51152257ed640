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

  it('writes one row per annotation: article, paragraph, quote, types, argument, note', () => {
    const csv = toCsv([a], context);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('article,paragraph,quote,types,argument,note');
    expect(lines[1]?.startsWith(`lawfare-bombing-mexico,2,`)).toBe(true);
    expect(csv).toContain(
      `,Legal,Bombing would *backfire*,"'=HYPERLINK(""http://evil"") and, ""quoted""\nline two"\r\n`,
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
