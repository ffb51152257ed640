/**
 * The same-argument suggestions of the selected passage, gathered for the compare view: the build's
 * records, the curated links, and the reader's dismissed ids and annotations go through one pure call
 * (`visibleSuggestions`); accepting, dismissing and restoring write to the annotation store, so undo
 * covers them and they survive reloads.
 */
import { useMemo } from 'react';
import type { Article } from '../model/article.ts';
import { linkedIds } from '../model/cross-index.ts';
import {
  acceptSuggestion,
  suggestionMarksByBlock,
  visibleSuggestions,
  type SuggestionView,
  type VisibleSuggestions,
} from '../model/suggestion-view.ts';
import type { TagIndex } from '../model/tag-index.ts';
import type { Passage } from '../model/tag-layer.ts';
import { useArticleSuggestions } from './use-corpus.ts';
import type { UserLayerModel } from './use-user-layer.ts';

/** What the panel and the columns need of the suggestions. */
export interface SuggestionsModel extends VisibleSuggestions {
  /** Block id → space-joined marks of the listed suggestions (empty while the layer is off). */
  marks: ReadonlyMap<string, string>;
  accept: (view: SuggestionView) => void;
  dismiss: (view: SuggestionView) => void;
  restore: (view: SuggestionView) => void;
}

const NONE: VisibleSuggestions = { shown: [], dismissed: [] };
const NO_MARKS: ReadonlyMap<string, string> = new Map();

/** The suggestions for `passage` while the suggested layer is `on`. */
export function useSuggestions(
  passage: Passage | undefined,
  on: boolean,
  index: TagIndex,
  articles: ReadonlyMap<string, Article>,
  user: Pick<UserLayerModel, 'snapshot' | 'store'>,
): SuggestionsModel {
  // Fetched only while the layer is on, for the selected passage's article alone.
  const { suggestions } = useArticleSuggestions(passage ? [passage.article] : [], on);
  const { store } = user;
  const { annotations, dismissed } = user.snapshot.state;
  const visible = useMemo(
    () =>
      !on || !passage
        ? NONE
        : visibleSuggestions({
            passage,
            records: suggestions[passage.id] ?? [],
            curated: linkedIds(index.cross, passage.id),
            dismissed,
            annotations: Object.values(annotations),
            articles,
            passageById: index.passageById,
          }),
    [on, passage, suggestions, index, dismissed, annotations, articles],
  );
  const marks = useMemo(
    () => (visible.shown.length > 0 ? suggestionMarksByBlock(visible.shown) : NO_MARKS),
    [visible],
  );
  return {
    ...visible,
    marks,
    accept: (view) => {
      if (!passage) return;
      const text = (id: string): string => articles.get(id)?.text ?? '';
      const change = acceptSuggestion(
        passage,
        view,
        text(passage.article),
        text(view.target.article),
        Object.values(annotations),
      );
      if (change.kind === 'add') store.add(change.draft);
      else store.update(change.id, change.patch);
    },
    dismiss: (view) => store.dismiss(view.id),
    restore: (view) => store.undismiss(view.id),
  };
}
