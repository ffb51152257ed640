/** Writing text to the clipboard, with a status a component can show. */
import { useCallback, useState } from 'react';

/** Idle, copied, or refused by the browser (then the text is shown to copy by hand). */
export type CopyStatus = 'idle' | 'copied' | 'manual';

/** `copy(text)` writes to the clipboard and sets `status`. */
export function useClipboard(): { status: CopyStatus; copy: (text: string) => Promise<void> } {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = useCallback(async (text: string): Promise<void> => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): show the text to copy by hand.
      setStatus('manual');
    }
  }, []);
  return { status, copy };
}
