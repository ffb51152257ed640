import { describe, expect, it } from 'vitest';
import { compileCorpus, type CorpusInput } from '../../src/data/compile-corpus.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { realCompiled, realCorpusFiles } from './corpus-files.ts';

const files = realCorpusFiles();

/** Returns the corpus with one edition's content replaced. */
function withEdition(input: CorpusInput, path: string, edit: (content: string) => string): CorpusInput {
  return { ...input, editions: input.editions.map((f) => (f.path === path ? { ...f, content: edit(f.content) } : f)) };
}

describe('the corpus edition is faithful to its sources', () => {
  it('has five articles, each matching its source paragraph for paragraph', () => {
    const { corpus, problems } = realCompiled();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(corpus.articles).toHaveLength(5);
  });

  it.each(files.editions.map((f) => f.path))('fails when one character of %s changes, naming article and paragraph', (path) => {
    // Change the first letter "e" of the first body paragraph (after the front matter) to "E".
    const broken = withEdition(files, path, (content) => {
      const bodyStart = content.indexOf('\n---\n') + 5;
      const lines = content.slice(bodyStart).split('\n');
      const i = lines.findIndex((l) => l.length > 0 && !l.startsWith('#') && !l.startsWith(':::') && l.includes('e'));
      lines[i] = (lines[i] ?? '').replace('e', 'E');
      return content.slice(0, bodyStart) + lines.join('\n');
    });
    const { problems } = compileCorpus(broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(path);
    expect(problems[0]?.message).toMatch(/^[a-z-]+, (paragraph \d+|[a-z-]+): not verbatim in the source; closest is source line \d+, which differs at character \d+/);
  });

  it('fails when a source paragraph is dropped without an exclusion, and when an exclusion is stale', () => {
    const path = 'corpus/fto-lethal-force-legality.md';
    const dropped = withEdition(files, path, (c) => c.replace(/\nUnilateral strikes may be illegal under international law\.[^\n]*\n/, '\n'));
    expect(compileCorpus(dropped).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/source line 6 \("Unilateral strikes may be illegal.*is neither in the edition nor listed in its exclusions/),
    ]);
    const stale = withEdition(files, path, (c) => c.replace('text: "____"', 'text: "-----"'));
    const messages = compileCorpus(stale).problems.map((p) => p.message);
    expect(messages).toContainEqual(expect.stringContaining('exclusion 1 ("-----") matches no source paragraph'));
    expect(messages).toContainEqual(expect.stringContaining('source line 13 ("____") is neither in the edition'));
  });

  it('keeps the sources byte-identical to the seeds they name', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const { corpus } = realCompiled();
    for (const article of corpus.articles) {
      const seed = new URL(`../../../shared/seeds/${article.meta.source}`, import.meta.url);
      if (!existsSync(seed)) continue; // shared/ sits beside the clone in CI; elsewhere the copy is the record.
      const copy = files.sources.find((f) => f.path === `corpus/sources/${article.meta.id}.txt`);
      expect(copy?.content, article.meta.id).toBe(readFileSync(seed, 'utf8'));
    }
  });
});

describe('compile errors name the file, the line and the problem', () => {
  const path = 'corpus/lawfare-bombing-mexico.md';
  it('reports a front matter field of the wrong type', () => {
    const broken = withEdition(files, path, (c) => c.replace('titleSupplied: false', 'titleSupplied: "no"'));
    expect(compileCorpus(broken).problems.map(formatProblem)).toEqual([
      `${path}:5: front matter titleSupplied: Invalid input: expected boolean, received string`,
    ]);
  });
  it('reports an invalid date and an unknown field', () => {
    const broken = withEdition(files, path, (c) => c.replace('editor: ', 'date: 2025-02-30\nedtor: '));
    const messages = compileCorpus(broken).problems.map(formatProblem);
    expect(messages).toContainEqual(expect.stringMatching(/^corpus\/lawfare-bombing-mexico\.md:\d+: front matter date: /));
    expect(messages).toContainEqual(expect.stringContaining('Unrecognized key: "edtor"'));
  });
  it('reports an id that does not match the file name and a supplied title without brackets', () => {
    const broken = withEdition(files, path, (c) => c.replace('id: lawfare-bombing-mexico', 'id: lawfare').replace('titleSupplied: false', 'titleSupplied: true'));
    expect(compileCorpus(broken).problems.map(formatProblem)).toEqual([
      `${path}:3: id "lawfare" must match the file name "lawfare-bombing-mexico"`,
      `${path}:4: a supplied title goes in square brackets`,
      expect.stringContaining('its source copy corpus/sources/lawfare.txt is missing'),
    ]);
  });
});
