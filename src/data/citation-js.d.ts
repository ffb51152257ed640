/** Types for the parts of citation-js that `src/data/cite-processor.ts` uses (the packages ship none). */
declare module '@citation-js/core' {
  /** A set of works, read from CSL-JSON, BibTeX or RIS. */
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    /** The works as CSL-JSON. */
    data: unknown[];
    /** The works in an output format ("citation", "bibliography", "bibtex", "ris", "data"). */
    format(format: string, options?: Record<string, unknown>): string | unknown[];
  }
  export const plugins: { config: { get(plugin: string): unknown } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
