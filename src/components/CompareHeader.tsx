import type { ComponentProps, ReactNode } from 'react';
import { Link } from 'react-router';
import type { CompareUrlProblem } from '../state/compare-url.ts';
import { libraryPath } from '../state/paths.ts';
import { CompareToolbar } from './CompareToolbar.tsx';
import { SearchBox } from './SearchBox.tsx';
import { TextSizeControl } from './TextSizeControl.tsx';

/**
 * The compare view's header: breadcrumb, title and search, what the URL named that Parallax lacks, and
 * the toolbar; `heading` replaces the title (an article's own page shows the article's).
 */
export function CompareHeader({
  heading,
  printTitle,
  problems,
  ...toolbar
}: {
  heading?: ReactNode;
  /** What a printed page is headed with instead of the screen's title (the articles compared). */
  printTitle?: string;
  problems: readonly CompareUrlProblem[];
} & ComponentProps<typeof CompareToolbar>) {
  return (
    <header className="compare__header">
      <div className="compare__title-row">
        <nav aria-label="Breadcrumb">
          <Link to={libraryPath()}>Library</Link>
        </nav>
        {heading ?? <h1 className="screen-only">Compare side by side</h1>}
        {printTitle !== undefined && <p className="compare__print-title print-only">{printTitle}</p>}
        <TextSizeControl />
        <SearchBox />
      </div>
      {problems.length > 0 && (
        <div className="url-problems" role="alert">
          <p>This link names things Parallax does not have:</p>
          <ul>
            {problems.map((p) => (
              <li key={p.kind}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      <CompareToolbar {...toolbar} />
    </header>
  );
}
