import { createBrowserRouter } from 'react-router';
import { ArgumentsRoute } from './ArgumentsRoute.tsx';
import { ArticleRoute } from './ArticleRoute.tsx';
import { CompareRoute } from './CompareRoute.tsx';
import { LibraryRoute } from './LibraryRoute.tsx';
import { SearchRoute } from './SearchRoute.tsx';

/** The reader's routes. */
export const router = createBrowserRouter([
  { path: '/', element: <LibraryRoute /> },
  { path: '/article/:articleId', element: <ArticleRoute /> },
  { path: '/compare', element: <CompareRoute /> },
  { path: '/search', element: <SearchRoute /> },
  { path: '/arguments', element: <ArgumentsRoute /> },
]);
