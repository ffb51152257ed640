/** Hook resolving a plan's steps against the corpus, fetching only the articles those steps need. */
import { useMemo } from 'react';
import { planArticles, type PlanStep } from '../model/discussion-plan.ts';
import { planSlides, type PlanSlide } from '../model/plan-view.ts';
import { useLoadedCorpus, useManifest } from './use-corpus.ts';

/** The steps' slides, whether their articles are still arriving, and the articles that failed (with retry). */
export function usePlanSlides(steps: readonly PlanStep[]): {
  slides: PlanSlide[];
  loading: boolean;
  failures: { message: string; retry: () => void }[];
} {
  const manifest = useManifest();
  const ids = useMemo(() => {
    const byId = new Map(manifest.arguments.map((a) => [a.id, a.articles]));
    return planArticles({ steps: [...steps] }, (id) => byId.get(id) ?? []);
  }, [manifest, steps]);
  const { tagLayer, loads } = useLoadedCorpus(ids);
  const slides = useMemo(
    () => planSlides(steps, tagLayer, manifest.articles),
    [steps, tagLayer, manifest.articles],
  );
  const states = [...loads.values()];
  return {
    slides,
    loading: states.some((l) => l.status === 'loading'),
    failures: states.flatMap((l) => (l.status === 'error' ? [{ message: l.message, retry: l.retry }] : [])),
  };
}
