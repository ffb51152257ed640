import { useCallback, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { AnnotationsPanel } from '../components/AnnotationsPanel.tsx';
import { ColumnTabs } from '../components/ColumnTabs.tsx';
import { CompareColumn } from '../components/CompareColumn.tsx';
import { CompareToolbar } from '../components/CompareToolbar.tsx';
import { ConnectorOverlay } from '../components/ConnectorOverlay.tsx';
import { LinksPanel } from '../components/LinksPanel.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { SuggestionsSection } from '../components/SuggestionsSection.tsx';
import { typeCounts } from '../model/claim-filter.ts';
import { selectionMarks } from '../model/tag-index.ts';
import type { SuggestionView } from '../model/suggestion-view.ts';
import { focusPassageSoon, showBlockSoon } from '../state/column-dom.ts';
import { MAX_COLUMNS, passageLink } from '../state/compare-url.ts';
import { comparePath, libraryPath } from '../state/paths.ts';
import { useCompare } from '../state/use-compare.ts';
import { useCompareKeys } from '../state/use-compare-keys.ts';
import { useCorpus } from '../state/use-corpus.ts';
import { useFocusBlock } from '../state/use-focus-block.ts';
import { useLinkedScroll } from '../state/use-linked-scroll.ts';
import { useMediaQuery } from '../state/use-media-query.ts';
import { useTagIndex } from '../state/use-tag-index.ts';
import { selectionAnnouncement } from '../state/selection-announcement.ts';
import { useAnnotationUi } from '../state/use-annotation-ui.ts';
import { useSuggestions } from '../state/use-suggestions.ts';

/** The compare view: two to five articles side by side with the tag layer, filter and cross-references. */
export function CompareRoute() {
  const corpus = useCorpus();
  const index = useTagIndex();
  const { state, selected: selectedId, problems, actions } = useCompare();
  const narrow = useMediaQuery('(max-width: 759.98px)');
  const container = useRef<HTMLDivElement>(null);
  const [chosenTab, setChosenTab] = useState<string>();
  const byId = useMemo(() => new Map(corpus.articles.map((a) => [a.meta.id, a])), [corpus]);
  const open = state.articles.flatMap((id) => byId.get(id) ?? []);
  const closed = corpus.articles.filter((a) => !state.articles.includes(a.meta.id));
  const marks = useMemo(() => selectionMarks(index, selectedId), [index, selectedId]);
  const selected = selectedId === undefined ? undefined : index.passageById.get(selectedId);
  const annotationUi = useAnnotationUi(container, open, undefined, {
    show: state.mine,
    setShow: actions.setMine,
  });
  const suggestions = useSuggestions(selected, state.suggested, index, byId, annotationUi);
  const articlesKey = state.articles.join(',');
  const counts = useMemo(
    () =>
      articlesKey
        .split(',')
        .flatMap((id) => byId.get(id) ?? [])
        .map((article) => ({
          article,
          counts: typeCounts(index.passagesByArticle.get(article.meta.id) ?? [], index.taxonomy),
        })),
    [articlesKey, byId, index],
  );
  const visibleTab =
    [chosenTab, selected?.article].find((id) => id !== undefined && state.articles.includes(id)) ??
    state.articles[0];
  const reveal = useCallback(
    (passageId: string) => setChosenTab(index.passageById.get(passageId)?.article),
    [index],
  );
  useCompareKeys(container, marks, actions.select, reveal);
  useLinkedScroll(container, marks, state.lock);
  useFocusBlock(container, state.at);
  const showPassage = (passageId: string): void => {
    reveal(passageId);
    if (container.current) focusPassageSoon(container.current, passageId);
  };
  const showSuggestion = ({ target }: SuggestionView): void => {
    if (target.passage !== undefined && state.layer) return showPassage(target.passage);
    setChosenTab(target.article);
    if (container.current) showBlockSoon(container.current, target.article, target.blockId);
  };

  return (
    <main className={`compare${selected ? ' has-panel' : ''}`}>
      <header className="compare__header">
        <div className="compare__title-row">
          <nav aria-label="Breadcrumb">
            <Link to={libraryPath()}>Library</Link>
          </nav>
          <h1>Compare side by side</h1>
          <SearchBox />
        </div>
        {problems.length > 0 && (
          <div className="url-problems" role="alert">
            <p>This link names things Parallax does not have:</p>
            <ul>
              {problems.map((p) => (
                <li key={p.kind}>{p.message}</li>
              ))}
            </ul>
          </div>
        )}
        <CompareToolbar
          state={state}
          actions={actions}
          index={index}
          closed={closed}
          counts={counts}
          full={open.length >= MAX_COLUMNS}
          narrow={narrow}
        />
      </header>
      <AnnotationsPanel
        ui={annotationUi}
        index={index}
        articles={byId}
        openIds={state.articles}
        selectedPassage={selected}
      />
      {open.length < 2 && (
        <p className="compare__hint">
          {open.length === 0 ? 'No article is open.' : 'One article is open.'} Add{' '}
          {open.length === 0 ? 'two articles' : 'another article'} with “Add an article” to read them side by
          side.
        </p>
      )}
      {narrow && open.length > 1 && (
        <ColumnTabs
          articles={open}
          active={Math.max(0, state.articles.indexOf(visibleTab ?? ''))}
          onChoose={(i) => setChosenTab(state.articles[i])}
        />
      )}
      <div className="compare__body">
        <div className="compare__columns-wrap" ref={container}>
          <div className="compare__columns">
            {open.map((article, i) => (
              <CompareColumn
                key={article.meta.id}
                article={article}
                index={index}
                position={i}
                count={open.length}
                typesKey={state.types.join(',')}
                mode={state.mode}
                layer={state.layer}
                marks={marks}
                suggested={suggestions.marks}
                hidden={narrow && article.meta.id !== visibleTab}
                onMove={actions.moveArticle}
                onRemove={actions.removeArticle}
                onSelect={actions.select}
                mine={annotationUi.shown.get(article.meta.id)}
              />
            ))}
          </div>
          {state.layer && (
            <ConnectorOverlay
              container={container}
              marks={marks}
              layoutKey={`${articlesKey}|${state.types.join(',')}|${state.mode}|${String(narrow)}`}
            />
          )}
        </div>
        {selected && (
          <LinksPanel
            passage={selected}
            index={index}
            articles={byId}
            openIds={state.articles}
            url={`${window.location.origin}${comparePath(passageLink(state, selected.id))}`}
            onShow={showPassage}
            onOpenBeside={(articleId) => actions.openBeside(articleId)}
            onClose={() => actions.select(undefined)}
          >
            {state.suggested && (
              <SuggestionsSection
                suggestions={suggestions}
                articles={byId}
                openIds={state.articles}
                onShow={showSuggestion}
                onOpenBeside={(articleId) => actions.openBeside(articleId)}
              />
            )}
          </LinksPanel>
        )}
      </div>
      <p role="status" className="visually-hidden">
        {selectionAnnouncement(selected, index, byId, state.articles)}
      </p>
    </main>
  );
}
