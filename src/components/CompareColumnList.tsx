import type { RefObject } from 'react';
import type { Article } from '../model/article.ts';
import type { SelectionMarks, TagIndex } from '../model/tag-index.ts';
import type { UserSpansByBlock } from '../model/user-layer.ts';
import type { CompareState } from '../state/compare-url.ts';
import type { CompareActions } from '../state/use-compare.ts';
import type { ArticleLoad } from '../state/use-corpus.ts';
import { ColumnLoading } from './ColumnLoading.tsx';
import { CompareColumn } from './CompareColumn.tsx';
import { ConnectorOverlay } from './ConnectorOverlay.tsx';

/** The open articles side by side (one shown at a time on a narrow screen), with the connector overlay. */
export function CompareColumnList({
  container,
  open,
  pending,
  titles,
  state,
  actions,
  index,
  marks,
  suggested,
  mine,
  narrow,
  visibleTab,
  single = false,
}: {
  /** Receives the element holding the columns. */
  container: RefObject<HTMLDivElement | null>;
  /** Open articles, in column order. */
  open: readonly Article[];
  /** Open articles whose text is loading or failed, by id, with their load. */
  pending: ReadonlyMap<string, ArticleLoad>;
  /** Article id → title, for a pending column's heading. */
  titles: ReadonlyMap<string, string>;
  state: CompareState;
  actions: CompareActions;
  index: TagIndex;
  marks: SelectionMarks;
  /** Block id → space-joined marks of the selection's suggestions. */
  suggested: ReadonlyMap<string, string>;
  /** The reader's own annotations to draw, by article and block. */
  mine: UserSpansByBlock;
  narrow: boolean;
  /** The article whose column shows on a narrow screen. */
  visibleTab: string | undefined;
  /** An article's own page: its one column has no header (the page's heading names the article). */
  single?: boolean;
}) {
  const typesKey = state.types.join(',');
  // What moves the columns' width: how many share the row, the selection's panel beside them, a narrow screen.
  const widthKey = `${state.articles.length}|${String(marks.selected !== undefined)}|${String(narrow)}`;
  return (
    <div className="compare__columns-wrap" ref={container}>
      <div className="compare__columns">
        {state.articles.map((id, i) => {
          const load = pending.get(id);
          const article = open.find((a) => a.meta.id === id);
          if (load)
            return (
              <ColumnLoading
                key={id}
                id={id}
                title={titles.get(id) ?? id}
                load={load}
                hidden={narrow && id !== visibleTab}
                onRemove={actions.removeArticle}
              />
            );
          return (
            article && (
              <CompareColumn
                key={article.meta.id}
                article={article}
                index={index}
                position={i}
                count={state.articles.length}
                typesKey={typesKey}
                mode={state.mode}
                layer={state.layer}
                marks={marks}
                suggested={suggested}
                hidden={narrow && article.meta.id !== visibleTab}
                onMove={actions.moveArticle}
                onRemove={actions.removeArticle}
                onSelect={actions.select}
                mine={mine.get(article.meta.id)}
                header={!single}
                widthKey={widthKey}
              />
            )
          );
        })}
      </div>
      {state.layer && (
        <ConnectorOverlay
          container={container}
          marks={marks}
          layoutKey={`${state.articles.join(',')}|${typesKey}|${state.mode}|${String(narrow)}`}
        />
      )}
    </div>
  );
}
