import { describe, expect, inject, it } from 'vitest';
import { realCompiled } from '../corpus/corpus-files.ts';
import { linkedIds } from '../../src/model/cross-index.ts';
import { suggestionReason, visibleSuggestions } from '../../src/model/suggestion-view.ts';
import { buildTagIndex } from '../../src/model/tag-index.ts';
import { comparePath } from '../../src/state/paths.ts';
import { EMPTY_COMPARE_STATE } from '../../src/state/compare-url.ts';
import { axeViolations } from './axe.ts';
import { chromiumForFile, freshContext } from './chromium.ts';
import { annotationsStored } from './stored.ts';
import { ComparePage } from './pages/compare-page.ts';
import { LibraryPage } from './pages/library-page.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile();

// The tag layer is curated data that grows: pick the passages from it rather than hard-coding them.
const { corpus } = realCompiled();
const index = buildTagIndex(corpus.articles, corpus.tagLayer);
const titleOf = (id: string): string => corpus.articles.find((a) => a.meta.id === id)?.meta.title ?? id;
/** The first article whose first passage is linked (same argument) to a passage of another article. */
const pick = (() => {
  for (const article of corpus.articles) {
    const first = index.passagesByArticle.get(article.meta.id)?.[0];
    const link = (index.cross.get(first?.id ?? '') ?? []).find((l) => l.kind === 'same-argument');
    const target = link && index.passageById.get(link.passage);
    if (first && target && target.article !== first.article) return { source: first, target };
  }
  throw new Error('the tag layer has no cross-article link yet');
})();
const [A, B] = [pick.source.article, pick.target.article];
const linkedInB = (index.cross.get(pick.source.id) ?? [])
  .map((l) => index.passageById.get(l.passage))
  .filter((p) => p?.article === B)
  .map((p) => p?.id ?? '');

/** A passage with at least two suggestions to list, and them (nothing accepted or dismissed yet). */
const suggested = (() => {
  const articles = new Map(corpus.articles.map((a) => [a.meta.id, a]));
  for (const passage of corpus.tagLayer.passages) {
    const { shown } = visibleSuggestions({
      passage,
      records: corpus.suggestions[passage.id] ?? [],
      curated: linkedIds(index.cross, passage.id),
      dismissed: [],
      annotations: [],
      articles,
      passageById: index.passageById,
    });
    if (shown.length >= 2) return { passage, shown };
  }
  throw new Error('no passage has two suggestions to list');
})();

