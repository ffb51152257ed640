/**
 * The reader's class in React: the credentials this browser keeps (localStorage, validated on
 * reading), the one live class client made from them (class-client.ts), and a hook subscribing to it.
 * Without credentials there is no class and nothing connects, and the client's code (the websocket
 * provider and the class documents, ~9 KB gzip) is not even fetched: it is imported when a class is
 * entered, so a reader outside a class never loads it and the compare view's first load stays smaller.
 */
import { useSyncExternalStore } from 'react';
import { readCredentials, type ClassCredentials } from '../data/class-link.ts';
import type { ClassClient, ClassSnapshot } from './class-client.ts';

/** The localStorage key of the class credentials. */
const CREDENTIALS_KEY = 'parallax-class';

let client: ClassClient | undefined;
let loaded = false;
/** Counts entering, leaving and replacing, so a client whose code arrives after a later change is dropped. */
let generation = 0;
const listeners = new Set<() => void>();
let unsubscribeClient: (() => void) | undefined;

function notify(): void {
  listeners.forEach((l) => l());
}

function attach(next: ClassClient | undefined): void {
  generation++;
  unsubscribeClient?.();
  const previous = client;
  client = next;
  unsubscribeClient = next?.subscribe(notify);
  if (previous && previous !== next) void previous.destroy();
  notify();
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // blocked site data: the class lasts as long as the page
  }
}

/**
 * Connects to `credentials`' class once the client's code has arrived, unless the class was left or
 * replaced meanwhile. A failed fetch of that code (offline) is retried on the next page load.
 */
function open(credentials: ClassCredentials): void {
  if (client) attach(undefined);
  const mine = ++generation;
  void import('./class-client.ts').then(
    ({ openClassClient }) => {
      if (mine === generation) attach(openClassClient(credentials));
    },
    (error: unknown) => console.error('Parallax could not load the class connection', error),
  );
}

/**
 * The live class, connected from the stored credentials on first use; undefined outside a class,
 * and until the class connection's code has arrived (listeners are told when it has).
 */
export function getClassClient(): ClassClient | undefined {
  if (!loaded) {
    loaded = true;
    const credentials = readCredentials(storage()?.getItem(CREDENTIALS_KEY) ?? null);
    if (credentials) open(credentials);
  }
  return client;
}

/** Keeps `credentials` in this browser and connects to their class (replacing any other class). */
export function enterClass(credentials: ClassCredentials): void {
  loaded = true;
  try {
    storage()?.setItem(CREDENTIALS_KEY, JSON.stringify(credentials));
  } catch {
    // Storage full or blocked: the class still works until the page is closed.
  }
  open(credentials);
}

/** Forgets the class in this browser and disconnects. */
export function leaveClass(): void {
  loaded = true;
  storage()?.removeItem(CREDENTIALS_KEY);
  attach(undefined);
}

/** Replaces the live class (component tests use a client of their own). */
export function setClassClient(next: ClassClient | undefined): void {
  loaded = true;
  attach(next);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): ClassSnapshot | undefined {
  return getClassClient()?.getSnapshot();
}

/** The class now and its client, or undefined outside a class. */
export function useClass(): { snapshot: ClassSnapshot; client: ClassClient } | undefined {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  return current && client ? { snapshot: current, client } : undefined;
}
