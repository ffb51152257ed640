/**
 * Similarity engine throughput: build the index and suggest for every unit, on the real corpus's
 * body sentences and on synthetic corpora of the five articles copied 10× and 100× under new ids.
 * Near-linear growth means the mean time grows about as fast as the unit count (10×, 100×).
 * Run: `npm run bench -- bench/similarity.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { compileCorpus, readWordVectors } from '../src/data/compile-corpus.ts';
import { buildSimilarityIndex, type SimilarityUnit } from '../src/model/similarity/similarity-index.ts';
import { suggestAll } from '../src/model/similarity/similarity-query.ts';
import { sentenceUnits } from '../src/model/similarity/units.ts';
import { realCorpusFiles, realVocabulary } from '../tests/corpus/corpus-files.ts';

const files = realCorpusFiles();
const real = sentenceUnits(compileCorpus(files).corpus.articles);
/** The engine as the build runs it: the corpus vocabulary, and the committed word vectors rescoring. */
const resources = { wordVectors: readWordVectors(files.wordVectors, []), vocabulary: realVocabulary() };

/** The real units copied `times` times, each copy with its own article and unit ids. */
function copies(units: readonly SimilarityUnit[], times: number): SimilarityUnit[] {
  return Array.from({ length: times }, (_, c) =>
    units.map((u) => ({ id: `${u.id}~${c}`, article: `${u.article}~${c}`, text: u.text })),
  ).flat();
}

function run(units: readonly SimilarityUnit[]): void {
  suggestAll(buildSimilarityIndex(units, {}, resources), { perArticle: 2, limit: 10 });
}

describe('similarity: build index + suggest for every sentence', () => {
  const x10 = copies(real, 10);
  const x100 = copies(real, 100);
  bench(`real corpus, ${real.length} sentences`, () => run(real), { time: 2000 });
  bench(`10× corpus, ${x10.length} sentences`, () => run(x10), { iterations: 3, time: 0 });
  bench(`100× corpus, ${x100.length} sentences`, () => run(x100), {
    iterations: 2,
    time: 0,
    warmupIterations: 0,
    warmupTime: 0,
  });
});
