/**
 * The reader's layer for the compare view: the store's annotations re-anchored against the corpus
 * (one pure call, `userLayerOf`); stale selectors of exact or moved annotations are saved back.
 */
import { useEffect, useMemo } from 'react';
import { userLayerOf, type UserLayer } from '../model/user-layer.ts';
import type { AnnotationSnapshot, AnnotationStore } from './annotation-store.ts';
import { useAnnotations } from './use-annotations.ts';
import { useCorpus } from './use-corpus.ts';

/** The layer, the store snapshot it came from, and the store. */
export interface UserLayerModel {
  layer: UserLayer;
  snapshot: AnnotationSnapshot;
  store: AnnotationStore;
}

/** Re-anchors the reader's annotations whenever they change. */
export function useUserLayer(store?: AnnotationStore): UserLayerModel {
  const corpus = useCorpus();
  const { snapshot, store: active } = useAnnotations(store);
  const annotations = snapshot.state.annotations;
  const layer = useMemo(
    () => userLayerOf(Object.values(annotations), corpus.articles),
    [annotations, corpus],
  );
  useEffect(() => {
    if (layer.updates.length > 0) active.refreshSelectors(layer.updates);
  }, [layer, active]);
  return { layer, snapshot, store: active };
}
