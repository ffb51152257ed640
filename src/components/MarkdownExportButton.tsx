import type { MarkdownExport } from '../state/use-markdown-export.ts';

/**
 * "Export as Markdown": downloads the handout once the passages it quotes have arrived; says while
 * they load, and names each article that failed, with Try again.
 */
export function MarkdownExportButton({
  markdown,
  label = 'Export as Markdown',
  disabled = false,
}: {
  markdown: MarkdownExport;
  label?: string;
  disabled?: boolean;
}) {
  return (
    <span className="markdown-export">
      <button
        type="button"
        onClick={markdown.save}
        disabled={disabled || markdown.status !== 'ready'}
        aria-describedby={markdown.status === 'ready' ? undefined : 'markdown-export-status'}
      >
        {label}
      </button>
      {markdown.status === 'loading' && !disabled && (
        <span id="markdown-export-status" role="status">
          {' '}
          Loading the passages it quotes…
        </span>
      )}
      {markdown.status === 'error' && (
        <span id="markdown-export-status" role="alert">
          {' '}
          Some passages could not be loaded: {markdown.errors.join('; ')}{' '}
          <button type="button" onClick={markdown.retry}>
            Try again
          </button>
        </span>
      )}
    </span>
  );
}
