import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareFixture } from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { decodePlanLink } from '../data/plan-link.ts';
import { createAnnotationStore, type AnnotationStore } from '../state/annotation-store.ts';
import { setAnnotationStore } from '../state/use-annotations.ts';
import { PlanRoute } from './PlanRoute.tsx';
import { PlansRoute } from './PlansRoute.tsx';

// The data boundary: the real articles with a small tag layer quoting real sentences.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

const SELF_DEFENSE = 'Article 51 of the UN Charter is the likely legal basis for US strikes in Mexico.';
const MEXICO = 'Mexico rejects US military action on its soil as a breach of sovereignty.';
const CONGRESS = 'Only Congress can declare war.';

let store: AnnotationStore;
let ids = 0;

beforeEach(() => {
  ids = 0;
  store = createAnnotationStore({
    name: null,
    newId: () => `id-${++ids}`,
    now: () => '2026-12-01T10:00:00.000Z',
  });
  setAnnotationStore(store);
});

function renderAt(url: string) {
  return renderRoutes(
    [
      { path: '/plans', element: <PlansRoute /> },
      { path: '/plans/:planId', element: <PlanRoute /> },
    ],
    url,
  );
}

const stepTitles = (): string[] =>
  within(screen.getByRole('region', { name: 'Steps' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.plan-step__title')?.textContent?.trim() ?? '');

describe('the plan editor', () => {
  // Set-up, not the view, done once before the tests are timed: compiling the fixture corpus, and a
  // first render and role query (a fresh jsdom pays seconds for their first pass on a busy machine).
  beforeAll(() => {
    compareFixture();
    setAnnotationStore(createAnnotationStore({ name: null }));
    renderAt('/plans');
    screen.getAllByRole('button');
    cleanup();
  }, 60_000);

  it('adds arguments from the picker, each once, in the order chosen', async () => {
    const id = store.createPlan('Draft');
    renderAt(`/plans/${id}`);
    const picker = screen.getByRole('region', { name: 'Add an argument' });
    const search = within(picker).getByRole('searchbox', { name: 'Words of its statement' });
    for (const words of ['article 51', 'mexico rejects', 'congress']) {
      fireEvent.change(search, { target: { value: words } });
      const list = within(picker).getByRole('list', { name: 'Matching arguments' });
      fireEvent.click(within(list).getAllByRole('button')[0]!);
    }
    expect(stepTitles()).toEqual([SELF_DEFENSE, MEXICO, CONGRESS].map((t) => expect.stringContaining(t)));
    // An argument already in the plan is not offered again.
    fireEvent.change(search, { target: { value: 'article 51' } });
    expect(within(picker).queryByRole('button', { name: `Add: ${SELF_DEFENSE}` })).toBeNull();
  });

  it('reorders with Move up and with Alt+ArrowUp, keeping the focus on the moved step', async () => {
    const id = store.createPlan('Draft', [
      { target: { kind: 'argument', id: 'self-defense-exception' } },
      { target: { kind: 'argument', id: 'mexico-rejects' } },
      { target: { kind: 'argument', id: 'congress-limits' } },
    ]);
    const { user } = renderAt(`/plans/${id}`);
    await user.click(screen.getByRole('button', { name: 'Move up: step 3' }));
    expect(stepTitles()).toEqual([SELF_DEFENSE, CONGRESS, MEXICO].map((t) => expect.stringContaining(t)));
    expect(document.activeElement).toHaveAccessibleName('Move up: step 2');
    // Alt+ArrowUp from inside the step moves it again.
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(stepTitles()).toEqual([CONGRESS, SELF_DEFENSE, MEXICO].map((t) => expect.stringContaining(t)));
    expect(store.getSnapshot().plans[id]?.steps.map((s) => s.target.id)).toEqual([
      'congress-limits',
      'self-defense-exception',
      'mexico-rejects',
    ]);
  });

  it('saves a prompt and a note when the field is left and the name on Enter; Present opens a link carrying the plan without the note', async () => {
    const id = store.createPlan('Draft', [
      { target: { kind: 'argument', id: 'congress-limits' } },
      { target: { kind: 'argument', id: 'self-defense-exception' } },
      { target: { kind: 'argument', id: 'mexico-rejects' } },
    ]);
    renderAt(`/plans/${id}`);
    const firstPrompt = screen.getAllByRole('textbox', { name: /^Prompt for the class/ })[0]!;
    // A prompt, saved when the field is left; the name, saved on Enter.
    expect(firstPrompt).toHaveAccessibleDescription(/in the students’ link/);
    fireEvent.change(firstPrompt, { target: { value: 'Who may declare war?' } });
    const note = screen.getAllByRole('textbox', { name: /^Your note/ })[0]!;
    // Leaving the prompt saves it (one undo step), then the note.
    fireEvent.blur(firstPrompt);
    fireEvent.change(note, { target: { value: 'Start with the Constitution' } });
    fireEvent.blur(note);
    const name = screen.getByRole('textbox', { name: 'Plan name' });
    fireEvent.change(name, { target: { value: 'Legal basis for force' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    const plan = store.getSnapshot().plans[id]!;
    expect(plan.name).toBe('Legal basis for force');
    expect(plan.steps[0]).toMatchObject({
      prompt: 'Who may declare war?',
      note: 'Start with the Constitution',
    });
    // Present opens the shared link: it carries the plan (without the private note).
    const present = screen.getByRole('link', { name: 'Present' });
    const href = new URL(present.getAttribute('href')!, 'http://x');
    expect(href.pathname).toBe('/plan');
    expect(href.searchParams.get('present')).toBe('1');
    const shared = decodePlanLink(href.searchParams.get('p')!);
    expect(shared.name).toBe('Legal basis for force');
    expect(shared.steps.map((s) => [s.target, s.prompt])).toEqual([
      [{ kind: 'argument', id: 'congress-limits' }, 'Who may declare war?'],
      [{ kind: 'argument', id: 'self-defense-exception' }, undefined],
      [{ kind: 'argument', id: 'mexico-rejects' }, undefined],
    ]);
    expect(JSON.stringify(shared)).not.toContain('Constitution');
  });

  it('removes a step and deletes the plan; Undo brings each back', async () => {
    const id = store.createPlan('Week 3', [
      { target: { kind: 'argument', id: 'self-defense-exception' } },
      { target: { kind: 'argument', id: 'mexico-rejects' } },
    ]);
    const { router } = renderAt(`/plans/${id}`);
    fireEvent.click(screen.getByRole('button', { name: 'Remove: step 1' }));
    expect(stepTitles()).toEqual([expect.stringContaining(MEXICO)]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stepTitles()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Delete plan' }));
    expect(router.state.location.pathname).toBe('/plans');
    expect(
      await screen.findByText('No plans yet. Start one, or choose “Add to plan” on an argument.'),
    ).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Week 3' })).toHaveAttribute('href', `/plans/${id}`);
  });

  it('exports the plan as a Markdown handout once its passages have arrived, prompts and notes included', async () => {
    const id = store.createPlan('Week 3', [
      {
        target: { kind: 'argument', id: 'self-defense-exception' },
        prompt: 'Is this *self-defence*?',
        note: 'Ask Ana',
      },
      { target: { kind: 'passage', id: 'fto-002', article: 'fto-lethal-force-legality' } },
    ]);
    const blobs: Blob[] = [];
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:plan';
    });
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    renderAt(`/plans/${id}`);
    const button = screen.getByRole('button', { name: 'Export as Markdown (with your notes)' });
    await waitFor(() => expect(button).toBeEnabled());
    fireEvent.click(button);
    expect(blobs).toHaveLength(1);
    const md = await blobs[0]!.text();
    expect(md.startsWith('# Week 3\n')).toBe(true);
    expect(md).toContain(`## 1. ${SELF_DEFENSE}`);
    expect(md).toContain('**Prompt:** Is this \\*self-defence\\*?');
    expect(md).toContain('**Note:** Ask Ana');
    expect(md).toMatch(/## 2\. A passage of /);
    expect(md).toMatch(/> Article 51 provides an exception for self-defense\./);
    created.mockRestore();
    revoked.mockRestore();
  });

  it('says so when this browser has no such plan', () => {
    renderAt('/plans/nope');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('No such plan in this browser');
    cleanup();
  });
});
