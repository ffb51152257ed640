import { Suspense } from 'react';
import { Link } from 'react-router';
import { ArgumentChoiceBar } from '../components/ArgumentChoiceBar.tsx';
import { ArgumentFilters } from '../components/ArgumentFilters.tsx';
import { ArgumentList } from '../components/ArgumentList.tsx';
import { DisputeList } from '../components/DisputeList.tsx';
import { FileLoadNotice } from '../components/FileLoadNotice.tsx';
import { PartLoading } from '../components/PartLoading.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import { lazyPart } from '../state/lazy-part.ts';
import { libraryPath, plansPath, sideBySidePath } from '../state/paths.ts';
import { useArgumentChoice } from '../state/use-argument-choice.ts';
import { argumentComparePath, useArgumentsIndex } from '../state/use-arguments-index.ts';

// The matrix is its own chunk, fetched as the page renders, so the list shows without waiting for it.
const ArgumentMatrix = lazyPart(
  'the arguments matrix',
  () => import('../components/ArgumentMatrix.tsx'),
  (m) => m.ArgumentMatrix,
);

/** The arguments index: every argument the articles make, filterable by type, and who makes which. */
export function ArgumentsRoute() {
  const index = useArgumentsIndex();
  const shown = index.rows.length;
  const choice = useArgumentChoice(index.rows);
  return (
    <main className="arguments-page">
      <header className="page-header">
        <nav aria-label="Breadcrumb" className="page-nav">
          <Link to={libraryPath()}>Library</Link> · <Link to={plansPath()}>Discussion plans</Link>
        </nav>
        <SearchBox />
        <TextSizeControl />
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
        The claims the articles make, stated neutrally. Choose one to see the passages that make it side by
        side, what contrasts with it and its discussion questions, and to present it.
        {index.disputeTotal > 0 && (
          <>
            {' '}
            Where they disagree is listed under <a href="#disagreements">Disagreements</a>.
          </>
        )}
      </p>
      {index.load.status !== 'ready' ? (
        <FileLoadNotice what="the arguments" load={index.load} />
      ) : index.total === 0 ? (
        <p>No arguments have been curated yet.</p>
      ) : (
        <>
          <ArgumentFilters
            typeCounts={index.typeCounts}
            type={index.type}
            disputed={index.disputed}
            disputedCount={index.disputedCount}
            sort={index.sort}
            onType={index.setType}
            onDisputed={index.setDisputed}
            onSort={index.setSort}
          />
          <p role="status" className="arguments-page__count">
            {shown === index.total ? `${shown} arguments` : `${shown} of ${index.total} arguments`}
          </p>
          <ArgumentChoiceBar choice={choice} shown={shown} />
          <ArgumentList
            rows={index.rows}
            hrefFor={index.focusHref}
            chosen={choice.chosen}
            onToggle={choice.toggle}
          />
          {index.disputeTotal > 0 && (
            <section aria-labelledby="disagreements" className="arguments-page__disputes">
              <h2 id="disagreements" tabIndex={-1}>
                Disagreements (
                {index.disputes.length === index.disputeTotal
                  ? index.disputeTotal
                  : `${index.disputes.length} of ${index.disputeTotal}`}
                )
              </h2>
              <p className="arguments-page__intro">
                Arguments and passages that take opposing positions, with the curators’ note on what divides
                them.
              </p>
              <DisputeList rows={index.disputes} hrefFor={argumentComparePath} pairHref={sideBySidePath} />
            </section>
          )}
          <h2>Who makes which argument</h2>
          <Suspense fallback={<PartLoading part="the arguments matrix" />}>
            <ArgumentMatrix matrix={index.matrix} hrefFor={index.focusHref} />
          </Suspense>
        </>
      )}
    </main>
  );
}
