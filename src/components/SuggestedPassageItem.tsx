import { placeLabel } from '../model/citation.ts';
import type { Article } from '../model/article.ts';
import { suggestionReason, type SuggestionView } from '../model/suggestion-view.ts';

/**
 * One suggested passage in the links panel, told apart from curated links by a dashed box and a
 * "suggested" label: where it is, its words, why (score and shared terms), a way to reach it, and
 * Accept / Dismiss (or Restore, once dismissed).
 */
export function SuggestedPassageItem({
  view,
  article,
  open,
  dismissed,
  onShow,
  onOpenBeside,
  onAccept,
  onDismiss,
  onRestore,
}: {
  view: SuggestionView;
  article: Article | undefined;
  /** Its article is open in a column. */
  open: boolean;
  /** Listed among the dismissed ones. */
  dismissed: boolean;
  onShow: (view: SuggestionView) => void;
  onOpenBeside: (articleId: string) => void;
  onAccept: (view: SuggestionView) => void;
  onDismiss: (view: SuggestionView) => void;
  onRestore: (view: SuggestionView) => void;
}) {
  const { target } = view;
  const title = article?.meta.title ?? target.article;
  const where = placeLabel(target.paragraphNumber);
  const name = `${title}, ${where}`;
  return (
    <li className={`suggested-passage${dismissed ? ' is-dismissed' : ''}`}>
      <p className="suggested-passage__where">
        <span className="suggested-badge">suggested</span> <cite>{title}</cite>, {where}
      </p>
      <blockquote className="suggested-passage__quote">{target.exact}</blockquote>
      <p className="suggested-passage__reason">{suggestionReason(view)}</p>
      <div className="suggested-passage__actions">
        {open ? (
          <button type="button" onClick={() => onShow(view)} aria-label={`Show in column: ${name}`}>
            Show in column
          </button>
        ) : (
          <button
            type="button"
            onClick={() => onOpenBeside(target.article)}
            aria-label={`Open beside: ${title}`}
          >
            Open beside
          </button>
        )}
        {dismissed ? (
          <button type="button" onClick={() => onRestore(view)} aria-label={`Restore suggestion: ${name}`}>
            Restore
          </button>
        ) : (
          <>
            <button type="button" onClick={() => onAccept(view)} aria-label={`Accept suggestion: ${name}`}>
              Accept
            </button>
            <button type="button" onClick={() => onDismiss(view)} aria-label={`Dismiss suggestion: ${name}`}>
              Dismiss
            </button>
          </>
        )}
      </div>
    </li>
  );
}
