/**
 * Compiles the corpus files into the data the reader loads, validating everything on the way in.
 *
 * Steps:
 *   1. parse each edition (`corpus/<id>.md`) and validate its front matter with zod;
 *   2. check it against its source copy (`corpus/sources/<id>.txt`) with the fidelity check;
 *   3. build the Article (canonical text, blocks, sentences, stable ids).
 *   4. compile the tag layer from `annotations/` against the built articles;
 *   5. suggest, for each curated passage, passages of other articles likely to make the same argument
 *      (src/model/similarity, with the vocabulary of `annotations/vocabulary.json` and the word vectors
 *      of `corpus/word-vectors.json` when present).
 * Every problem is collected with its file and line; the caller decides whether to throw.
 */
import type { Article, ArticleMeta } from '../model/article.ts';
import { buildArticle } from '../model/build-article.ts';
import { parseEdition } from '../model/edition.ts';
import { checkFidelity } from '../model/fidelity.ts';
import type { CorpusProblem } from '../model/problems.ts';
import { EMPTY_TAG_LAYER } from '../model/tag-layer.ts';
import type { SimilarityResources } from '../model/similarity/similarity-index.ts';
import {
  decodeWordVectors,
  type WordVectors,
  type WordVectorsFile,
} from '../model/similarity/word-vectors.ts';
import { COMPILED_SCHEMA_VERSION, type CompiledCorpus } from './compiled-corpus.ts';
import { compileTagLayer, type CoverageGap } from './compile-tag-layer.ts';
import { cached, editionKey, type CompileCache } from './compile-cache.ts';
import { cachedSuggestions, type SuggestionWork } from './suggestion-cache.ts';
import { readVocabulary } from './vocabulary-file.ts';
import { editionFrontMatterSchema, type EditionFrontMatter } from './edition-schema.ts';

/** A file of the corpus, with its path relative to the project root. */
export interface CorpusFile {
  path: string;
  content: string;
}

/** The raw files a compile reads. */
export interface CorpusInput {
  /** `corpus/<id>.md` */
  editions: CorpusFile[];
  /** `corpus/sources/<id>.txt` */
  sources: CorpusFile[];
  /** `annotations/*.json`: taxonomy, arguments and one file of passages per article. */
  annotations: CorpusFile[];
  /** `corpus/word-vectors.json`, if present: word vectors that sharpen the suggestions. */
  wordVectors?: CorpusFile;
  /** `annotations/vocabulary.json`, if present: the corpus's terms, names and synonyms for the suggestions. */
  vocabulary?: CorpusFile;
}

/** The compiled corpus and every problem found; articles with problems are left out. */
export interface CompileResult {
  corpus: CompiledCorpus;
  problems: CorpusProblem[];
  /** Body paragraphs of annotated articles that no passage tags yet (reported, not fatal). */
  gaps: CoverageGap[];
  /** What the suggestion step computed rather than read back from the cache (when it ran). */
  suggestionWork?: SuggestionWork;
}

/** What a compile computes beyond the articles and the tag layer. */
export interface CompileOptions {
  /** Compute the same-argument suggestions (default true; the slowest step, needed only by the reader). */
  suggestions?: boolean;
  /** Keeps each edition's checked article and the suggestions between compiles (compile-cache.ts). */
  cache?: CompileCache;
}

/** Compiles and validates the corpus; never throws on bad input, it reports it. */
export function compileCorpus(input: CorpusInput, options: CompileOptions = {}): CompileResult {
  const problems: CorpusProblem[] = [];
  const sources = new Map(input.sources.map((f) => [f.path, f.content]));
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const file of [...input.editions].sort((a, b) => a.path.localeCompare(b.path))) {
    // Cached only when the front matter's id names the file, so the key holds the source it reads.
    const id = fileId(file.path);
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const cache = new RegExp(`^id: *"?${escaped}"? *$`, 'm').test(file.content) ? options.cache : undefined;
    const source = sources.get(`corpus/sources/${id}.txt`);
    const edition = cached(cache, editionKey(file.path, file.content, source), () => {
      const found: CorpusProblem[] = [];
      return { article: compileEdition(file, sources, found) ?? null, problems: found };
    });
    problems.push(...edition.problems);
    const article = edition.article;
    if (!article) continue;
    const other = seen.get(article.meta.id);
    if (other) {
      problems.push({
        file: file.path,
        line: 1,
        message: `article id "${article.meta.id}" is already used by ${other}`,
      });
      continue;
    }
    seen.set(article.meta.id, file.path);
    articles.push(article);
  }
  // Annotations are checked only against a valid corpus: offsets into a broken edition mean nothing.
  if (problems.length > 0 || input.annotations.length === 0) {
    return {
      corpus: {
        schemaVersion: COMPILED_SCHEMA_VERSION,
        articles,
        tagLayer: EMPTY_TAG_LAYER,
        suggestions: {},
      },
      problems,
      gaps: [],
    };
  }
  const layer = compileTagLayer(articles, { files: input.annotations });
  const resources = readSimilarityResources(input, layer.problems);
  const passages = layer.tagLayer.passages;
  const step =
    options.suggestions === false
      ? undefined
      : cachedSuggestions(
          articles,
          passages,
          resources,
          { wordVectors: input.wordVectors?.content, vocabulary: input.vocabulary?.content },
          options.cache,
        );
  return {
    corpus: {
      schemaVersion: COMPILED_SCHEMA_VERSION,
      articles,
      tagLayer: layer.tagLayer,
      suggestions: step?.suggestions ?? {},
    },
    problems: layer.problems,
    gaps: layer.gaps,
    ...(step ? { suggestionWork: step.work } : {}),
  };
}

