import { describe, expect, it } from 'vitest';
import { main } from '../../cli/parallax.ts';
import { parseBibliography } from '../../src/data/cite-processor.ts';
import { corpusBibliography } from '../../src/data/corpus-bibliography.ts';
import { ROOT, realCompiled } from '../corpus/corpus-files.ts';

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, ROOT, realCompiled);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run corpus -- export (bibliography)', () => {
  it('--format bibtex writes the five articles as BibTeX that parses back to their titles and authors', () => {
    const { code, out } = run('export', '--format', 'bibtex');
    expect(code).toBe(0);
    expect(out.match(/^@\w+\{/gm)).toHaveLength(5);
    expect(out).toContain('@misc{five-questions-war-on-cartels,');
    expect(out).toMatch(/@article\{war-zone-military-options,[^@]*journal = \{The War Zone\}/);
    const parsed = parseBibliography(out);
    expect(parsed).toHaveLength(5);
    const ziemer = parsed.find((e) => e.id === 'five-questions-war-on-cartels');
    expect(ziemer?.title).toBe('Five questions to ask before declaring war on cartels');
    expect(ziemer?.author).toEqual([{ family: 'Ziemer', given: 'Henry' }]);
    expect(ziemer?.issued).toEqual({ 'date-parts': [[2025, 1, 29]] });
    const fto = parsed.find((e) => e.id === 'fto-lethal-force-legality');
    expect(fto).toBeDefined();
    expect(fto).not.toHaveProperty('author');
    expect(fto).not.toHaveProperty('issued');
  });

  it('--format ris writes one record per article, and parses back', () => {
    const { code, out } = run('export', '--format', 'ris');
    expect(code).toBe(0);
    expect(out.match(/^TY {2}- /gm)).toHaveLength(5);
    expect(out).toMatch(/^AU {2}- Ziemer, Henry$/m);
    expect(out).toMatch(/^TY {2}- MGZN$/m);
    expect(parseBibliography(out).map((e) => e.title)).toContain(
      'How Trump Could Use Military Force Against Cartels In Mexico',
    );
  });

  it('--format csl-json writes the CSL-JSON items, no author or date invented', () => {
    const { code, out } = run('export', '--format', 'csl-json');
    expect(code).toBe(0);
    const items = JSON.parse(out) as Record<string, unknown>[];
    expect(items.map((i) => i.id).sort()).toEqual(
      realCompiled()
        .corpus.articles.map((a) => a.meta.id)
        .sort(),
    );
    const warZone = items.find((i) => i.id === 'war-zone-military-options');
    expect(warZone).toMatchObject({ type: 'article-magazine', 'container-title': 'The War Zone' });
    expect(warZone).not.toHaveProperty('author');
  });

  it('prints what the library page downloads (one writer for both), without the reader’s addresses', () => {
    const metas = realCompiled().corpus.articles.map((a) => a.meta);
    for (const format of ['bibtex', 'ris', 'csl-json'] as const) {
      expect(`${run('export', '--format', format).out}\n`).toBe(corpusBibliography(metas, format));
    }
  });

  it('names the formats when given an unknown one', () => {
    const { code, err } = run('export', '--format', 'endnote');
    expect(code).toBe(2);
    expect(err).toContain('bibtex, ris, csl-json');
  });
});
