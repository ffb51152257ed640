import { AnnotationsPanel } from '../components/AnnotationsPanel.tsx';
import { ColumnTabs } from '../components/ColumnTabs.tsx';
import { CompareColumnList } from '../components/CompareColumnList.tsx';
import { CompareHeader } from '../components/CompareHeader.tsx';
import { CompareHint } from '../components/CompareHint.tsx';
import { LinksPanel } from '../components/LinksPanel.tsx';
import { SuggestionsSection } from '../components/SuggestionsSection.tsx';
import { passageLink } from '../state/compare-url.ts';
import { comparePath } from '../state/paths.ts';
import { selectionAnnouncement } from '../state/selection-announcement.ts';
import { useCompareView } from '../state/use-compare-view.ts';

/** The compare view: two to five articles side by side with the tag layer, filter and cross-references. */
export function CompareRoute() {
  const view = useCompareView();
  const { state, actions, index, articles, open, selected, narrow } = view;
  const openBeside = (articleId: string): void => actions.openBeside(articleId);

  return (
    <main className={`compare${selected ? ' has-panel' : ''}`}>
      <CompareHeader
        problems={view.problems}
        state={state}
        actions={actions}
        index={index}
        closed={view.closed}
        counts={view.counts}
        full={view.full}
        narrow={narrow}
      />
      <AnnotationsPanel
        ui={view.annotationUi}
        index={index}
        articles={articles}
        openIds={state.articles}
        selectedPassage={selected}
      />
      <CompareHint openCount={open.length} />
      {narrow && open.length > 1 && (
        <ColumnTabs
          articles={open}
          active={Math.max(0, state.articles.indexOf(view.visibleTab ?? ''))}
          onChoose={(i) => view.chooseTab(state.articles[i])}
        />
      )}
      <div className="compare__body">
        <CompareColumnList
          container={view.container}
          open={open}
          state={state}
          actions={actions}
          index={index}
          marks={view.marks}
          suggested={view.suggestions.marks}
          mine={view.annotationUi.shown}
          narrow={narrow}
          visibleTab={view.visibleTab}
        />
        {selected && (
          <LinksPanel
            passage={selected}
            index={index}
            articles={articles}
            openIds={state.articles}
            url={`${window.location.origin}${comparePath(passageLink(state, selected.id))}`}
            onShow={view.showPassage}
            onOpenBeside={openBeside}
            onClose={() => actions.select(undefined)}
          >
            {state.suggested && (
              <SuggestionsSection
                suggestions={view.suggestions}
                articles={articles}
                openIds={state.articles}
                onShow={view.showSuggestion}
                onOpenBeside={openBeside}
              />
            )}
          </LinksPanel>
        )}
      </div>
      <p role="status" className="visually-hidden">
        {selectionAnnouncement(selected, index, articles, state.articles)}
      </p>
    </main>
  );
}
