/**
 * A discussion plan as a Markdown handout (the editor's "Export as Markdown"): the plan's name, then
 * each step numbered with its prompt and the teacher's note. Argument steps are written by the
 * handout's own `argumentsMarkdown` (statement, type, passages by article with citations, contrasts,
 * questions), one step at a time so passage and disagreement steps can sit between them; those two
 * are written here in the same form (quote, citation under it, source details; both sides and the
 * curators' note). All text goes through the handout's escaping.
 */
import type { DiscussionPlan, PlanStep } from './discussion-plan.ts';
import { articleSourceDetails, sourceLabel } from './citation.ts';
import { markdownBlockquote, markdownInline, markdownParagraph } from './handout.ts';
import { argumentsMarkdown, type HandoutSource } from './handout-markdown.ts';
import type { PlanSlide, SlideSide } from './plan-view.ts';
import type { FocusArticle } from './argument-focus.ts';

/** The plan as one Markdown document; `slides` are `planSlides` of its steps (their articles loaded). */
export function planMarkdown(
  plan: Pick<DiscussionPlan, 'name' | 'steps'>,
  slides: readonly PlanSlide[],
  source: HandoutSource,
): string {
  const handoutStep = (step: PlanStep, argumentId: string) => ({
    argumentId,
    ...(step.prompt !== undefined ? { prompt: step.prompt } : {}),
    ...(step.note !== undefined ? { note: step.note } : {}),
  });
  // A plan of arguments only is exactly the arguments handout.
  if (plan.steps.every((s) => s.target.kind === 'argument'))
    return argumentsMarkdown(
      { title: plan.name, steps: plan.steps.map((s) => handoutStep(s, s.target.id)) },
      source,
    );
  const out = [`# ${markdownInline(plan.name)}`, ''];
  slides.forEach((slide, i) => {
    const n = i + 1;
    if (slide.kind === 'argument' || (slide.kind === 'missing' && slide.step.target.kind === 'argument')) {
      const one = argumentsMarkdown(
        { title: plan.name, steps: [handoutStep(slide.step, slide.step.target.id)] },
        source,
      );
      // Its body without the title, numbered as this step.
      out.push(
        one
          .split('\n')
          .slice(2)
          .join('\n')
          .replace(/^## 1\. /, `## ${n}. `)
          .trimEnd(),
        '',
      );
      return;
    }
    if (slide.kind === 'passage') {
      out.push(`## ${n}. A passage of ${markdownInline(slide.meta.title)}`, '', ...stepLines(slide.step));
      out.push(...articleLines([{ meta: slide.meta, passages: [slide.passage] }]));
      return;
    }
    if (slide.kind === 'contrast') {
      out.push(`## ${n}. A disagreement`, '', ...stepLines(slide.step));
      slide.sides.forEach((side, s) => out.push(...sideLines(side, s === 0 ? 'One side' : 'The other side')));
      out.push(
        `**Why they disagree:** ${slide.note ? markdownInline(slide.note) : '_the curators wrote no note._'}`,
        '',
      );
      return;
    }
    out.push(
      `## ${n}. ${markdownInline(slide.what)}`,
      '',
      ...stepLines(slide.step),
      '_This is not in the corpus any more._',
      '',
    );
  });
  return `${out.join('\n').trimEnd()}\n`;
}

function stepLines(step: PlanStep): string[] {
  const out: string[] = [];
  if (step.prompt?.trim()) out.push(`**Prompt:** ${markdownParagraph(step.prompt)}`, '');
  if (step.note?.trim()) out.push(`**Note:** ${markdownParagraph(step.note)}`, '');
  return out;
}

function sideLines(side: SlideSide, label: string): string[] {
  const out = [`### ${label}${side.argument ? `: ${markdownInline(side.argument.statement)}` : ''}`, ''];
  return [...out, ...articleLines(side.articles)];
}

/** Each article's source details, then its quotes with the citation under each. */
function articleLines(articles: readonly FocusArticle[]): string[] {
  const out: string[] = [];
  for (const { meta, passages } of articles) {
    out.push(`#### ${markdownInline(meta.title)}`, '', `${markdownInline(articleSourceDetails(meta))}.`, '');
    for (const p of passages)
      out.push(
        markdownBlockquote(p.exact),
        '',
        `— ${markdownInline(sourceLabel(meta, p.paragraphNumber))}.`,
        '',
      );
  }
  return out;
}
