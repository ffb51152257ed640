import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareFixture, DISPUTE_NOTE, FTO, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { catchDownloads, type CaughtDownload } from '../../tests/fixtures/downloads.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { sourceLabel } from '../model/citation.ts';
import { escapeMarkdown } from '../model/handout.ts';
import { ArgumentRoute } from './ArgumentRoute.tsx';
import { ArgumentsRoute } from './ArgumentsRoute.tsx';

// The data boundary: the real articles with a small tag layer quoting real sentences.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

beforeAll(async () => {
  await Promise.all([import('../components/ArgumentMatrix.tsx')]);
});

const SELF_DEFENSE = 'Article 51 of the UN Charter is the likely legal basis for US strikes in Mexico.';
const MEXICO = 'Mexico rejects US military action on its soil as a breach of sovereignty.';
const CONGRESS = 'Only Congress can declare war.';
const ARTICLE_II = 'The President claims broad power to use force without Congress.';

/** The files the page downloads, caught at the download link's click. */
let downloads: CaughtDownload[] = [];

beforeEach(() => {
  downloads = catchDownloads();
});
afterEach(() => vi.restoreAllMocks());

function renderRoutesAt(url: string) {
  return renderRoutes(
    [
      { path: '/arguments', element: <ArgumentsRoute /> },
      { path: '/arguments/:argumentId', element: <ArgumentRoute /> },
    ],
    url,
  );
}

describe('exporting chosen arguments as a Markdown handout', () => {
  beforeAll(() => {
    compareFixture();
    renderRoutesAt('/arguments');
    screen.getAllByRole('link');
    cleanup();
  }, 60_000);

  it('chooses every argument the filter shows, keeps a choice the filter hides, and exports them in the list’s order', async () => {
    const { user } = renderRoutesAt('/arguments?type=legal');
    const list = screen.getByRole('list', { name: 'Arguments' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    const exportButton = screen.getByRole('button', { name: 'Export as Markdown' });
    expect(exportButton).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Select all shown (4)' }));
    expect(screen.getByText('4 chosen.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: `Choose for the handout: ${CONGRESS}` }));
    expect(screen.getByRole('checkbox', { name: `Choose for the handout: ${CONGRESS}` })).not.toBeChecked();
    expect(screen.getByText('3 chosen.')).toBeInTheDocument();
    await vi.waitFor(() => expect(exportButton).toBeEnabled());
    await user.click(exportButton);
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const [file] = downloads;
    expect(file?.name).toBe('parallax-arguments.md');
    const md = (await file?.text) ?? '';
    // The three legal arguments still chosen, in the list's order (most articles first); the unticked one not.
    const headings = md.match(/^## .*$/gm) ?? [];
    expect(headings).toEqual([
      `## 1. ${SELF_DEFENSE}`,
      `## 2. ${ARTICLE_II}`,
      expect.stringMatching(/^## 3\. /),
    ]);
    expect(md).not.toContain(`## 4.`);
    expect(md).not.toContain(MEXICO);
    // A quote with its citation (paragraph included) under it, and the curated disagreement's note.
    const fto = compareFixture().articles.find((a) => a.meta.id === FTO);
    const passage = compareFixture().tagLayer.passages.find((p) => p.id === 'fto-002');
    expect(md).toContain(`> ${passage?.exact.slice(0, 40)}`);
    expect(md).toContain(`— ${escapeMarkdown(sourceLabel(fto!.meta, passage?.paragraphNumber))}.`);
    expect(md).toContain(`**Why they disagree:** ${DISPUTE_NOTE}`);
    expect(md).toContain('1. Does cartel violence amount to an armed attack?');
  });

  it('counts a chosen argument the filter now hides, and exports it after those shown', async () => {
    const { user } = renderRoutesAt('/arguments?type=diplomatic');
    await user.click(screen.getByRole('checkbox', { name: `Choose for the handout: ${MEXICO}` }));
    // The filter changes (as a reader would, by the claim-type select), the choice stays.
    await user.selectOptions(screen.getByRole('combobox', { name: /claim type/i }), 'legal');
    await screen.findByText('1 chosen (1 not shown by this filter).');
    await user.click(screen.getByRole('checkbox', { name: `Choose for the handout: ${CONGRESS}` }));
    await user.click(screen.getByRole('button', { name: 'Export as Markdown' }));
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    const md = (await downloads[0]?.text) ?? '';
    expect(md.match(/^## .*$/gm)).toEqual([`## 1. ${CONGRESS}`, `## 2. ${MEXICO}`]);
  });

  it('exports the one argument of the focus view', async () => {
    const { user } = renderRoutesAt('/arguments/article-ii-power');
    const button = screen.getByRole('button', { name: 'Export as Markdown' });
    await vi.waitFor(() => expect(button).toBeEnabled());
    await user.click(button);
    await vi.waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toBe('article-ii-power.md');
    const md = (await downloads[0]?.text) ?? '';
    expect(md.match(/^## .*$/gm)).toEqual([`## 1. ${ARTICLE_II}`]);
    expect(md).toContain(`- **Contrasts with:** ${CONGRESS}`);
    const wz = compareFixture().articles.find((a) => a.meta.id === WAR_ZONE);
    expect(md).toContain(`#### ${escapeMarkdown(wz?.meta.title ?? '')}`);
  });
});
