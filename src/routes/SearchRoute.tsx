import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SearchIndexNotice } from '../components/SearchIndexNotice.tsx';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import { SearchResults } from '../components/SearchResults.tsx';
import { argumentsPath, libraryPath } from '../state/paths.ts';
import { useSearch } from '../state/use-search.ts';
import { coverageNote, searchable } from '../state/search-client.ts';
import { useSlashFocus } from '../state/use-slash-focus.ts';

/** The search page, `/search?q=…`: a shareable search with every result, grouped by article; opening it loads the index. */
export function SearchRoute() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const input = useRef<HTMLInputElement>(null);
  useSlashFocus(input);
  const { groups, count, hrefFor, index, pending, load } = useSearch(query);
  useEffect(load, [load]);
  return (
    <main className="search-page">
      <header className="page-header">
        <nav aria-label="Breadcrumb" className="page-nav">
          <Link to={libraryPath()}>Library</Link> · <Link to={argumentsPath()}>Arguments</Link>
        </nav>
        <TextSizeControl />
      </header>
      <h1>Search</h1>
      <form role="search" className="search-box search-box--page" onSubmit={(e) => e.preventDefault()}>
        <label className="search-box__label">
          <span>Search the articles</span>
          <input
            ref={input}
            type="search"
            className="search-box__input"
            value={query}
            aria-keyshortcuts="/"
            onChange={(e) => setParams(e.target.value === '' ? {} : { q: e.target.value }, { replace: true })}
          />
        </label>
      </form>
      <SearchIndexNotice index={index} onRetry={load} className="search-page__status" />
      <p role="status" className="search-page__status" hidden={!searchable(index)}>
        {query.trim() === ''
          ? 'Type words to search the sentences, passages, notes and arguments; typos are forgiven.'
          : pending && count === 0
            ? 'Searching…'
            : count === 0
              ? `No results for “${query.trim()}”${coverageNote(index)}.`
              : `${count} results for “${query.trim()}”${coverageNote(index)}.`}
      </p>
      <SearchResults groups={groups} hrefFor={hrefFor} />
    </main>
  );
}
