import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compareFixture, LAWFARE, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import type { Article } from '../model/article.ts';
import { importW3C } from '../data/w3c-import.ts';
import type { UserAnnotation } from '../model/user-annotation.ts';
import { toW3CCollection } from '../model/w3c.ts';
import { annotationOn } from '../../tests/fixtures/annotation-on.ts';
import { ImportPreview } from './ImportPreview.tsx';

// The real articles (as the fixture corpus compiles them).
const { articles } = compareFixture();
const article = (id: string): Article => {
  const found = articles.find((a) => a.meta.id === id);
  if (!found) throw new Error(`no article ${id}`);
  return found;
};
const warZone = article(WAR_ZONE);
const lawfare = article(LAWFARE);
const quote = warZone.text.match(/[A-Z][^.]{30,80}\./)?.[0] ?? '';
const link = (q: string) => ({
  target: { article: lawfare.meta.id, selector: annotationOn(lawfare, q, { id: 'l' }).selector },
});
const y = annotationOn(warZone, quote, {
  id: '55555555-5555-4555-8555-555555555555',
  types: ['legal'],
  links: [link('cartels')],
});

let counter = 0;
function preview(content: string, existing: UserAnnotation[] = []) {
  const result = importW3C(content, {
    articles,
    typeIds: new Set(['legal', 'political']),
    curatedArguments: new Set(),
    passages: [],
    existing,
    existingArguments: [],
    newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    now: '2025-10-01T00:00:00.000Z',
  });
  render(
    <ImportPreview preview={{ fileName: 'class.jsonld', result }} onConfirm={() => {}} onCancel={() => {}} />,
  );
  return screen.getByRole('region', { name: 'Import of class.jsonld' });
}
const exported = (annotations: UserAnnotation[]) =>
  JSON.stringify(toW3CCollection(annotations, { articles, passages: [], arguments: [] }, { label: 'x' }));

describe('ImportPreview', () => {
  it('accounts for a link item merged into its annotation', () => {
    const region = preview(exported([y]));
    expect(region).toHaveTextContent('2 items');
    expect(region).toHaveTextContent('1 to add');
    expect(region).toHaveTextContent('1 link merged into its annotation');
    expect(within(region).getByRole('button', { name: 'Import 1' })).toBeEnabled();
  });

  it('shows links new to an annotation already here, and lets them be imported', () => {
    const region = preview(exported([{ ...y, links: [link('cartels'), link('Mexico')] }]), [y]);
    expect(region).toHaveTextContent('3 items');
    expect(region).toHaveTextContent('0 to add');
    expect(region).toHaveTextContent('1 link item adding 1 new link to 1 annotation already here');
    expect(region).toHaveTextContent('2 already here (duplicates, skipped)');
    expect(within(region).getByRole('button', { name: 'Add 1 link' })).toBeEnabled();
  });

  it('says how many invalid items are not listed', () => {
    const items = Array.from({ length: 53 }, (_, i) => ({ id: `bad-${i}`, type: 'Annotation' }));
    const region = preview(JSON.stringify({ type: 'AnnotationPage', items }));
    expect(region).toHaveTextContent('53 invalid');
    expect(within(region).getAllByRole('listitem').at(-1)).toHaveTextContent('…and 3 more');
  });
});
