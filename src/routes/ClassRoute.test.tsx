import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareFixture } from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { createClassDoc, readShared, type SharedLayer } from '../data/class-doc.ts';
import type { ClassCredentials } from '../data/class-link.ts';
import { DEFAULT_CLASS_SETTINGS, type ClassSettings } from '../model/class-room.ts';
import type { UserAnnotation } from '../model/user-annotation.ts';
import type { ClassClient, ClassSnapshot } from '../state/class-client.ts';
import { setClassClient } from '../state/use-class.ts';
import { ClassRoute } from './ClassRoute.tsx';

vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

/** An in-memory class (the page's view of it; the live client is tested against a real server in tests/server). */
function memoryClass(role: 'teacher' | 'student') {
  const listeners = new Set<() => void>();
  const credentials: ClassCredentials =
    role === 'teacher'
      ? { server: 'ws://127.0.0.1:9', token: 'x.y', role, class: 'c1' }
      : { server: 'ws://127.0.0.1:9', token: 'x.y', role, class: 'c1', student: 's1', name: 'Ana' };
  let snapshot: ClassSnapshot = {
    credentials,
    name: role === 'teacher' ? 'Teacher' : 'Ana',
    status: 'connected',
    refusal: undefined,
    roster: { students: {}, settings: DEFAULT_CLASS_SETTINGS },
    stage: undefined,
    online: [],
    layers: {},
  };
  const calls: { settings: Partial<ClassSettings>[]; presented: string[] } = { settings: [], presented: [] };
  const client: ClassClient = {
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    getSnapshot: () => snapshot,
    setSettings: (patch) => calls.settings.push(patch),
    present: (path) => calls.presented.push(path),
    share: () => {},
    whenSent: () => Promise.resolve(),
    destroy: () => Promise.resolve(),
  };
  const change = (patch: Partial<ClassSnapshot>) =>
    act(() => {
      snapshot = { ...snapshot, ...patch };
      listeners.forEach((l) => l());
    });
  return { client, calls, change };
}

function layer(annotations: UserAnnotation[]): SharedLayer {
  return { ...readShared(createClassDoc()), annotations };
}

function note(id: string, modified: string, types: string[], quote: string): UserAnnotation {
  const { meta, text } = compareFixture().articles[0]!;
  const start = text.indexOf(quote);
  return {
    id,
    article: meta.id,
    selector: {
      quote: { exact: quote, prefix: '', suffix: '' },
      position: { start, end: start + quote.length },
    },
    types,
    arguments: [],
    links: [],
    note: `note ${id}`,
    created: modified,
    modified,
  };
}

afterEach(() => setClassClient(undefined));

