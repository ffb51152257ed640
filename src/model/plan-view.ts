/**
 * A discussion plan's steps as the plan view, its presentation and its handout show them: each
 * step's prompt with what it points at, resolved against the loaded corpus (an argument with its
 * passages by article and its questions; a passage with its article; a disagreement with both sides
 * and the curators' note), or named as missing when the corpus no longer has it. Also the editor's
 * argument picker. Pure: the hooks in src/state pass the loaded tag layer and the articles' heads.
 */
import type { ArticleHead, ArticleMeta } from './article.ts';
import { argumentFocus, type FocusArticle } from './argument-focus.ts';
import type { DiscussionPlan, PlanStep } from './discussion-plan.ts';
import { curatedDisputes, type Dispute, type DisputeSide } from './disputes.ts';
import { matchesWords } from './filter-words.ts';
import type { Argument, ClaimType, Passage, TagLayer } from './tag-layer.ts';

/** One side of a disagreement on a slide: the argument it states (if any) and its passages by article. */
export interface SlideSide {
  argument: Argument | undefined;
  articles: FocusArticle[];
}

/** What one step shows. */
export type PlanSlide =
  | {
      step: PlanStep;
      kind: 'argument';
      argument: Argument;
      type: ClaimType | undefined;
      articles: FocusArticle[];
    }
  | { step: PlanStep; kind: 'passage'; passage: Passage; meta: ArticleMeta; type: ClaimType | undefined }
  | {
      step: PlanStep;
      kind: 'contrast';
      dispute: Dispute;
      sides: [SlideSide, SlideSide];
      note: string | undefined;
    }
  /** The corpus has no such argument, passage or disagreement (or its article is not loaded yet). */
  | { step: PlanStep; kind: 'missing'; what: string };

const DEFAULT_QUERY = { sort: 'articles' } as const;

/** Each step of `steps` resolved against `layer` (the loaded part of the corpus) and `articles`. */
export function planSlides(
  steps: readonly PlanStep[],
  layer: TagLayer,
  articles: readonly ArticleHead[],
): PlanSlide[] {
  const passages = new Map(layer.passages.map((p) => [p.id, p]));
  const metas = new Map(articles.map((a) => [a.meta.id, a.meta]));
  const args = new Map(layer.arguments.map((a) => [a.id, a]));
  const types = new Map(layer.taxonomy.map((t) => [t.id, t]));
  let disputes: Map<string, Dispute> | undefined;
  return steps.map((step): PlanSlide => {
    const { target } = step;
    if (target.kind === 'argument') {
      const focus = argumentFocus(layer, articles, target.id, DEFAULT_QUERY);
      return focus
        ? { step, kind: 'argument', argument: focus.argument, type: focus.type, articles: focus.articles }
        : { step, kind: 'missing', what: `the argument “${target.id}”` };
    }
    if (target.kind === 'passage') {
      const passage = passages.get(target.id);
      const meta = metas.get(passage?.article ?? target.article);
      return passage && meta
        ? { step, kind: 'passage', passage, meta, type: types.get(passage.types[0] ?? '') }
        : { step, kind: 'missing', what: `the passage “${target.id}”` };
    }
    disputes ??= new Map(curatedDisputes(layer).map((d) => [d.id, d]));
    const dispute = disputes.get(target.id);
    if (!dispute) return { step, kind: 'missing', what: `the disagreement “${target.id}”` };
    const side = (s: DisputeSide): SlideSide => ({
      argument: s.argument !== undefined ? args.get(s.argument) : undefined,
      articles: byArticle(s.passages, passages, metas),
    });
    return {
      step,
      kind: 'contrast',
      dispute,
      sides: [side(dispute.sides[0]), side(dispute.sides[1])],
      note: dispute.note,
    };
  });
}

/** Passages grouped by article (articles in the order first met, passages in text order). */
function byArticle(
  ids: readonly string[],
  passages: ReadonlyMap<string, Passage>,
  metas: ReadonlyMap<string, ArticleMeta>,
): FocusArticle[] {
  const groups = new Map<string, FocusArticle>();
  for (const id of ids) {
    const passage = passages.get(id);
    const meta = passage ? metas.get(passage.article) : undefined;
    if (!passage || !meta) continue;
    const group = groups.get(meta.id) ?? { meta, passages: [] };
    group.passages.push(passage);
    groups.set(meta.id, group);
  }
  for (const group of groups.values()) group.passages.sort((a, b) => a.start - b.start);
  return [...groups.values()];
}

/** A step's one-line title: the argument's statement, the passage's quote, or the two sides of a disagreement. */
export function slideTitle(slide: PlanSlide): string {
  switch (slide.kind) {
    case 'argument':
      return slide.argument.statement;
    case 'passage':
      return `“${slide.passage.exact}”`;
    case 'contrast':
      return slide.sides.map(sideTitle).join(' — versus — ');
    case 'missing':
      return `Not in this corpus: ${slide.what}`;
  }
}

function sideTitle(side: SlideSide): string {
  if (side.argument) return side.argument.statement;
  const first = side.articles[0]?.passages[0];
  return first ? `“${first.exact}”` : 'a passage';
}

/** What kind of step it is, as a word ("Argument", "Passage", "Disagreement"). */
export function stepKindLabel(step: PlanStep): string {
  return step.target.kind === 'argument'
    ? 'Argument'
    : step.target.kind === 'passage'
      ? 'Passage'
      : 'Disagreement';
}

/** How many arguments the editor's picker lists at most (more is a list nobody reads; typing narrows it). */
export const PICKER_LIMIT = 8;

/** The arguments the editor offers for `query` (those already in `plan` left out), at most PICKER_LIMIT. */
export function planArgumentChoices(
  all: readonly Argument[],
  query: string,
  plan: Pick<DiscussionPlan, 'steps'>,
): { choices: Argument[]; more: number } {
  const used = new Set(plan.steps.flatMap((s) => (s.target.kind === 'argument' ? [s.target.id] : [])));
  const matching = all.filter((a) => !used.has(a.id) && matchesWords(a.statement, query));
  return { choices: matching.slice(0, PICKER_LIMIT), more: Math.max(0, matching.length - PICKER_LIMIT) };
}
