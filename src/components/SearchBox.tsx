import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { searchPath } from '../state/paths.ts';
import { useSearch } from '../state/use-search.ts';
import { coverageNote, searchable } from '../state/search-client.ts';
import { useSlashFocus } from '../state/use-slash-focus.ts';
import { SearchIndexNotice } from './SearchIndexNotice.tsx';
import { SearchResults } from './SearchResults.tsx';

/** Results the drop-down shows; the rest are a click away on the search page. */
const DROPDOWN_RESULTS = 8;

/**
 * The search box for a header or toolbar: results drop down as the reader types, grouped by
 * article; Enter opens the full results page; `/` focuses it from anywhere; Escape closes the list.
 * Its first focus loads the search index (the drop-down says so while it loads, or why it failed).
 */
export function SearchBox() {
  const [params] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const panelId = useId();
  useSlashFocus(input);
  const { groups, count, shown, hrefFor, index, pending, load } = useSearch(
    open ? query : '',
    DROPDOWN_RESULTS,
  );
  const showPanel = open && query.trim() !== '';

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setOpen(false);
    void navigate(searchPath(query));
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      setOpen(false);
      input.current?.focus();
    } else if (event.key === 'ArrowDown' && event.target === input.current) {
      event.preventDefault();
      panel.current?.querySelector<HTMLElement>('a')?.focus();
    }
  };

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setOpen(false);
      }}
    >
      <label className="search-box__label">
        <span className="visually-hidden">Search the articles</span>
        <input
          ref={input}
          type="search"
          className="search-box__input"
          value={query}
          placeholder="Search (press /)"
          aria-controls={panelId}
          aria-keyshortcuts="/"
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
          }}
          onFocus={() => {
            setOpen(true);
            load();
          }}
        />
      </label>
      <div
        id={panelId}
        ref={panel}
        className="search-box__panel"
        role="region"
        aria-label="Search results"
        hidden={!showPanel}
        aria-busy={showPanel && (index.status === 'loading' || pending)}
      >
        <SearchIndexNotice
          index={showPanel ? index : { status: 'ready' }}
          onRetry={load}
          className="search-box__status"
        />
        {showPanel && searchable(index) && (
          <>
            <p className="search-box__status" role="status">
              {pending && count === 0
                ? 'Searching…'
                : count === 0
                  ? `No results for “${query.trim()}”${coverageNote(index)}.`
                  : shown < count
                    ? `${count} results, the best ${shown} shown${coverageNote(index)}`
                    : `${count} ${count === 1 ? 'result' : 'results'}${coverageNote(index)}`}
            </p>
            <SearchResults
              groups={groups}
              hrefFor={hrefFor}
              headingLevel={3}
              onChoose={() => setOpen(false)}
            />
            {shown < count && (
              <p className="search-box__all">
                <Link to={searchPath(query)} onClick={() => setOpen(false)}>
                  See all {count} results
                </Link>
              </p>
            )}
          </>
        )}
      </div>
    </form>
  );
}
