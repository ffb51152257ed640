import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareFixture, DISPUTE_NOTE, FTO } from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { encodePlanLink } from '../data/plan-link.ts';
import { curatedDisputes, disputeArticles } from '../model/disputes.ts';
import type { PlanStep } from '../model/discussion-plan.ts';
import { createAnnotationStore, type AnnotationStore } from '../state/annotation-store.ts';
import { setAnnotationStore } from '../state/use-annotations.ts';
import { SharedPlanRoute } from './SharedPlanRoute.tsx';

// The data boundary: the real articles with a small tag layer quoting real sentences.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

const SELF_DEFENSE = 'Article 51 of the UN Charter is the likely legal basis for US strikes in Mexico.';

let store: AnnotationStore;
let encoded = '';

beforeEach(() => {
  store = createAnnotationStore({ name: null });
  setAnnotationStore(store);
});

function renderAt(url: string) {
  return renderRoutes(
    [
      { path: '/plan', element: <SharedPlanRoute /> },
      { path: '/plans/:planId', element: <p>editor</p> },
    ],
    url,
  );
}

describe('a plan opened from its link', () => {
  beforeAll(() => {
    const layer = compareFixture().tagLayer;
    const dispute = curatedDisputes(layer)[0]!;
    const steps: PlanStep[] = [
      {
        id: 'a',
        target: { kind: 'argument', id: 'self-defense-exception' },
        prompt: 'Is this self-defence?',
      },
      { id: 'b', target: { kind: 'passage', id: 'fto-002', article: FTO } },
      {
        id: 'c',
        target: { kind: 'contrast', id: dispute.id, articles: disputeArticles(dispute) },
        prompt: 'Who decides?',
        note: 'private',
      },
    ];
    encoded = encodePlanLink({ name: 'Legal basis', steps });
    // Warm-up render (a fresh jsdom pays seconds for its first pass on a busy machine).
    setAnnotationStore(createAnnotationStore({ name: null }));
    renderAt(`/plan?p=${encoded}`);
    screen.getAllByRole('heading');
    cleanup();
  }, 60_000);

  it('shows every step in order with its prompt, quotes with their sources, and the disagreement’s note, and saves a copy', async () => {
    const { router } = renderAt(`/plan?p=${encoded}`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Legal basis');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Step 1: Is this self-defence?', 'Step 2', 'Step 3: Who decides?']);
    expect(screen.getByRole('heading', { level: 3, name: SELF_DEFENSE })).toBeVisible();
    // The quotes arrive with their articles; each has its source under it.
    expect(await screen.findByText(DISPUTE_NOTE)).toBeVisible();
    await waitFor(() =>
      expect(document.querySelectorAll('.plan-view blockquote').length).toBeGreaterThanOrEqual(5),
    );
    const cites = [...document.querySelectorAll('.plan-view figcaption cite')].map((c) => c.textContent);
    expect(cites).toHaveLength(document.querySelectorAll('.plan-view blockquote').length);
    expect(cites.every((c) => /paragraph \d+$/.test(c ?? ''))).toBe(true);
    expect(document.body.textContent).not.toContain('private');
    fireEvent.click(screen.getByRole('button', { name: 'Save a copy to my plans' }));
    const [saved] = Object.values(store.getSnapshot().plans);
    expect(saved?.name).toBe('Legal basis');
    expect(saved?.steps.map((s) => [s.target.kind, s.prompt])).toEqual([
      ['argument', 'Is this self-defence?'],
      ['passage', undefined],
      ['contrast', 'Who decides?'],
    ]);
    expect(router.state.location.pathname).toBe(`/plans/${saved?.id}`);
  });

  it('presents one step per screen with its prompt; the arrow keys step and Escape leaves, the step in the address', async () => {
    const { router } = renderAt(`/plan?p=${encoded}&present=1&step=3`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Who decides?');
    expect(screen.getByText('3 / 3')).toBeVisible();
    expect(await screen.findByText(DISPUTE_NOTE, { exact: false })).toBeVisible();
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(router.state.location.search).toContain('step=2');
    expect(await screen.findByText('2 / 3')).toBeVisible();
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Is this self-defence?' })).toBeVisible();
    expect(router.state.location.search).not.toContain('step=');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(router.state.location.search).not.toContain('present');
    expect(await screen.findByRole('button', { name: 'Print handout' })).toBeVisible();
  });

  it('names what is wrong with a damaged or oversized link', () => {
    renderAt('/plan?p=WzEsIm4iLFtbInoiXV1d');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This plan link cannot be opened');
    expect(screen.getByRole('alert')).toHaveTextContent('step 1: unknown kind of step');
    cleanup();
    renderAt(`/plan?p=${'A'.repeat(9000)}`);
    expect(screen.getByRole('alert')).toHaveTextContent('longer than 8000 characters');
  });
});
