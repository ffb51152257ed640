import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DISPUTE_NOTE } from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { ArgumentsRoute } from './ArgumentsRoute.tsx';

// The data boundary with article files that must be fetched: each file's first fetch fails, the next
// succeeds (a dropped connection, then Try again).
vi.mock('../data/corpus.ts', async () => {
  const { splitCorpus } = await import('../data/corpus-files.ts');
  const { createCorpusLoader } = await import('../data/corpus-loader.ts');
  const { compareFixture } = await import('../../tests/fixtures/compare-fixture.ts');
  const split = splitCorpus(compareFixture());
  const files = new Map(split.articles.map((a) => [`/data/${a.article.meta.id}.json`, a]));
  const tried = new Set<string>();
  const loader = createCorpusLoader(
    split.manifest,
    {
      articles: Object.fromEntries([...files.keys()].map((url) => [url.slice(6, -5), url])),
      suggestions: {},
    },
    (url: string) => {
      if (!tried.has(url)) {
        tried.add(url);
        return Promise.reject(new Error('the network went away'));
      }
      return Promise.resolve(files.get(url));
    },
  );
  return { corpusManifest: () => split.manifest, corpusLoader: () => loader };
});

describe('the arguments page while the passages its disagreements quote load', () => {
  it('says they are loading, names the articles that failed with Try again, and completes after', async () => {
    const { user } = renderRoutes([{ path: '/arguments', element: <ArgumentsRoute /> }], '/arguments');
    const section = screen.getByRole('region', { name: /Disagreements/ });
    expect(section).toHaveAttribute('aria-busy', 'true');
    expect(within(section).getByRole('status')).toHaveTextContent(
      'Loading the passages the disagreements quote…',
    );
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('the network went away');
    expect(section).toHaveAttribute('aria-busy', 'false');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(within(section).queryByRole('alert')).toBeNull());
    expect(within(section).queryByRole('status')).toBeNull();
    expect(within(section).getByRole('list', { name: 'Disagreements' })).toHaveTextContent(DISPUTE_NOTE);
  });
});
