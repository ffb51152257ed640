/** `corpus links`: every cross-reference as JSON or CSV, with `--suggested` the build's suggestions too. */
import type { CompiledCorpus } from '../../src/data/compiled-corpus.ts';
import { corpusSuggestions, type CorpusSuggestions } from '../../src/model/similarity/corpus-suggestions.ts';
import type { SimilarityResources } from '../../src/model/similarity/similarity-index.ts';
import { refOf, type CrossReference, type PassageRef } from '../../src/model/links.ts';
import { csvCell } from '../../src/model/handout.ts';

const CSV_COLUMNS = [
  'kind',
  'argument',
  'target_argument',
  'score',
  'rank',
  'source_article',
  'source_start',
  'source_end',
  'source_exact',
  'target_article',
  'target_start',
  'target_end',
  'target_exact',
  'note',
] as const;

/** Renders cross-references as CSV (RFC 4180 quoting), one row each, for a spreadsheet. */
export function linksToCsv(links: readonly CrossReference[]): string {
  const rows = links.map((l) =>
    [
      l.kind,
      l.argument ?? '',
      l.targetArgument ?? '',
      l.score ?? '',
      l.rank ?? '',
      l.source.article,
      l.source.start,
      l.source.end,
      l.source.exact,
      l.target.article,
      l.target.start,
      l.target.end,
      l.target.exact,
      l.note ?? '',
    ]
      .map((v) => csvCell(String(v)))
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/**
 * Each curated passage's best `perArticle` suggestions in every other article (no overall cap,
 * unlike the build's 10): what `links --suggested --per-article K` lists. Ranked and scored as the
 * build ranks them, so the build's suggestions in an article are the first of these.
 */
export function suggestionsPerArticle(
  corpus: CompiledCorpus,
  resources: SimilarityResources,
  perArticle: number,
): CorpusSuggestions {
  const others = Math.max(1, corpus.articles.length - 1);
  return corpusSuggestions(corpus.articles, corpus.tagLayer.passages, resources, {
    perArticle,
    limit: perArticle * others,
  });
}

/**
 * Suggestions (by default the compiled corpus's) as cross-references of kind "suggested", in passage
 * order then rank: source and target in the same shape as curated links, with the score and the rank
 * among the source passage's suggestions.
 */
export function suggestedCrossReferences(
  corpus: CompiledCorpus,
  suggestions: CorpusSuggestions = corpus.suggestions,
): CrossReference[] {
  const passages = new Map(corpus.tagLayer.passages.map((p) => [p.id, p]));
  const texts = new Map(corpus.articles.map((a) => [a.meta.id, a.text]));
  const out: CrossReference[] = [];
  for (const source of corpus.tagLayer.passages) {
    for (const s of suggestions[source.id] ?? []) {
      let target: PassageRef | undefined;
      if (typeof s.target === 'string') {
        const p = passages.get(s.target);
        target = p ? refOf(p) : undefined;
      } else {
        const text = texts.get(s.target.article);
        target =
          text === undefined ? undefined : { ...s.target, exact: text.slice(s.target.start, s.target.end) };
      }
      if (target)
        out.push({ kind: 'suggested', source: refOf(source), target, score: s.score, rank: s.rank });
    }
  }
  return out;
}
