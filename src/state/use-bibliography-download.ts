/**
 * Hook for the library's bibliography downloads: the corpus's articles as BibTeX, RIS or CSL-JSON,
 * written by the citation processor, which is fetched only on the first download (its own chunk).
 */
import { useCallback, useState } from 'react';
import type { BibliographyFormat } from '../data/cite-processor.ts';
import { download } from './use-annotation-share.ts';
import { useManifest } from './use-corpus.ts';
import { absoluteUrl, articlePath } from './paths.ts';

/** Idle, writing the file, or why it could not be written. */
export type BibliographyDownloadState = { status: 'idle' | 'working' } | { status: 'error'; message: string };

/** `save(format)` downloads the corpus bibliography; `state` says while it is written or why it failed. */
export function useBibliographyDownload(): {
  state: BibliographyDownloadState;
  save: (format: BibliographyFormat) => void;
} {
  const { articles } = useManifest();
  const [state, setState] = useState<BibliographyDownloadState>({ status: 'idle' });
  const save = useCallback(
    (format: BibliographyFormat) => {
      setState({ status: 'working' });
      import('../data/corpus-bibliography.ts').then(
        ({ corpusBibliographyFile }) => {
          try {
            const metas = articles.map((a) => a.meta);
            download(corpusBibliographyFile(metas, format, (id) => absoluteUrl(articlePath(id))));
            setState({ status: 'idle' });
          } catch (error) {
            setState({ status: 'error', message: messageOf(error) });
          }
        },
        (error: unknown) => setState({ status: 'error', message: messageOf(error) }),
      );
    },
    [articles],
  );
  return { state, save };
}

function messageOf(error: unknown): string {
  return `The bibliography could not be written: ${error instanceof Error ? error.message : String(error)}`;
}
