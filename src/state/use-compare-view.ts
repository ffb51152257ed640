/**
 * Everything the compare route renders, gathered in one hook: the URL state and its actions, the
 * open and closed articles with their counts (`compareColumns`), the selection's marks (of a curated
 * passage, or of the reader's own annotation: `ownAnnotationView`), the reader's annotations, the suggestions, the tab shown on a narrow screen, and the keyboard, linked-scroll and
 * search-target behaviour of the columns inside `container`.
 */
import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type { Article } from '../model/article.ts';
import type { SuggestionView } from '../model/suggestion-view.ts';
import { selectionMarks, type SelectionMarks, type TagIndex } from '../model/tag-index.ts';
import type { Passage } from '../model/tag-layer.ts';
import { mergeSpans } from '../model/class-layer.ts';
import type { UserSpansByBlock } from '../model/user-layer.ts';
import type { ClassSnapshot } from './class-client.ts';
import { focusPassageSoon, showBlockSoon, showColumn } from './column-dom.ts';
import { compareColumns, visibleColumn, type CompareColumns } from './compare-columns.ts';
import { useAnnotationUi, type AnnotationUi } from './use-annotation-ui.ts';
import { useHoldAnnotations } from './use-annotations.ts';
import { useClass } from './use-class.ts';
import { useClassLayer } from './use-class-layer.ts';
import { useClassShare, type ClassShare } from './use-class-share.ts';
import { useCompare, type CompareModel } from './use-compare.ts';
import { useFollowStage } from './use-follow-stage.ts';
import { useCompareKeys } from './use-compare-keys.ts';
import { linkedArticleIds } from '../data/layer-shards.ts';
import { useLoadedCorpus, useManifest, type ArticleLoad } from './use-corpus.ts';
import { useFocusBlock } from './use-focus-block.ts';
import { useLinkedScroll } from './use-linked-scroll.ts';
import { useMediaQuery } from './use-media-query.ts';
import { useNewColumn } from './use-new-column.ts';
import { ownAnnotationView, type OwnAnnotationView } from './own-annotation.ts';
import { useSourceCopy } from './use-source-copy.ts';
import { useSuggestions, type SuggestionsModel } from './use-suggestions.ts';

/** The compare view's derived state and the handlers its parts share. */
export interface CompareView extends Omit<CompareModel, 'selected'>, CompareColumns {
  index: TagIndex;
  /** Every loaded article by id: the open ones and those the selection links to (a link may point to a closed one). */
  articles: ReadonlyMap<string, Article>;
  /** The open articles not ready yet, with their load: each column shows loading, or a named error with retry. */
  pendingLoads: ReadonlyMap<string, ArticleLoad>;
  /** Article id → title, from the manifest (for columns and links whose article has not loaded). */
  titles: ReadonlyMap<string, string>;
  /** Every open column, loaded or not, in column order (the narrow screen's tabs). */
  tabs: { meta: { id: string; title: string } }[];
  /** The element holding the columns; the keyboard, scroll and annotation behaviour listen on it. */
  container: RefObject<HTMLDivElement | null>;
  /** Narrow screen: one column at a time, chosen with tabs. */
  narrow: boolean;
  marks: SelectionMarks;
  selected: Passage | undefined;
  /** The reader's own annotation selected instead of a passage. */
  own: OwnAnnotationView | undefined;
  annotationUi: AnnotationUi;
  /** Spans drawn over the text: the reader's own (when shown) and classmates' (when the class layer is). */
  spans: UserSpansByBlock;
  /** The reader's class, when this browser is in one: its state, sharing and following the stage. */
  classroom:
    | {
        snapshot: ClassSnapshot;
        share: ClassShare | undefined;
        following: boolean;
        setFollowing: (on: boolean) => void;
      }
    | undefined;
  suggestions: SuggestionsModel;
  /** The article id whose column shows on a narrow screen. */
  visibleTab: string | undefined;
  /** Shows an article's column on a narrow screen. */
  chooseTab: (articleId: string | undefined) => void;
  /** Clears the selection and puts focus back on the passage's marker or "mine" label (the panel it was in is gone). */
  clearSelection: () => void;
  /** Reveals a passage's column and focuses its marker. */
  showPassage: (passageId: string) => void;
  /** Shows an article's column and scrolls it to a block (a stretch an own annotation links to). */
  showBlock: (articleId: string, blockId: string) => void;
  /** Reveals a suggestion: its passage when the tag layer draws it, else its paragraph. */
  showSuggestion: (view: SuggestionView) => void;
}

/**
 * Gathers the compare view's state from the URL, the corpus and the reader's annotations; with
 * `single`, the same view of one article for its own page (`/article/<id>`).
 */
