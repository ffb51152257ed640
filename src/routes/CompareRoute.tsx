import type { ReactNode } from 'react';
import { AnnotationsPanel } from '../components/AnnotationsPanel.tsx';
import { ClassBar } from '../components/ClassBar.tsx';
import { ColumnTabs } from '../components/ColumnTabs.tsx';
import { CompareColumnList } from '../components/CompareColumnList.tsx';
import { CompareHeader } from '../components/CompareHeader.tsx';
import { CompareHint } from '../components/CompareHint.tsx';
import { LinksPanel } from '../components/LinksPanel.tsx';
import { MinePanel } from '../components/MinePanel.tsx';
import { SkipLinks } from '../components/SkipLinks.tsx';
import { SuggestionsSection } from '../components/SuggestionsSection.tsx';
import { passageLink } from '../state/compare-url.ts';
import { comparePresentationPath } from '../state/paths.ts';
import { selectionAnnouncement } from '../state/selection-announcement.ts';
import { useCompareView } from '../state/use-compare-view.ts';

/**
 * The compare view: two to five articles side by side with the tag layer, filter and cross-references.
 * An article's own page renders it with that one article (`single`) and the article's title as heading.
 */
export function CompareRoute({ single, heading }: { single?: string; heading?: ReactNode } = {}) {
  const view = useCompareView(single);
  const { state, actions, index, articles, open, selected, own, narrow } = view;
  const ui = view.annotationUi;
  const openBeside = (articleId: string): void => actions.openBeside(articleId);

  // Keyboard reach: straight to the filter, to each column's text, and to the selected passage's panel.
  const skips = [
    { id: 'claim-filter', label: 'Skip to the claim-type filter' },
    ...open.map((article, i) => ({
      id: `${article.meta.id}--text`,
      label: `Skip to column ${i + 1}: ${article.meta.title}`,
      before: () => view.chooseTab(article.meta.id),
    })),
    ...(selected ? [{ id: 'links-panel', label: 'Skip to the selected passage' }] : []),
    ...(own ? [{ id: 'links-panel', label: 'Skip to your selected annotation' }] : []),
  ];
  return (
    <div
      className={`compare${selected || own ? ' has-panel' : ''}${single !== undefined ? ' compare--single' : ''}`}
    >
      <SkipLinks targets={skips} />
      <CompareHeader
        heading={heading}
        printTitle={
          single === undefined ? `Side by side: ${open.map((a) => a.meta.title).join(' · ')}` : undefined
        }
        problems={view.problems}
        state={state}
        actions={actions}
        index={index}
        closed={view.closed}
        counts={view.counts}
        full={view.full}
        narrow={narrow}
        presentHref={
          single === undefined && state.articles.length > 0
            ? comparePresentationPath(state, selected?.id, true)
            : undefined
        }
      />
      {view.classroom && (
        <ClassBar
          classroom={view.classroom}
          classLayer={state.classLayer}
          setClassLayer={actions.setClassLayer}
        />
      )}
      <main className="compare__main">
        <AnnotationsPanel
          ui={view.annotationUi}
          index={index}
          articles={articles}
          openIds={state.articles}
          selectedPassage={selected}
        />
        {single === undefined && <CompareHint openCount={state.articles.length} />}
        {narrow && state.articles.length > 1 && (
          <ColumnTabs
            articles={view.tabs}
            active={Math.max(0, state.articles.indexOf(view.visibleTab ?? ''))}
            onChoose={(i) => view.chooseTab(state.articles[i])}
          />
        )}
        <div className="compare__body">
          <CompareColumnList
            container={view.container}
            open={open}
            pending={view.pendingLoads}
            titles={view.titles}
            state={state}
            actions={actions}
            index={index}
            marks={view.marks}
            suggested={view.suggestions.marks}
            mine={view.spans}
            narrow={narrow}
            visibleTab={view.visibleTab}
            single={single !== undefined}
          />
          {selected && (
            <LinksPanel
              passage={selected}
              index={index}
              articles={articles}
              openIds={state.articles}
              url={`${window.location.origin}${view.pathFor(passageLink(state, selected.id))}`}
              onShow={view.showPassage}
              onOpenBeside={openBeside}
              onClose={view.clearSelection}
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
          {own && (
            <MinePanel
              view={own}
              index={index}
              articles={articles}
              openIds={state.articles}
              onShow={view.showPassage}
              onShowBlock={view.showBlock}
              onOpenBeside={openBeside}
              onEdit={() => ui.setEditing(own.annotation.id)}
              onDelete={() => {
                ui.store.remove(own.annotation.id);
                actions.selectOwn(undefined);
              }}
              onClose={view.clearSelection}
            />
          )}
        </div>
        <p role="status" className="visually-hidden">
          {own ? own.announcement : selectionAnnouncement(selected, index, articles, state.articles)}
        </p>
      </main>
    </div>
  );
}
