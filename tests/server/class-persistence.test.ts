/**
 * The class server keeps what it was sent across a restart, refuses a message over its size cap,
 * and closes a connection that sends faster than its rate limit. Real servers on free ports.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readShared, writeShared } from '../../src/data/class-doc.ts';
import { CLASS_LIMITS, studentRoom } from '../../src/model/class-room.ts';
import type { UserAnnotation } from '../../src/model/user-annotation.ts';
import type { ClassServer } from '../../server/class-server.ts';
import { connect, joinClass, startTestServer, tempDir, type TestClient } from './class-client.ts';

const temp = tempDir();
const servers: ClassServer[] = [];
const clients: TestClient[] = [];

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await Promise.all(servers.map((s) => s.close().catch(() => {})));
  temp.cleanup();
});

async function start(file: string, options: Parameters<typeof startTestServer>[1] = {}) {
  const server = await startTestServer(`${temp.dir}/${file}`, options);
  servers.push(server);
  return server;
}

async function joined(server: ClassServer, name: string) {
  server.classes.ensure('history');
  const join = server.token({ class: 'history', role: 'join' }, 3600);
  const { body } = await joinClass(server.httpUrl, join, name);
  return { token: body.token!, student: body.student! };
}

function open(server: ClassServer, room: string, token: string): TestClient {
  const client = connect(server.url, room, token);
  clients.push(client);
  return client;
}

function annotation(id: string, note: string): UserAnnotation {
  return {
    id,
    article: 'some-article',
    selector: { quote: { exact: 'quoted', prefix: '', suffix: '' }, position: { start: 0, end: 6 } },
    types: [],
    arguments: [],
    links: [],
    note,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

describe('class server persistence and limits', { timeout: 10_000 }, () => {
  it('keeps annotations, roster and tokens across a restart', async () => {
    const first = await start('restart.sqlite');
    const ana = await joined(first, 'Ana');
    const writer = open(first, studentRoom('history', ana.student), ana.token);
    await writer.synced;
    writeShared(writer.doc, [annotation('a1', 'kept')], []);
    await writer.allSent();
    writer.destroy();
    await first.close();

    const second = await start('restart.sqlite');
    const reader = open(second, studentRoom('history', ana.student), ana.token);
    await expect(reader.authenticated).resolves.toBe('read-write');
    await reader.synced;
    expect(readShared(reader.doc).annotations.map((a) => a.note)).toEqual(['kept']);
  });

  it('refuses a message over the size cap and keeps nothing of it', async () => {
    const server = await start('cap.sqlite');
    const ana = await joined(server, 'Ana');
    const writer = open(server, studentRoom('history', ana.student), ana.token);
    await writer.synced;
    await writer.allSent();
    writeShared(writer.doc, [annotation('big', 'x'.repeat(CLASS_LIMITS.message + 1))], []);
    expect((await writer.closed).code).toBe(1009);
    const held = await server.readRoom(studentRoom('history', ana.student), readShared);
    expect(held.annotations).toEqual([]);
  });

  it('closes a connection that sends faster than its allowance', async () => {
    const server = await start('rate.sqlite', { rateLimit: { burst: 20, perSecond: 1 } });
    const ana = await joined(server, 'Ana');
    const writer = open(server, studentRoom('history', ana.student), ana.token);
    await writer.synced;
    for (let i = 0; i < 40; i++) writeShared(writer.doc, [annotation(`n${i}`, `edit ${i}`)], []);
    expect((await writer.closed).reason).toMatch(/too many messages/);
  });
});
