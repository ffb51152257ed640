import { createBrowserRouter } from 'react-router';
import { ArgumentsRoute } from './ArgumentsRoute.tsx';
import { ArticleRoute } from './ArticleRoute.tsx';
import { CompareRoute } from './CompareRoute.tsx';
import { LibraryRoute } from './LibraryRoute.tsx';
import { NotFoundRoute } from './NotFoundRoute.tsx';
import { RouteError } from './RouteError.tsx';
import { SearchRoute } from './SearchRoute.tsx';

/** The reader's routes; an unknown address and a failing view each get a page that says so. */
export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <LibraryRoute /> },
      { path: '/article/:articleId', element: <ArticleRoute /> },
      { path: '/compare', element: <CompareRoute /> },
      { path: '/search', element: <SearchRoute /> },
      { path: '/arguments', element: <ArgumentsRoute /> },
      // The class page (and its live connection) is loaded only by those who open it.
      { path: '/class', lazy: async () => ({ Component: (await import('./ClassRoute.tsx')).ClassRoute }) },
      {
        path: '/arguments/:argumentId',
        lazy: async () => ({ Component: (await import('./ArgumentRoute.tsx')).ArgumentRoute }),
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
