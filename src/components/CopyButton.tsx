import { useClipboard } from '../state/use-clipboard.ts';

/** A button copying `text` to the clipboard, saying so; when the browser refuses, the text shown selected to copy by hand. */
export function CopyButton({
  label,
  text,
  copied,
  manualLabel,
}: {
  /** The button's text ("Copy quote"). */
  label: string;
  text: string;
  /** Said once copied ("Quote copied."). */
  copied: string;
  /** Label of the field shown when the clipboard is refused ("Copy this quote"). */
  manualLabel: string;
}) {
  const { status, copy } = useClipboard();
  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy(text)}>
        {label}
      </button>
      <span role="status" className="copy-link__status">
        {status === 'copied' ? copied : ''}
      </span>
      {status === 'manual' && (
        <label className="copy-link__manual">
          {manualLabel}
          <textarea
            readOnly
            rows={text.length > 80 ? 4 : 1}
            value={text}
            ref={(el) => el?.select()}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </div>
  );
}
