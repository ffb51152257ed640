import { useBibliographyDownload } from '../state/use-bibliography-download.ts';

/** The corpus bibliography for Zotero and other reference managers: BibTeX, RIS and CSL-JSON downloads. */
export function BibliographyDownloads() {
  const { state, save } = useBibliographyDownload();
  return (
    <section className="bibliography-downloads" aria-labelledby="bibliography-heading">
      <h2 id="bibliography-heading">Bibliography</h2>
      <p>
        Every article’s source details, for Zotero and other reference managers:{' '}
        <button type="button" onClick={() => save('bibtex')} disabled={state.status === 'working'}>
          BibTeX
        </button>{' '}
        <button type="button" onClick={() => save('ris')} disabled={state.status === 'working'}>
          RIS
        </button>{' '}
        <button type="button" onClick={() => save('csl-json')} disabled={state.status === 'working'}>
          CSL-JSON
        </button>
      </p>
      <p role="status" className={state.status === 'working' ? undefined : 'visually-hidden'}>
        {state.status === 'working' ? 'Writing the bibliography…' : ''}
      </p>
      {state.status === 'error' && <p role="alert">{state.message}</p>}
    </section>
  );
}
