import { act, fireEvent, render, renderHook, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { scaledLists } from '../../tests/fixtures/scaled-lists.ts';
import { argumentComparePath } from '../state/use-arguments-index.ts';
import { useWindowedList } from '../state/windowed-rows.ts';
import { ArgumentList } from './ArgumentList.tsx';
import { ArgumentMatrix } from './ArgumentMatrix.tsx';
import { ArticleList } from './ArticleList.tsx';

// The data boundary (argumentComparePath's module reads the corpus): the fixture in place of the build's.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

// jsdom lays nothing out: every row is ROW px high, the page's viewport and the matrix's box have sizes.
const ROW = 60;
const BOX = { width: 800, height: 600 };
const SCALE = 100; // 500 articles, 500 arguments: a 250,000-cell matrix.
let built: ReturnType<typeof scaledLists> | undefined;
const lists = () => (built ??= scaledLists(SCALE));

/** axe's rules on the markup windowing changes (lists, tables, ARIA); jsdom has no layout for the rest. */
const AXE_STRUCTURE = [
  'aria-allowed-attr',
  'aria-valid-attr-value',
  'aria-required-children',
  'aria-required-parent',
  'aria-hidden-focus',
  'list',
  'listitem',
  'td-headers-attr',
  'scope-attr-valid',
  'empty-table-header',
  'table-duplicate-name',
  'nested-interactive',
];

function setScroll(target: Window | HTMLElement, key: 'scrollY' | 'scrollTop' | 'scrollLeft', px: number) {
  Object.defineProperty(target, key, { value: px, configurable: true, writable: true });
  act(() => {
    fireEvent.scroll(target);
  });
}

function emulatePrintMedia(on: boolean): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: on && query === 'print',
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}

/** Each rendered cell of `table` sits under its own column: every row marks exactly its articles there. */
function expectCellsInPlace(table: HTMLElement, matrix: ReturnType<typeof lists>['index']['matrix']): number {
  const columnAt = (cell: Element) => Number(cell.getAttribute('aria-colindex')) - 2;
  // Selectors, not role queries: those are slow over a table in jsdom.
  const shown = [...table.querySelectorAll('thead th')].slice(1).map(columnAt);
  let marks = 0;
  for (const th of table.querySelectorAll('tbody th[scope="row"]')) {
    const row = matrix.rows[Number(th.closest('tr')!.getAttribute('aria-rowindex')) - 2]!;
    expect(th).toHaveTextContent(row.argument.statement);
    const marked = [...th.closest('tr')!.querySelectorAll('td.argument-matrix__made')].map(columnAt);
    expect(marked).toEqual(shown.filter((i) => row.cells[i]));
    marks += marked.length;
  }
  return marks;
}

function wrap(node: ReactNode) {
  return render(<MemoryRouter>{node}</MemoryRouter>);
}

beforeAll(() => {
  lists(); // compile the fixture once, outside the tests' time
});

const STUBBED = ['offsetHeight', 'clientHeight', 'clientWidth', 'getBoundingClientRect'] as const;
const originals = new Map(
  STUBBED.map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)]),
);

beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.hasAttribute('data-index') ? ROW : 0;
    },
  });
  // A real browser's rects move with the page's scroll (the lists start at the page's top here).
  Object.defineProperty(HTMLElement.prototype, 'getBoundingClientRect', {
    configurable: true,
    value: () => ({ top: -window.scrollY, left: 0, right: 0, bottom: 0, width: 0, height: 0 }),
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('argument-matrix') ? BOX.height : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('argument-matrix') ? BOX.width : 0;
    },
  });
  setScroll(window, 'scrollY', 0);
});

afterEach(() => {
  for (const key of STUBBED) {
    const original = originals.get(key);
    if (original) Object.defineProperty(HTMLElement.prototype, key, original);
    else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
  }
  delete (window as unknown as Record<string, unknown>).matchMedia;
});

