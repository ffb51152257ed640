/**
 * The class sync server: Hocuspocus with SQLite persistence, class tokens checked in
 * `onAuthenticate` against the rights in src/model/class-room.ts, a message cap
 * (`websocketOptions.maxPayload`), a per-connection rate limit in `beforeHandleMessage`, and one
 * HTTP route, `POST /join`, that exchanges a join link's token and a name for a student token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import {
  Server,
  type Hocuspocus,
  type onAuthenticatePayload,
  type onChangePayload,
  type onRequestPayload,
} from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { addStudent, readRoster, type ClassDoc, type Roster } from '../src/data/class-doc.ts';
import {
  CLASS_LIMITS,
  cleanStudentName,
  parseRoom,
  rosterRoom,
  roomAccess,
  type ClassClaims,
} from '../src/model/class-room.ts';
import { openClassRegistry, type ClassRegistry } from './class-db.ts';
import { signToken, verifyToken, type TokenClaims } from './class-token.ts';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './rate-limit.ts';

/** How long tokens last, in seconds: a lesson for the teacher's link and join links, a term for students. */
export const TOKEN_LIFETIME = { teacher: 12 * 3600, join: 12 * 3600, student: 120 * 24 * 3600 } as const;

/** Largest `POST /join` body, in bytes. */
const MAX_JOIN_BODY = 4096;

/** Options of `startClassServer`. */
export interface ClassServerOptions {
  /** SQLite file for documents and classes (":memory:" keeps nothing). */
  database: string;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /** Largest websocket message, in bytes. */
  maxPayload?: number;
  rateLimit?: RateLimitOptions;
  /** Seconds since the epoch (replaceable in tests). */
  now?: () => number;
  /** Milliseconds Hocuspocus waits before storing a changed document. */
  debounce?: number;
}

/** A running class server. */
export interface ClassServer {
  port: number;
  /** ws://host:port */
  url: string;
  /** http://host:port */
  httpUrl: string;
  classes: ClassRegistry;
  hocuspocus: Hocuspocus;
  /** Reads one room as the server holds it now (loading it from the database when no one has it open). */
  readRoom<T>(room: string, read: (doc: ClassDoc) => T): Promise<T>;
  /** A signed token of a class held here, valid `seconds` from now. */
  token(claims: Omit<ClassClaims, 'exp'> | { class: string; role: 'join' }, seconds: number): string;
  /** Stores every document and stops. */
  close(): Promise<void>;
}

/** A server-side connection to one document. */
type DirectConnection = Awaited<ReturnType<Hocuspocus['openDirectConnection']>>;

/** The context Hocuspocus keeps for an authenticated connection. */
interface ConnectionContext {
  claims?: ClassClaims;
}

/** A refusal Hocuspocus turns into a close code and reason for the client. */
class Refusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...CORS });
  response.end(JSON.stringify(body));
}

