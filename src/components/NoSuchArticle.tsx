import { Link } from 'react-router';
import { libraryPath } from '../state/paths.ts';

/** The page for an article id the corpus does not have (the article page and its reading guide). */
export function NoSuchArticle({ articleId }: { articleId: string }) {
  return (
    <main className="not-found">
      <h1>No such article</h1>
      <p>
        There is no article “{articleId}” in this corpus. <Link to={libraryPath()}>Back to the library</Link>
      </p>
    </main>
  );
}
