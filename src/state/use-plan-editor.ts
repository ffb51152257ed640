/** Hook for the plan editor (`/plans/<id>`): the plan, its slides, its students' link, and every edit. */
import { useCallback, useMemo } from 'react';
import { encodePlanLink, planLinkTooLong } from '../data/plan-link.ts';
import type { DiscussionPlan, PlanStep } from '../model/discussion-plan.ts';
import { planArgumentChoices, type PlanSlide } from '../model/plan-view.ts';
import type { Argument } from '../model/tag-layer.ts';
import type { PlanChange } from './annotation-store.ts';
import { absoluteUrl, articlePath, sharedPlanPath } from './paths.ts';
import { EMPTY_COMPARE_STATE } from './compare-url.ts';
import { download } from './use-annotation-share.ts';
import { planMarkdown } from '../model/plan-markdown.ts';
import { useArgumentsShard, useManifest } from './use-corpus.ts';
import { usePlanSlides } from './use-plan-slides.ts';
import { usePlans } from './use-plans.ts';

/** Everything the editor shows and does. */
export interface PlanEditorModel {
  /** Undefined when this browser keeps no plan with this id (deleted, or never here). */
  plan: DiscussionPlan | undefined;
  slides: PlanSlide[];
  loading: boolean;
  failures: { message: string; retry: () => void }[];
  /** The students' link (whole address), or undefined when the plan is too long to carry in one. */
  shareUrl: string | undefined;
  /** The shared view (handout) and its presentation from step 1; undefined when too long. */
  viewHref: string | undefined;
  presentHref: string | undefined;
  /** The arguments the picker offers for `query`. */
  choices: (query: string) => { choices: Argument[]; more: number };
  change: (change: DistributiveOmit<PlanChange, 'plan'>) => void;
  addArgument: (argumentId: string) => void;
  /** Downloads the plan as a Markdown handout, notes included (once its articles have arrived). */
  exportMarkdown: () => void;
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const NO_STEPS: PlanStep[] = [];

/** A file name from a plan's name: lower-case words joined by hyphens (never empty). */
function fileStem(name: string): string {
  const words = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `parallax-plan-${words.slice(0, 60) || 'untitled'}`;
}

/** The editor of the plan `planId`. */
export function usePlanEditor(planId: string): PlanEditorModel {
  const { plans, store, canUndo, canRedo } = usePlans();
  const manifest = useManifest();
  // The choices are every curated argument: the arguments shard (none until it has arrived).
  const shard = useArgumentsShard();
  const curated = shard.status === 'ready' ? shard.data.layer.arguments : [];
  const plan = plans.find((p) => p.id === planId);
  const { slides, tagLayer, loading, failures } = usePlanSlides(plan?.steps ?? NO_STEPS);
  const encoded = useMemo(() => (plan ? encodePlanLink(plan) : undefined), [plan]);
  const shareable = encoded !== undefined && !planLinkTooLong(encoded);
  const change = useCallback(
    (c: DistributiveOmit<PlanChange, 'plan'>) => store.changePlan({ ...c, plan: planId } as PlanChange),
    [store, planId],
  );
  return {
    plan,
    slides,
    loading,
    failures,
    shareUrl: shareable ? absoluteUrl(sharedPlanPath(encoded)) : undefined,
    viewHref: shareable ? sharedPlanPath(encoded) : undefined,
    presentHref: shareable ? sharedPlanPath(encoded, { present: true }) : undefined,
    choices: (query) => planArgumentChoices(curated, query, plan ?? { steps: [] }),
    change,
    exportMarkdown: () => {
      if (!plan || loading || !tagLayer) return;
      const content = planMarkdown(plan, slides, {
        layer: tagLayer,
        articles: manifest.articles,
        passageUrl: (p) => absoluteUrl(articlePath(p.article, { ...EMPTY_COMPARE_STATE, passage: p.id })),
      });
      download({ name: `${fileStem(plan.name)}.md`, type: 'text/markdown', content });
    },
    addArgument: (id) => change({ kind: 'add-step', target: { kind: 'argument', id } }),
    canUndo,
    canRedo,
    undo: () => store.undo(),
    redo: () => store.redo(),
  };
}
