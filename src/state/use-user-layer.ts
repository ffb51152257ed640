/**
 * The reader's layer for the compare view: the store's annotations re-anchored against the corpus
 * (`createUserLayerCache`, so only annotations that changed are re-anchored); stale selectors of
 * exact or moved annotations are saved back.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CorpusManifest } from '../data/corpus-files.ts';
import { createUserLayerCache, type UserLayer } from '../model/user-layer.ts';
import type { UserAnnotation } from '../model/user-annotation.ts';
import type { AnnotationSnapshot, AnnotationStore } from './annotation-store.ts';
import { useAnnotations } from './use-annotations.ts';
import { useLoadedCorpus, useManifest } from './use-corpus.ts';

/** The layer, the store snapshot it came from, and the store. */
export interface UserLayerModel {
  layer: UserLayer;
  snapshot: AnnotationSnapshot;
  store: AnnotationStore;
}

/** Re-anchors the reader's annotations whenever they change; the result is stable while nothing does. */
export function useUserLayer(store?: AnnotationStore): UserLayerModel {
  const manifest = useManifest();
  const corpus = useLoadedCorpus(NONE);
  const { snapshot, store: active } = useAnnotations(store);
  const [layerOf] = useState(createUserLayerCache);
  const annotations = snapshot.state.annotations;
  const layer = useMemo(
    () => layerOf(placeable(Object.values(annotations), manifest, corpus.byId), corpus.articles),
    [layerOf, annotations, manifest, corpus],
  );
  // The update last saved per annotation: an update the store cannot keep whole is not sent again.
  const sent = useRef(new Map<string, string>());
  useEffect(() => {
    const fresh = layer.updates.filter((u) => sent.current.get(u.id) !== key(u));
    for (const u of fresh) sent.current.set(u.id, key(u));
    if (fresh.length > 0) active.refreshSelectors(fresh);
  }, [layer, active]);
  return useMemo(() => ({ layer, snapshot, store: active }), [layer, snapshot, active]);
}

const NONE: readonly string[] = [];

/**
 * The annotations that can be placed now: those in loaded articles, and those whose article is gone
 * from the corpus (listed as unanchored). One in an article not loaded yet waits for it, so it is
 * neither shown as lost nor re-anchored against nothing.
 */
function placeable(
  annotations: readonly UserAnnotation[],
  manifest: CorpusManifest,
  loaded: ReadonlyMap<string, unknown>,
): UserAnnotation[] {
  const known = new Set(manifest.articles.map((a) => a.meta.id));
  return annotations.filter((a) => loaded.has(a.article) || !known.has(a.article));
}

function key(update: UserAnnotation): string {
  return JSON.stringify([update.selector, update.links]);
}
