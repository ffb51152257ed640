import { useState } from 'react';
import '../suggestions.css';
import type { Article } from '../model/article.ts';
import type { SuggestionView } from '../model/suggestion-view.ts';
import type { SuggestionsModel } from '../state/use-suggestions.ts';
import { SuggestedPassageItem } from './SuggestedPassageItem.tsx';

/**
 * The links panel's "Suggested (not curated)" section: passages of other articles that likely make
 * the same argument, found by wording alone, each to accept as the reader's own link or to dismiss;
 * "Show n dismissed" brings the dismissed ones back to restore.
 */
export function SuggestionsSection({
  suggestions,
  articles,
  openIds,
  onShow,
  onOpenBeside,
}: {
  suggestions: SuggestionsModel;
  articles: ReadonlyMap<string, Article>;
  openIds: readonly string[];
  onShow: (view: SuggestionView) => void;
  onOpenBeside: (articleId: string) => void;
}) {
  const [showDismissed, setShowDismissed] = useState(false);
  const { shown, dismissed } = suggestions;
  const item = (view: SuggestionView, isDismissed: boolean) => (
    <SuggestedPassageItem
      key={view.id}
      view={view}
      article={articles.get(view.target.article)}
      open={openIds.includes(view.target.article)}
      dismissed={isDismissed}
      onShow={onShow}
      onOpenBeside={onOpenBeside}
      onAccept={suggestions.accept}
      onDismiss={suggestions.dismiss}
      onRestore={suggestions.restore}
    />
  );
  return (
    <section className="suggestions" aria-labelledby="suggestions-title">
      <h3 id="suggestions-title">Suggested (not curated) ({shown.length})</h3>
      <p className="suggestions__note">
        Found by shared wording, not checked by a curator. Accept one to keep it as your own link.
      </p>
      {shown.length > 0 ? (
        <ul className="suggested-list">{shown.map((v) => item(v, false))}</ul>
      ) : (
        <p className="muted">No suggestions{dismissed.length > 0 ? ' left' : ''}.</p>
      )}
      {dismissed.length > 0 && (
        <>
          <button
            type="button"
            className="suggestions__toggle"
            aria-expanded={showDismissed}
            aria-controls="suggestions-dismissed"
            onClick={() => setShowDismissed(!showDismissed)}
          >
            {showDismissed ? 'Hide dismissed' : `Show ${dismissed.length} dismissed`}
          </button>
          <ul id="suggestions-dismissed" className="suggested-list" hidden={!showDismissed}>
            {showDismissed && dismissed.map((v) => item(v, true))}
          </ul>
        </>
      )}
    </section>
  );
}
