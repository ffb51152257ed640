/**
 * The wire between tabs of one browser showing the same annotations: a BroadcastChannel (a web
 * standard, same origin only, nothing leaves the browser) carrying binary document updates. It knows
 * nothing of what the bytes mean; the annotation store sends its Yjs updates through it.
 *
 * Two messages: `update` (bytes every other tab applies) and `hello` (a tab that just loaded sends
 * its state vector; every other tab answers with an `update` holding what the newcomer lacks).
 */

/** A message between tabs. */
export type TabMessage = { kind: 'update'; update: Uint8Array } | { kind: 'hello'; stateVector: Uint8Array };

/** One tab's end of the channel. */
export interface TabChannel {
  post(message: TabMessage): void;
  close(): void;
}

function isMessage(data: unknown): data is TabMessage {
  if (data === null || typeof data !== 'object' || !('kind' in data)) return false;
  const m = data as { kind: unknown; update?: unknown; stateVector?: unknown };
  return (
    (m.kind === 'update' && m.update instanceof Uint8Array) ||
    (m.kind === 'hello' && m.stateVector instanceof Uint8Array)
  );
}

/** Opens the channel `name`; undefined where the browser has no BroadcastChannel. */
export function openTabChannel(
  name: string,
  onMessage: (message: TabMessage) => void,
): TabChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isMessage(event.data)) onMessage(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
