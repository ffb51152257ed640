import { cleanup, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  articleTitle,
  compareFixture,
  DISPUTE_NOTE,
  FTO,
  WAR_ZONE,
} from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { ArgumentsRoute } from './ArgumentsRoute.tsx';

// The data boundary: the real articles with a small tag layer quoting real sentences.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

// The parts this file's views load on first use, fetched once up front: the tests are about what
// the parts do (tests/browser/code-split.test.ts is about when they load).
beforeAll(async () => {
  await Promise.all([import('../components/ArgumentMatrix.tsx')]);
});

const SELF_DEFENSE = 'Article 51 of the UN Charter is the likely legal basis for US strikes in Mexico.';

function renderAt(url: string) {
  return renderRoutes([{ path: '/arguments', element: <ArgumentsRoute /> }], url);
}

describe('the arguments index', () => {
  // Set-up, not the view, done once before the tests are timed: compiling the fixture corpus, and a
  // first render and role query (a fresh jsdom pays seconds for their first pass on a busy machine).
  beforeAll(() => {
    compareFixture();
    renderAt('/arguments');
    screen.getAllByRole('link');
    cleanup();
  }, 60_000);

  it('names a claim type or order in the link that does not exist, and shows everything instead', () => {
    renderAt('/arguments?type=astrology&sort=backwards');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('No claim type “astrology” in this taxonomy; showing all types.');
    expect(alert).toHaveTextContent('No order “backwards”; showing most articles first.');
    expect(within(screen.getByRole('list', { name: 'Arguments' })).getAllByRole('listitem')).toHaveLength(5);
  });

  it('lists every argument with its type label and how many articles make it, most shared first', () => {
    renderAt('/arguments');
    const items = within(screen.getByRole('list', { name: 'Arguments' })).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent(SELF_DEFENSE);
    expect(items[0]).toHaveTextContent('Legal');
    expect(items[0]).toHaveTextContent('made by 3 articles');
    expect(within(items[0]!).getByRole('link', { name: SELF_DEFENSE })).toHaveAttribute(
      'href',
      '/arguments/self-defense-exception',
    );
  });

  it('shows who makes which argument in a table with article columns and argument rows', async () => {
    renderAt('/arguments');
    const table = await screen.findByRole('table', { name: 'Which article makes which argument' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Argument',
      'Five questions to ask…',
      'The FTO designation and…',
      'Unlawful and self-defeating',
      'What Would Bombing Mexico…',
      'How Trump Could Use…',
    ]);
    const row = within(table).getByRole('rowheader', { name: SELF_DEFENSE }).closest('tr')!;
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // Columns in corpus order: five-questions, FTO, Just Security, Lawfare, War Zone.
    expect(cells).toEqual(['', '●makes this argument', '●makes this argument', '', '●makes this argument']);
  });

  it('filters by claim type and sorts by statement, keeping both in the URL', async () => {
    const { user, router } = renderAt('/arguments');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Claim type' }), 'diplomatic');
    const list = screen.getByRole('list', { name: 'Arguments' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('a')?.textContent),
    ).toEqual(['Mexico rejects US military action on its soil as a breach of sovereignty.']);
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 arguments');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Claim type' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'statement');
    const statements = within(screen.getByRole('list', { name: 'Arguments' }))
      .getAllByRole('link')
      .map((a) => a.textContent ?? '');
    expect(statements).toEqual([...statements].sort((a, b) => a.localeCompare(b, 'en')));
    expect(router.state.location.search).toBe('?sort=statement');
  });

  it('lists each disagreement with its note and a link reading both sides side by side', () => {
    renderAt('/arguments');
    const section = screen.getByRole('region', { name: 'Disagreements (1)' });
    const [dispute] = within(section).getAllByRole('listitem');
    expect(dispute).toHaveTextContent(
      `The President claims broad power to use force without Congress.Made by ${articleTitle(WAR_ZONE)}versusOnly Congress can declare war.Made by ${articleTitle(FTO)}`,
    );
    expect(dispute).toHaveTextContent(DISPUTE_NOTE);
    expect(within(dispute!).getByRole('link', { name: 'Read both sides side by side' })).toHaveAttribute(
      'href',
      `/compare?a=${WAR_ZONE},${FTO}&p=wz-002`,
    );
    expect(within(dispute!).getByRole('link', { name: 'Only Congress can declare war.' })).toHaveAttribute(
      'href',
      `/compare?a=${FTO}&arg=congress-limits`,
    );
  });

  it('filters to the arguments in dispute, in the URL, and names a bad value', async () => {
    const { user, router } = renderAt('/arguments');
    const filter = screen.getByRole('checkbox', { name: 'Arguments in dispute (2)' });
    await user.click(filter);
    expect(router.state.location.search).toBe('?disputed=1');
    const items = within(screen.getByRole('list', { name: 'Arguments' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('a')?.textContent)).toEqual([
      'Only Congress can declare war.',
      'The President claims broad power to use force without Congress.',
    ]);
    expect(items[0]).toHaveTextContent('in dispute');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 arguments');
    await user.click(filter);
    expect(router.state.location.search).toBe('');
    expect(within(screen.getByRole('list', { name: 'Arguments' })).getAllByRole('listitem')).toHaveLength(5);
  });

  it('keeps only the disagreements touching the shown arguments', async () => {
    const { user } = renderAt('/arguments?type=diplomatic');
    expect(screen.getByRole('region', { name: 'Disagreements (0 of 1)' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Claim type' }), 'legal');
    expect(screen.getByRole('region', { name: 'Disagreements (1)' })).toBeInTheDocument();
  });

  it('names a disputed value that is not a filter', () => {
    renderAt('/arguments?disputed=yes');
    expect(screen.getByRole('alert')).toHaveTextContent('“disputed=yes” is not a filter (use disputed=1)');
    expect(within(screen.getByRole('list', { name: 'Arguments' })).getAllByRole('listitem')).toHaveLength(5);
  });
});
