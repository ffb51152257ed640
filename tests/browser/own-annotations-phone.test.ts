/**
 * One's own annotation on a phone (390x844, touch): tapping its "mine" label opens its sheet under the
 * column, on screen at once; "Show in column" brings up the linked passage in the other article's tab.
 */
import { describe, expect, inject, it } from 'vitest';
import { realCompiled } from '../corpus/corpus-files.ts';
import { axeViolations } from './axe.ts';
import { chromiumForFile } from './chromium.ts';
import { AnnotationsPage } from './pages/annotations-page.ts';
import { ComparePage } from './pages/compare-page.ts';
import { unseenReason } from './seen.ts';

const baseUrl = inject('baseUrl');
// axe over a whole compare view takes 5–20 s on a busy 2-core machine: this test gets 60 s.
const TIMEOUT_MS = 60_000;
const FTO = 'fto-lethal-force-legality';
const WAR_ZONE = 'war-zone-military-options';
const browser = chromiumForFile({ viewport: { width: 390, height: 844 }, touch: true });
const { corpus } = realCompiled();
const passage = corpus.tagLayer.passages.find((p) => p.article === FTO);
const target = corpus.tagLayer.passages.find((p) => p.article === WAR_ZONE);
if (!passage || !target) throw new Error('the corpus lacks an FTO or a war-zone passage');
const NOTE = 'Same worry in the war-zone piece.';

describe('one’s own annotation on a phone', () => {
  it(
    'a tap on its "mine" label opens its sheet on screen; Show in column brings up the linked passage',
    async () => {
      const page = await browser.context.newPage();
      const ui = await new AnnotationsPage(page, baseUrl).open([FTO, WAR_ZONE]);
      const compare = new ComparePage(page, baseUrl);
      const tap = async (locator: ReturnType<typeof page.locator>): Promise<void> => {
        await locator.scrollIntoViewIfNeeded();
        const box = await locator.boundingBox();
        if (!box) throw new Error('nothing to tap');
        await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      };

      // Annotate a passage from its chip: select it, then the bar's quick button.
      await tap(compare.marker(passage.id));
      await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe(passage.id);
      await tap(page.getByRole('button', { name: 'Annotate the selected passage' }));
      const editor = ui.editor();
      await editor.waitFor();
      await editor
        .getByRole('combobox', { name: 'Link to a passage in another article' })
        .selectOption(target.id);
      await editor.getByRole('textbox', { name: 'Note' }).fill(NOTE);
      // The editor grows when its suggested arguments arrive: a person taps once it has stopped moving.
      await editor.getByText('Finding arguments…').waitFor({ state: 'hidden' });
      await tap(editor.getByRole('button', { name: 'Add annotation' }));
      await editor.waitFor({ state: 'detached' });

      // A tap on its label selects it: the sheet shows its note at once, the label stays in view.
      const label = ui.mineLabels().first();
      await tap(label);
      await expect.poll(() => new URL(page.url()).searchParams.get('own')).toMatch(/^[0-9a-f-]{36}$/);
      expect(new URL(page.url()).searchParams.get('p')).toBeNull();
      const sheet = ui.minePanel();
      await expect.poll(() => unseenReason(sheet.getByRole('heading', { name: 'Your annotation' }))).toBe('');
      await expect.poll(() => unseenReason(sheet.getByText(NOTE, { exact: true }))).toBe('');
      await expect.poll(() => unseenReason(label)).toBe('');
      expect(await axeViolations(page)).toEqual([]);

      // The link's "Show in column" shows the other article's tab with the linked passage marked.
      await tap(sheet.getByRole('button', { name: /^Show in column/ }));
      await expect.poll(() => unseenReason(compare.marker(target.id))).toBe('');
      await expect.poll(() => compare.linkedPieces(target.id).count()).toBeGreaterThan(0);
      await page.close();
    },
    TIMEOUT_MS,
  );
});