// The reader is served from another origin; join requests carry no cookies, so any origin may ask.
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_JOIN_BODY) {
        reject(new Error(`request body over ${MAX_JOIN_BODY} bytes`));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Starts a class server and resolves once it listens. */
export async function startClassServer(options: ClassServerOptions): Promise<ClassServer> {
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const classes = openClassRegistry(options.database);
  const limiter = new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const host = options.host ?? '127.0.0.1';

  // Each class's roster stays loaded while the server runs (held by a direct connection): it is read
  // on every authentication, and loading and unloading it there would race with clients opening it.
  const rosters = new Map<string, Promise<DirectConnection>>();
  function rosterConnection(instance: Hocuspocus, classId: string): Promise<DirectConnection> {
    let connection = rosters.get(classId);
    if (!connection) {
      connection = instance.openDirectConnection(rosterRoom(classId));
      rosters.set(classId, connection);
    }
    return connection;
  }
  async function roster(instance: Hocuspocus, classId: string): Promise<Roster> {
    const { document } = await rosterConnection(instance, classId);
    if (!document) throw new Error(`the roster of ${classId} is not loaded`);
    return readRoster(document);
  }

  function check(token: string): TokenClaims {
    const result = verifyToken(token, (id) => classes.secretOf(id), now());
    if (!result.ok) throw new Refusal(4401, `token refused: ${result.problem}`);
    return result.claims;
  }

  async function onAuthenticate(data: onAuthenticatePayload<ConnectionContext>): Promise<ConnectionContext> {
    const room = parseRoom(data.documentName);
    if (!room) throw new Refusal(4404, `no such room: ${data.documentName.slice(0, 100)}`);
    const claims = check(data.token);
    if (claims.role === 'join') throw new Refusal(4403, 'a join token opens no room; exchange it first');
    if (claims.class !== room.class) throw new Refusal(4403, 'token of another class');
    const { students, settings } = await roster(data.instance, room.class);
    if (claims.role === 'student' && (claims.student === undefined || !students[claims.student])) {
      throw new Refusal(4403, 'not a student of this class');
    }
    const access = roomAccess(claims, room, settings);
    if (access === 'none') throw new Refusal(4403, 'no access to this room');
    data.connectionConfig.readOnly = access === 'read';
    return { claims };
  }

  /** When the teacher closes sharing, classmates' read connections to student rooms are closed. */
  function onChange(data: onChangePayload<ConnectionContext>): Promise<void> {
    const room = parseRoom(data.documentName);
    if (room?.kind !== 'roster' || readRoster(data.document).settings.sharing) return Promise.resolve();
    for (const document of data.instance.documents.values()) {
      const other = parseRoom(document.name);
      if (other?.kind !== 'student' || other.class !== room.class) continue;
      for (const connection of document.getConnections()) {
        const claims = (connection.context as ConnectionContext).claims;
        if (claims?.role === 'student' && claims.student !== other.student) connection.close();
      }
    }
    return Promise.resolve();
  }

  async function join(request: IncomingMessage, response: ServerResponse, instance: Hocuspocus) {
    let body: { token?: unknown; name?: unknown };
    try {
      body = JSON.parse(await readBody(request)) as typeof body;
    } catch (error) {
      sendJson(response, 400, { error: `not a JSON body (${(error as Error).message})` });
      return;
    }
    if (typeof body.token !== 'string' || typeof body.name !== 'string') {
      sendJson(response, 400, { error: 'send { "token": <join token>, "name": <your name> }' });
      return;
    }
    const result = verifyToken(body.token, (id) => classes.secretOf(id), now());
    if (!result.ok || result.claims.role !== 'join') {
      sendJson(response, 403, {
        error: `join link refused: ${result.ok ? 'not a join link' : result.problem}`,
      });
      return;
    }
    const classId = result.claims.class;
    const name = cleanStudentName(body.name);
    if (name === undefined) {
      sendJson(response, 400, { error: `a name of 1 to ${CLASS_LIMITS.name} characters, please` });
      return;
    }
    const connection = await rosterConnection(instance, classId);
    const { students, settings } = await roster(instance, classId);
    if (!settings.joining) {
      sendJson(response, 403, { error: 'the teacher has closed joining for this class' });
      return;
    }
    const taken = Object.values(students).some((s) => s.name.toLowerCase() === name.toLowerCase());
    if (taken) {
      sendJson(response, 409, { error: `“${name}” has already joined; choose another name` });
      return;
    }
    const student = randomBytes(4).toString('hex');
    await connection.transact((doc) => addStudent(doc, student, { name, joined: new Date().toISOString() }));
    const token = signToken(
      { class: classId, role: 'student', student, exp: now() + TOKEN_LIFETIME.student },
      classes.secretOf(classId) ?? '',
    );
    sendJson(response, 200, { class: classId, student, name, token });
  }

  async function onRequest({ request, response, instance }: onRequestPayload): Promise<void> {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS);
      response.end();
    } else if (path === '/join' && request.method === 'POST') {
      await join(request, response, instance);
    } else if (path === '/health') {
      sendJson(response, 200, { ok: true, documents: instance.getDocumentsCount() });
    } else {
      return;
    }
    // Handled: a rejection without an error stops Hocuspocus's default answer.
    return Promise.reject(undefined);
  }

  const server = new Server<ConnectionContext>({
    name: 'parallax-class',
    port: options.port,
    address: host,
    quiet: true,
    stopOnSignals: false,
    debounce: options.debounce ?? 2000,
    websocketOptions: { maxPayload: options.maxPayload ?? CLASS_LIMITS.message },
    extensions: [new SQLite({ database: options.database })],
    onAuthenticate,
    onChange,
    onRequest,
    beforeHandleMessage: ({ socketId }) =>
      limiter.take(socketId)
        ? Promise.resolve()
        : Promise.reject(new Refusal(4429, 'too many messages; slow down')),
    onDisconnect: ({ socketId }) => {
      limiter.forget(socketId);
      return Promise.resolve();
    },
  });
  await server.listen();
  const port = server.address.port;
  return {
    port,
    url: `ws://${host}:${port}`,
    httpUrl: `http://${host}:${port}`,
    classes,
    hocuspocus: server.hocuspocus,
    async readRoom(room, read) {
      const connection = await server.hocuspocus.openDirectConnection(room);
      try {
        if (!connection.document) throw new Error(`${room} could not be loaded`);
        return read(connection.document);
      } finally {
        await connection.disconnect();
      }
    },
    token(claims, seconds) {
      const secret = classes.secretOf(claims.class);
      if (secret === undefined) throw new Error(`no class "${claims.class}" on this server`);
      return signToken({ ...claims, exp: now() + seconds } as TokenClaims, secret);
    },
    async close() {
      const held = await Promise.all(rosters.values());
      rosters.clear();
      await Promise.all(held.map((c) => c.disconnect()));
      await server.destroy();
      classes.close();
    },
  };
}
