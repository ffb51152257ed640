import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../tests/corpus/real-curated.ts';
import { cslName } from '../model/csl.ts';
import { parseBibliography } from './cite-processor.ts';
import { corpusBibliography, corpusBibliographyFile } from './corpus-bibliography.ts';

const metas = realCorpus().articles.map((a) => a.meta);
const urlOf = (id: string) => `https://parallax.example/article/${id}`;

const titleOf = (meta: (typeof metas)[number]) =>
  meta.subtitle ? `${meta.title}: ${meta.subtitle}` : meta.title;

/**
 * Title as front matter gives it (with its subtitle), and authors as CSL names; no date or author
 * invented. Entries are matched by id, or by title for RIS (whose ID field the plugin cuts to 20 characters).
 */
function expectFrontMatter(parsed: Record<string, unknown>[], by: 'id' | 'title' = 'id') {
  expect(parsed).toHaveLength(metas.length);
  for (const meta of metas) {
    const entry = parsed.find((e) => (by === 'id' ? e.id === meta.id : e.title === titleOf(meta)));
    expect(entry?.title, meta.id).toBe(titleOf(meta));
    if (meta.authors.length > 0) expect(entry?.author, meta.id).toEqual(meta.authors.map(cslName));
    else expect(entry, meta.id).not.toHaveProperty('author');
    if (!meta.date) expect(entry, meta.id).not.toHaveProperty('issued');
  }
}

describe('the corpus bibliography', () => {
  it('writes BibTeX that parses back to every article’s title and authors, each keyed by its id, with its address', () => {
    const bibtex = corpusBibliography(metas, 'bibtex', urlOf);
    // Strictly: one entry per article, each "@type{id," and closed, every field "name = {value}".
    const entries = bibtex.trim().split(/\n(?=@)/);
    expect(entries).toHaveLength(metas.length);
    for (const entry of entries) {
      expect(entry).toMatch(/^@(article|misc)\{[a-z0-9-]+,\n(\t\w+ = \{[^\n]*\},?\n)+\}$/);
    }
    const parsed = parseBibliography(bibtex);
    expectFrontMatter(parsed);
    expect(parsed.find((e) => e.id === 'five-questions-war-on-cartels')?.URL).toBe(
      urlOf('five-questions-war-on-cartels'),
    );
  });

  it('writes RIS and CSL-JSON of the same articles', () => {
    expectFrontMatter(parseBibliography(corpusBibliography(metas, 'ris')), 'title');
    expectFrontMatter(JSON.parse(corpusBibliography(metas, 'csl-json')) as Record<string, unknown>[]);
  });

  it('names the downloaded files by format', () => {
    expect(corpusBibliographyFile(metas, 'bibtex')).toMatchObject({
      name: 'parallax-bibliography.bib',
      type: 'application/x-bibtex',
    });
    expect(corpusBibliographyFile(metas, 'ris').name).toBe('parallax-bibliography.ris');
    expect(corpusBibliographyFile(metas, 'csl-json').name).toBe('parallax-bibliography.json');
  });
});
