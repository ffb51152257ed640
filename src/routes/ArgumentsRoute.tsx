import { Link } from 'react-router';
import { ArgumentFilters } from '../components/ArgumentFilters.tsx';
import { ArgumentList } from '../components/ArgumentList.tsx';
import { ArgumentMatrix } from '../components/ArgumentMatrix.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { libraryPath } from '../state/paths.ts';
import { argumentComparePath, useArgumentsIndex } from '../state/use-arguments-index.ts';

/** The arguments index: every argument the articles make, filterable by type, and who makes which. */
export function ArgumentsRoute() {
  const index = useArgumentsIndex();
  const shown = index.rows.length;
  return (
    <main className="arguments-page">
      <header className="page-header">
        <nav aria-label="Breadcrumb" className="page-nav">
          <Link to={libraryPath()}>Library</Link>
        </nav>
        <SearchBox />
      </header>
      <h1>Arguments</h1>
      {index.problems.length > 0 && (
        <div className="url-problems" role="alert">
          <p>This link names things Parallax does not have:</p>
          <ul>
            {index.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="arguments-page__intro">
        The claims the articles make, stated neutrally. Choose one to read the articles that make it side by
        side, with its passages selected.
      </p>
      {index.total === 0 ? (
        <p>No arguments have been curated yet.</p>
      ) : (
        <>
          <ArgumentFilters
            typeCounts={index.typeCounts}
            type={index.type}
            sort={index.sort}
            onType={index.setType}
            onSort={index.setSort}
          />
          <p role="status" className="arguments-page__count">
            {shown === index.total ? `${shown} arguments` : `${shown} of ${index.total} arguments`}
          </p>
          <ArgumentList rows={index.rows} hrefFor={argumentComparePath} />
          <h2>Who makes which argument</h2>
          <ArgumentMatrix matrix={index.matrix} hrefFor={argumentComparePath} />
        </>
      )}
    </main>
  );
}
