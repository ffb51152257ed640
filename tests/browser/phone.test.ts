import { describe, expect, inject, it } from 'vitest';
import { realCompiled } from '../corpus/corpus-files.ts';
import { buildTagIndex } from '../../src/model/tag-index.ts';
import { EMPTY_COMPARE_STATE } from '../../src/state/compare-url.ts';
import { argumentsPath, articlePath, comparePath, libraryPath, searchPath } from '../../src/state/paths.ts';
import { axeViolations } from './axe.ts';
import { chromiumForFile } from './chromium.ts';
import { ComparePage } from './pages/compare-page.ts';
import { unseenReason } from './seen.ts';

const baseUrl = inject('baseUrl');
// axe over the arguments page (its matrix of every argument by article) takes 5–20 s on a busy
// 2-core machine: the axe checks get 60 s, so they stay under half of their timeout.
const AXE_TIMEOUT_MS = 60_000;
// A phone: 390x844 with touch, so a tap is a tap (touch events, then the emulated mouse events).
const browser = chromiumForFile({ viewport: { width: 390, height: 844 }, touch: true });

// The one compile of the real corpus this test run shares (tests/fixtures/real-corpus-setup.ts).
const { corpus } = realCompiled();
const index = buildTagIndex(corpus.articles, corpus.tagLayer);
const [A = '', B = ''] = corpus.articles.map((a) => a.meta.id);
const titleOf = (id: string): string => corpus.articles.find((a) => a.meta.id === id)?.meta.title ?? id;

/** Ids of a column's type chips a person can see now (in the viewport and not covered), top to bottom. */
async function chipsInView(compare: ComparePage, title: string): Promise<string[]> {
  return compare.markers(title).evaluateAll((els) =>
    els
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight || box.left < 0 || box.right > window.innerWidth)
          return false;
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return hit !== null && el.contains(hit);
      })
      .map((el) => (el as HTMLElement).dataset.select ?? ''),
  );
}

describe('the compare view on a phone (390x844, touch)', () => {
  it('the first tap on a type chip selects its passage, and the panel shows at once beside it', async () => {
    const page = await browser.context.newPage();
    const compare = await new ComparePage(page, baseUrl).open(
      comparePath({ ...EMPTY_COMPARE_STATE, articles: [A, B] }),
    );
    // The second chip a reader sees in the column (the first sits right under the column's header).
    const [first, second] = await chipsInView(compare, titleOf(A));
    const id = second ?? first ?? '';
    const chip = compare.marker(id);
    const box = await chip.boundingBox();
    if (!box) throw new Error('the chip has no box');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    // One tap: the passage is selected (nothing moved under the finger between touch and click).
    await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe(id);
    // The panel is on screen at once, not after the article, and the chosen passage stays visible.
    await expect
      .poll(() => unseenReason(compare.panel().getByRole('heading', { name: 'Selected passage' })))
      .toBe('');
    await expect.poll(() => unseenReason(compare.panel())).toBe('');
    await expect.poll(() => unseenReason(compare.marker(id))).toBe('');
    expect(await compare.panel().innerText()).toContain(index.passageById.get(id)?.exact.slice(0, 30));
    await page.close();
  });

  it('tapping chips one after another selects each on the first tap', async () => {
    const page = await browser.context.newPage();
    const compare = await new ComparePage(page, baseUrl).open(
      comparePath({ ...EMPTY_COMPARE_STATE, articles: [B, A] }),
    );
    for (let round = 0; round < 3; round++) {
      const current = new URL(page.url()).searchParams.get('p');
      const id = (await chipsInView(compare, titleOf(B))).find((p) => p !== current);
      const box = id === undefined ? null : await compare.marker(id).boundingBox();
      const chosen = id && box ? { id, x: box.x + box.width / 2, y: box.y + box.height / 2 } : undefined;
      if (!chosen) throw new Error(`round ${round}: no other chip in view`);
      await page.touchscreen.tap(chosen.x, chosen.y);
      await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe(chosen.id);
      await expect.poll(() => unseenReason(compare.panel())).toBe('');
      if (round === 1) {
        // Folding the sheet gives the column the room back; the next selection opens it again.
        const tall = (await compare.panel().boundingBox())?.height ?? 0;
        await compare.panel().getByRole('button', { name: 'Hide details' }).tap();
        await expect
          .poll(async () => (await compare.panel().boundingBox())?.height ?? 0)
          .toBeLessThan(tall / 2);
      }
    }
    expect(
      await compare.panel().getByRole('button', { name: 'Hide details' }).getAttribute('aria-expanded'),
    ).toBe('true');
    await page.close();
  });

  it.each([
    ['library', libraryPath()],
    [
      'compare, a passage selected',
      comparePath({
        ...EMPTY_COMPARE_STATE,
        articles: [A, B],
        passage: index.passagesByArticle.get(A)?.[0]?.id,
      }),
    ],
    ['arguments', argumentsPath()],
    ['article', articlePath(A)],
    ['search', searchPath('cartel')],
  ])(
    'has no axe violations at phone size: %s',
    async (_name, path) => {
      const page = await browser.context.newPage();
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
    AXE_TIMEOUT_MS,
  );
});
