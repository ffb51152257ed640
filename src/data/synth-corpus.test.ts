import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
  mkdirSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realCorpusFiles, ROOT } from '../../tests/corpus/corpus-files.ts';
import { SWAPPABLE_WORDS } from '../model/reword.ts';
import { compileCorpus } from './compile-corpus.ts';
import { corpusInputOf, readCorpusFiles } from './read-corpus-files.ts';
import { synthCorpus, SYNTH_MARKER } from './synth-corpus.ts';
import { generatedFolderRefusal, writeGeneratedFolder } from './write-corpus-files.ts';

const real = realCorpusFiles();
const realCompiled = compileCorpus(real, { suggestions: false }).corpus;
const two = synthCorpus(real, 2);

/** The generated files as a compile input. */
/** The words of a text less those rewording may swap. */
function fixedWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !SWAPPABLE_WORDS.has(w));
}

const tmp = mkdtempSync(join(tmpdir(), 'parallax-synth-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('synthCorpus', () => {
  const compiled = compileCorpus(corpusInputOf(two.files), { suggestions: false });

  it('makes a valid corpus with every count scaled by N', () => {
    expect(compiled.problems).toEqual([]);
    const { articles, tagLayer } = compiled.corpus;
    expect(articles).toHaveLength(2 * realCompiled.articles.length);
    expect(tagLayer.passages).toHaveLength(2 * realCompiled.tagLayer.passages.length);
    expect(tagLayer.arguments).toHaveLength(2 * realCompiled.tagLayer.arguments.length);
    expect(tagLayer.relations).toHaveLength(2 * realCompiled.tagLayer.relations.length);
    expect(two.passages).toBe(tagLayer.passages.length);
  });

  it('is deterministic, and copy 0 of any scale is the same corpus', () => {
    const one = synthCorpus(real, 1);
    const again = synthCorpus(real, 1);
    expect(again.files).toEqual(one.files);
    const inTwo = new Map(two.files.map((f) => [f.path, f.content]));
    for (const f of one.files.filter((f) => f.path.startsWith('corpus/')))
      expect(inTwo.get(f.path)).toBe(f.content);
  });

  it('writes texts that are not byte-identical to the real ones or to each other', () => {
    const texts = compiled.corpus.articles.map((a) => a.text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const r of realCompiled.articles) expect(texts).not.toContain(r.text);
    const realParagraphs = new Set(realCompiled.articles.flatMap((a) => a.blocks.map((b) => b.text)));
    const paragraphs = compiled.corpus.articles.flatMap((a) =>
      a.blocks.filter((b) => b.kind === 'paragraph'),
    );
    const unchanged = paragraphs.filter((b) => realParagraphs.has(b.text)).length;
    expect(unchanged / paragraphs.length).toBeLessThan(0.1);
  });

  it('carries every passage to the same words, claim types and (copied) arguments', () => {
    const byId = new Map(realCompiled.tagLayer.passages.map((p) => [p.id, p]));
    for (const p of compiled.corpus.tagLayer.passages) {
      const original = byId.get(p.id.replace(/-x1$/, ''));
      expect(original, p.id).toBeDefined();
      if (!original) continue;
      expect(fixedWords(p.exact)).toEqual(fixedWords(original.exact));
      expect(p.types).toEqual(original.types);
      expect(p.arguments.map((a) => a.replace(/-x1$/, ''))).toEqual(original.arguments);
    }
  });

  it('copies links per copy, leaving out a link whose ends land in one article', () => {
    const argsFile = real.annotations.find((f) => f.path === 'annotations/arguments.json');
    const args = JSON.parse(argsFile?.content ?? '{}') as { links: unknown[] };
    const passages = realCompiled.tagLayer.passages;
    const a = passages[0];
    const b = passages.find((p) => p.article !== a?.article);
    const linked = { ...args, links: [{ source: a?.id, target: b?.id }] };
    const input = {
      ...real,
      annotations: real.annotations.map((f) =>
        f === argsFile ? { ...f, content: JSON.stringify(linked) } : f,
      ),
    };
    const result = synthCorpus(input, 2);
    expect(result.links + result.linksLeftOut).toBe(2);
    const again = compileCorpus(corpusInputOf(result.files), { suggestions: false });
    expect(again.problems).toEqual([]);
    expect(again.corpus.tagLayer.links).toHaveLength(result.links);
  });

  it('refuses a scale that is not a whole number from 1', () => {
    expect(() => synthCorpus(real, 0)).toThrow(/--scale/);
    expect(() => synthCorpus(real, 1.5)).toThrow(/--scale/);
  });
});

describe('writeGeneratedFolder', () => {
  it('never writes into, over or around the project corpus or annotations', () => {
    expect(generatedFolderRefusal(ROOT, join(ROOT, 'corpus'))).toMatch(/corpus\//);
    expect(generatedFolderRefusal(ROOT, join(ROOT, 'annotations', 'x'))).toMatch(/annotations\//);
    expect(generatedFolderRefusal(ROOT, ROOT)).toMatch(/corpus\//);
    expect(generatedFolderRefusal(ROOT, join(ROOT, '.tmp', 'corpus-x2'))).toBeUndefined();
  });

  it('writes the folder whole, replaces only a generated one, and the result reads back', () => {
    const out = join(tmp, 'x2');
    writeGeneratedFolder(ROOT, out, two.files);
    expect(existsSync(join(out, SYNTH_MARKER))).toBe(true);
    const back = compileCorpus(readCorpusFiles(out), { suggestions: false });
    expect(back.problems).toEqual([]);
    expect(back.corpus.articles).toHaveLength(10);
    const marker = two.files.find((f) => f.path === SYNTH_MARKER);
    writeGeneratedFolder(ROOT, out, [...two.files.slice(0, 3), ...(marker ? [marker] : [])]);
    expect(readdirSync(join(out, 'corpus')).sort()).toEqual([two.files[0]?.path.slice(7), 'sources']);
    expect(readdirSync(tmp)).toEqual(['x2']);

    const mine = join(tmp, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'keep');
    expect(() => writeGeneratedFolder(ROOT, mine, two.files)).toThrow(/not made by synth/);
    expect(readFileSync(join(mine, 'notes.txt'), 'utf8')).toBe('keep');
  });
});
