import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useRef } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { selectorFor } from '../model/anchor.ts';
import { buildTagIndex } from '../model/tag-index.ts';
import { compareFixture, FTO, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { createAnnotationStore, type AnnotationStore } from '../state/annotation-store.ts';
import { ownAnnotationView } from '../state/own-annotation.ts';
import { useAnnotationUi } from '../state/use-annotation-ui.ts';
import { AnnotationsPanel } from './AnnotationsPanel.tsx';
import { MinePanel } from './MinePanel.tsx';
import { MineText } from './MineText.tsx';

vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

// The parts this file's views load on first use, fetched once up front: the tests are about what
// the parts do (tests/browser/code-split.test.ts is about when they load).
beforeAll(async () => {
  await Promise.all([
    import('./AnnotationEditor.tsx'),
    // The recommender's data check and model (the editor's argument suggestions, same-point offers).
    import('../data/load-recommender-data.ts'),
    import('./SharePanel.tsx'),
    import('../data/w3c-import.ts'),
    import('../data/w3c-import-schema.ts'),
    import('../model/user-export.ts'),
  ]);
});

const corpus = compareFixture();
const index = buildTagIndex(corpus.articles, corpus.tagLayer);
const articles = new Map(corpus.articles.map((a) => [a.meta.id, a]));
const passage = corpus.tagLayer.passages.find((p) => p.article === FTO);
if (!passage) throw new Error('fixture has no FTO passage');
const block = corpus.articles.find((a) => a.meta.id === FTO)?.blocks.find((b) => b.id === passage.blockId);

/**
 * The panel with one block of the FTO article rendered as a column would, drawing the reader's spans,
 * and the panel of the reader's annotation selected by its "mine" label, as the compare view wires it.
 */
function Harness({ store, passageSelected = true }: { store: AnnotationStore; passageSelected?: boolean }) {
  const container = useRef<HTMLDivElement>(null);
  const open = useMemo(() => corpus.articles.filter((a) => [FTO, WAR_ZONE].includes(a.meta.id)), []);
  const ui = useAnnotationUi(container, open, store);
  const own = ownAnnotationView(ui.chosen, {
    annotations: ui.snapshot.state.annotations,
    userArguments: ui.snapshot.state.arguments,
    layer: ui.layer,
    index,
    articles,
    loaded: true,
  }).view;
  return (
    <>
      <div ref={container}>
        <section data-column={FTO}>
          <p data-block={block?.id}>
            <button type="button" data-select={passage?.id}>
              DIP
            </button>
            <MineText
              text={block?.text ?? ''}
              offset={block?.start ?? 0}
              spans={ui.shown.get(FTO)?.get(block?.id ?? '')}
              selected={ui.chosen}
            />
          </p>
        </section>
      </div>
      <AnnotationsPanel
        ui={ui}
        index={index}
        articles={articles}
        openIds={[FTO, WAR_ZONE]}
        selectedPassage={passageSelected ? passage : undefined}
      />
      {own && (
        <MinePanel
          view={own}
          index={index}
          articles={articles}
          openIds={[FTO, WAR_ZONE]}
          onShow={() => {}}
          onShowBlock={() => {}}
          onOpenBeside={() => {}}
          onEdit={() => ui.setEditing(own.annotation.id)}
          onDelete={() => {
            store.remove(own.annotation.id);
            ui.choose(undefined);
          }}
          onClose={() => ui.choose(undefined)}
        />
      )}
    </>
  );
}

function setup(passageSelected = true) {
  const store = createAnnotationStore({ name: null });
  render(<Harness store={store} passageSelected={passageSelected} />);
  return { store, user: userEvent.setup() };
}

/** Presses Tab until the control named `name` has focus, as a keyboard-only reader would. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, name: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await user.tab();
    const el = document.activeElement;
    if (el instanceof HTMLElement && (el.getAttribute('aria-label') ?? el.textContent) === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

const fto = corpus.articles.find((a) => a.meta.id === FTO);
/** The text of the sentences of the passage's paragraph. */
const sentences = (block?.sentences ?? []).map((s) => (fto?.text ?? '').slice(s.start, s.end));

describe('the annotation panel', () => {
  it('tags a passage by keyboard-reachable controls, then undoes and redoes it', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Annotate the selected passage' }));
    const form = await screen.findByRole('form', { name: 'New annotation' });
    await user.click(within(form).getByRole('checkbox', { name: 'Legal' }));
    await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Compare with Article 2(4)');
    await user.click(within(form).getByRole('button', { name: 'Add annotation' }));
    expect(screen.getByRole('heading', { name: 'Your annotations (1)' })).toBeInTheDocument();
    const [a] = store.list();
    expect(a).toMatchObject({ article: FTO, types: ['legal'], note: 'Compare with Article 2(4)' });
    expect(a?.selector.quote.exact).toBe(passage?.exact);
    // Drawn distinguishable from curated passages: a dashed "mine" span with its label.
    expect(screen.getByRole('button', { name: /^mine ?\(your annotation\)$/ })).toHaveAttribute(
      'data-label',
      'mine',
    );

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.list()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(store.list()).toHaveLength(1);
    await user.keyboard('{Control>}z{/Control}');
    expect(store.list()).toEqual([]);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(store.list()).toHaveLength(1);
  });

  it('selects from the "mine" label, edits from its panel: starts a new argument, links a passage; deletes', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Annotate the selected passage' }));
    await user.click(await screen.findByRole('button', { name: 'Add annotation' }));
    await user.click(screen.getByRole('button', { name: /^mine ?\(your annotation\)$/ }));
    // The label selects the annotation (its panel opens), it does not open the editor.
    const panel = screen.getByRole('complementary', { name: 'Your annotation' });
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('button', { name: /^mine ?\(your annotation\)$/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(within(panel).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit annotation' });
    await user.click(within(form).getByRole('checkbox', { name: 'Strategic' }));
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Argument' }),
      'Start a new argument…',
    );
    await user.type(
      within(form).getByRole('textbox', { name: /New argument/ }),
      'Self-defence needs an armed attack.',
    );
    const linkable = corpus.tagLayer.passages.find((p) => p.article === WAR_ZONE);
    await user.selectOptions(
      within(form).getByRole('combobox', { name: /Link to a passage/ }),
      linkable?.id ?? '',
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const [a] = store.list();
    const args = Object.values(store.exportAll().arguments);
    expect(a?.types).toEqual(['strategic']);
    expect(args.map((x) => [x.statement, x.type])).toEqual([
      ['Self-defence needs an armed attack.', 'strategic'],
    ]);
    expect(a?.arguments).toEqual([args[0]?.id]);
    expect(a?.links).toEqual([{ target: { passage: linkable?.id } }]);
    // The panel lists what was saved.
    const saved = screen.getByRole('complementary', { name: 'Your annotation' });
    expect(within(saved).getByText('Self-defence needs an armed attack.')).toBeInTheDocument();
    expect(within(saved).getByRole('heading', { name: 'Your links (1)' })).toBeInTheDocument();
    expect(within(saved).getByText(linkable?.exact ?? '')).toBeInTheDocument();

    await user.click(within(saved).getByRole('button', { name: 'Delete' }));
    expect(store.list()).toEqual([]);
    expect(screen.queryByRole('complementary', { name: 'Your annotation' })).toBeNull();
    expect(store.exportAll().arguments).toEqual({});
  });

  it('saves only the fields changed in the editor, keeping a link added while it was open', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Annotate the selected passage' }));
    await user.click(await screen.findByRole('button', { name: 'Add annotation' }));
    await user.click(screen.getByRole('button', { name: /^mine ?\(your annotation\)$/ }));
    await user.click(
      within(screen.getByRole('complementary', { name: 'Your annotation' })).getByRole('button', {
        name: 'Edit',
      }),
    );
    const form = screen.getByRole('form', { name: 'Edit annotation' });
    const [a] = store.list();
    if (!a) throw new Error('no annotation');
    // Accepting a suggestion of the same passage while the editor is open adds a link.
    act(() => store.update(a.id, { links: [{ target: { passage: 'wz-002' } }] }));
    await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'A note.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(store.list()[0]).toMatchObject({ note: 'A note.', links: [{ target: { passage: 'wz-002' } }] });
  });

  it('shows the selected annotation’s note and links as text: a passage, a stretch, a web page, and no unsafe link', async () => {
    const { store, user } = setup();
    const wz = corpus.articles.find((a) => a.meta.id === WAR_ZONE);
    const linkable = corpus.tagLayer.passages.find((p) => p.article === WAR_ZONE);
    if (!fto || !wz || !passage || !linkable) throw new Error('fixture incomplete');
    const hostile = '<img src=x onerror="window.hacked = true"> see the other piece';
    act(() =>
      store.merge(
        [
          {
            id: '66666666-6666-4666-8666-666666666666',
            article: FTO,
            selector: selectorFor(fto.text, passage.start, passage.end),
            types: ['legal'],
            arguments: [],
            links: [
              { target: { passage: linkable.id }, note: 'same point' },
              { target: { article: WAR_ZONE, selector: selectorFor(wz.text, 0, 20) } },
              { target: { url: 'https://example.org/brief' } },
              { target: { url: 'javascript:alert(1)' } },
            ],
            note: hostile,
            created: 'x',
            modified: 'x',
          },
        ],
        [],
      ),
    );
    await user.click(screen.getByRole('button', { name: /^mine ?\(your annotation\)$/ }));
    const panel = screen.getByRole('complementary', { name: 'Your annotation' });
    expect(within(panel).getByText(hostile)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(within(panel).getByRole('heading', { name: 'Your links (4)' })).toBeInTheDocument();
    expect(within(panel).getByText(linkable.exact)).toBeInTheDocument();
    expect(within(panel).getByText('same point')).toBeInTheDocument();
    expect(within(panel).getByText(wz.text.slice(0, 20))).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'https://example.org/brief' })).toHaveAttribute(
      'href',
      'https://example.org/brief',
    );
    expect(within(panel).getAllByRole('link')).toHaveLength(1);
    expect(
      within(panel).getByText(/javascript:alert\(1\) \(not an http or https address/),
    ).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('complementary', { name: 'Your annotation' })).toBeNull();
  });

  it('lists an orphan in the Unanchored panel with its quote and a hostile note as text', () => {
    const { store } = setup();
    const note = '<script>window.hacked = true</script><img src=x onerror="window.hacked = true">';
    act(() =>
      store.merge(
        [
          {
            id: '55555555-5555-4555-8555-555555555555',
            article: FTO,
            selector: {
              quote: { exact: 'A sentence the article never had.', prefix: '', suffix: '' },
              position: { start: 5, end: 38 },
            },
            types: ['legal'],
            arguments: [],
            links: [],
            note,
            created: 'x',
            modified: 'x',
          },
        ],
        [],
      ),
    );
    const panel = screen.getByRole('region', { name: 'Unanchored (1)' });
    expect(within(panel).getByText('A sentence the article never had.')).toBeInTheDocument();
    expect(within(panel).getByText(note)).toBeInTheDocument();
    expect(document.querySelector('script, img')).toBeNull();
    // Not drawn anywhere in the text.
    expect(screen.queryByRole('button', { name: /^mine ?\(your annotation\)$/ })).toBeNull();
  });

  it('previews an import (added, duplicates, invalid and why) and adds only on confirm', async () => {
    const { store, user } = setup();
    const content = JSON.stringify({
      type: 'AnnotationPage',
      items: [
        {
          type: 'Annotation',
          body: [{ type: 'TextualBody', purpose: 'tagging', value: 'legal' }],
          target: {
            source: `urn:parallax:article:${FTO}`,
            selector: { type: 'TextQuoteSelector', exact: passage?.exact },
          },
        },
        {
          id: 'evil',
          type: 'Annotation',
          motivation: 'linking',
          body: { type: 'SpecificResource', source: 'javascript:alert(1)' },
          target: {
            source: `urn:parallax:article:${FTO}`,
            selector: { type: 'TextQuoteSelector', exact: passage?.exact },
          },
        },
      ],
    });
    await user.click(screen.getByText('Export or import'));
    await user.upload(
      await screen.findByLabelText('Import a W3C annotation file'),
      new File([content], 'class.jsonld'),
    );
    const preview = await screen.findByRole('region', { name: 'Import of class.jsonld' });
    expect(preview).toHaveTextContent('1 to add');
    expect(preview).toHaveTextContent('0 already here');
    expect(preview).toHaveTextContent('1 invalid');
    expect(preview).toHaveTextContent('Item 2 (evil): the link to "javascript:alert(1)" is not followed');
    expect(store.list()).toEqual([]);
    await user.click(within(preview).getByRole('button', { name: 'Import 1' }));
    expect(store.list()).toHaveLength(1);
  });

  it('shows a badly typed selector as an invalid item with its reason, replacing the earlier preview', async () => {
    const { store, user } = setup();
    const item = (selector: unknown) => ({
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'legal' }],
      target: { source: `urn:parallax:article:${FTO}`, selector },
    });
    const quote = { type: 'TextQuoteSelector', exact: passage?.exact };
    await user.click(screen.getByText('Export or import'));
    const input = await screen.findByLabelText('Import a W3C annotation file');
    await user.upload(input, new File([JSON.stringify([item(quote)])], 'first.json'));
    expect(await screen.findByRole('region', { name: 'Import of first.json' })).toHaveTextContent('1 to add');
    const hostile = [
      item([quote, { type: 'TextPositionSelector', start: '1140', end: 1e300 }]),
      item({ type: 'TextQuoteSelector', exact: 123 }),
      item({ type: 'TextQuoteSelector', exact: passage?.exact, prefix: 5 }),
    ];
    await user.upload(input, new File([JSON.stringify(hostile)], 'second.json'));
    const preview = await screen.findByRole('region', { name: 'Import of second.json' });
    expect(screen.queryByRole('region', { name: 'Import of first.json' })).toBeNull();
    expect(preview).toHaveTextContent('0 to add');
    expect(preview).toHaveTextContent('3 invalid');
    expect(preview).toHaveTextContent('Item 1: target.selector.1.start: a position must be a whole number');
    expect(preview).toHaveTextContent('Item 2: target.selector.0.exact: Invalid input: expected string');
    expect(preview).toHaveTextContent('Item 3: target.selector.0.prefix: Invalid input: expected string');
    expect(within(preview).getByRole('button', { name: 'Import 0' })).toBeDisabled();
    expect(store.list()).toEqual([]);
  });

  it('refuses a file that is not JSON, changing nothing', async () => {
    const { store, user } = setup();
    await user.click(screen.getByText('Export or import'));
    await user.upload(
      await screen.findByLabelText('Import a W3C annotation file'),
      new File(['{"items": ['], 'broken.json'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“broken.json” cannot be imported: the file is not JSON',
    );
    expect(store.list()).toEqual([]);
  });

  it('says so visibly when annotations cannot be stored, and keeps them in memory', async () => {
    // jsdom has no IndexedDB, like a browser with storage disabled.
    const store = createAnnotationStore({ name: 'no-storage-here' });
    render(<Harness store={store} />);
    await act(() => store.whenLoaded);
    expect(screen.getByText('Your annotations are only in memory: export them.')).toBeVisible();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Annotate the selected passage' }));
    await user.click(await screen.findByRole('button', { name: 'Add annotation' }));
    expect(store.exportAll().annotations).not.toEqual({});
    expect(screen.getByRole('button', { name: 'Export (W3C)' })).toBeEnabled();
  });

  it('lets a keyboard-only reader extend the selected passage by a sentence before saving', async () => {
    const { store, user } = setup();
    await tabTo(user, 'Annotate the selected passage');
    await user.keyboard('{Enter}');
    const form = await screen.findByRole('form', { name: 'New annotation' });
    expect(form).toHaveFocus();
    const longer = `${passage?.exact ?? ''} ${sentences[3] ?? ''}`;
    await tabTo(user, 'End one sentence later');
    await user.keyboard('{Enter}');
    expect(within(form).getByRole('status')).toHaveTextContent(`Quote now: ${longer}`);
    expect(form.querySelector('blockquote')).toHaveTextContent(longer);
    // The shortcut shortens it again, and the refused move says why instead of doing nothing silently.
    await user.keyboard('{Alt>}{Shift>}{ArrowUp}{/Shift}{/Alt}');
    expect(within(form).getByRole('status')).toHaveTextContent(`Quote now: ${passage?.exact ?? ''}`);
    await user.keyboard('{Alt>}{Shift>}{ArrowUp}{/Shift}{/Alt}');
    expect(within(form).getByRole('status')).toHaveTextContent('cannot be shorter');
    expect(within(form).getByRole('button', { name: 'End one sentence earlier' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.keyboard('{Alt>}{Shift>}{ArrowDown}{/Shift}{/Alt}');
    await tabTo(user, 'Add annotation');
    await user.keyboard('{Enter}');
    expect(store.list().map((a) => a.selector.quote.exact)).toEqual([longer]);
    // Focus comes back to the bar, not to the page's start.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Annotate the selected passage' })).toHaveFocus(),
    );
  });

  it('offers the first sentence of the paragraph last focused when no passage is selected', async () => {
    const { store, user } = setup(false);
    expect(screen.queryByRole('button', { name: /^Annotate/ })).toBeNull();
    await tabTo(user, 'DIP');
    await user.tab({ shift: true });
    const start = screen.getByRole('button', { name: 'Annotate the first sentence of paragraph 3' });
    await user.click(start);
    const form = await screen.findByRole('form', { name: 'New annotation' });
    expect(form.querySelector('blockquote')).toHaveTextContent(sentences[0] ?? '');
    expect(within(form).getByRole('button', { name: 'Start one sentence earlier' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(within(form).getByRole('button', { name: 'End one sentence later' }));
    await user.click(within(form).getByRole('button', { name: 'Start one sentence later' }));
    await user.click(within(form).getByRole('button', { name: 'Add annotation' }));
    expect(store.list().map((a) => a.selector.quote.exact)).toEqual([sentences[1]]);
  });
});
