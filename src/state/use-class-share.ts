/**
 * A student's sharing: their class room is kept equal to `shareSelection(personal annotations,
 * choice)` after every personal change, so only the student's own edits change what they share (a
 * classmate's edit never reaches the personal document, and undo stays personal). The choice (all, or
 * annotation by annotation) is kept in this browser per class and student.
 */
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { readShareChoice } from '../data/class-link.ts';
import { shareSelection, type ShareChoice } from '../model/class-share.ts';
import { sortAnnotations, type UserAnnotation } from '../model/user-annotation.ts';
import { useAnnotations } from './use-annotations.ts';
import { useClass } from './use-class.ts';

/** What the "Share with class" controls show and do. */
export interface ClassShare {
  choice: ShareChoice;
  /** Shares every annotation (or goes back to choosing one by one). */
  setAll: (on: boolean) => void;
  /** Shares one annotation or stops sharing it. */
  setShared: (annotationId: string, on: boolean) => void;
  /** Ids of the annotations shared now. */
  shared: ReadonlySet<string>;
  /** Chosen annotations held back for their size. */
  tooLarge: readonly string[];
  /** The reader's annotations, by article and position, to choose from. */
  annotations: readonly UserAnnotation[];
}

const listeners = new Set<() => void>();
const choices = new Map<string, ShareChoice>();

function keyOf(classId: string, student: string): string {
  return `parallax-class-share-${classId}-${student}`;
}

function readChoice(key: string): ShareChoice {
  let choice = choices.get(key);
  if (!choice) {
    let text: string | null = null;
    try {
      text = globalThis.localStorage?.getItem(key) ?? null;
    } catch {
      // Blocked storage: nothing chosen yet.
    }
    choice = readShareChoice(text);
    choices.set(key, choice);
  }
  return choice;
}

function writeChoice(key: string, choice: ShareChoice): void {
  choices.set(key, choice);
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(choice));
  } catch {
    // Blocked storage: the choice lasts as long as the page.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const NOBODY = '';
const NOTHING: ShareChoice = { all: false, ids: [] };

/** A student's sharing, kept in step with their annotations; undefined outside a class or for the teacher. */
export function useClassShare(): ClassShare | undefined {
  const live = useClass();
  const { snapshot } = useAnnotations();
  const credentials = live?.snapshot.credentials;
  const key =
    credentials?.role === 'student' && credentials.student !== undefined
      ? keyOf(credentials.class, credentials.student)
      : NOBODY;
  const choice = useSyncExternalStore(
    subscribe,
    () => (key === NOBODY ? NOTHING : readChoice(key)),
    () => NOTHING,
  );
  const loading = snapshot.storage.kind === 'loading';
  const selection = useMemo(() => shareSelection(snapshot.state, choice), [snapshot.state, choice]);
  const client = live?.client;
  useEffect(() => {
    // Until the personal document has loaded, an empty selection would withdraw everything shared.
    if (key === NOBODY || loading || !client) return;
    client.share(selection);
  }, [key, loading, client, selection]);
  const setAll = useCallback((all: boolean) => writeChoice(key, { ...readChoice(key), all }), [key]);
  const setShared = useCallback(
    (id: string, on: boolean) => {
      const current = readChoice(key);
      const ids = current.ids.filter((i) => i !== id);
      writeChoice(key, { ...current, ids: on ? [...ids, id] : ids });
    },
    [key],
  );
  const shared = useMemo(() => new Set(selection.annotations.map((a) => a.id)), [selection]);
  const annotations = useMemo(
    () => sortAnnotations(Object.values(snapshot.state.annotations)),
    [snapshot.state],
  );
  if (key === NOBODY) return undefined;
  return { choice, setAll, setShared, shared, tooLarge: selection.tooLarge, annotations };
}
