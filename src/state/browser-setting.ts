/**
 * Choices remembered per browser (text size, citation style): one string each in localStorage under
 * `parallax:<name>`, read back only when it is one of the allowed values (anything else, or storage
 * that cannot be read, gives the default). Tabs of one browser follow each other through `storage` events.
 */
import { useCallback, useSyncExternalStore } from 'react';

const PREFIX = 'parallax:';
const listeners = new Set<() => void>();

/** The remembered value of `name` if it is one of `allowed`, else `fallback`. */
export function readSetting<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(PREFIX + name);
  } catch {
    // Storage blocked (private mode, policy): the default is the honest answer.
  }
  return allowed.find((v) => v === raw) ?? fallback;
}

/** Remembers `value` for `name` (kept for this session only when storage refuses it). */
export function writeSetting(name: string, value: string): void {
  try {
    localStorage.setItem(PREFIX + name, value);
  } catch {
    sessionValues.set(name, value);
  }
  for (const listener of listeners) listener();
}

// Values storage refused, so the choice still holds until the page is closed.
const sessionValues = new Map<string, string>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** A remembered choice and its setter; re-renders when it changes here or in another tab. */
export function useBrowserSetting<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T,
): [T, (value: T) => void] {
  const read = (): T => {
    const session = sessionValues.get(name);
    return allowed.find((v) => v === session) ?? readSetting(name, allowed, fallback);
  };
  const value = useSyncExternalStore(subscribe, read, () => fallback);
  const set = useCallback((v: T) => writeSetting(name, v), [name]);
  return [value, set];
}
