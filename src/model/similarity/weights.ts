/** Term weighting: BM25 and classic TF-IDF, both later cosine-normalised per unit. */

/** How a term's count in a unit becomes a weight. */
export type Weighting = 'bm25' | 'tfidf';

/** Parameters of the weighting. */
export interface WeightParams {
  weighting: Weighting;
  /** BM25 term-frequency saturation. */
  k1: number;
  /** BM25 length normalisation (0 none, 1 full). */
  b: number;
  /** IDF is raised to this power: above 1, rare terms (names, legal terms) count for more. */
  idfPower: number;
  /** Multiplier for the multi-word terms and names of the corpus vocabulary (vocabulary.ts). */
  phraseBoost: number;
}

/** Inverse document frequency: BM25's (never negative) or the smoothed classic one. */
export function idf(df: number, units: number, weighting: Weighting): number {
  if (weighting === 'bm25') return Math.log(1 + (units - df + 0.5) / (df + 0.5));
  return Math.log((1 + units) / (1 + df)) + 1;
}

/** Weight of a term occurring `tf` times in a unit of `length` terms (mean length `meanLength`). */
export function termWeight(
  tf: number,
  df: number,
  units: number,
  length: number,
  meanLength: number,
  params: WeightParams,
  phrase = false,
): number {
  const boost = phrase ? params.phraseBoost : 1;
  const inverse = idf(df, units, params.weighting) ** params.idfPower;
  if (params.weighting === 'tfidf') return tf * inverse * boost;
  const norm = params.k1 * (1 - params.b + (params.b * length) / (meanLength || 1));
  return ((tf * (params.k1 + 1)) / (tf + norm)) * inverse * boost;
}
