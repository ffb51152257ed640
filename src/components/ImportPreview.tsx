import type { ImportPreview as Preview } from '../state/use-annotation-share.ts';

/** What an import will do, before it does it: added, duplicates, invalid items and why; or why the file is refused. */
export function ImportPreview({
  preview,
  onConfirm,
  onCancel,
}: {
  preview: Preview;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { fileName, result } = preview;
  if (!result.ok) {
    return (
      <div className="import-preview" role="alert">
        <p>
          “{fileName}” cannot be imported: {result.error}. Nothing was changed.
        </p>
        <button type="button" onClick={onCancel}>
          Close
        </button>
      </div>
    );
  }
  const unanchored = result.added.filter((a) => a.anchor === null).length;
  return (
    <div className="import-preview" role="region" aria-label={`Import of ${fileName}`}>
      <p>
        “{fileName}”: {result.total} item{result.total === 1 ? '' : 's'}.
      </p>
      <ul>
        <li>
          {result.added.length} to add
          {unanchored > 0 &&
            ` (${unanchored} will be listed as unanchored: their text is not in the articles)`}
        </li>
        <li>{result.duplicates.length} already here (duplicates, skipped)</li>
        <li>{result.invalid.length} invalid (skipped)</li>
      </ul>
      {result.invalid.length > 0 && (
        <details>
          <summary>Why items are invalid</summary>
          <ul className="import-preview__problems">
            {result.invalid.slice(0, 50).map((item) => (
              <li key={item.index}>
                Item {item.index + 1}
                {item.id ? ` (${item.id})` : ''}: {item.problems.join('; ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={onConfirm} disabled={result.added.length === 0}>
        Import {result.added.length}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
