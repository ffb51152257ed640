import '../cite.css';
import { useEffect, useId, useRef, useState } from 'react';
import { download } from '../state/use-annotation-share.ts';
import { CITE_STYLES, useCitation, type CiteTarget } from '../state/use-citation.ts';
import { CopyButton } from './CopyButton.tsx';

/**
 * "Cite" and its dialog: the citation of an article or a passage in Chicago (notes and
 * bibliography), APA or MLA (the reader's choice, remembered), each with Copy, and the work as
 * BibTeX or RIS for a reference manager. `what` names the thing cited in the button ("this passage").
 */
export function CiteButton({ target, what }: { target: CiteTarget; what: string }) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const { style, setStyle, state } = useCitation(target, open);
  useEffect(() => {
    const el = dialog.current;
    if (!el || !open || el.open) return;
    // showModal keeps focus inside and makes the page behind inert; a browser without it gets `open`.
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', '');
  }, [open]);
  const close = (): void => {
    dialog.current?.close?.();
    setOpen(false);
    opener.current?.focus();
  };
  const current = CITE_STYLES.find((s) => s.id === style) ?? CITE_STYLES[0];
  return (
    <>
      <button type="button" ref={opener} className="cite-button" onClick={() => setOpen(true)}>
        Cite <span className="visually-hidden">{what}</span>
      </button>
      {open && (
        <dialog
          ref={dialog}
          className="cite-dialog"
          aria-labelledby={titleId}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        >
          <h2 id={titleId}>Cite {what}</h2>
          <fieldset className="cite-dialog__styles">
            <legend>Style</legend>
            {CITE_STYLES.map((s) => (
              <label key={s.id}>
                <input
                  type="radio"
                  name={`${titleId}-style`}
                  value={s.id}
                  checked={s.id === style}
                  onChange={() => setStyle(s.id)}
                />{' '}
                {s.label}
              </label>
            ))}
          </fieldset>
          {state.status === 'loading' && <p role="status">Formatting the citation…</p>}
          {state.status === 'error' && <p role="alert">{state.message}</p>}
          {state.status === 'ready' && (
            <>
              <h3>{current.citation}</h3>
              <p className="cite-dialog__text" data-testid="cite-citation">
                {state.citation}
              </p>
              <CopyButton
                label={`Copy ${current.citation.toLowerCase()}`}
                text={state.citation}
                copied="Copied."
                manualLabel="Copy this citation"
              />
              <h3>Bibliography entry</h3>
              <p className="cite-dialog__text" data-testid="cite-bibliography">
                {state.bibliography}
              </p>
              <CopyButton
                label="Copy bibliography entry"
                text={state.bibliography}
                copied="Copied."
                manualLabel="Copy this entry"
              />
              <p className="cite-dialog__files">
                For a reference manager (Zotero and others):{' '}
                <button
                  type="button"
                  onClick={() =>
                    download({
                      name: `${target.meta.id}.bib`,
                      type: 'application/x-bibtex',
                      content: state.bibtex,
                    })
                  }
                >
                  BibTeX
                </button>{' '}
                <button
                  type="button"
                  onClick={() =>
                    download({
                      name: `${target.meta.id}.ris`,
                      type: 'application/x-research-info-systems',
                      content: state.ris,
                    })
                  }
                >
                  RIS
                </button>
              </p>
            </>
          )}
          <p className="cite-dialog__close">
            <button type="button" onClick={close}>
              Close
            </button>
          </p>
        </dialog>
      )}
    </>
  );
}
