import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../tests/corpus/real-curated.ts';
import { curatedDisputes, disputeArticles } from './disputes.ts';
import type { PlanStep } from './discussion-plan.ts';
import { argumentsMarkdown, type HandoutSource } from './handout-markdown.ts';
import { markdownBlockquote } from './handout.ts';
import { planMarkdown } from './plan-markdown.ts';
import { planSlides } from './plan-view.ts';

const corpus = realCorpus();
const layer = corpus.tagLayer;
const source: HandoutSource = { layer, articles: corpus.articles };
const [argument, other] = layer.arguments.filter((a) => a.passages.length > 0);
const passage = layer.passages[0]!;
const dispute = curatedDisputes(layer).find((d) => d.note !== undefined)!;

describe('planMarkdown', () => {
  it('is the arguments handout itself for a plan of arguments, with each step’s prompt and note', () => {
    const steps: PlanStep[] = [
      { id: 'a', target: { kind: 'argument', id: argument!.id }, prompt: 'Why *now*?', note: 'Ask Ana' },
      { id: 'b', target: { kind: 'argument', id: other!.id } },
    ];
    const plan = { name: 'Legal basis', steps };
    const md = planMarkdown(plan, planSlides(steps, layer, corpus.articles), source);
    expect(md).toBe(
      argumentsMarkdown(
        {
          title: 'Legal basis',
          steps: [
            { argumentId: argument!.id, prompt: 'Why *now*?', note: 'Ask Ana' },
            { argumentId: other!.id },
          ],
        },
        source,
      ),
    );
    expect(md).toContain('**Prompt:** Why \\*now\\*?');
  });

  it('numbers argument, passage and disagreement steps in order, each quote with its citation, the note of the disagreement', () => {
    const steps: PlanStep[] = [
      {
        id: 'p',
        target: { kind: 'passage', id: passage.id, article: passage.article },
        prompt: 'Read this first',
      },
      { id: 'a', target: { kind: 'argument', id: argument!.id }, prompt: 'And this?' },
      { id: 'c', target: { kind: 'contrast', id: dispute.id, articles: disputeArticles(dispute) } },
    ];
    const md = planMarkdown({ name: 'Mixed', steps }, planSlides(steps, layer, corpus.articles), source);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[0]).toMatch(/^## 1\. A passage of /);
    expect(headings[1]).toMatch(/^## 2\. /);
    expect(headings[1]).toContain(argument!.statement.slice(0, 20));
    expect(headings[2]).toBe('## 3. A disagreement');
    expect(md.startsWith('# Mixed\n\n## 1. A passage of')).toBe(true);
    expect(md).toContain('**Prompt:** Read this first');
    expect(md).toContain('**Prompt:** And this?');
    expect(md).toContain(markdownBlockquote(passage.exact));
    expect(md).toMatch(/paragraph \d+\.\n/);
    expect(md).toContain(`**Why they disagree:** `);
    expect(md.indexOf('## 2.')).toBeLessThan(md.indexOf('## 3.'));
    expect(md.match(/^# /gm)).toHaveLength(1);
  });
});
