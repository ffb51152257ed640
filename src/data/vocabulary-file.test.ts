import { describe, expect, it } from 'vitest';
import { formatProblem, type CorpusProblem } from '../model/problems.ts';
import { analyze, DEFAULT_ANALYZER } from '../model/similarity/analyze.ts';
import { realCorpusFiles } from '../../tests/corpus/corpus-files.ts';
import { VOCABULARY_PATH, readVocabulary } from './vocabulary-file.ts';

const file = (data: unknown) => ({ path: VOCABULARY_PATH, content: JSON.stringify(data) });
const valid = {
  schemaVersion: 1,
  terms: [{ key: 'article-51', display: 'Article 51', phrase: ['article 51'], aliases: ['art\\. ?51'] }],
  wordSynonyms: { invaded: 'invasion' },
  fillerWords: ['said'],
};

function read(data: unknown): { problems: string[]; ok: boolean } {
  const problems: CorpusProblem[] = [];
  const vocabulary = readVocabulary(file(data), problems);
  return { ok: vocabulary !== undefined, problems: problems.map(formatProblem) };
}

describe('annotations/vocabulary.json', () => {
  it('the real file is valid and is read by the corpus reader, apart from the tag layer files', () => {
    const files = realCorpusFiles();
    expect(files.vocabulary?.path).toBe(VOCABULARY_PATH);
    expect(files.annotations.map((f) => f.path)).not.toContain(VOCABULARY_PATH);
    const problems: CorpusProblem[] = [];
    expect(readVocabulary(files.vocabulary, problems)?.patterns.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('compiles terms, aliases, synonyms and filler words for the analyzer', () => {
    const problems: CorpusProblem[] = [];
    const vocabulary = readVocabulary(file(valid), problems);
    const keys = analyze('Art. 51: they invaded, he said.', DEFAULT_ANALYZER, vocabulary).map((t) => t.key);
    expect(keys).toEqual(['article-51', 'invas']);
  });

  it('is optional: no file, no vocabulary and no problem', () => {
    const problems: CorpusProblem[] = [];
    expect(readVocabulary(undefined, problems)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('names the file and the field of a bad pattern, a pattern matching nothing, a twice-used key', () => {
    const bad = read({
      ...valid,
      terms: [
        { key: 'a', display: 'A', phrase: ['art(icle'] },
        { key: 'b', display: 'B', phrase: ['x?'] },
        { key: 'a', display: 'A again', phrase: ['again'] },
      ],
    });
    expect(bad.ok).toBe(false);
    expect(bad.problems).toEqual([
      expect.stringMatching(
        /^annotations\/vocabulary\.json: terms\.0\.phrase\.0: pattern "art\(icle" is not a regular expression/,
      ),
      'annotations/vocabulary.json: terms.1.phrase.0: pattern "x?" matches the empty string',
      'annotations/vocabulary.json: terms.2.key: term key "a" is used twice',
    ]);
  });

  it('refuses another schema version, unknown fields and upper-case synonyms, with the line of bad JSON', () => {
    expect(read({ ...valid, schemaVersion: 2 }).problems[0]).toMatch(/schemaVersion/);
    expect(read({ ...valid, extra: true }).problems[0]).toMatch(/extra/);
    expect(read({ ...valid, wordSynonyms: { Invaded: 'invasion' } }).problems[0]).toMatch(/wordSynonyms/);
    const problems: CorpusProblem[] = [];
    readVocabulary({ path: VOCABULARY_PATH, content: '{\n  "schemaVersion": 1,\n  oops\n}' }, problems);
    expect(problems[0]?.line).toBe(3);
  });
});
