/**
 * The three citation styles Parallax offers, as the official CSL files (from the Citation Style
 * Language project's styles repository, CC BY-SA 3.0, shipped unchanged under `src/data/csl/`).
 * Chicago is the notes-bibliography variant: a class in history or politics cites a passage in a
 * footnote ("para. 14"), and its first note is the full reference.
 */
import apa from './csl/apa.csl?raw';
import chicago from './csl/chicago-notes-bibliography.csl?raw';
import mla from './csl/modern-language-association.csl?raw';
import type { CslStyle } from './cite-processor.ts';

/** The styles a reader chooses between. */
export const CITATION_STYLE_IDS = ['chicago', 'apa', 'mla'] as const;
/** One of CITATION_STYLE_IDS. */
export type CitationStyleId = (typeof CITATION_STYLE_IDS)[number];

/** Each style's CSL. */
export const CITATION_STYLES: Record<CitationStyleId, CslStyle> = {
  chicago: { name: 'parallax-chicago-notes-bibliography', xml: chicago },
  apa: { name: 'parallax-apa', xml: apa },
  mla: { name: 'parallax-mla', xml: mla },
};
