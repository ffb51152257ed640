/**
 * The reader's class in React: the credentials this browser keeps (localStorage, validated on
 * reading), the one live class client made from them (class-client.ts), and a hook subscribing to it.
 * Without credentials there is no class and nothing connects.
 */
import { useSyncExternalStore } from 'react';
import { readCredentials, type ClassCredentials } from '../data/class-link.ts';
import { openClassClient, type ClassClient, type ClassSnapshot } from './class-client.ts';

/** The localStorage key of the class credentials. */
const CREDENTIALS_KEY = 'parallax-class';

let client: ClassClient | undefined;
let loaded = false;
const listeners = new Set<() => void>();
let unsubscribeClient: (() => void) | undefined;

function notify(): void {
  listeners.forEach((l) => l());
}

function attach(next: ClassClient | undefined): void {
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

/** The live class, connected from the stored credentials on first use; undefined outside a class. */
export function getClassClient(): ClassClient | undefined {
  if (!loaded) {
    loaded = true;
    const credentials = readCredentials(storage()?.getItem(CREDENTIALS_KEY) ?? null);
    if (credentials) attach(openClassClient(credentials));
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
  attach(openClassClient(credentials));
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
