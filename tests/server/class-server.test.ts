/**
 * The class sync server against real clients: a real Hocuspocus server on 127.0.0.1 at a free port
 * with a temporary SQLite file, real providers over websockets. No mocks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readRoster,
  readShared,
  setSettings,
  writeShared,
  writeStage,
  type ClassDoc,
} from '../../src/data/class-doc.ts';
import { rosterRoom, stageRoom, studentRoom } from '../../src/model/class-room.ts';
import type { UserAnnotation } from '../../src/model/user-annotation.ts';
import type { ClassServer } from '../../server/class-server.ts';
import { signToken } from '../../server/class-token.ts';
import { connect, joinClass, startTestServer, tempDir, type TestClient } from './class-client.ts';

const HOUR = 3600;

function annotation(id: string, note: string): UserAnnotation {
  return {
    id,
    article: 'some-article',
    selector: { quote: { exact: 'quoted', prefix: '', suffix: '' }, position: { start: 0, end: 6 } },
    types: ['legal'],
    arguments: [],
    links: [],
    note,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

const temp = tempDir();
const clients: TestClient[] = [];
let server: ClassServer;
let ana: { token: string; student: string };
let ben: { token: string; student: string };
let teacher: string;

function open(room: string, token: string): TestClient {
  const client = connect(server.url, room, token);
  clients.push(client);
  return client;
}

/** What the server holds in `room` right now. */
function onServer<T>(room: string, read: (doc: ClassDoc) => T): Promise<T> {
  return server.readRoom(room, read);
}

async function student(name: string): Promise<{ token: string; student: string }> {
  const join = server.token({ class: 'history', role: 'join' }, HOUR);
  const { status, body } = await joinClass(server.httpUrl, join, name);
  expect(status).toBe(200);
  return { token: body.token!, student: body.student! };
}

async function setSharing(sharing: boolean): Promise<void> {
  const roster = open(rosterRoom('history'), teacher);
  await roster.synced;
  setSettings(roster.doc, { sharing });
  await roster.allSent();
  roster.destroy();
}

beforeAll(async () => {
  server = await startTestServer(`${temp.dir}/class.sqlite`);
  server.classes.ensure('history');
  server.classes.ensure('biology');
  teacher = server.token({ class: 'history', role: 'teacher' }, HOUR);
  ana = await student('Ana');
  ben = await student('Ben');
});

afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await server.close();
  temp.cleanup();
});

describe('class server: who may open which room', { timeout: 10_000 }, () => {
  it('lets a student write their own document, and keeps it', async () => {
    const own = open(studentRoom('history', ana.student), ana.token);
    await expect(own.authenticated).resolves.toBe('read-write');
    await own.synced;
    writeShared(own.doc, [annotation('a1', 'mine')], []);
    await own.allSent();
    const held = await onServer(studentRoom('history', ana.student), readShared);
    expect(held.annotations.map((a) => a.note)).toEqual(['mine']);
  });

  it("refuses another class's token, and a token signed with another class's secret", async () => {
    const other = server.token({ class: 'biology', role: 'teacher' }, HOUR);
    await expect(open(stageRoom('history'), other).authenticated).rejects.toThrow();
    const forged = signToken(
      { class: 'history', role: 'teacher', exp: Math.floor(Date.now() / 1000) + HOUR },
      server.classes.secretOf('biology')!,
    );
    await expect(open(stageRoom('history'), forged).authenticated).rejects.toThrow();
  });

  it('refuses an expired token', async () => {
    const expired = server.token({ class: 'history', role: 'teacher' }, -1);
    await expect(open(stageRoom('history'), expired).authenticated).rejects.toThrow();
  });

  it("refuses a student another student's document while sharing is closed", async () => {
    await expect(open(studentRoom('history', ana.student), ben.token).authenticated).rejects.toThrow();
  });

  it("lets a student only read a classmate's document once sharing is open", async () => {
    await setSharing(true);
    const peek = open(studentRoom('history', ana.student), ben.token);
    await expect(peek.authenticated).resolves.toBe('readonly');
    await peek.synced;
    await peek.allSent();
    expect(readShared(peek.doc).annotations.map((a) => a.note)).toEqual(['mine']);
    const answer = peek.nextSyncStatus();
    writeShared(peek.doc, [annotation('b1', 'written by Ben')], []);
    await expect(answer).resolves.toBe(false);
    const held = await onServer(studentRoom('history', ana.student), readShared);
    expect(held.annotations.map((a) => a.note)).toEqual(['mine']);
  });

  it("closes a classmate's reading connection when the teacher closes sharing", async () => {
    await setSharing(true);
    const peek = open(studentRoom('history', ana.student), ben.token);
    await peek.synced;
    await setSharing(false);
    expect((await peek.closed).code).toBeGreaterThan(0);
  });

  it('refuses a student writing the stage', async () => {
    const stage = open(stageRoom('history'), ana.token);
    await expect(stage.authenticated).resolves.toBe('readonly');
    await stage.synced;
    await stage.allSent();
    const answer = stage.nextSyncStatus();
    writeStage(stage.doc, { path: '/compare?a=x', at: 'now' });
    await expect(answer).resolves.toBe(false);
    const held = await onServer(stageRoom('history'), (doc) => doc.getMap('stage').size);
    expect(held).toBe(0);
  });

  it('lets the teacher write the stage', async () => {
    const stage = open(stageRoom('history'), teacher);
    await expect(stage.authenticated).resolves.toBe('read-write');
    await stage.synced;
    writeStage(stage.doc, { path: '/compare?a=x', at: 'now' });
    await stage.allSent();
    const held = await onServer(stageRoom('history'), (doc) => doc.getMap('stage').size);
    expect(held).toBe(1);
  });

  it('refuses a join token as a room token, and a room name outside any class', async () => {
    const join = server.token({ class: 'history', role: 'join' }, HOUR);
    await expect(open(stageRoom('history'), join).authenticated).rejects.toThrow();
    await expect(open('history/stage', teacher).authenticated).rejects.toThrow();
  });
});

describe('class server: joining', { timeout: 10_000 }, () => {
  it('binds a join to one name, refuses the same name twice, and stops when the teacher closes joining', async () => {
    const join = server.token({ class: 'history', role: 'join' }, HOUR);
    const first = await joinClass(server.httpUrl, join, '  Chloé   Martin ');
    expect(first.status).toBe(200);
    const roster = await onServer(rosterRoom('history'), readRoster);
    expect(roster.students[first.body.student!]?.name).toBe('Chloé Martin');
    expect((await joinClass(server.httpUrl, join, 'chloé martin')).status).toBe(409);
    expect((await joinClass(server.httpUrl, join, '')).status).toBe(400);
    expect((await joinClass(server.httpUrl, teacher, 'Dan')).status).toBe(403);

    const settings = open(rosterRoom('history'), teacher);
    await settings.synced;
    setSettings(settings.doc, { joining: false });
    await settings.allSent();
    const closed = await joinClass(server.httpUrl, join, 'Dan');
    expect(closed.status).toBe(403);
    expect(closed.body.error).toMatch(/closed joining/);
    setSettings(settings.doc, { joining: true });
    await settings.allSent();
  });

  it('refuses a student token whose student is not on the roster', async () => {
    const stranger = server.token({ class: 'history', role: 'student', student: 'nobody' }, HOUR);
    await expect(open(studentRoom('history', 'nobody'), stranger).authenticated).rejects.toThrow();
  });
});
