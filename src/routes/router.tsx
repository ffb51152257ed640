import { createBrowserRouter } from 'react-router';
import { ArticleRoute } from './ArticleRoute.tsx';
import { LibraryRoute } from './LibraryRoute.tsx';

/** The reader's routes. */
export const router = createBrowserRouter([
  { path: '/', element: <LibraryRoute /> },
  { path: '/article/:articleId', element: <ArticleRoute /> },
]);
