/**
 * After the reader saves an annotation, the passages of the other open articles that likely make the
 * same point (`samePointPassages`, asked of the session's recommender in its worker), until they close
 * the offer; linking one adds a link to the annotation (undoable, like any edit) and drops it from the list.
 */
import { useEffect, useState } from 'react';
import {
  samePointQuestion,
  unlinkedMatches,
  type SamePointMatch,
} from '../model/similarity/same-point-question.ts';
import type { UserAnnotation } from '../model/user-annotation.ts';
import type { AnnotationStore } from './annotation-store.ts';
import { argumentRecommender } from './argument-recommender-session.ts';

/** The offer for the annotation last saved. */
export type SamePointOffer =
  | { status: 'none' }
  | { status: 'loading'; annotation: UserAnnotation }
  | { status: 'ready'; annotation: UserAnnotation; matches: SamePointMatch[] }
  | { status: 'failed'; annotation: UserAnnotation; message: string };

/** The offer, and what the reader can do with it. */
export interface SamePointOffers {
  offer: SamePointOffer;
  /** Offers passages for the annotation with this id (call after saving it). */
  offerFor: (annotationId: string) => void;
  link: (passageId: string) => void;
  /** Whether the list is open (the bar shows one line until then). */
  open: boolean;
  toggle: () => void;
  /** Ends the offer. */
  close: () => void;
}

/** The offer for the annotation saved last, over `openIds` (the open columns). */
export function useSamePointOffers(
  annotations: Readonly<Record<string, UserAnnotation>>,
  openIds: readonly string[],
  store: Pick<AnnotationStore, 'update'>,
): SamePointOffers {
  const [savedId, setSavedId] = useState<string | undefined>();
  const [listOpen, setOpen] = useState(false);
  const [result, setResult] = useState<{ id: string; matches?: SamePointMatch[]; error?: string }>();
  const annotation = savedId ? annotations[savedId] : undefined;
  const open = openIds.join(',');
  // Asked again only when the annotation's quote or the open columns change, not on each of its edits.
  const quote = annotation?.selector.quote.exact;
  useEffect(() => {
    if (!annotation || savedId === undefined) return;
    let current = true;
    const { query, articles, exclude } = samePointQuestion(annotation, open.split(','));
    argumentRecommender()
      .then((ask) => ask({ kind: 'same-point', query, articles, exclude }))
      .then(
        (matches) => current && setResult({ id: savedId, matches }),
        (error: unknown) =>
          current &&
          setResult({ id: savedId, error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above: the quote, not the object
  }, [savedId, quote, open]);
  let offer: SamePointOffer = { status: 'none' };
  if (annotation && (!result || result.id !== savedId)) offer = { status: 'loading', annotation };
  else if (annotation && result?.error !== undefined)
    offer = { status: 'failed', annotation, message: result.error };
  else if (annotation && result)
    offer = { status: 'ready', annotation, matches: unlinkedMatches(result.matches ?? [], annotation) };
  return {
    offer,
    offerFor: (id) => {
      setResult(undefined);
      setOpen(false);
      setSavedId(id);
    },
    open: listOpen,
    toggle: () => setOpen((o) => !o),
    link: (passage) => {
      if (annotation) store.update(annotation.id, { links: [...annotation.links, { target: { passage } }] });
    },
    close: () => {
      setOpen(false);
      setSavedId(undefined);
    },
  };
}
