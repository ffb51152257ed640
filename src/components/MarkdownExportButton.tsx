import type { MarkdownExport } from '../state/use-markdown-export.ts';

/**
 * "Export as Markdown": downloads the handout once the passages it quotes have arrived; says while
 * they load, and names each article that failed, with Try again. Where the page already announces
 * those failures with their Retry (`failuresShownOnPage`, the focus view's passages), it only says why it waits,
 * so a screen reader does not hear every failure twice.
 */
export function MarkdownExportButton({
  markdown,
  label = 'Export as Markdown',
  disabled = false,
  failuresShownOnPage = false,
}: {
  markdown: MarkdownExport;
  label?: string;
  disabled?: boolean;
  failuresShownOnPage?: boolean;
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
      {markdown.status === 'error' && failuresShownOnPage && (
        <span id="markdown-export-status">
          {' '}
          It needs the passages that could not be loaded (each is listed below with Retry).
        </span>
      )}
      {markdown.status === 'error' && !failuresShownOnPage && (
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
