import { cleanup, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  articleTitle,
  compareFixture,
  DISPUTE_NOTE,
  FTO,
  JUST_SECURITY,
  LAWFARE,
  WAR_ZONE,
} from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { GuideRoute } from './GuideRoute.tsx';

// The data boundary: the real articles with the small fixture tag layer (tests/fixtures/compare-fixture.ts).
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

function renderAt(url: string) {
  return renderRoutes([{ path: '/article/:articleId/guide', element: <GuideRoute /> }], url);
}

const SELF_DEFENSE = 'Article 51 of the UN Charter is the likely legal basis for US strikes in Mexico.';
const MEXICO_REJECTS = 'Mexico rejects US military action on its soil as a breach of sovereignty.';

describe('the reading guide of an article', () => {
  // Set-up, not the view, done once before the tests are timed: compiling the fixture corpus and a
  // first render and role query (a fresh jsdom pays seconds for their first pass on a busy machine).
  beforeAll(async () => {
    compareFixture();
    renderAt(`/article/${FTO}/guide`);
    await screen.findAllByRole('link');
    cleanup();
  }, 60_000);

  it('heads the guide with the source and counts its passages by type in a chart and a table that agree', async () => {
    renderAt(`/article/${FTO}/guide`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(articleTitle(FTO));
    expect(screen.getByText('Reading guide')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cite this article' })).toBeInTheDocument();
    // The fixture tags five FTO passages: four legal (one also strategic, one also political), one diplomatic.
    const table = await screen.findByRole('table', { name: 'Passages by claim type (table)' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [within(r).getByRole('rowheader').textContent, within(r).getByRole('cell').textContent]);
    const counts = Object.fromEntries(rows);
    expect(counts).toMatchObject({ Legal: '4', Diplomatic: '1', Political: '1', Strategic: '1' });
    expect(rows.filter(([, n]) => n !== '0')).toHaveLength(4);
    const chart = screen.getByRole('img', { name: /^Passages by claim type: / });
    for (const [label, n] of rows) expect(chart.getAttribute('aria-label')).toContain(`${label}: ${n}`);
    expect(screen.getByText(/^5 tagged passages in all/)).toBeInTheDocument();
  });

  it('lists the arguments shared with each other article, linking to their focus views, passages and both side by side', async () => {
    renderAt(`/article/${FTO}/guide`);
    const shared = screen.getByRole('region', { name: 'Arguments it shares with other articles' });
    // Other articles in corpus order; Lawfare shares nothing in the fixture.
    expect(
      within(shared)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual([
      expect.stringContaining(`With ${articleTitle(JUST_SECURITY)}`),
      expect.stringContaining(`With ${articleTitle(WAR_ZONE)}`),
    ]);
    expect(shared).not.toHaveTextContent(articleTitle(LAWFARE));
    const withJs = within(shared).getByRole('list', {
      name: `Arguments shared with ${articleTitle(JUST_SECURITY)}`,
    });
    expect(
      within(withJs)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.guide-argument__statement a')?.textContent),
    ).toEqual([SELF_DEFENSE, MEXICO_REJECTS]);
    expect(within(withJs).getByRole('link', { name: SELF_DEFENSE })).toHaveAttribute(
      'href',
      '/arguments/self-defense-exception',
    );
    const here = await within(withJs).findByRole('link', { name: /^paragraph \d+\W+Mexico rejects/ });
    expect(here).toHaveAttribute('href', `/article/${FTO}?p=fto-004`);
    const both = within(withJs).getByRole('link', { name: /^Read both side by side\W+Mexico rejects/ });
    expect(both.getAttribute('href')).toMatch(
      new RegExp(`^/compare\\?a=${FTO}(,|%2C)${JUST_SECURITY}&p=fto-004$`),
    );
  });

  it('lists the arguments only this article makes', async () => {
    renderAt(`/article/${FTO}/guide`);
    const alone = screen.getByRole('list', { name: 'Arguments only this article makes' });
    expect(
      within(alone)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('a')?.textContent),
    ).toEqual([
      'The UN Charter generally prohibits the use of force between states.',
      'Only Congress can declare war.',
    ]);
    expect(
      screen.getByRole('heading', { name: 'Arguments only this article makes (2)' }),
    ).toBeInTheDocument();
    expect(await within(alone).findAllByRole('link', { name: /^paragraph \d+/ })).toHaveLength(2);
  });

  it('quotes both sides of a disagreement with their paragraphs and the note, and opens both side by side', async () => {
    renderAt(`/article/${FTO}/guide`);
    const list = await screen.findByRole('list', { name: `Disagreements with ${articleTitle(WAR_ZONE)}` });
    const [contrast, ...more] = within(list).getAllByRole('listitem');
    expect(more).toHaveLength(0);
    const quotes = within(contrast!)
      .getAllByRole('blockquote')
      .map((q) => q.textContent);
    expect(quotes).toEqual([
      'But Congress alone has the power to declare war.',
      expect.stringContaining('Presidents – and especially this President – assert very broad power'),
    ]);
    expect(within(contrast!).getAllByText(/^Paragraph \d+$/)).toHaveLength(2);
    expect(contrast).toHaveTextContent(`Why they disagree: ${DISPUTE_NOTE}`);
    expect(within(contrast!).getByRole('link', { name: 'Only Congress can declare war.' })).toHaveAttribute(
      'href',
      '/arguments/congress-limits',
    );
    const open = within(contrast!).getByRole('link', { name: /^Open both side by side/ });
    expect(open.getAttribute('href')).toMatch(
      new RegExp(`^/compare\\?a=${FTO}(,|%2C)${WAR_ZONE}&p=fto-005$`),
    );
  });

  it('says when an article shares, disputes and makes nothing alone', async () => {
    renderAt(`/article/${LAWFARE}/guide`);
    expect(screen.getByText('No other article makes any of its arguments.')).toBeInTheDocument();
    expect(screen.getByText('Every argument it makes is made by another article too.')).toBeInTheDocument();
    expect(
      await screen.findByText('No curated disagreement sets this article against another.'),
    ).toBeInTheDocument();
  });

  it('says so for an article the corpus does not have', () => {
    renderAt('/article/no-such-article/guide');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('No such article');
    expect(screen.getByText(/no article “no-such-article”/)).toBeInTheDocument();
  });
});
