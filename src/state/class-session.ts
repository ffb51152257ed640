/**
 * The reader's side of a class: connections to the class's rooms on the sync server, the only module
 * importing @hocuspocus/provider. The reader's personal document and its store
 * (src/state/annotation-store.ts) are untouched: a class adds separate documents (src/data/class-doc.ts
 * layout), each kept in its own IndexedDB database by y-indexeddb, so edits made offline are kept and
 * sent when the connection returns. Who is online comes from each room's awareness.
 *
 * Reconnection tuning: retries start within 0.1 to 0.5 s and back off to at most 5 s, so a student whose
 * wifi drops is back within seconds without hammering the server (the server also rate-limits).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import { createClassDoc, onClassDocChange, type ClassDoc } from '../data/class-doc.ts';

/** The state of one room's connection. */
export type RoomStatus = 'connecting' | 'connected' | 'offline' | 'refused';

/** One websocket to the class server, shared by every room the reader opens (Hocuspocus multiplexes). */
export interface ClassSocket {
  socket: HocuspocusProviderWebsocket;
  destroy(): void;
}

/**
 * The websocket to `url`; `WebSocket` replaces the platform's (Node 20 has none), and `connect: false`
 * leaves it closed until `socket.connect()` (the local copies still load).
 */
export function openClassSocket(
  url: string,
  options: { WebSocket?: typeof WebSocket; connect?: boolean } = {},
): ClassSocket {
  const WebSocketClass = options.WebSocket;
  const socket = new HocuspocusProviderWebsocket({
    url,
    autoConnect: options.connect ?? true,
    // Jittered between minDelay and the growing delay (minDelay must stay below delay).
    delay: 500,
    minDelay: 100,
    factor: 2,
    maxDelay: 5000,
    ...(WebSocketClass ? { WebSocketPolyfill: WebSocketClass } : {}),
  });
  // The browser knows before the socket does when the network goes (a socket can stay open for a
  // while on a dead network): close it at once, so the reader sees "offline", and reconnect on return.
  const target = typeof window === 'undefined' ? undefined : window;
  const offline = () => socket.disconnect();
  const online = () => void socket.connect();
  target?.addEventListener('offline', offline);
  target?.addEventListener('online', online);
  return {
    socket,
    destroy: () => {
      target?.removeEventListener('offline', offline);
      target?.removeEventListener('online', online);
      socket.destroy();
    },
  };
}

/** One open room. */
export interface ClassRoomSession {
  doc: ClassDoc;
  status(): RoomStatus;
  /** Why the server refused the room, when it did. */
  refusal(): string | undefined;
  /** Names of the people with this room open now (from awareness), this reader included. */
  online(): string[];
  /** Calls `listener` after any change of the document, the status or who is online. */
  subscribe(listener: () => void): () => void;
  /** Resolves once the local copy (IndexedDB) is loaded, or at once without one. */
  whenLocalLoaded: Promise<void>;
  /** Resolves once every local change has reached the server. */
  whenSent(): Promise<void>;
  destroy(): Promise<void>;
}

/** Options of `openClassRoom`. */
export interface ClassRoomOptions {
  socket: ClassSocket;
  room: string;
  token: string;
  /** IndexedDB database of the local copy; null keeps none (the teacher's read-only views). */
  localName: string | null;
  /** The reader's name, shown to others as online. */
  name: string;
}

/** Opens `room` over `socket`, with its local copy. */
export function openClassRoom(options: ClassRoomOptions): ClassRoomSession {
  const doc = createClassDoc();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  let status: RoomStatus = 'connecting';
  let refusal: string | undefined;
  const local = options.localName === null ? undefined : new IndexeddbPersistence(options.localName, doc);
  const provider = new HocuspocusProvider({
    websocketProvider: options.socket.socket,
    name: options.room,
    document: doc,
    token: options.token,
    onAuthenticated: () => {
      status = 'connected';
      refusal = undefined;
      notify();
    },
    onAuthenticationFailed: ({ reason }) => {
      status = 'refused';
      refusal = reason;
      notify();
    },
    onStatus: ({ status: socketStatus }) => {
      if (status === 'refused') return;
      status =
        socketStatus === 'connected' ? status : socketStatus === 'connecting' ? 'connecting' : 'offline';
      notify();
    },
    onClose: () => {
      if (status !== 'refused') status = 'offline';
      notify();
    },
    onAwarenessChange: notify,
  });
  provider.setAwarenessField('user', { name: options.name });
  provider.attach();
  const stopWatching = onClassDocChange(doc, notify);
  return {
    doc,
    status: () => status,
    refusal: () => refusal,
    online() {
      const names = [...(provider.awareness?.getStates().values() ?? [])].map(
        (state) => (state as { user?: { name?: unknown } }).user?.name,
      );
      return [...new Set(names.filter((n): n is string => typeof n === 'string'))].sort();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenLocalLoaded: local ? local.whenSynced.then(() => undefined) : Promise.resolve(),
    whenSent: () =>
      new Promise<void>((resolve) => {
        if (!provider.hasUnsyncedChanges) return resolve();
        const check = ({ number }: { number: number }) => {
          if (number > 0) return;
          provider.off('unsyncedChanges', check);
          resolve();
        };
        provider.on('unsyncedChanges', check);
      }),
    async destroy() {
      stopWatching();
      provider.destroy();
      await local?.destroy();
      doc.destroy();
    },
  };
}
