import { Link } from 'react-router';
import type { ArticleHead } from '../model/article.ts';
import type { TagIndex } from '../model/tag-index.ts';
import type { CompareState } from '../state/compare-url.ts';
import type { CompareActions } from '../state/use-compare.ts';
import { ArticlePicker } from './ArticlePicker.tsx';
import { ClaimFilter, type CountsByArticle } from './ClaimFilter.tsx';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';

/** The compare view's controls: add a column, the claim-type legend and filter, layer and lock toggles, shortcuts, Present. */
export function CompareToolbar({
  state,
  actions,
  index,
  closed,
  counts,
  full,
  narrow,
  presentHref,
}: {
  state: CompareState;
  actions: CompareActions;
  index: TagIndex;
  /** Articles not open. */
  closed: readonly ArticleHead[];
  counts: CountsByArticle;
  /** No room for another column. */
  full: boolean;
  /** Narrow screen: the controls and the filter fold into one disclosure. */
  narrow: boolean;
  /** Presentation mode of these columns, from the selected passage; absent when there is nothing to present. */
  presentHref?: string | undefined;
}) {
  const filter = (
    <ClaimFilter
      index={index}
      counts={counts}
      selected={state.types}
      mode={state.mode}
      onToggle={actions.toggleType}
      onClear={actions.clearTypes}
      onMode={actions.setMode}
    />
  );
  const controls = (
    <div className="compare-toolbar__row">
      <ArticlePicker articles={closed} disabled={full} onAdd={actions.addArticle} />
      <label className="toggle">
        <input type="checkbox" checked={state.layer} onChange={(e) => actions.setLayer(e.target.checked)} />
        Show tag layer
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={state.suggested}
          onChange={(e) => actions.setSuggested(e.target.checked)}
          aria-describedby="suggested-help"
        />
        Show suggestions
      </label>
      <span id="suggested-help" className="visually-hidden">
        For the selected passage, also lists and marks passages of other articles that likely make the same
        argument, found by shared wording and not curated.
      </span>
      <label className="toggle">
        <input
          type="checkbox"
          checked={state.lock}
          onChange={(e) => actions.setLock(e.target.checked)}
          aria-describedby="lock-help"
        />
        Linked scrolling
      </label>
      <span id="lock-help" className="visually-hidden">
        While a passage is selected, keeps linked passages level as one column scrolls.
      </span>
      <ShortcutsHelp />
      {presentHref !== undefined && (
        <>
          <Link to={presentHref} className="compare-toolbar__present" aria-describedby="present-help">
            Present
          </Link>
          <span id="present-help" className="visually-hidden">
            Projects the open columns' passages one per screen, in large type, starting at the selected
            passage.
          </span>
        </>
      )}
    </div>
  );
  if (narrow)
    // On a phone the controls, legend and filter would fill the screen above the text: fold them behind one line.
    return (
      <div className="compare-toolbar">
        <details className="compare-toolbar__filter">
          <summary>
            Articles, layers and claim types
            {state.types.length > 0 ? ` (${state.types.length} types selected)` : ''}
          </summary>
          {controls}
          {index.taxonomy.length > 0 && filter}
        </details>
      </div>
    );
  return (
    <div className="compare-toolbar">
      {controls}
      {index.taxonomy.length > 0 && filter}
    </div>
  );
}
