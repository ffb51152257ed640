import { screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareFixture } from '../../tests/fixtures/compare-fixture.ts';
import { catchDownloads, type CaughtDownload } from '../../tests/fixtures/downloads.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { parseBibliography } from '../data/cite-processor.ts';
import { cslName } from '../model/csl.ts';
import { BibliographyDownloads } from './BibliographyDownloads.tsx';

// The data boundary: the real articles' front matter (the manifest is all this needs).
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

// The writer the buttons fetch on first use, fetched once up front (what is timed is the download).
beforeAll(async () => {
  await import('../data/corpus-bibliography.ts');
}, 60_000);

/** The files the page downloads, caught at the download link's click. */
let downloads: CaughtDownload[] = [];

beforeEach(() => {
  downloads = catchDownloads();
});
afterEach(() => vi.restoreAllMocks());

describe('the library’s bibliography downloads', () => {
  it('downloads every article as BibTeX that parses back to the front matter’s titles and authors, with each article’s address', async () => {
    const { user } = renderRoutes([{ path: '/', element: <BibliographyDownloads /> }], '/');
    await user.click(screen.getByRole('button', { name: 'BibTeX' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]).toMatchObject({ name: 'parallax-bibliography.bib', type: 'application/x-bibtex' });
    const parsed = parseBibliography((await downloads[0]?.text) ?? '');
    const metas = compareFixture().articles.map((a) => a.meta);
    expect(parsed.map((e) => e.id)).toEqual(metas.map((m) => m.id));
    for (const meta of metas) {
      const entry = parsed.find((e) => e.id === meta.id);
      expect(entry?.title).toBe(meta.subtitle ? `${meta.title}: ${meta.subtitle}` : meta.title);
      if (meta.authors.length > 0) expect(entry?.author).toEqual(meta.authors.map(cslName));
      else expect(entry).not.toHaveProperty('author');
      expect(entry?.URL).toBe(`${window.location.origin}/article/${meta.id}`);
    }
  });

  it('downloads RIS and CSL-JSON too', async () => {
    const { user } = renderRoutes([{ path: '/', element: <BibliographyDownloads /> }], '/');
    await user.click(screen.getByRole('button', { name: 'RIS' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'CSL-JSON' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads.map((d) => d.name)).toEqual(['parallax-bibliography.ris', 'parallax-bibliography.json']);
    expect(await downloads[0]?.text).toMatch(/^TY {2}- /);
    const items = JSON.parse((await downloads[1]?.text) ?? '') as { id: string }[];
    expect(items).toHaveLength(compareFixture().articles.length);
  });
});