export function useCompareView(single?: string): CompareView {
  const manifest = useManifest();
  const { state, selected: selectedId, problems, actions, pathFor } = useCompare(single);
  // The open columns' articles, then those the selected passage is linked to (for the panel's list),
  // known from the loaded articles' layer slices (the selected passage's own article is among them).
  const { layer: loadedLayer } = useLoadedCorpus(state.articles);
  const wanted = useMemo(
    () => [
      ...new Set([
        ...state.articles,
        ...(selectedId === undefined ? [] : linkedArticleIds(loadedLayer, selectedId)),
      ]),
    ],
    [state.articles, selectedId, loadedLayer],
  );
  const corpus = useLoadedCorpus(wanted);
  const { index, byId: articles } = corpus;
  const narrow = useMediaQuery('(max-width: 759.98px)');
  const container = useRef<HTMLDivElement>(null);
  const [chosenTab, setChosenTab] = useState<string>();
  // Keyed on the ids, not the array, so the columns stay the same objects until they change.
  const articlesKey = state.articles.join(',');
  const columns = useMemo(
    () =>
      compareColumns(manifest.articles, articles, articlesKey === '' ? [] : articlesKey.split(','), index),
    [manifest, articles, articlesKey, index],
  );
  const pendingLoads = useMemo(
    () =>
      new Map(
        columns.pending.flatMap((id) => {
          const load = corpus.loads.get(id);
          return load ? [[id, load] as const] : [];
        }),
      ),
    [columns.pending, corpus.loads],
  );
  const titles = useMemo(() => new Map(manifest.articles.map((a) => [a.meta.id, a.meta.title])), [manifest]);
  // The reader's annotation store loads once the open columns' texts have painted (not for a failed one).
  useHoldAnnotations([...pendingLoads.values()].some((load) => load.status === 'loading'));
  const annotationUi = useAnnotationUi(container, columns.open, undefined, {
    show: state.mine,
    setShow: actions.setMine,
    chosen: state.own,
    choose: actions.selectOwn,
  });
  const { snapshot, layer } = annotationUi;
  const ownResult = useMemo(
    () =>
      ownAnnotationView(state.own, {
        annotations: snapshot.state.annotations,
        userArguments: snapshot.state.arguments,
        layer,
        index,
        articles,
        loaded: snapshot.storage.kind !== 'loading',
      }),
    [state.own, snapshot, layer, index, articles],
  );
  const own = ownResult.view;
  const curatedMarks = useMemo(() => selectionMarks(index, selectedId), [index, selectedId]);
  const marks = own?.marks ?? curatedMarks;
  const selected = selectedId === undefined ? undefined : index.passageById.get(selectedId);
  const live = useClass();
  const share = useClassShare();
  const follow = useFollowStage(live?.snapshot);
  const classSpans = useClassLayer(live?.snapshot, state.classLayer, corpus.articles);
  const spans = useMemo(() => mergeSpans(annotationUi.shown, classSpans), [annotationUi.shown, classSpans]);
  const suggestions = useSuggestions(selected, state.suggested, index, articles, annotationUi);
  const reveal = useCallback(
    (passageId: string) => setChosenTab(index.passageById.get(passageId)?.article),
    [index],
  );
  useCompareKeys(container, marks, actions.select, reveal);
  useLinkedScroll(container, marks, state.lock);
  useFocusBlock(container, state.at);
  // A column just opened is shown: its tab on a narrow screen, scrolled into view where columns overflow.
  useNewColumn(state.articles, (id) => {
    setChosenTab(id);
    if (container.current) showColumn(container.current, id);
  });
  useSourceCopy(container, columns.open);

  const showPassage = (passageId: string): void => {
    reveal(passageId);
    if (container.current) focusPassageSoon(container.current, passageId);
  };
  const clearSelection = (): void => {
    const from = marks.selected?.passage;
    actions.select(undefined);
    if (container.current && from !== undefined) focusPassageSoon(container.current, from);
  };
  const showBlock = (articleId: string, blockId: string): void => {
    setChosenTab(articleId);
    if (container.current) showBlockSoon(container.current, articleId, blockId);
  };
  const showSuggestion = ({ target }: SuggestionView): void => {
    if (target.passage !== undefined && state.layer) return showPassage(target.passage);
    showBlock(target.article, target.blockId);
  };
  return {
    state,
    problems: ownResult.problem ? [...problems, ownResult.problem] : problems,
    actions,
    pathFor,
    ...columns,
    index,
    articles,
    pendingLoads,
    titles,
    tabs: state.articles.map((id) => ({ meta: { id, title: titles.get(id) ?? id } })),
    container,
    narrow,
    marks,
    selected,
    own,
    annotationUi,
    spans,
    classroom: live && { snapshot: live.snapshot, share, ...follow },
    suggestions,
    visibleTab: visibleColumn(state.articles, chosenTab, selected?.article ?? own?.annotation.article),
    chooseTab: setChosenTab,
    clearSelection,
    showPassage,
    showBlock,
    showSuggestion,
  };
}
