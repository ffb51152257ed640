import type { ArticleLoad } from '../state/use-corpus.ts';

/**
 * An open column whose article has not arrived: its title and "Loading the text…", or the failure
 * naming the article with a Retry button (and Close, so a broken article can be put away).
 */
export function ColumnLoading({
  id,
  title,
  load,
  hidden,
  onRemove,
}: {
  id: string;
  title: string;
  load: ArticleLoad;
  hidden: boolean;
  onRemove: (id: string) => void;
}) {
  return (
    <section
      className="column column--loading"
      aria-label={title}
      aria-busy={load.status === 'loading'}
      data-column-loading={id}
      id={`column-${id}`}
      hidden={hidden}
    >
      <header className="column__header">
        <h2 className="column__title">{title}</h2>
      </header>
      <div className="column__status">
        {load.status === 'error' ? (
          <div role="alert">
            <p>{load.message}</p>
            <button type="button" onClick={load.retry}>
              Retry
            </button>{' '}
            <button type="button" onClick={() => onRemove(id)}>
              Close this column
            </button>
          </div>
        ) : (
          <p role="status">Loading the text…</p>
        )}
      </div>
    </section>
  );
}
