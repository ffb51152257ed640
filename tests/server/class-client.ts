/**
 * Test helpers: real class servers on 127.0.0.1 at free ports (temporary SQLite files) and real
 * Hocuspocus providers over real websockets (`ws`, since Node 20 has no WebSocket of its own).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { createClassDoc, type ClassDoc } from '../../src/data/class-doc.ts';
import { startClassServer, type ClassServer, type ClassServerOptions } from '../../server/class-server.ts';

/** A temporary folder for databases, removed by `cleanup`. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-class-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts a class server at a free port on 127.0.0.1. */
export function startTestServer(
  database: string,
  options: Partial<ClassServerOptions> = {},
): Promise<ClassServer> {
  return startClassServer({ database, port: 0, host: '127.0.0.1', debounce: 50, ...options });
}

/** A connected client of one room. */
export interface TestClient {
  doc: ClassDoc;
  provider: HocuspocusProvider;
  /** Resolves with the scope once authenticated, or rejects with the server's reason. */
  authenticated: Promise<'readonly' | 'read-write'>;
  /** Resolves once the first sync is done. */
  synced: Promise<void>;
  /** Resolves with the close code and reason when the server closes this room or the websocket. */
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves when the server has answered whether it applied the next update (SyncStatus message). */
  nextSyncStatus(): Promise<boolean>;
  /** Resolves when every local change has been acknowledged. */
  allSent(): Promise<void>;
  destroy(): void;
}

// Hocuspocus message type of the server's "update applied or not" answer (MessageType.SyncStatus).
const SYNC_STATUS = 8;

function readVarUint(bytes: Uint8Array, at: { i: number }): number {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at.i++] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
}

/** The SyncStatus answer in a raw message (address, type, status), or undefined for other messages. */
function syncStatusOf(data: Uint8Array): boolean | undefined {
  const at = { i: 0 };
  const addressLength = readVarUint(data, at);
  at.i += addressLength; // skip the document address
  if (readVarUint(data, at) !== SYNC_STATUS) return undefined;
  return (data[at.i] ?? 0) === 1;
}

/** Connects to `room` on `server` with `token`, over its own websocket. */
export function connect(
  url: string,
  room: string,
  token: string,
  doc: ClassDoc = createClassDoc(),
): TestClient {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    maxAttempts: 1,
  });
  let onAuth: (scope: 'readonly' | 'read-write') => void = () => {};
  let onFail: (reason: string) => void = () => {};
  const authenticated = new Promise<'readonly' | 'read-write'>((resolve, reject) => {
    onAuth = resolve;
    onFail = (reason) => reject(new Error(reason));
  });
  authenticated.catch(() => {});
  let statusWaiters: ((applied: boolean) => void)[] = [];
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token,
    onAuthenticated: ({ scope }) => onAuth(scope),
    onAuthenticationFailed: ({ reason }) => onFail(reason),
    onMessage: ({ event }) => {
      const status = syncStatusOf(new Uint8Array(event.data as ArrayBuffer));
      if (status === undefined) return;
      const waiters = statusWaiters;
      statusWaiters = [];
      waiters.forEach((w) => w(status));
    },
  });
  const synced = new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  // The server closes one document (a CLOSE message to the provider) or the whole websocket.
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    const done = ({ event }: { event: { code: number; reason: string } }) =>
      resolve({ code: event.code, reason: String(event.reason) });
    provider.on('close', done);
    socket.on('close', done);
  });
  provider.attach();
  return {
    doc,
    provider,
    authenticated,
    synced,
    closed,
    nextSyncStatus: () => new Promise((resolve) => statusWaiters.push(resolve)),
    allSent: () =>
      new Promise((resolve) => {
        if (!provider.hasUnsyncedChanges) return resolve();
        const check = ({ number }: { number: number }) => {
          if (number === 0) {
            provider.off('unsyncedChanges', check);
            resolve();
          }
        };
        provider.on('unsyncedChanges', check);
      }),
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** POSTs a join request; resolves with the status and the JSON answer. */
export async function joinClass(
  httpUrl: string,
  token: string,
  name: string,
): Promise<{ status: number; body: { token?: string; student?: string; error?: string } }> {
  const response = await fetch(`${httpUrl}/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token, name }),
  });
  return { status: response.status, body: (await response.json()) as { token?: string; student?: string } };
}
