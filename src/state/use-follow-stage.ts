/**
 * "Follow the stage": while a student follows, the reader goes wherever the teacher presents (the
 * stage's path), once per new stage and at once when following is switched on. The choice is kept
 * in this browser and shared by every view that offers it.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ClassSnapshot } from './class-client.ts';

/** The localStorage key of the choice. */
const FOLLOW_KEY = 'parallax-class-follow';

const listeners = new Set<() => void>();
let following: boolean | undefined;
// The stage last followed (across views), so the reader may look elsewhere until the teacher presents again.
let followed: string | undefined;

function read(): boolean {
  if (following === undefined) {
    try {
      following = globalThis.localStorage?.getItem(FOLLOW_KEY) === '1';
    } catch {
      following = false;
    }
  }
  return following;
}

function write(on: boolean): void {
  following = on;
  try {
    globalThis.localStorage?.setItem(FOLLOW_KEY, on ? '1' : '0');
  } catch {
    // Blocked storage: the choice lasts as long as the page.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the reader follows the stage, and the switch; navigates while following. */
export function useFollowStage(snapshot: ClassSnapshot | undefined): {
  following: boolean;
  setFollowing: (on: boolean) => void;
} {
  const on = useSyncExternalStore(subscribe, read, read);
  const navigate = useNavigate();
  const location = useLocation();
  const here = location.pathname + location.search;
  const stage = snapshot?.credentials.role === 'student' ? snapshot.stage : undefined;
  useEffect(() => {
    if (!on || stage === undefined) return;
    const key = `${stage.at} ${stage.path}`;
    if (followed === key) return;
    followed = key;
    if (stage.path !== here) void navigate(stage.path);
  }, [on, stage, here, navigate]);
  const setFollowing = useCallback((next: boolean) => {
    if (!next) followed = undefined;
    write(next);
  }, []);
  return { following: on, setFollowing };
}
