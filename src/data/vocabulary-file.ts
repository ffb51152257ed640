/**
 * `annotations/vocabulary.json`: the corpus's own terms, names, synonyms and filler words for the
 * similarity engine (see src/model/similarity/vocabulary.ts), validated with zod and compiled.
 * A missing file is no problem (the engine then compares single words); a broken one is, by field.
 */
import { z } from 'zod';
import type { CorpusProblem } from '../model/problems.ts';
import {
  compileVocabulary,
  type CompiledVocabulary,
  type Vocabulary,
} from '../model/similarity/vocabulary.ts';
import type { CorpusFile } from './compile-corpus.ts';
import { parseJson } from './parse-json-file.ts';

/** Where the vocabulary lives, relative to the project root. */
export const VOCABULARY_PATH = 'annotations/vocabulary.json';

/** Current version of the vocabulary file format. */
export const VOCABULARY_SCHEMA_VERSION = 1;

const key = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a key is lower-case words or numbers joined by hyphens');

/** A regular-expression source that compiles and never matches the empty string. */
const pattern = z
  .string()
  .min(1)
  .max(300)
  .superRefine((source, ctx) => {
    try {
      if (new RegExp(`^(?:${source})$`, 'u').test(''))
        ctx.addIssue({ code: 'custom', message: `pattern "${source}" matches the empty string` });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      ctx.addIssue({ code: 'custom', message: `pattern "${source}" is not a regular expression: ${reason}` });
    }
  });

const lowerWord = z
  .string()
  .regex(/^[\p{Ll}\p{N}']+$/u, 'a word is lower case, without spaces')
  .max(60);

/** The file's schema. */
export const vocabularyFileSchema = z
  .strictObject({
    schemaVersion: z.literal(VOCABULARY_SCHEMA_VERSION),
    description: z.string().max(2000).optional(),
    terms: z
      .array(
        z.strictObject({
          key,
          display: z.string().min(1).max(80),
          phrase: z.array(pattern).min(1).max(20),
          aliases: z.array(pattern).max(40).optional(),
          caseSensitive: z.boolean().optional(),
        }),
      )
      .max(5000),
    wordSynonyms: z.record(lowerWord, lowerWord).refine((r) => Object.keys(r).length <= 5000, {
      message: 'at most 5000 word synonyms',
    }),
    fillerWords: z.array(lowerWord).max(2000),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.terms.forEach((t, i) => {
      if (seen.has(t.key))
        ctx.addIssue({
          code: 'custom',
          path: ['terms', i, 'key'],
          message: `term key "${t.key}" is used twice`,
        });
      seen.add(t.key);
    });
  });

/**
 * The compiled vocabulary of `file`, or undefined when there is none or it is invalid (each problem
 * is added to `problems`, naming the file and the field).
 */
export function readVocabulary(
  file: CorpusFile | undefined,
  problems: CorpusProblem[],
): CompiledVocabulary | undefined {
  const vocabulary = parseVocabulary(file, problems);
  return vocabulary ? compileVocabulary(vocabulary) : undefined;
}

/**
 * The vocabulary of `file` as data (validated, not compiled: what the reader is sent), or undefined
 * when there is none or it is invalid (each problem added to `problems`).
 */
export function parseVocabulary(
  file: CorpusFile | undefined,
  problems: CorpusProblem[],
): Vocabulary | undefined {
  if (!file) return undefined;
  const data = parseJson(file.path, file.content, vocabularyFileSchema, problems);
  if (!data) return undefined;
  const { schemaVersion: _version, description: _description, ...vocabulary } = data;
  return vocabulary satisfies Vocabulary;
}
