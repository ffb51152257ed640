/**
 * The reader's live class (src/state/class-client.ts) against a real class server: the teacher sees
 * what a student shares, the classmates' rooms open and close with the teacher's sharing switch, the
 * stage reaches students, and who is online comes from awareness. Websockets and server are real.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ClassCredentials } from '../../src/data/class-link.ts';
import type { UserAnnotation } from '../../src/model/user-annotation.ts';
import { openClassClient, type ClassClient, type ClassSnapshot } from '../../src/state/class-client.ts';
import type { ClassServer } from '../../server/class-server.ts';
import { joinClass, startTestServer, tempDir } from './class-client.ts';

const temp = tempDir();
const Polyfill = WebSocket as unknown as typeof globalThis.WebSocket;
let server: ClassServer;
const clients: ClassClient[] = [];
let teacher: ClassClient;
let ana: ClassClient;
let ben: ClassClient;

function note(id: string): UserAnnotation {
  return {
    id,
    article: 'a',
    selector: { quote: { exact: 'q', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
    types: ['legal'],
    arguments: [],
    links: [],
    note: id,
    created: 't',
    modified: 't',
  };
}

/** Resolves when `client`'s snapshot satisfies `condition`. */
function until(client: ClassClient, condition: (s: ClassSnapshot) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (condition(client.getSnapshot())) return resolve();
    const stop = client.subscribe(() => {
      if (!condition(client.getSnapshot())) return;
      stop();
      resolve();
    });
  });
}

async function student(classId: string, join: string, name: string): Promise<ClassClient> {
  const answer = await joinClass(server.url.replace(/^ws/, 'http'), join, name);
  const body = answer.body as { token: string; student: string };
  const credentials: ClassCredentials = {
    server: server.url,
    token: body.token,
    role: 'student',
    class: classId,
    student: body.student,
    name,
  };
  const client = openClassClient(credentials, { WebSocket: Polyfill, localCopy: false });
  clients.push(client);
  return client;
}

beforeAll(async () => {
  server = await startTestServer(`${temp.dir}/class.sqlite`);
  const { id } = server.classes.ensure('c1');
  teacher = openClassClient(
    {
      server: server.url,
      token: server.token({ class: id, role: 'teacher' }, 600),
      role: 'teacher',
      class: id,
    },
    { WebSocket: Polyfill },
  );
  clients.push(teacher);
  const join = server.token({ class: id, role: 'join' }, 600);
  ana = await student(id, join, 'Ana');
  ben = await student(id, join, 'Ben');
}, 20_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.destroy()));
  await server.close().catch(() => {});
  temp.cleanup();
});

describe('a live class', { timeout: 15_000 }, () => {
  it('shows the teacher every student and who is online', async () => {
    await until(teacher, (s) => Object.keys(s.roster.students).length === 2);
    await until(teacher, (s) => ['Ana', 'Ben', 'Teacher'].every((n) => s.online.includes(n)));
    expect(
      Object.values(teacher.getSnapshot().roster.students)
        .map((s) => s.name)
        .sort(),
    ).toEqual(['Ana', 'Ben']);
  });

  it('brings a shared annotation to the teacher, and to a classmate only while sharing is open', async () => {
    const anaId = ana.getSnapshot().credentials.student ?? '';
    ana.share({ annotations: [note('n1')], arguments: [] });
    await until(teacher, (s) => s.layers[anaId]?.annotations.length === 1);
    expect(ben.getSnapshot().layers[anaId]).toBeUndefined();
    teacher.setSettings({ sharing: true });
    await until(ben, (s) => s.layers[anaId]?.annotations[0]?.id === 'n1');
    teacher.setSettings({ sharing: false });
    await until(ben, (s) => s.layers[anaId] === undefined);
  });

  it('puts what the teacher presents on every student’s stage', async () => {
    teacher.present('/compare?a=x&p=y');
    await until(ana, (s) => s.stage?.path === '/compare?a=x&p=y');
    await until(ben, (s) => s.stage?.path === '/compare?a=x&p=y');
  });
});
