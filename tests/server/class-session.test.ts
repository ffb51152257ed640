/**
 * The reader's class connection (src/state/class-session.ts) against a real class server: its local
 * copy keeps edits made while the server is away and sends them when it is back; awareness says who
 * is online. IndexedDB is fake-indexeddb; the server and websockets are real.
 */
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readShared, writeShared } from '../../src/data/class-doc.ts';
import { studentRoom } from '../../src/model/class-room.ts';
import type { UserAnnotation } from '../../src/model/user-annotation.ts';
import type { ClassServer } from '../../server/class-server.ts';
import {
  openClassRoom,
  openClassSocket,
  type ClassRoomSession,
  type ClassSocket,
} from '../../src/state/class-session.ts';
import { joinClass, startTestServer, tempDir } from './class-client.ts';

const temp = tempDir();
const servers: ClassServer[] = [];
const sockets: ClassSocket[] = [];
const sessions: ClassRoomSession[] = [];
const Polyfill = WebSocket as unknown as typeof globalThis.WebSocket;

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.destroy()));
  sockets.forEach((s) => s.destroy());
  await Promise.all(servers.map((s) => s.close().catch(() => {})));
  temp.cleanup();
});

function note(id: string): UserAnnotation {
  return {
    id,
    article: 'a',
    selector: { quote: { exact: 'q', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
    types: [],
    arguments: [],
    links: [],
    note: id,
    created: 't',
    modified: 't',
  };
}

/** Resolves when `session` satisfies `condition` (checked on every change). */
function until(session: ClassRoomSession, condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (condition()) return resolve();
    const stop = session.subscribe(() => {
      if (!condition()) return;
      stop();
      resolve();
    });
  });
}

function open(
  url: string,
  room: string,
  token: string,
  localName: string | null,
  name: string,
  connect = true,
) {
  const socket = openClassSocket(url, { WebSocket: Polyfill, connect });
  sockets.push(socket);
  const session = openClassRoom({ socket, room, token, localName, name });
  sessions.push(session);
  return session;
}

describe('class session', { timeout: 15_000 }, () => {
  it('keeps edits made while offline and sends them when the connection returns', async () => {
    const server = await startTestServer(`${temp.dir}/session.sqlite`);
    servers.push(server);
    server.classes.ensure('history');
    const join = server.token({ class: 'history', role: 'join' }, 3600);
    const { body } = await joinClass(server.httpUrl, join, 'Ana');
    const room = studentRoom('history', body.student!);
    const session = open(server.url, room, body.token!, 'class-session-test', 'Ana');
    await until(session, () => session.status() === 'connected');
    writeShared(session.doc, [note('before')], []);
    await session.whenSent();

    const socket = sockets.at(-1)!.socket;
    socket.disconnect(); // the network goes away
    await until(session, () => session.status() === 'offline');
    writeShared(session.doc, [note('before'), note('offline')], []);
    expect((await server.readRoom(room, readShared)).annotations.map((a) => a.id)).toEqual(['before']);

    void socket.connect(); // and comes back
    await until(session, () => session.status() === 'connected');
    await session.whenSent();
    const held = await server.readRoom(room, readShared);
    expect(held.annotations.map((a) => a.id).sort()).toEqual(['before', 'offline']);

    // The local copy alone (never connected) holds both too.
    const reopened = open(server.url, room, body.token!, 'class-session-test', 'Ana', false);
    await reopened.whenLocalLoaded;
    expect(
      readShared(reopened.doc)
        .annotations.map((a) => a.id)
        .sort(),
    ).toEqual(['before', 'offline']);
  });

  it('says who has a room open', async () => {
    const server = await startTestServer(`${temp.dir}/awareness.sqlite`);
    servers.push(server);
    server.classes.ensure('history');
    const { body } = await joinClass(
      server.httpUrl,
      server.token({ class: 'history', role: 'join' }, 3600),
      'Ana',
    );
    const room = studentRoom('history', body.student!);
    const ana = open(server.url, room, body.token!, null, 'Ana');
    const teacher = open(
      server.url,
      room,
      server.token({ class: 'history', role: 'teacher' }, 3600),
      null,
      'Teacher',
    );
    await until(ana, () => ana.online().length === 2);
    expect(ana.online()).toEqual(['Ana', 'Teacher']);
    await until(teacher, () => teacher.online().length === 2);
  });
});
