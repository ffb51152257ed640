import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { deferred } from '../../tests/fixtures/deferred-corpus-module.ts';
import { articleTitle, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { CompareRoute } from './CompareRoute.tsx';

vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/deferred-corpus-module.ts'));

describe('a column whose article is on its way', () => {
  it('shows loading, then a named error with Retry, then the text once a retry succeeds', async () => {
    const { user } = renderAt();
    const title = articleTitle(WAR_ZONE);
    const column = screen.getByRole('region', { name: title });
    expect(within(column).getByRole('status')).toHaveTextContent('Loading the text…');
    expect(deferred.asked).toBe(1);

    await act(async () => deferred.fail('HTTP 500 Internal Server Error'));
    const alert = await within(column).findByRole('alert');
    expect(alert).toHaveTextContent(
      `The text of “${title}” (${WAR_ZONE}) could not be loaded: HTTP 500 Internal Server Error`,
    );

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(deferred.asked).toBe(2);
    expect(await screen.findByText('Loading the text…')).toBeInTheDocument();
    await act(async () => deferred.arrive());
    expect(await screen.findByRole('group', { name: `Text of ${title}` })).toBeInTheDocument();
    expect(screen.queryByText('Loading the text…')).not.toBeInTheDocument();
  });
});

function renderAt() {
  return renderRoutes([{ path: '/compare', element: <CompareRoute /> }], `/compare?a=${WAR_ZONE}`);
}
