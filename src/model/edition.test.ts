import { describe, expect, it } from 'vitest';
import { parseEdition } from './edition.ts';

const FRONT = '---\nid: x\n---\n';

describe('parseEdition', () => {
  it('reads headings, literal paragraphs and non-body containers with their lines', () => {
    const result = parseEdition(
      `${FRONT}\n## 1. What are your victory conditions?\n\n[1] The United States government maintains a robust covert action capacity.\n\n::: embed\n\nPete Hegseth on possible military strikes in Mexico: "All options will be on the table."\n\n— AlexandruC4 (@AlexandruC4) January 31, 2025\n\n:::\n`,
      'corpus/x.md',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.edition.frontMatter).toEqual({ id: 'x' });
    expect(result.edition.blocks).toEqual([
      { kind: 'heading', text: '1. What are your victory conditions?', line: 5, level: 2 },
      {
        kind: 'paragraph',
        text: '[1] The United States government maintains a robust covert action capacity.',
        line: 7,
      },
      {
        kind: 'embed',
        text: 'Pete Hegseth on possible military strikes in Mexico: "All options will be on the table."',
        line: 11,
        group: 0,
      },
      { kind: 'embed', text: '— AlexandruC4 (@AlexandruC4) January 31, 2025', line: 13, group: 0 },
    ]);
  });

  it('names the file and line of each problem', () => {
    const result = parseEdition(
      `${FRONT}\nFirst line of a paragraph\nwrapped onto a second.\n\n::: sidebar\n\n::: caption\n\nA caption never closed.\n`,
      'corpus/x.md',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { file: 'corpus/x.md', line: 6, message: expect.stringContaining('one paragraph per line') },
      { file: 'corpus/x.md', line: 8, message: expect.stringContaining('unknown container kind "sidebar"') },
      { file: 'corpus/x.md', line: 10, message: 'container "caption" is never closed with ":::"' },
    ]);
  });

  it('rejects missing or broken front matter', () => {
    expect(parseEdition('No front matter', 'a.md')).toMatchObject({ ok: false, problems: [{ line: 1 }] });
    const broken = parseEdition('---\ntitle: [unclosed\n---\nText', 'a.md');
    expect(broken).toMatchObject({
      ok: false,
      problems: [{ file: 'a.md', message: expect.stringContaining('not valid YAML') }],
    });
  });

  it("names the file's line of a YAML error, not the line within the front matter", () => {
    // The repeated key is on the file's line 4, the front matter's line 3.
    const content = '---\nschemaVersion: 1\nid: x\nid: y\ntitle: T\n---\n\nText.\n';
    const result = parseEdition(content, 'corpus/x.md');
    expect(result).toMatchObject({ ok: false, problems: [{ file: 'corpus/x.md', line: 4 }] });
    const [problem] = result.ok ? [] : result.problems;
    expect(problem?.message).toMatch(
      /^front matter is not valid YAML: Map keys must be unique \(column 1\)$/,
    );
    expect(problem?.message).not.toMatch(/line 3/);
  });
});
