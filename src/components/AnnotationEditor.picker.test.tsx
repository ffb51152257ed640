import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { compareFixture } from '../../tests/fixtures/compare-fixture.ts';
import { AnnotationEditor } from './AnnotationEditor.tsx';

const { tagLayer } = compareFixture();
const options = tagLayer.arguments.map((a) => ({
  id: a.id,
  statement: a.statement,
  type: a.type,
  user: false,
}));

function renderEditor(recent: string[] = []) {
  const onSave = vi.fn();
  render(
    <AnnotationEditor
      quote="a quote"
      taxonomy={tagLayer.taxonomy}
      argumentOptions={options}
      recentArguments={recent}
      linkOptions={[]}
      onSave={onSave}
      onCancel={() => {}}
    />,
  );
  return { onSave, user: userEvent.setup() };
}

const picker = () => screen.getByRole('combobox', { name: 'Argument' });
const groupLabels = () =>
  within(picker())
    .getAllByRole('group')
    .map((g) => g.getAttribute('label'));

describe('the annotation editor’s argument picker', () => {
  it('groups the arguments by claim type, the recently used first and each only once', () => {
    renderEditor(['mexico-rejects']);
    // The one diplomatic argument is the recent one: listed under "Recently used", not again under its type.
    expect(groupLabels()).toEqual(['Recently used', 'Legal']);
    expect(within(within(picker()).getAllByRole('group')[0]!).getAllByRole('option')).toHaveLength(1);
    const statements = within(picker())
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(statements).toEqual([...new Set(statements)]);
  });

  it('narrows the list as the reader types, and saves the argument chosen', async () => {
    const { onSave, user } = renderEditor();
    await user.type(screen.getByRole('searchbox', { name: 'Find an argument' }), 'congress');
    expect(screen.getByRole('searchbox', { name: 'Find an argument' })).toHaveAccessibleDescription(
      '2 arguments match',
    );
    const offered = within(picker())
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(offered).toEqual([
      'None',
      'Start a new argument…',
      'Only Congress can declare war.',
      'The President claims broad power to use force without Congress.',
    ]);
    await user.selectOptions(picker(), 'Only Congress can declare war.');
    await user.click(screen.getByRole('button', { name: 'Add annotation' }));
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ arguments: ['congress-limits'] }));
  });
});