/**
 * What the similarity engine may use beyond the texts, from the input's optional files: the corpus
 * vocabulary and the word vectors (each left out, with a problem, when broken).
 */
export function readSimilarityResources(
  input: Pick<CorpusInput, 'wordVectors' | 'vocabulary'>,
  problems: CorpusProblem[],
): SimilarityResources {
  const wordVectors = readWordVectors(input.wordVectors, problems);
  const vocabulary = readVocabulary(input.vocabulary, problems);
  return { ...(wordVectors ? { wordVectors } : {}), ...(vocabulary ? { vocabulary } : {}) };
}

/** Decodes the word-vectors file, reporting (not throwing) a broken one. */
export function readWordVectors(
  file: CorpusFile | undefined,
  problems: CorpusProblem[],
): WordVectors | undefined {
  if (!file) return undefined;
  try {
    return decodeWordVectors(JSON.parse(file.content) as WordVectorsFile);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push({
      file: file.path,
      line: 1,
      message: `unreadable word vectors (npm run vectors): ${message}`,
    });
    return undefined;
  }
}

function compileEdition(
  file: CorpusFile,
  sources: Map<string, string>,
  problems: CorpusProblem[],
): Article | undefined {
  const parsed = parseEdition(file.content, file.path);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const front = editionFrontMatterSchema.safeParse(parsed.edition.frontMatter);
  if (!front.success) {
    for (const issue of front.error.issues) {
      const field = issue.path.length > 0 ? issue.path.join('.') : '(front matter)';
      problems.push({
        file: file.path,
        line: frontMatterLine(file.content, issue.path[0]),
        message: `front matter ${field}: ${issue.message}`,
      });
    }
    return undefined;
  }
  const meta = toMeta(front.data);
  const expectedId = fileId(file.path);
  const before = problems.length;
  if (meta.id !== expectedId) {
    problems.push({
      file: file.path,
      line: frontMatterLine(file.content, 'id'),
      message: `id "${meta.id}" must match the file name "${expectedId}"`,
    });
  }
  if (meta.titleSupplied !== /^\[.*\]$/.test(meta.title)) {
    problems.push({
      file: file.path,
      line: frontMatterLine(file.content, 'title'),
      message: meta.titleSupplied
        ? 'a supplied title goes in square brackets'
        : 'a title in square brackets must be marked titleSupplied: true',
    });
  }
  const sourcePath = `corpus/sources/${meta.id}.txt`;
  const source = sources.get(sourcePath);
  if (source === undefined) {
    problems.push({ file: file.path, line: 1, message: `its source copy ${sourcePath} is missing` });
  } else {
    problems.push(...checkFidelity({ editionFile: file.path, meta, blocks: parsed.edition.blocks, source }));
  }
  return problems.length > before ? undefined : buildArticle(meta, parsed.edition.blocks);
}

/** The article id a file's name gives it (`corpus/<id>.md`). */
function fileId(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.md$/, '');
}

function toMeta(front: EditionFrontMatter): ArticleMeta {
  const { schemaVersion: _version, ...meta } = front;
  return meta;
}

/** The 1-based line of a top-level front-matter key, so messages point at the field. */
function frontMatterLine(content: string, key: PropertyKey | undefined): number {
  if (typeof key !== 'string') return 1;
  const index = content.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? 1 : index + 1;
}
