/**
 * What a filter toggle and a selection re-render: only the blocks whose marks change. The render
 * counter is `blockMarks`, which a TaggedBlock calls once each time it renders (its marks strings
 * carry the block), wrapped so every call is recorded; a TaggedBlock whose memo no longer holds would
 * render every block of both columns on every click.
 */
import { act, cleanup, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleTitle, FTO, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import type * as BlockMarksModule from '../state/block-marks.ts';
import { CompareRoute } from './CompareRoute.tsx';

vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

const rendered = vi.hoisted(() => [] as string[]);
vi.mock('../state/block-marks.ts', async (importOriginal) => {
  const real = await importOriginal<typeof BlockMarksModule>();
  return {
    ...real,
    blockMarks: (strings: Parameters<typeof real.blockMarks>[0] & { block?: { id: string } }) => {
      rendered.push(strings.block?.id ?? '?');
      return real.blockMarks(strings);
    },
  };
});

// Plain selectors, not role queries: these run on every poll over two whole articles.
const text = (id: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(`[data-column="${id}"] [data-column-scroll]`);
  if (!el) throw new Error(`no text of ${articleTitle(id)} yet`);
  return el;
};
const checkbox = (name: string): HTMLInputElement => {
  const label = [...document.querySelectorAll('#claim-filter label')].find((l) =>
    l.textContent?.endsWith(name),
  );
  const input = label?.querySelector('input');
  if (!input) throw new Error(`no “${name}” checkbox in the claim-type filter`);
  return input;
};

/** Block ids (data-block) of both columns, and those holding a passage marker of the given labels. */
function blocks(labels?: (label: string) => boolean): string[] {
  return [FTO, WAR_ZONE].flatMap((id) =>
    [...text(id).querySelectorAll<HTMLElement>('[data-block]')]
      .filter(
        (b) =>
          labels === undefined ||
          [...b.querySelectorAll<HTMLElement>('[data-select]')].some((m) => labels(m.dataset.label ?? '')),
      )
      .map((b) => b.dataset.block ?? ''),
  );
}

/** A marker's label ("LEG", "DIP·STR") names no diplomatic type. */
const notDiplomatic = (label: string): boolean => !label.split('·').includes('DIP');

async function openBoth(): Promise<void> {
  renderRoutes([{ path: '/compare', element: <CompareRoute /> }], `/compare?a=${FTO},${WAR_ZONE}`);
  await waitFor(() => {
    expect(text(WAR_ZONE).querySelector('[data-select]')).not.toBeNull();
    expect(text(FTO).querySelector('[data-select]')).not.toBeNull();
  });
}

describe('re-rendering on a click', () => {
  // The first render of the route (modules, the fixture corpus) is slow on a busy machine: once here.
  beforeAll(async () => {
    await openBoth();
    cleanup();
  });
  beforeEach(() => {
    rendered.length = 0;
  });

  it('a filter toggle re-renders only the blocks whose passages it hides or shows', async () => {
    await openBoth();
    const diplomatic = checkbox('Diplomatic');
    const all = blocks();
    // Blocks with a passage that is not diplomatic lose it from the layer; no other block changes.
    const changing = blocks(notDiplomatic);
    expect(all.length).toBeGreaterThan(changing.length + 10);
    rendered.length = 0;
    act(() => diplomatic.click());
    await waitFor(() => expect(blocks(notDiplomatic)).toEqual([]));
    // StrictMode is off here, so each changed block renders once.
    expect([...new Set(rendered)].sort()).toEqual([...changing].sort());

    rendered.length = 0;
    act(() => diplomatic.click());
    await waitFor(() => expect(blocks(notDiplomatic)).toEqual(changing));
    expect([...new Set(rendered)].sort()).toEqual([...changing].sort());
  });

  it('selecting a passage re-renders only the blocks holding it or what it links to', async () => {
    await openBoth();
    const marker = text(FTO).querySelector<HTMLElement>('[data-select]');
    if (!marker) throw new Error('no passage marker in the FTO column');
    rendered.length = 0;
    act(() => marker.click());
    await waitFor(() => expect(document.querySelector('.links-panel')).not.toBeNull());
    const marked = [
      ...document.querySelectorAll<HTMLElement>('.passage.is-selected, .passage.is-linked'),
    ].map((p) => p.closest<HTMLElement>('[data-block]')?.dataset.block ?? '');
    expect(marked.length).toBeGreaterThan(0);
    expect([...new Set(rendered)].sort()).toEqual([...new Set(marked)].sort());
    expect(rendered.length).toBeLessThan(blocks().length / 4);
  });
});
