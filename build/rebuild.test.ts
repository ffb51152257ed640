/**
 * A build after one article changes, with the previous build's cache, must write exactly the data
 * files a cold build of the same input writes, while computing only what the change reaches (counted
 * by the cache and the suggestion step, never timed).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCorpusFiles, ROOT } from '../tests/corpus/corpus-files.ts';
import { compileCorpus, type CompileResult, type CorpusInput } from '../src/data/compile-corpus.ts';
import type { CompiledCorpus } from '../src/data/compiled-corpus.ts';
import { diskCache, sha256, type CacheCounts } from '../src/data/disk-cache.ts';
import { corpusModule } from './vite-plugin-corpus.ts';
import { searchIndexFiles } from './search-index-file.ts';
import { SUGGESTION_STATE_FORMAT } from '../src/model/similarity/suggestion-reuse.ts';

const ID = 'lawfare-bombing-mexico';
const files = realCorpusFiles();
const tmp = mkdtempSync(join(tmpdir(), 'parallax-rebuild-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The data files a build writes for `corpus` (manifest module, per-article files, search index), by name → SHA-256. */
function dataFiles(corpus: CompiledCorpus): Record<string, string> {
  const out = corpusModule(corpus, '/');
  const search = searchIndexFiles(corpus);
  return Object.fromEntries(
    [...out.files, search.manifest, ...search.shards]
      .map((f) => [f.fileName, sha256(f.source)])
      .concat([['manifest-module.js', sha256(out.code)]]),
  );
}

/** `input` with `line` of the article's edition and source replaced by `changed`. */
function withLine(input: CorpusInput, line: string, changed: string): CorpusInput {
  const edit = (f: { path: string; content: string }) =>
    f.path === `corpus/${ID}.md` || f.path === `corpus/sources/${ID}.txt`
      ? { ...f, content: f.content.replace(line, changed) }
      : f;
  return { ...input, editions: input.editions.map(edit), sources: input.sources.map(edit) };
}

/**
 * A body paragraph of the article holding a passage that starts well into it, and an untagged word of
 * six or more lower-case letters before that passage.
 */
function taggedParagraph(): { line: string; word: string } {
  const edition = files.editions.find((f) => f.path === `corpus/${ID}.md`)?.content ?? '';
  const quotes = (
    JSON.parse(readFileSync(join(ROOT, 'annotations', `${ID}.json`), 'utf8')) as {
      passages: { target: { selector: { exact?: string }[] } }[];
    }
  ).passages.flatMap((p) => p.target.selector.flatMap((s) => (s.exact ? [s.exact] : [])));
  for (const line of edition.split('\n')) {
    const quote = quotes.find((q) => line.indexOf(q) > 40);
    if (!/^[A-Za-z]/.test(line) || !quote) continue;
    const word = line
      .slice(0, line.indexOf(quote))
      .split(' ')
      .slice(1, -1)
      .find((w) => /^[a-z]{6,}$/.test(w));
    if (word) return { line, word };
  }
  throw new Error(`no tagged paragraph in ${ID}`);
}

/** A cold build (fresh cache), then a rebuild of `edited` over that cache, and a build of `edited` without one. */
function rebuild(
  dir: string,
  edited: CorpusInput,
): { rebuilt: CompileResult; cold: CompileResult; counts: CacheCounts } {
  compileCorpus(files, { cache: diskCache(dir, ROOT) });
  const cache = diskCache(dir, ROOT);
  const rebuilt = compileCorpus(edited, { cache });
  return { rebuilt, cold: compileCorpus(edited), counts: cache };
}

const { line, word } = taggedParagraph();
/** The paragraph's first letter changes case (as `npm run bench` edits): no term of any unit changes. */
const caseEdit = withLine(
  files,
  line,
  line.replace(/^./, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())),
);
/** A word before the passage has two letters swapped (same length, so no offset moves): a new term. */
const swapped = `${word.slice(0, -2)}${word.slice(-1)}${word.slice(-2, -1)}`;
const wordEdit = withLine(files, line, line.replace(` ${word} `, ` ${swapped} `));

let byCase: ReturnType<typeof rebuild>;
let byWord: ReturnType<typeof rebuild>;
let original: CompileResult;
let corrupt: { rebuilt: CompileResult; counts: CacheCounts; damaged: boolean };

/** A cold build, its suggestion state damaged on disk (still JSON), then a rebuild. */
function rebuildOverCorruptState(dir: string): typeof corrupt {
  compileCorpus(files, { cache: diskCache(dir, ROOT) });
  // The state is the largest entry the cache holds.
  const entries = readdirSync(dir).map((f) => join(dir, f));
  const state = entries.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
  const text = readFileSync(state, 'utf8');
  const damaged = text.includes(SUGGESTION_STATE_FORMAT) && text.includes('"scored":[');
  writeFileSync(state, text.replace('"scored":[', '"scored":[1'));
  const cache = diskCache(dir, ROOT);
  return { rebuilt: compileCorpus(caseEdit, { cache }), counts: cache, damaged };
}

// Each case compiles the corpus three times (cold with cache, rebuild, without cache): setup, not the test.
beforeAll(() => {
  original = compileCorpus(files);
  byCase = rebuild(join(tmp, 'case'), caseEdit);
  byWord = rebuild(join(tmp, 'word'), wordEdit);
  corrupt = rebuildOverCorruptState(join(tmp, 'corrupt'));
}, 180_000);

describe('a rebuild after one article changes', () => {
  it('writes the same data files as a cold build, analysing that article only and reusing every suggestion (case edit)', () => {
    expect(byCase.rebuilt.problems).toEqual([]);
    expect(dataFiles(byCase.rebuilt.corpus)).toEqual(dataFiles(byCase.cold.corpus));
    expect(byCase.rebuilt.suggestionWork).toEqual({ analysed: [ID], recomputed: [] });
    // Misses: the edited edition, the whole-suggestions entry and the article's analysis; nothing corrupt.
    expect([byCase.counts.misses, byCase.counts.corrupt]).toEqual([3, 0]);
  });

  it('writes the same data files as a cold build when the suggestions change (a word edit), analysing that article only', () => {
    expect(word).not.toBe('');
    expect(byWord.rebuilt.problems).toEqual([]);
    expect(JSON.stringify(byWord.cold.corpus.suggestions)).not.toBe(
      JSON.stringify(original.corpus.suggestions),
    );
    expect(dataFiles(byWord.rebuilt.corpus)).toEqual(dataFiles(byWord.cold.corpus));
    expect(byWord.rebuilt.suggestionWork?.analysed).toEqual([ID]);
    expect(byWord.rebuilt.suggestionWork?.recomputed.length).toBeGreaterThan(0);
  });

  it('recomputes everything, to the same files, when the kept suggestion state is corrupt', () => {
    expect(corrupt.damaged).toBe(true);
    expect(corrupt.counts.corrupt).toBe(1);
    const { rebuilt } = corrupt;
    expect(rebuilt.suggestionWork?.recomputed).toHaveLength(rebuilt.corpus.tagLayer.passages.length);
    expect(dataFiles(rebuilt.corpus)).toEqual(dataFiles(byCase.cold.corpus));
  });
});