describe('the arguments index at 500 articles', () => {
  it('renders only the rows near the screen, each knowing its place in the whole list', () => {
    const { index } = lists();
    expect(index.rows).toHaveLength(500);
    wrap(<ArgumentList rows={index.rows} hrefFor={argumentComparePath} />);
    const items = within(screen.getByRole('list', { name: 'Arguments' })).getAllByRole('listitem');
    // 768 px of window / 60 px rows = 13 rows, plus 8 overscan below.
    expect(items.length).toBeLessThan(30);
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect(items[0]).toHaveAttribute('aria-setsize', '500');
    expect(items[0]).toHaveTextContent(index.rows[0]!.argument.statement);
  });

  it('brings other rows in when the page scrolls, and links them to the compare view with arg', () => {
    const { index } = lists();
    wrap(<ArgumentList rows={index.rows} hrefFor={argumentComparePath} />);
    setScroll(window, 'scrollY', 300 * ROW);
    const items = within(screen.getByRole('list', { name: 'Arguments' })).getAllByRole('listitem');
    expect(items.length).toBeLessThan(40);
    const places = items.map((li) => Number(li.getAttribute('aria-posinset')));
    expect(Math.min(...places)).toBeGreaterThan(200);
    // Each row shows its own argument and links to the compare view with it (`arg`).
    for (const [i, li] of items.entries()) {
      const argument = index.rows[places[i]! - 1]!.argument;
      expect(li).toHaveAttribute('value', String(places[i]));
      const link = within(li).getByRole('link', { name: argument.statement });
      expect(link).toHaveAttribute('href', argumentComparePath(argument));
      expect(link.getAttribute('href')).toContain(`arg=${argument.id}`);
    }
  });

  it('keeps the focused row (and focus) while the page scrolls far away from it', () => {
    const { index } = lists();
    wrap(<ArgumentList rows={index.rows} hrefFor={argumentComparePath} />);
    const third = within(screen.getByRole('list', { name: 'Arguments' })).getAllByRole('link')[2]!;
    act(() => third.focus());
    setScroll(window, 'scrollY', 400 * ROW);
    expect(document.activeElement).toBe(third);
    const places = within(screen.getByRole('list', { name: 'Arguments' }))
      .getAllByRole('listitem')
      .map((li) => Number(li.getAttribute('aria-posinset')));
    expect(places[0]).toBe(3);
    expect(Math.min(...places.slice(1))).toBeGreaterThan(300);
  });

  it('renders every row for print: on beforeprint at once, and under print media', () => {
    // The hook alone (the list renders exactly the rows it is given, as the tests above show).
    const list = { current: document.createElement('ol') };
    const { result } = renderHook(() => useWindowedList(500, ROW, list));
    expect(result.current.windowed).toBe(true);
    expect(result.current.rows.length).toBeLessThan(40);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(result.current.windowed).toBe(false);
    expect(result.current.rows.map((r) => r.index)).toEqual([...Array(500).keys()]);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(result.current.rows.length).toBeLessThan(40);
    emulatePrintMedia(true);
    const { result: printed } = renderHook(() => useWindowedList(500, ROW, list));
    expect(printed.current.rows).toHaveLength(500);
  });

  it('passes axe’s structural rules while windowed', async () => {
    const { index } = lists();
    const { container } = wrap(<ArgumentList rows={index.rows} hrefFor={argumentComparePath} />);
    const results = await axe.run(container, { runOnly: { type: 'rule', values: AXE_STRUCTURE } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('the matrix at 500 articles', () => {
  it('renders only the rows and columns near its box, and scrolling either way brings others in', () => {
    const { index } = lists();
    wrap(<ArgumentMatrix matrix={index.matrix} hrefFor={argumentComparePath} />);
    const table = screen.getByRole('table', { name: 'Which article makes which argument' });
    expect(table).toHaveAttribute('aria-rowcount', '501');
    expect(table).toHaveAttribute('aria-colcount', '501');
    const headers = () => [...table.querySelectorAll<HTMLElement>('thead th')];
    const rowHeaders = () => [...table.querySelectorAll<HTMLElement>('tbody th[scope="row"]')];
    // 800 px box / 112 px columns = 8 columns, plus 2 overscan; 600 px / 60 px = 10 rows, plus 8.
    expect(headers().length).toBeLessThan(15);
    expect(rowHeaders().length).toBeLessThan(25);
    expect(rowHeaders()[0]).toHaveTextContent(index.matrix.rows[0]!.argument.statement);
    expect(expectCellsInPlace(table, index.matrix)).toBeGreaterThan(0);

    const box = screen.getByRole('region', { name: 'Which article makes which argument' });
    setScroll(box, 'scrollTop', 300 * ROW);
    setScroll(box, 'scrollLeft', 300 * 112);
    expect(rowHeaders().length).toBeLessThan(40);
    const rowAt = (th: HTMLElement) => Number(th.closest('tr')!.getAttribute('aria-rowindex')) - 2;
    const columnAt = (cell: Element) => Number(cell.getAttribute('aria-colindex')) - 2;
    expect(Math.min(...rowHeaders().map(rowAt))).toBeGreaterThan(150);
    const columns = headers().slice(1);
    expect(columns.length).toBeLessThan(15);
    expect(Math.min(...columns.map(columnAt))).toBeGreaterThan(250);
    for (const th of columns) expect(th).toHaveTextContent(index.matrix.columns[columnAt(th)]!.shortTitle);
    expectCellsInPlace(table, index.matrix);
  });

  it('prints a note instead of a table too large for paper', () => {
    emulatePrintMedia(true);
    const { index } = lists();
    wrap(<ArgumentMatrix matrix={index.matrix} hrefFor={argumentComparePath} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('region', { name: /500 arguments × 500 articles/ })).toHaveTextContent(
      'is not printed',
    );
  });
});

describe('the library at 500 articles', () => {
  const cards = () => within(screen.getByRole('list', { name: 'Articles' })).getAllByRole('listitem');

  it('renders only the cards near the screen, and scrolling brings others in', () => {
    const { articles } = lists();
    wrap(<ArticleList articles={articles} />);
    expect(cards().length).toBeLessThan(30);
    setScroll(window, 'scrollY', 450 * ROW);
    const places = cards().map((li) => Number(li.getAttribute('aria-posinset')));
    expect(Math.min(...places)).toBeGreaterThan(200);
    for (const [i, li] of cards().entries()) {
      expect(li).toHaveTextContent(articles[places[i]! - 1]!.meta.title);
    }
  });

  it('keeps the tick of a card scrolled away and back', () => {
    const { articles } = lists();
    wrap(<ArticleList articles={articles} />);
    const first = screen.getByRole('checkbox', { name: `Compare ${articles[0]!.meta.title}` });
    act(() => first.click());
    act(() => first.blur());
    setScroll(window, 'scrollY', 450 * ROW);
    expect(first.isConnected).toBe(false);
    act(() => within(cards().at(-1)!).getByRole('checkbox').click());
    expect(screen.getByText('2 articles ticked.')).toBeInTheDocument();
    setScroll(window, 'scrollY', 0);
    expect(screen.getByRole('checkbox', { name: `Compare ${articles[0]!.meta.title}` })).toBeChecked();
  });
});
