import { useState } from 'react';

/** "Copy link to this passage": the clipboard when allowed, otherwise a visible, selected link field. */
export function CopyLink({ url }: { url: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async (): Promise<void> => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): show the link to copy by hand.
      setStatus('manual');
    }
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link to this passage
      </button>
      <span role="status" className="copy-link__status">
        {status === 'copied' ? 'Link copied.' : ''}
      </span>
      {status === 'manual' && (
        <label className="copy-link__manual">
          Copy this link
          <input
            type="text"
            readOnly
            value={url}
            ref={(el) => el?.select()}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </div>
  );
}
