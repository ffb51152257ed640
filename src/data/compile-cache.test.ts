import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realCorpusFiles, ROOT } from '../../tests/corpus/corpus-files.ts';
import { compileCorpus, type CorpusInput } from './compile-corpus.ts';
import { editionKey, suggestionsKey, type CompileCache } from './compile-cache.ts';
import { diskCache, diskCacheFile } from './disk-cache.ts';

/** An in-memory cache that counts what it was asked. */
function memoryCache(): CompileCache & { store: Map<string, string>; hits: number; misses: number } {
  const store = new Map<string, string>();
  const cache = {
    store,
    hits: 0,
    misses: 0,
    get: (key: string) => {
      const value = store.get(key);
      if (value === undefined) cache.misses++;
      else cache.hits++;
      return value;
    },
    set: (key: string, value: string) => void store.set(key, value),
  };
  return cache;
}

const files = realCorpusFiles();
const plain = compileCorpus(files, { suggestions: false });

/** The corpus with `from` replaced by `to` in one edition and its source. */
function edited(input: CorpusInput, id: string, from: string, to: string): CorpusInput {
  const edit = (f: { path: string; content: string }) =>
    f.path === `corpus/${id}.md` || f.path === `corpus/sources/${id}.txt`
      ? { ...f, content: f.content.replace(from, to) }
      : f;
  return { ...input, editions: input.editions.map(edit), sources: input.sources.map(edit) };
}

const tmp = mkdtempSync(join(tmpdir(), 'parallax-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('compile cache', () => {
  it('gives the same compiled corpus read back as computed', () => {
    const cache = memoryCache();
    expect(compileCorpus(files, { suggestions: false, cache })).toEqual(plain);
    expect(cache.misses).toBe(files.editions.length);
    cache.hits = cache.misses = 0;
    expect(compileCorpus(files, { suggestions: false, cache })).toEqual(plain);
    expect([cache.hits, cache.misses]).toEqual([files.editions.length, 0]);
  });

  it('recompiles only the edition that changed, to the same result as without a cache', () => {
    const cache = memoryCache();
    compileCorpus(files, { suggestions: false, cache });
    cache.hits = cache.misses = 0;
    const changed = edited(files, 'lawfare-bombing-mexico', '\nDaniel Byman\n', '\nDaniel Bymen\n');
    const result = compileCorpus(changed, { suggestions: false, cache });
    expect(result.problems).toEqual([]);
    expect([cache.hits, cache.misses]).toEqual([files.editions.length - 1, 1]);
    expect(result).toEqual(compileCorpus(changed, { suggestions: false }));
  });

  it('reads the suggestions back while what the engine reads is unchanged', () => {
    const cache = memoryCache();
    const { articles, tagLayer } = plain.corpus;
    const stored = { 'lf-001': [] };
    cache.set(
      suggestionsKey(articles, tagLayer.passages, files.wordVectors?.content, files.vocabulary?.content),
      JSON.stringify(stored),
    );
    expect(compileCorpus(files, { cache }).corpus.suggestions).toEqual(stored);
  });

  it('keys the suggestions by passages and their paragraphs, not by other text', () => {
    const key = (input: CorpusInput) => {
      const { articles, tagLayer } = compileCorpus(input, { suggestions: false }).corpus;
      return suggestionsKey(
        articles,
        tagLayer.passages,
        input.wordVectors?.content,
        input.vocabulary?.content,
      );
    };
    const before = suggestionsKey(
      plain.corpus.articles,
      plain.corpus.tagLayer.passages,
      files.wordVectors?.content,
      files.vocabulary?.content,
    );
    // The editor's note is not body text, so the engine never reads it.
    expect(key(edited(files, 'lawfare-bombing-mexico', '\nDaniel Byman\n', '\nDaniel Bymen\n'))).toBe(before);
    const lf001 = plain.corpus.tagLayer.passages.find((p) => p.id === 'lf-001');
    const paragraph =
      plain.corpus.articles
        .find((a) => a.meta.id === lf001?.article)
        ?.blocks.find((b) => b.id === lf001?.blockId)?.text ?? '';
    expect(paragraph).toContain('Claudia Sheinbaum');
    expect(key(edited(files, 'lawfare-bombing-mexico', 'Claudia Sheinbaum', 'Claudia Sheinbaun'))).not.toBe(
      before,
    );
    expect(key({ ...files, wordVectors: undefined })).not.toBe(before);
    expect(key({ ...files, vocabulary: undefined })).not.toBe(before);
  });
});

describe('diskCache', () => {
  it('reads back what it wrote, by key, and survives a folder it cannot write', () => {
    const cache = diskCache(join(tmp, 'cache'), ROOT);
    expect(cache.get('k')).toBeUndefined();
    cache.set('k', '{"a":1}');
    expect(cache.get('k')).toBe('{"a":1}');
    expect(diskCache(join(tmp, 'cache'), ROOT).get('k')).toBe('{"a":1}');
    expect(cache.get('other')).toBeUndefined();
    const blocked = join(tmp, 'file');
    writeFileSync(blocked, 'not a folder');
    const broken = diskCache(join(blocked, 'cache'), ROOT);
    expect(() => broken.set('k', '1')).not.toThrow();
    expect(broken.get('k')).toBeUndefined();
  });

  it('detects a corrupt entry (cut short, edited), recomputes it and writes it whole again', () => {
    const dir = join(tmp, 'corrupt');
    const warm = diskCache(dir, ROOT);
    const expected = compileCorpus(files, { suggestions: false, cache: warm });
    const id = 'lawfare-bombing-mexico';
    const edition = files.editions.find((f) => f.path === `corpus/${id}.md`);
    const source = files.sources.find((f) => f.path === `corpus/sources/${id}.txt`);
    if (!edition) throw new Error('no edition');
    const file = diskCacheFile(dir, ROOT, editionKey(edition.path, edition.content, source?.content));
    const whole = readFileSync(file, 'utf8');
    // Cut short (as a crash mid-write of a non-atomic writer would leave it), and edited but still JSON.
    const damaged = [
      whole.slice(0, Math.floor(whole.length / 2)),
      whole.replace('"lawfare-bombing-mexico"', '"lawfare-bombing-mexicO"'),
    ];
    for (const text of damaged) {
      writeFileSync(file, text);
      const cache = diskCache(dir, ROOT);
      expect(compileCorpus(files, { suggestions: false, cache })).toEqual(expected);
      expect([cache.corrupt, cache.misses, cache.hits]).toEqual([1, 1, files.editions.length - 1]);
      expect(readFileSync(file, 'utf8')).toBe(whole);
    }
  });
});