describe('the compare view in Chromium', () => {
  it('opens two articles side by side from the library', async () => {
    const library = await new LibraryPage(await browser.context.newPage(), baseUrl).open();
    await library.page.getByRole('checkbox', { name: `Compare ${titleOf(A)}` }).check();
    await library.page.getByRole('checkbox', { name: `Compare ${titleOf(B)}` }).check();
    await library.page.getByRole('button', { name: 'Compare side by side' }).click();
    const compare = new ComparePage(library.page, baseUrl);
    await compare.heading().waitFor();
    // Each article's text is fetched on demand; the reader waits for it as the columns fill.
    await compare.settled();
    expect(await compare.columns().count()).toBe(2);
    expect(await compare.column(titleOf(A)).isVisible()).toBe(true);
    expect(await compare.column(titleOf(B)).isVisible()).toBe(true);
    // Each column scrolls on its own.
    const scrollable = await compare
      .columnText(titleOf(A))
      .evaluate((el) => el.scrollHeight > el.clientHeight);
    expect(scrollable).toBe(true);
    await library.page.close();
  });

  it('filters to one claim type', async () => {
    const compare = await new ComparePage(await browser.context.newPage(), baseUrl).open(
      comparePath({ ...EMPTY_COMPARE_STATE, articles: [A, B] }),
    );
    const type = corpus.tagLayer.taxonomy.find((t) => t.id === pick.source.types[0]);
    if (!type) throw new Error('no type');
    const before = await compare.markers(titleOf(A)).count();
    // The checkbox reflects the URL, which changes just after the click.
    await compare.typeCheckbox(type.label).click();
    await expect.poll(() => compare.page.url()).toContain(`types=${type.id}`);
    await expect.poll(() => compare.typeCheckbox(type.label).isChecked()).toBe(true);
    const after = await compare.markerLabels(titleOf(A));
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThanOrEqual(before);
    const abbreviation = type.label.slice(0, 3).toUpperCase();
    expect(after.every((text) => text.includes(abbreviation))).toBe(true);
    await compare.page.close();
  });

  it('selecting a passage marks its linked passage in the other column, in view, with a connector', async () => {
    const compare = await new ComparePage(await browser.context.newPage(), baseUrl).open(
      comparePath({ ...EMPTY_COMPARE_STATE, articles: [A, B] }),
    );
    await compare.marker(pick.source.id).click();
    await compare.panel().waitFor();
    expect(await compare.panel().innerText()).toContain(pick.source.exact.slice(0, 40));
    const linked = compare.linkedPieces(linkedInB[0] ?? '');
    await linked.first().waitFor();
    await expect.poll(() => compare.inColumnView(linked)).toBe(true);
    await expect.poll(() => compare.connectorCount()).toBeGreaterThan(0);
    // Back clears the selection; forward restores it.
    await compare.page.goBack();
    await expect.poll(() => compare.panel().count()).toBe(0);
    await compare.page.goForward();
    await compare.panel().waitFor();
    await compare.page.close();
  });

  it('restores the same view from a shared URL', async () => {
    const type = pick.source.types[0] ?? '';
    const path = comparePath({
      ...EMPTY_COMPARE_STATE,
      articles: [B, A],
      types: [type],
      mode: 'focus',
      passage: pick.source.id,
      lock: true,
    });
    const compare = await new ComparePage(await browser.context.newPage(), baseUrl).open(path);
    const label = corpus.tagLayer.taxonomy.find((t) => t.id === type)?.label ?? type;
    expect(await compare.typeCheckbox(label).isChecked()).toBe(true);
    expect(await compare.page.getByRole('radio', { name: 'Focus' }).isChecked()).toBe(true);
    expect(await compare.page.getByRole('checkbox', { name: 'Linked scrolling' }).isChecked()).toBe(true);
    expect(
      await compare.columns().evaluateAll((els) => els.map((e) => e.getAttribute('data-column'))),
    ).toEqual([B, A]);
    expect(await compare.marker(pick.source.id).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => compare.inColumnView(compare.marker(pick.source.id))).toBe(true);
    expect(await compare.panel().innerText()).toContain(pick.source.exact.slice(0, 40));
    await compare.page.close();
  });

  it('works from the keyboard alone: Tab to a passage, Enter selects, n moves to a linked passage', async () => {
    const compare = await new ComparePage(await browser.context.newPage(), baseUrl).open(
      comparePath({ ...EMPTY_COMPARE_STATE, articles: [A, B] }),
    );
    for (let i = 0; i < 80 && (await compare.focusedPassage()) === ''; i++)
      await compare.page.keyboard.press('Tab');
    expect(await compare.focusedPassage()).toBe(pick.source.id);
    await compare.page.keyboard.press('Enter');
    await expect.poll(() => compare.page.url()).toContain(`p=${pick.source.id}`);
    await compare.panel().waitFor();
    await compare.page.keyboard.press('n');
    await expect.poll(() => compare.focusedPassage()).not.toBe(pick.source.id);
    const linked = index.cross.get(pick.source.id)?.map((l) => l.passage) ?? [];
    expect(linked).toContain(await compare.focusedPassage());
    await compare.page.keyboard.press('Escape');
    await expect.poll(() => compare.panel().count()).toBe(0);
    await compare.page.close();
  });

  it('lists suggestions; Accept adds an annotation, and a dismissed one stays dismissed after a reload', async () => {
    // A context of its own: its IndexedDB starts empty.
    const own = await freshContext(browser.context);
    try {
      const { passage, shown } = suggested;
      const [first, second] = shown;
      const compare = await new ComparePage(await own.newPage(), baseUrl).open(
        comparePath({
          ...EMPTY_COMPARE_STATE,
          articles: [passage.article, first?.target.article ?? B],
          suggested: true,
          passage: passage.id,
        }),
      );
      await compare.suggestions().waitFor();
      expect(await compare.suggestionCount()).toBe(shown.length);
      const item = compare.suggestionItems().first();
      expect(await item.innerText()).toContain(suggestionReason(first ?? { score: 0, sharedTerms: [] }));
      expect(await item.innerText()).toContain(first?.target.exact.slice(0, 40));
      // The suggested passages are marked in the other column, whose text arrives on its own.
      await expect
        .poll(() => compare.page.locator('.passage.is-suggested, .suggested-span').count())
        .toBeGreaterThan(0);

      await item.getByRole('button', { name: /^Accept/ }).click();
      await expect.poll(() => compare.annotationCount()).toBe(1);
      await expect.poll(() => compare.suggestionCount()).toBe(shown.length - 1);

      const next = compare.suggestionItems().first();
      expect(await next.innerText()).toContain(second?.target.exact.slice(0, 40));
      await next.getByRole('button', { name: /^Dismiss/ }).click();
      await expect.poll(() => compare.suggestionCount()).toBe(shown.length - 2);

      // Kept in IndexedDB: after a reload the accepted one is an annotation, the dismissed one stays away.
      await annotationsStored(compare.page);
      await compare.page.reload();
      await compare.suggestions().waitFor();
      await expect.poll(() => compare.annotationCount()).toBe(1);
      await expect.poll(() => compare.suggestionCount()).toBe(shown.length - 2);
      await compare.suggestions().getByRole('button', { name: 'Show 1 dismissed' }).click();
      const restore = compare.suggestions().getByRole('button', { name: /^Restore/ });
      await restore.waitFor();
      // The panel with the dismissed list open passes axe too.
      expect(await axeViolations(compare.page)).toEqual([]);
      await restore.click();
      await expect.poll(() => compare.suggestionCount()).toBe(shown.length - 1);
    } finally {
      await own.close();
    }
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations with a passage selected and its suggestions listed (%s theme)',
    async (scheme) => {
      const themed = await freshContext(browser.context, { colorScheme: scheme });
      try {
        const compare = await new ComparePage(await themed.newPage(), baseUrl).open(
          comparePath({ ...EMPTY_COMPARE_STATE, articles: [A, B], passage: pick.source.id, suggested: true }),
        );
        await compare.suggestions().waitFor();
        expect(await axeViolations(compare.page)).toEqual([]);
      } finally {
        await themed.close();
      }
    },
  );
});
