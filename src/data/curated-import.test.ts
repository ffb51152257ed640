import { describe, expect, it } from 'vitest';
import { realCorpus, realCurated } from '../../tests/corpus/real-curated.ts';
import { annotationOn } from '../../tests/fixtures/annotation-on.ts';
import { toW3CCollection } from '../model/w3c.ts';
import { planImport } from './curated-import.ts';

const corpus = realCorpus();
const lawfare = corpus.articles.find((a) => a.meta.id === 'lawfare-bombing-mexico');
const block = lawfare?.blocks.filter((b) => b.paragraphNumber !== undefined).at(-3);
if (!lawfare || !block) throw new Error('no fixture');
const quote = block.text.slice(0, 45);

let counter = 0;
const options = {
  newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  now: '2025-10-01T00:00:00.000Z',
};

/** A student's export of one annotation on `quote`, typed strategic, with `note` (and a creator name). */
function studentFile(path: string, note: string, creator?: string) {
  const annotation = annotationOn(lawfare!, quote, { id: options.newId(), types: ['strategic'], note });
  const collection = toW3CCollection(
    [annotation],
    { articles: corpus.articles, passages: [], arguments: [] },
    {
      label: path,
    },
  );
  const items = collection.first.items.map((i) =>
    creator ? { ...i, creator: { type: 'Person', name: creator } } : i,
  );
  return { path, content: JSON.stringify({ ...collection, first: { ...collection.first, items } }) };
}

describe('importing students’ different notes on the same passage (issue 13, item 4)', () => {
  it('keeps every note, each with its author, instead of skipping all but the first', () => {
    const files = [
      studentFile('ana.json', 'The strike would be illegal.', 'Ana'),
      studentFile('ben.json', 'Compare the Lawfare argument on self-defence.'),
      studentFile('cleo.json', 'The strike would be illegal.', 'Cleo'),
    ];
    const plan = planImport(realCurated(), corpus, files, options);
    expect(plan.errors).toEqual([]);
    const write = plan.writes.find((w) => w.path === 'annotations/lawfare-bombing-mexico.json');
    const passages = (JSON.parse(write?.content ?? '{}') as { passages: { id: string; note?: string }[] })
      .passages;
    const added = passages.at(-1);
    expect(added?.note).toBe(
      'The strike would be illegal.\n\nben.json: Compare the Lawfare argument on self-defence.',
    );
    expect(plan.changes).toContainEqual(
      `~ lawfare-bombing-mexico ${added?.id}: added the note of ben.json from ben.json item 1`,
    );
    // Cleo's note says what Ana's says: named as nothing new, not dropped unnamed.
    expect(plan.notes).toContainEqual(
      `cleo.json item 1: skipped, already curated as ${added?.id} (nothing new)`,
    );
  });

  it('adds a note to a passage already curated, naming its author', () => {
    const curated = realCurated();
    const existing = corpus.tagLayer.passages.find((p) => p.article === 'lawfare-bombing-mexico');
    if (!existing) throw new Error('no curated passage');
    const annotation = annotationOn(lawfare, existing.exact, {
      id: options.newId(),
      types: existing.types,
      note: 'A student’s reading.',
    });
    const collection = toW3CCollection(
      [annotation],
      { articles: corpus.articles, passages: [], arguments: [] },
      {
        label: 'dana',
      },
    );
    const items = collection.first.items.map((i) => ({ ...i, creator: { type: 'Person', name: 'Dana' } }));
    const content = JSON.stringify({ ...collection, first: { ...collection.first, items } });
    const plan = planImport(curated, corpus, [{ path: 'dana.json', content }], options);
    const write = plan.writes.find((w) => w.path === 'annotations/lawfare-bombing-mexico.json');
    const passage = (
      JSON.parse(write?.content ?? '{}') as { passages: { id: string; note?: string }[] }
    ).passages.find((p) => p.id === existing.id);
    expect(passage?.note).toBe(`${existing.note ? `${existing.note}\n\n` : ''}Dana: A student’s reading.`);
  });
});
