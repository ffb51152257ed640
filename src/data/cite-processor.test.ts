/**
 * The three styles for an article with an author (and a date) and one without either. The engine for
 * each style is built once, in beforeAll: the Chicago 18th-edition CSL is 240 kB and citeproc-js takes
 * seconds to compile it on a busy machine; each citation after that takes milliseconds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { realArticle } from '../../tests/corpus/real-articles.ts';
import { passageCite } from '../model/csl.ts';
import { CITATION_STYLES } from './citation-styles.ts';
import { formatCitation } from './cite-processor.ts';

const LINK = 'https://parallax.example/compare?a=five-questions-war-on-cartels&p=p1';
const reading = { url: LINK, accessed: '2026-12-01' };
const ziemer = passageCite(realArticle('five-questions-war-on-cartels').meta, 3, reading);
const fto = passageCite(realArticle('fto-lethal-force-legality').meta, 7, reading);

beforeAll(() => {
  for (const style of Object.values(CITATION_STYLES)) formatCitation([ziemer], style);
}, 120_000);

const FTO_TITLE = '[The FTO Designation and the Legality of Lethal Force against Cartels in Mexico]';

describe('formatCitation', () => {
  it('prints Chicago (notes and bibliography): a full first note with the paragraph, and the entry', () => {
    expect(formatCitation([ziemer], CITATION_STYLES.chicago)).toEqual({
      citation: `Henry Ziemer, “Five Questions to Ask before Declaring War on Cartels,” January 29, 2025, para. 3, ${LINK}.`,
      bibliography: [
        `Ziemer, Henry. “Five Questions to Ask before Declaring War on Cartels.” January 29, 2025. ${LINK}.`,
      ],
    });
    expect(formatCitation([fto], CITATION_STYLES.chicago)).toEqual({
      citation: `“${FTO_TITLE},” para. 7, accessed December 1, 2026, ${LINK}.`,
      bibliography: [`“${FTO_TITLE}.” Accessed December 1, 2026. ${LINK}.`],
    });
  });

  it('prints APA: the title in the author’s place and n.d. when the source names no author or date', () => {
    expect(formatCitation([ziemer], CITATION_STYLES.apa)).toEqual({
      citation: '(Ziemer, 2025, para. 3)',
      bibliography: [
        `Ziemer, H. (2025, January 29). Five questions to ask before declaring war on cartels. ${LINK}`,
      ],
    });
    expect(formatCitation([fto], CITATION_STYLES.apa)).toEqual({
      citation: `(${FTO_TITLE}, n.d., para. 7)`,
      bibliography: [
        `[The FTO designation and the legality of lethal force against cartels in Mexico]. (n.d.). Retrieved December 1, 2026, from ${LINK}`,
      ],
    });
  });

  it('prints MLA: "par." in text, and the access day only for the undated article', () => {
    expect(formatCitation([ziemer], CITATION_STYLES.mla)).toEqual({
      citation: '(Ziemer, par. 3)',
      bibliography: [
        `Ziemer, Henry. Five Questions to Ask before Declaring War on Cartels. 29 Jan. 2025, ${LINK}.`,
      ],
    });
    expect(formatCitation([fto], CITATION_STYLES.mla)).toEqual({
      citation: `(${FTO_TITLE}, par. 7)`,
      bibliography: [`${FTO_TITLE}. ${LINK}. Accessed 1 Dec. 2026.`],
    });
  });

  it('cites several passages in one cluster (an argument), ordered as each style orders them', () => {
    const apa = formatCitation([ziemer, fto], CITATION_STYLES.apa);
    expect(apa.citation).toBe(`(${FTO_TITLE}, n.d., para. 7; Ziemer, 2025, para. 3)`);
    expect(apa.bibliography).toHaveLength(2);
    const mla = formatCitation([ziemer, fto], CITATION_STYLES.mla);
    expect(mla.citation).toBe(`(Ziemer, par. 3; ${FTO_TITLE}, par. 7)`);
  });

  it('leaves the locator out for a heading, which has no paragraph number', () => {
    const heading = passageCite(realArticle('five-questions-war-on-cartels').meta, undefined, reading);
    expect(formatCitation([heading], CITATION_STYLES.apa).citation).toBe('(Ziemer, 2025)');
  });
});
