import type { UserExportFormat } from '../model/user-export.ts';
import type { ImportPreview as Preview } from '../state/use-annotation-share.ts';
import { ImportPreview } from './ImportPreview.tsx';

const FORMATS: { format: UserExportFormat; label: string }[] = [
  { format: 'w3c', label: 'W3C annotations (JSON-LD)' },
  { format: 'csv', label: 'CSV' },
  { format: 'md', label: 'Markdown handout' },
];

/** Export the reader's annotations as W3C JSON-LD, CSV or Markdown; import a W3C file after a preview. */
export function SharePanel({
  count,
  preview,
  onExport,
  exportError,
  onChoose,
  onConfirm,
  onCancel,
}: {
  count: number;
  preview: Preview | undefined;
  onExport: (format: UserExportFormat) => void;
  /** Why the last export failed (an article could not be loaded), named. */
  exportError?: string | undefined;
  onChoose: (file: File) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="share-panel">
      <p>
        Export your {count} annotation{count === 1 ? '' : 's'}:
      </p>
      <div className="share-panel__buttons">
        {FORMATS.map(({ format, label }) => (
          <button key={format} type="button" onClick={() => onExport(format)}>
            {label}
          </button>
        ))}
      </div>
      {exportError !== undefined && (
        <p role="alert" className="share-panel__error">
          {exportError}
        </p>
      )}
      <label className="share-panel__import">
        Import a W3C annotation file
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onChoose(file);
            e.target.value = '';
          }}
        />
      </label>
      {preview && <ImportPreview preview={preview} onConfirm={onConfirm} onCancel={onCancel} />}
    </div>
  );
}