describe('the class page', () => {
  it('says how to join when this browser is in no class', () => {
    setClassClient(undefined);
    renderRoutes([{ path: '/class', element: <ClassRoute /> }], '/class');
    expect(screen.getByText(/This browser is not in a class/)).toBeInTheDocument();
  });

  it('names a broken class link instead of joining', () => {
    setClassClient(undefined);
    window.history.replaceState(null, '', '/class#server=ws%3A%2F%2F127.0.0.1%3A1234&join=garbage');
    renderRoutes([{ path: '/class', element: <ClassRoute /> }], '/class');
    expect(screen.getByRole('alert')).toHaveTextContent('This class link has no valid token');
    expect(window.location.hash).toBe('');
    expect(screen.queryByRole('button', { name: 'Join the class' })).toBeNull();
  });

  it('shows the teacher the students, who is online, the switches and the annotations as they arrive', async () => {
    const { client, calls, change } = memoryClass('teacher');
    setClassClient(client);
    const { user } = renderRoutes([{ path: '/class', element: <ClassRoute /> }], '/class');
    expect(screen.getByRole('heading', { level: 1, name: 'Your class' })).toBeInTheDocument();
    expect(screen.getByText(/No one has joined yet/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /see each other’s shared annotations/ }));
    expect(calls.settings).toEqual([{ sharing: true }]);

    const roster = {
      s1: { name: 'Ana', joined: '2026-12-01T10:00:00Z' },
      s2: { name: 'Ben', joined: '2026-12-01T10:01:00Z' },
    };
    change({ roster: { students: roster, settings: DEFAULT_CLASS_SETTINGS }, online: ['Ana', 'Teacher'] });
    const students = screen.getByRole('region', { name: /Students/ });
    expect(students).toHaveTextContent('1 of 2 online');
    expect(within(students).getByText('Ana').closest('li')).toHaveTextContent('online · 0 shared');
    expect(within(students).getByText('Ben').closest('li')).toHaveTextContent('away');
  });

  it('keeps the list still until “Show n new”, filters it, and presents an annotation on the stage', async () => {
    const { client, calls, change } = memoryClass('teacher');
    setClassClient(client);
    const { meta, text } = compareFixture().articles[0]!;
    const quote = text.slice(200, 240);
    const roster = {
      students: {
        s1: { name: 'Ana', joined: '2026-12-01T10:00:00Z' },
        s2: { name: 'Ben', joined: '2026-12-01T10:01:00Z' },
      },
      settings: DEFAULT_CLASS_SETTINGS,
    };
    change({ roster });
    const { user } = renderRoutes([{ path: '/class', element: <ClassRoute /> }], '/class');
    change({ layers: { s1: layer([note('a1', '2026-12-01T10:05:00Z', ['legal'], quote)]) } });
    const list = () => screen.getByRole('region', { name: 'Shared annotations' });
    expect(within(list()).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list()).getByRole('listitem')).toHaveTextContent(`Ana on ${meta.title}`);
    expect(within(list()).getByRole('listitem')).toHaveTextContent(quote);

    change({
      layers: {
        s1: layer([note('a1', '2026-12-01T10:05:00Z', ['legal'], quote)]),
        s2: layer([note('b1', '2026-12-01T10:06:00Z', ['strategic'], quote)]),
      },
    });
    // Still one entry: the new one waits behind the button.
    expect(within(list()).getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show 1 new' }));
    expect(
      within(list())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Ben on'), expect.stringContaining('Ana on')]);
    expect(screen.queryByRole('button', { name: /Show \d+ new/ })).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Student' }), 'Ana');
    expect(within(list()).getAllByRole('listitem')).toHaveLength(1);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Student' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Claim type' }), 'Strategic');
    expect(within(list()).getByRole('listitem')).toHaveTextContent('Ben on');

    await user.click(within(list()).getByRole('button', { name: 'Present' }));
    expect(calls.presented).toHaveLength(1);
    expect(calls.presented[0]).toMatch(new RegExp(`^/compare\\?a=${meta.id}&layers=curated,mine,class&at=`));
    change({ stage: { path: calls.presented[0]!, at: '2026-12-01T10:07:00Z' } });
    expect(within(list()).getByRole('button', { name: 'On the stage' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('gives a student their name in the class and the switch to follow the stage', () => {
    const { client } = memoryClass('student');
    setClassClient(client);
    renderRoutes([{ path: '/class', element: <ClassRoute /> }], '/class');
    expect(screen.getByText('Ana')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Follow the stage/ })).not.toBeChecked();
    expect(screen.getByText(/Only your teacher sees what you share\./)).toBeInTheDocument();
  });

  it('exports the class as the W3C file `class export` writes, each annotation naming its student', async () => {
    const { client, change } = memoryClass('teacher');
    setClassClient(client);
    const { text } = compareFixture().articles[0]!;
    const quote = text.slice(200, 240);
    change({
      roster: { students: { s1: { name: 'Ana', joined: 't' } }, settings: DEFAULT_CLASS_SETTINGS },
      layers: { s1: layer([note('a1', '2026-12-01T10:05:00Z', ['legal'], quote)]) },
    });
    const blobs: Blob[] = [];
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:class';
    });
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { user } = renderRoutes([{ path: '/class', element: <ClassRoute /> }], '/class');
    await user.click(screen.getByRole('button', { name: 'W3C JSON-LD (for corpus import)' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    const file = JSON.parse(await blobs[0]!.text()) as {
      first: { items: { creator?: { name: string } }[] };
    };
    expect(file.first.items.map((i) => i.creator?.name)).toEqual(['Ana']);
    created.mockRestore();
    revoked.mockRestore();
  });
});
