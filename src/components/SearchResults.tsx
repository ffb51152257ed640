import { Link } from 'react-router';
import type { SearchResult, SearchResultGroup } from '../search/group-results.ts';
import { HighlightedText } from './HighlightedText.tsx';

/** Where a result sits: its paragraph number, "Heading", or "Argument". */
function placeLabel(result: SearchResult): string {
  if (result.kind === 'argument') return 'Argument';
  if (result.paragraphNumber === undefined) return 'Heading';
  return `¶ ${result.paragraphNumber}`;
}

/** Search results grouped by article, each a link that opens it in the compare view. */
export function SearchResults({
  groups,
  hrefFor,
  headingLevel = 2,
  onChoose,
}: {
  groups: readonly SearchResultGroup[];
  hrefFor: (result: SearchResult) => string;
  headingLevel?: 2 | 3;
  onChoose?: () => void;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="search-results">
      {groups.map((group) => {
        const headingId = `search-group-${group.articleId ?? 'arguments'}`;
        return (
          <section key={headingId} className="search-results__group" aria-labelledby={headingId}>
            <Heading id={headingId} className="search-results__title">
              {group.title}
            </Heading>
            <ol className="search-results__list">
              {group.results.map((result) => (
                <li
                  key={`${result.kind}:${result.id}`}
                  className={`search-result search-result--${result.kind}`}
                >
                  <Link to={hrefFor(result)} onClick={onChoose} className="search-result__link">
                    <span className="search-result__place">{placeLabel(result)}</span>{' '}
                    {result.kind === 'passage' && <span className="search-result__kind">Passage: </span>}
                    <HighlightedText segments={result.segments} />
                  </Link>
                  {result.noteSegments && (
                    <p className="search-result__note">
                      <span className="search-result__kind">Note: </span>
                      <HighlightedText segments={result.noteSegments} />
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
