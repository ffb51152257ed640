/**
 * Export and import of the reader's annotations. Export builds the file with `userExportFile` and
 * downloads it; import reads a chosen file (refusing oversized ones before reading), validates it
 * with `importW3C` into a preview, and merges only what the reader confirms, as one undo step.
 * The writers and the validator (with zod) are fetched on first use, never for the compare view's first paint.
 */
import { useCallback, useState } from 'react';
import type { ImportResult } from '../data/w3c-import.ts';
import type { UserExportFormat } from '../model/user-export.ts';
import type { AnnotationStore } from './annotation-store.ts';
import { loadPart } from './lazy-part.ts';
import { newUuid } from './storage-probe.ts';
import { annotationReferences } from '../model/user-annotation.ts';
import { loadCorpusFor, loadFullCorpus } from './use-corpus.ts';

/** A validated import waiting for the reader's confirmation, or a refused file. */
export type ImportPreview = { fileName: string; result: ImportResult };

/** Starts a download of `content` as a file. */
export function download(file: { name: string; type: string; content: string }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export, import preview, confirm and cancel. */
export function useAnnotationShare(store: AnnotationStore) {
  const [preview, setPreview] = useState<ImportPreview>();
  const [exportError, setExportError] = useState<string>();

  const exportAs = useCallback(
    (format: UserExportFormat): void => {
      setExportError(undefined);
      // Read now, written when the writer has loaded: the file is what was kept at the click. The export
      // quotes the annotated articles and the passages linked to, so those not yet loaded are fetched first.
      const state = store.exportAll();
      const now = new Date().toISOString();
      const refs = annotationReferences(Object.values(state.annotations));
      Promise.all([
        loadCorpusFor(refs.articles, refs.passages),
        loadPart('export', () => import('../model/user-export.ts')),
      ]).then(
        ([corpus, { userExportFile }]) => download(userExportFile(state, format, corpus, now)),
        (error: unknown) => setExportError(error instanceof Error ? error.message : String(error)),
      );
    },
    [store],
  );

  const choose = useCallback(
    async (file: File) => {
      // An earlier file's preview (and its Import button) goes at once: it is not what was chosen.
      setPreview(undefined);
      const loaded = await Promise.all([
        loadPart('import', () => import('../data/w3c-import.ts')),
        loadPart('import', () => import('../data/w3c-import-schema.ts')),
      ]).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
      if (typeof loaded === 'string') {
        setPreview({ fileName: file.name, result: { ok: false, error: loaded } });
        return;
      }
      const [{ importW3C }, { IMPORT_LIMITS }] = loaded;
      if (file.size > IMPORT_LIMITS.maxBytes) {
        const error = `the file is larger than ${IMPORT_LIMITS.maxBytes / 1_000_000} MB`;
        setPreview({ fileName: file.name, result: { ok: false, error } });
        return;
      }
      let content: string;
      try {
        content = await file.text();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setPreview({
          fileName: file.name,
          result: { ok: false, error: `the file cannot be read (${reason})` },
        });
        return;
      }
      // The file's annotations may target any article (each is checked against its article's text,
      // and a curated passage link against the passage), so an import reads every article.
      let corpus;
      try {
        corpus = await loadFullCorpus();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        setPreview({ fileName: file.name, result: { ok: false, error: reason } });
        return;
      }
      const state = store.exportAll();
      const result = importW3C(content, {
        articles: corpus.articles,
        typeIds: new Set(corpus.tagLayer.taxonomy.map((t) => t.id)),
        curatedArguments: new Set(corpus.tagLayer.arguments.map((a) => a.id)),
        passages: corpus.tagLayer.passages,
        existing: Object.values(state.annotations),
        existingArguments: Object.values(state.arguments),
        newId: newUuid,
        now: new Date().toISOString(),
      });
      setPreview({ fileName: file.name, result });
    },
    [store],
  );

  const confirm = useCallback(() => {
    if (preview?.result.ok) {
      store.merge(
        preview.result.added.map((a) => a.annotation),
        preview.result.newArguments,
        preview.result.linksToAdd,
      );
    }
    setPreview(undefined);
  }, [preview, store]);

  const cancel = useCallback(() => setPreview(undefined), []);
  return { exportAs, exportError, preview, choose, confirm, cancel };
}
