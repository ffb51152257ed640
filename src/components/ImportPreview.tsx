import type { ImportPreview as Preview } from '../state/use-annotation-share.ts';

/** Most invalid items listed with their problems; the rest are counted. */
const SHOWN_INVALID = 50;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What an import will do, before it does it: added, new links to annotations already kept, links
 * joining an added annotation, duplicates, invalid items and why; or why the file is refused. Every
 * item of the file is counted in exactly one of these.
 */
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
  const newLinks = result.linksToAdd.reduce((n, l) => n + l.links.length, 0);
  const linkItems = result.linksToAdd.reduce((n, l) => n + l.indexes.length, 0);
  const hidden = result.invalid.length - SHOWN_INVALID;
  const action =
    newLinks === 0
      ? `Import ${result.added.length}`
      : result.added.length === 0
        ? `Add ${plural(newLinks, 'link')}`
        : `Import ${result.added.length} and ${plural(newLinks, 'link')}`;
  return (
    <div className="import-preview" role="region" aria-label={`Import of ${fileName}`}>
      <p>
        “{fileName}”: {plural(result.total, 'item')}.
      </p>
      <ul>
        <li>
          {result.added.length} to add
          {unanchored > 0 &&
            ` (${unanchored} will be listed as unanchored: their text is not in the articles)`}
        </li>
        {result.merged.length > 0 && (
          <li>
            {plural(result.merged.length, 'link')} merged into {result.merged.length === 1 ? 'its' : 'their'}{' '}
            annotation{result.merged.length === 1 ? '' : 's'}
          </li>
        )}
        {linkItems > 0 && (
          <li>
            {plural(linkItems, 'link item')} adding {plural(newLinks, 'new link')} to{' '}
            {plural(result.linksToAdd.length, 'annotation')} already here
          </li>
        )}
        <li>{result.duplicates.length} already here (duplicates, skipped)</li>
        <li>{result.invalid.length} invalid (skipped)</li>
      </ul>
      {result.invalid.length > 0 && (
        <details>
          <summary>Why items are invalid</summary>
          <ul className="import-preview__problems">
            {result.invalid.slice(0, SHOWN_INVALID).map((item) => (
              <li key={item.index}>
                Item {item.index + 1}
                {item.id ? ` (${item.id})` : ''}: {item.problems.join('; ')}
              </li>
            ))}
            {hidden > 0 && <li>…and {hidden} more</li>}
          </ul>
        </details>
      )}
      <button type="button" onClick={onConfirm} disabled={result.added.length === 0 && newLinks === 0}>
        {action}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
