import type { StorageStatus } from '../state/annotation-store.ts';

/** Says so, visibly (and to screen readers, politely), when annotations are not being saved; offers export and another try. */
export function StorageNotice({
  storage,
  onExport,
  onRetry,
}: {
  storage: StorageStatus;
  onExport: () => void;
  onRetry: () => void;
}) {
  if (storage.kind !== 'memory-only') return null;
  return (
    <div className="storage-notice" role="status">
      <p>
        <strong>Your annotations are only in memory: export them.</strong> They will be lost when this tab
        closes, because {storage.reason}.
      </p>
      <button type="button" onClick={onExport}>
        Export (W3C)
      </button>{' '}
      <button type="button" onClick={onRetry}>
        Try saving again
      </button>
    </div>
  );
}
