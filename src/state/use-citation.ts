/**
 * Hook for the Cite dialog: the reader's citation style (remembered in this browser), and the
 * formatted citation of one article or passage in it. The CSL processor and the styles (citeproc-js
 * and ~300 kB of CSL) are loaded only when a dialog first asks, so no other view pays for them.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ArticleMeta } from '../model/article.ts';
import { articleToCsl, passageCite, type CslItem } from '../model/csl.ts';
import { useBrowserSetting } from './browser-setting.ts';

/** The styles offered, in the order shown, with their labels (the ids match `src/data/citation-styles.ts`). */
export const CITE_STYLES = [
  { id: 'chicago', label: 'Chicago (notes and bibliography)', citation: 'Footnote' },
  { id: 'apa', label: 'APA', citation: 'In-text citation' },
  { id: 'mla', label: 'MLA', citation: 'In-text citation' },
] as const;
/** A style's id. */
export type CiteStyleId = (typeof CITE_STYLES)[number]['id'];
const STYLE_IDS = CITE_STYLES.map((s) => s.id);

/** What to cite: an article, or the paragraph of one of its passages; `url` is the deep link. */
export interface CiteTarget {
  meta: ArticleMeta;
  /** Set for a passage: its paragraph (undefined for a heading); left out for the whole article. */
  passage?: { paragraphNumber: number | undefined };
  url: string;
}

/** The dialog's state: the style, and the citation once the processor has run (or why it could not). */
export type CitationState =
  | { status: 'loading' }
  | { status: 'ready'; citation: string; bibliography: string; bibtex: string; ris: string }
  | { status: 'error'; message: string };

/** Today as YYYY-MM-DD in UTC: the access date the styles print for undated articles. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The chosen style, its setter, and `target` formatted in it (only while `open`). */
export function useCitation(
  target: CiteTarget,
  open: boolean,
): { style: CiteStyleId; setStyle: (s: CiteStyleId) => void; state: CitationState } {
  const [style, setStyle] = useBrowserSetting<CiteStyleId>('cite-style', STYLE_IDS, 'chicago');
  const [state, setState] = useState<CitationState>({ status: 'loading' });
  const { meta, url } = target;
  const paragraph = target.passage ? target.passage.paragraphNumber : null;
  const cited = useMemo(() => {
    const reading = { url, accessed: today() };
    return paragraph === null
      ? { item: articleToCsl(meta, reading) }
      : passageCite(meta, paragraph ?? undefined, reading);
  }, [meta, url, paragraph]);
  useEffect(() => {
    if (!open) return;
    let live = true;
    setState({ status: 'loading' });
    void (async () => {
      try {
        const [processor, styles] = await Promise.all([
          import('../data/cite-processor.ts'),
          import('../data/citation-styles.ts'),
        ]);
        const formatted = processor.formatCitation([cited], styles.CITATION_STYLES[style]);
        const item: CslItem = cited.item;
        if (live)
          setState({
            status: 'ready',
            citation: formatted.citation,
            bibliography: formatted.bibliography.join('\n'),
            bibtex: processor.bibliographyFile([item], 'bibtex'),
            ris: processor.bibliographyFile([item], 'ris'),
          });
      } catch (error) {
        if (live)
          setState({
            status: 'error',
            message: `The citation could not be made: ${error instanceof Error ? error.message : String(error)}`,
          });
      }
    })();
    return () => {
      live = false;
    };
  }, [open, cited, style]);
  return { style, setStyle, state };
}
