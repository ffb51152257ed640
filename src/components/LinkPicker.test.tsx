import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { articleTitle, compareFixture, FTO, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { LinkPicker } from './LinkPicker.tsx';

const passages = compareFixture().tagLayer.passages;
const options = passages
  .filter((p) => p.article === FTO || p.article === WAR_ZONE)
  .map((passage) => ({ passage, articleTitle: articleTitle(passage.article) }));
const long = passages.find((p) => p.id === 'wz-002');

describe('the link picker', () => {
  it('offers each passage whole, with its paragraph number, under its article', () => {
    render(<LinkPicker links={[]} linkOptions={options} onChange={() => {}} />);
    const picker = screen.getByRole('combobox', { name: /Link to a passage/ });
    const group = within(picker).getByRole('group', { name: articleTitle(WAR_ZONE) });
    expect(long && long.exact.length).toBeGreaterThan(80);
    expect(
      within(group).getByRole('option', { name: `¶ ${long?.paragraphNumber}: ${long?.exact}` }),
    ).toBeInTheDocument();
    expect(
      within(picker)
        .getAllByRole('group')
        .map((g) => g.getAttribute('label')),
    ).toEqual([articleTitle(FTO), articleTitle(WAR_ZONE)]);
  });

  it('lists a chosen link with its article, paragraph and whole quote', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<LinkPicker links={[]} linkOptions={options} onChange={onChange} />);
    await userEvent.setup().selectOptions(screen.getByRole('combobox'), long?.id ?? '');
    expect(onChange).toHaveBeenCalledWith([{ target: { passage: long?.id } }]);
    rerender(
      <LinkPicker links={onChange.mock.calls[0]?.[0] ?? []} linkOptions={options} onChange={onChange} />,
    );
    expect(screen.getByRole('list', { name: 'Links' })).toHaveTextContent(
      `${articleTitle(WAR_ZONE)}, ¶ ${long?.paragraphNumber}: ${long?.exact}`,
    );
  });
});
