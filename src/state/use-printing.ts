/** Hook telling whether the page is being printed, so windowed lists render whole on paper. */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printingNow = false;

function subscribe(notify: () => void): () => void {
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
  // The browser lays out the printed page right after `beforeprint` returns, so the whole list must be
  // rendered inside it: flushSync renders before the handler returns.
  const before = (): void => {
    printingNow = true;
    flushSync(notify);
  };
  const after = (): void => {
    printingNow = false;
    notify();
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media?.addEventListener('change', notify);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media?.removeEventListener('change', notify);
  };
}

function snapshot(): boolean {
  return printingNow || (typeof window.matchMedia === 'function' && window.matchMedia('print').matches);
}

/** True while printing: between `beforeprint` and `afterprint`, or while print media is emulated. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
