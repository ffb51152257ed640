import { Link } from 'react-router';
import { ArticleList } from '../components/ArticleList.tsx';
import { BibliographyDownloads } from '../components/BibliographyDownloads.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import { argumentsPath, plansPath } from '../state/paths.ts';
import { useManifest } from '../state/use-corpus.ts';

/** The start page: what Parallax is and the articles it holds. */
export function LibraryRoute() {
  const manifest = useManifest();
  return (
    <main className="library">
      <header className="page-header">
        <nav aria-label="Sections" className="page-nav">
          <Link to={argumentsPath()}>Arguments</Link> · <Link to={plansPath()}>Discussion plans</Link>
        </nav>
        <SearchBox />
        <TextSizeControl />
      </header>
      <h1>Parallax</h1>
      <p className="library__intro">
        Read several sources on one question against each other: {manifest.articles.length} analyses of
        possible US military force against Mexican drug cartels.
      </p>
      <ArticleList articles={manifest.articles} />
      <BibliographyDownloads />
    </main>
  );
}
