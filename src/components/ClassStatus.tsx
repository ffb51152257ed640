import type { ClassSnapshot } from '../state/class-client.ts';

const WORDS = {
  connecting: 'Connecting to the class…',
  connected: 'Connected to the class',
  offline: 'Offline: your changes are kept and sent when the connection returns',
  refused: 'The class server refused this link',
} as const;

/** The connection to the class, in words (and why it was refused, when it was). */
export function ClassStatus({ snapshot }: { snapshot: ClassSnapshot }) {
  return (
    <p className={`class-status is-${snapshot.status}`} role="status">
      {WORDS[snapshot.status]}
      {snapshot.status === 'refused' && snapshot.refusal !== undefined && <>: {snapshot.refusal}</>}
    </p>
  );
}
