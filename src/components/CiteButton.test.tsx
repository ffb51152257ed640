/**
 * The Cite dialog over the real CSL styles. Each style's engine is built once in beforeAll (the
 * Chicago CSL takes citeproc-js seconds to compile on a busy machine); the day is fixed so the access
 * date of the undated article is known.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compareFixture } from '../../tests/fixtures/compare-fixture.ts';
import { CITATION_STYLES } from '../data/citation-styles.ts';
import { formatCitation } from '../data/cite-processor.ts';
import { passageCite } from '../model/csl.ts';
import { CiteButton } from './CiteButton.tsx';

/** A real article's front matter (the fixture compiles the real editions). */
function metaOf(id: string) {
  const article = compareFixture().articles.find((a) => a.meta.id === id);
  if (!article) throw new Error(`no article ${id}`);
  return article.meta;
}

const LINK = 'https://parallax.example/compare?a=five-questions-war-on-cartels&p=p1';
const FTO_TITLE = '[The FTO Designation and the Legality of Lethal Force against Cartels in Mexico]';

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
  const warm = passageCite(metaOf('five-questions-war-on-cartels'), 1);
  for (const style of Object.values(CITATION_STYLES)) formatCitation([warm], style);
}, 120_000);

afterAll(() => {
  vi.useRealTimers();
});

afterEach(() => localStorage.clear());

function renderCite(articleId: string, paragraphNumber: number) {
  const meta = metaOf(articleId);
  render(<CiteButton target={{ meta, passage: { paragraphNumber }, url: LINK }} what="this passage" />);
  return userEvent.setup();
}

describe('the Cite dialog', () => {
  it('gives the Chicago footnote and bibliography entry first, then APA and MLA, remembering the choice', async () => {
    const user = renderCite('five-questions-war-on-cartels', 3);
    await user.click(screen.getByRole('button', { name: 'Cite this passage' }));
    const dialog = screen.getByRole('dialog', { name: 'Cite this passage' });
    expect(await within(dialog).findByTestId('cite-citation', {}, { timeout: 10_000 })).toHaveTextContent(
      `Henry Ziemer, “Five Questions to Ask before Declaring War on Cartels,” January 29, 2025, para. 3, ${LINK}.`,
    );
    expect(within(dialog).getByRole('heading', { name: 'Footnote' })).toBeInTheDocument();
    expect(within(dialog).getByTestId('cite-bibliography')).toHaveTextContent(
      `Ziemer, Henry. “Five Questions to Ask before Declaring War on Cartels.” January 29, 2025. ${LINK}.`,
    );
    await user.click(within(dialog).getByRole('radio', { name: 'APA' }));
    expect(await within(dialog).findByText('(Ziemer, 2025, para. 3)')).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'In-text citation' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'MLA' }));
    expect(await within(dialog).findByText('(Ziemer, par. 3)')).toBeInTheDocument();
    expect(within(dialog).getByTestId('cite-bibliography')).toHaveTextContent(
      `Ziemer, Henry. Five Questions to Ask before Declaring War on Cartels. 29 Jan. 2025, ${LINK}.`,
    );
    expect(localStorage.getItem('parallax:cite-style')).toBe('mla');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Cite this passage' })).toHaveFocus();
  });

  it('cites an article without author or date by its supplied title, with the access day, in the remembered style', async () => {
    localStorage.setItem('parallax:cite-style', 'apa');
    const user = renderCite('fto-lethal-force-legality', 7);
    await user.click(screen.getByRole('button', { name: 'Cite this passage' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByTestId('cite-citation', {}, { timeout: 10_000 })).toHaveTextContent(
      `(${FTO_TITLE}, n.d., para. 7)`,
    );
    expect(within(dialog).getByTestId('cite-bibliography')).toHaveTextContent(
      `[The FTO designation and the legality of lethal force against cartels in Mexico]. (n.d.). Retrieved December 1, 2026, from ${LINK}`,
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Chicago (notes and bibliography)' }));
    expect(
      await within(dialog).findByText(`“${FTO_TITLE},” para. 7, accessed December 1, 2026, ${LINK}.`),
    ).toBeInTheDocument();
  });
});
