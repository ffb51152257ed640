/** Hook resolving a plan's steps against the corpus, fetching only the articles those steps need. */
import { useMemo } from 'react';
import { planArticles, type PlanStep } from '../model/discussion-plan.ts';
import { planSlides, type PlanSlide } from '../model/plan-view.ts';
import { EMPTY_TAG_LAYER, type TagLayer } from '../model/tag-layer.ts';
import { useArgumentsLayer, useArgumentsShard, useManifest } from './use-corpus.ts';

const NO_ARGUMENTS: readonly never[] = [];

/**
 * The steps' slides, whether their data is still arriving (the arguments shard, then the steps'
 * articles), and what failed (each named, with retry).
 */
export function usePlanSlides(steps: readonly PlanStep[]): {
  slides: PlanSlide[];
  /** The layer the slides were made from (for exports); undefined until the arguments shard arrives. */
  tagLayer: TagLayer | undefined;
  loading: boolean;
  failures: { message: string; retry: () => void }[];
} {
  const manifest = useManifest();
  const shard = useArgumentsShard();
  const curated = shard.status === 'ready' ? shard.data.layer.arguments : NO_ARGUMENTS;
  const ids = useMemo(() => {
    const byId = new Map(curated.map((a) => [a.id, a.articles]));
    return planArticles({ steps: [...steps] }, (id) => byId.get(id) ?? []);
  }, [curated, steps]);
  const { load, tagLayer, loads } = useArgumentsLayer(ids);
  const slides = useMemo(
    // Before the arguments shard arrives every step is there, not yet resolved (shown as loading).
    () => planSlides(steps, tagLayer ?? EMPTY_TAG_LAYER, manifest.articles),
    [steps, tagLayer, manifest.articles],
  );
  const states = [...loads.values()];
  return {
    slides,
    tagLayer,
    loading: load.status === 'loading' || states.some((l) => l.status === 'loading'),
    failures: [load, ...states].flatMap((l) =>
      l.status === 'error' ? [{ message: l.message, retry: l.retry }] : [],
    ),
  };
}
