import { Suspense, type ComponentType } from 'react';
import { createBrowserRouter, useLocation } from 'react-router';
import { PartLoading } from '../components/PartLoading.tsx';
import { isPresenting } from '../state/compare-url.ts';
import { lazyPart } from '../state/lazy-part.ts';
import { RouteError } from './RouteError.tsx';

/** A route's view, fetched when first shown (each route is its own chunk), with a visible loading line. */
function lazyView<M>(part: string, load: () => Promise<M>, pick: (m: M) => ComponentType) {
  const View = lazyPart(part, load, pick);
  return (
    <Suspense fallback={<PartLoading part={part} className="part-loading--page" />}>
      <View />
    </Suspense>
  );
}

const compareView = lazyView(
  'the compare view',
  () => import('./CompareRoute.tsx'),
  (m) => m.CompareRoute,
);
// Presentation mode is its own chunk: the compare view's first paint does not fetch it.
const presentation = lazyView(
  'the presentation',
  () => import('./PassagePresentationRoute.tsx'),
  (m) => m.PassagePresentationRoute,
);

/** `/compare`: the compare view, or its passages presented one per screen (`present=1`). */
function CompareOrPresentation() {
  const { search } = useLocation();
  return isPresenting(new URLSearchParams(search)) ? presentation : compareView;
}

/** The reader's routes; an unknown address and a failing view each get a page that says so. */
export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      {
        path: '/',
        element: lazyView(
          'the library',
          () => import('./LibraryRoute.tsx'),
          (m) => m.LibraryRoute,
        ),
      },
      {
        path: '/article/:articleId',
        element: lazyView(
          'the article',
          () => import('./ArticleRoute.tsx'),
          (m) => m.ArticleRoute,
        ),
      },
      {
        path: '/article/:articleId/guide',
        element: lazyView(
          'the reading guide',
          () => import('./GuideRoute.tsx'),
          (m) => m.GuideRoute,
        ),
      },
      { path: '/compare', element: <CompareOrPresentation /> },
      {
        path: '/search',
        element: lazyView(
          'search',
          () => import('./SearchRoute.tsx'),
          (m) => m.SearchRoute,
        ),
      },
      {
        path: '/arguments',
        element: lazyView(
          'the arguments index',
          () => import('./ArgumentsRoute.tsx'),
          (m) => m.ArgumentsRoute,
        ),
      },
      // The class page (and its live connection) is loaded only by those who open it.
      { path: '/class', lazy: async () => ({ Component: (await import('./ClassRoute.tsx')).ClassRoute }) },
      {
        path: '/arguments/:argumentId',
        lazy: async () => ({ Component: (await import('./ArgumentRoute.tsx')).ArgumentRoute }),
      },
      // Discussion plans: the reader's list, one plan's editor, and a plan opened from its link.
      { path: '/plans', lazy: async () => ({ Component: (await import('./PlansRoute.tsx')).PlansRoute }) },
      {
        path: '/plans/:planId',
        lazy: async () => ({ Component: (await import('./PlanRoute.tsx')).PlanRoute }),
      },
      {
        path: '/plan',
        lazy: async () => ({ Component: (await import('./SharedPlanRoute.tsx')).SharedPlanRoute }),
      },
      {
        path: '*',
        element: lazyView(
          'this page',
          () => import('./NotFoundRoute.tsx'),
          (m) => m.NotFoundRoute,
        ),
      },
    ],
  },
]);
