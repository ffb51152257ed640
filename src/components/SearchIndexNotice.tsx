import type { SearchIndexState } from '../state/search-client.ts';

/**
 * What a search box or the search page says while the search index cannot answer yet: that it is
 * loading, or that it failed (the reason, as text) with a button to try again. Nothing once it is ready.
 */
export function SearchIndexNotice({
  index,
  onRetry,
  className,
}: {
  index: SearchIndexState;
  onRetry: () => void;
  className: string;
}) {
  if (index.status === 'error') {
    return (
      <div className={`${className} search-index-error`} role="alert">
        <p>Search is unavailable: {index.message}</p>
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  // While shards stream in, results show and their line says how much was searched.
  if (index.status === 'ready' || index.status === 'partial') return null;
  return (
    <p className={className} role="status">
      Loading the search index…
    </p>
  );
}
