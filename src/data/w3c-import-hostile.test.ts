import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realCorpus, realCurated } from '../../tests/corpus/real-curated.ts';
import { annotationOn } from '../../tests/fixtures/annotation-on.ts';
import { HOSTILE_SELECTORS, withHostileSelector } from '../../tests/fixtures/hostile-selectors.ts';
import { toW3CCollection } from '../model/w3c.ts';
import { planImport } from './curated-import.ts';
import { importW3C, type ImportResult } from './w3c-import.ts';
import type { ImportContext } from './w3c-import-item.ts';

const corpus = realCorpus();
const lawfare = corpus.articles.find((a) => a.meta.id === 'lawfare-bombing-mexico');
const warZone = corpus.articles.find((a) => a.meta.id === 'war-zone-military-options');
if (!lawfare || !warZone) throw new Error('missing articles');
const TYPES = corpus.tagLayer.taxonomy.map((t) => t.id);

let counter = 0;
const context = (): ImportContext => ({
  articles: corpus.articles,
  typeIds: new Set(TYPES),
  curatedArguments: new Set(corpus.tagLayer.arguments.map((a) => a.id)),
  passages: corpus.tagLayer.passages,
  existing: [],
  existingArguments: [],
  newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  now: '2025-10-01T00:00:00.000Z',
});

const linked = annotationOn(warZone, 'cartels', { id: 'l' });
const [first, second] = lawfare.blocks.filter((b) => b.paragraphNumber !== undefined).slice(3);
if (!first || !second) throw new Error('missing paragraphs');
const good = annotationOn(lawfare, first.text.slice(0, 40), {
  id: '11111111-1111-4111-8111-111111111111',
  types: ['legal'],
});
const withLink = annotationOn(lawfare, second.text.slice(0, 40), {
  id: '33333333-3333-4333-8333-333333333333',
  types: ['strategic'],
  links: [{ target: { article: warZone.meta.id, selector: linked.selector } }],
});
const items = toW3CCollection(
  [good, withLink],
  { articles: corpus.articles, passages: [], arguments: [] },
  {
    label: 'test',
  },
).first.items;
const [goodItem, linkedItem, linkItem] = items;

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** Every item of the file is accounted for exactly once, and every invalid one has a reason. */
function expectEveryItemJudged(result: Extract<ImportResult, { ok: true }>): void {
  const seen = [
    ...result.added.map((a) => a.index),
    ...result.merged.map((m) => m.index),
    ...result.duplicates.map((d) => d.index),
    ...result.invalid.map((i) => i.index),
    ...result.linksToAdd.flatMap((l) => l.indexes),
  ].sort((a, b) => a - b);
  expect(new Set(seen).size).toBe(result.total);
  for (const bad of result.invalid) {
    expect(bad.problems.length).toBeGreaterThan(0);
    for (const p of bad.problems) expect(p.trim()).not.toBe('');
  }
}

describe('badly typed selectors (issue 13, item 1)', () => {
  it.each(HOSTILE_SELECTORS)(
    'a target with $name is an invalid item with its reason; the rest imports',
    (variant) => {
      const file = JSON.stringify([goodItem, withHostileSelector(goodItem, variant)]);
      const result = ok(importW3C(file, context()));
      expect(result.added.map((a) => a.index)).toEqual([0]);
      expect(result.invalid).toHaveLength(1);
      expect(result.invalid[0]?.index).toBe(1);
      expect(result.invalid[0]?.problems.join('; ')).toMatch(variant.reason);
      expectEveryItemJudged(result);
    },
  );

  it.each(HOSTILE_SELECTORS)("a link's target with $name is an invalid item with its reason", (variant) => {
    const file = JSON.stringify([goodItem, linkedItem, withHostileSelector(linkItem, variant, 'link')]);
    const result = ok(importW3C(file, context()));
    expect(result.invalid.map((i) => i.index)).toEqual([2]);
    expect(result.invalid[0]?.problems.join('; ')).toMatch(variant.reason);
    expect(result.added.map((a) => a.index)).toEqual([0, 1]);
    expectEveryItemJudged(result);
  });

  it('the curated import names the file and item of each, and still judges the valid items', () => {
    const file = JSON.stringify([
      goodItem,
      ...HOSTILE_SELECTORS.map((v) => withHostileSelector(goodItem, v)),
    ]);
    const plan = planImport(realCurated(), corpus, [{ path: 'student.json', content: file }], {
      newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
      now: '2025-10-01T00:00:00.000Z',
    });
    expect(plan.errors, plan.errors.join('\n')).toHaveLength(HOSTILE_SELECTORS.length);
    HOSTILE_SELECTORS.forEach((variant, i) => {
      expect(plan.errors[i]).toMatch(new RegExp(`^student\\.json item ${i + 2} \\(urn:uuid:`));
      expect(plan.errors[i]).toMatch(variant.reason);
    });
    // The valid item was judged as usual: a new passage (written once the errors are fixed).
    expect(plan.changes.some((c) => c.startsWith('+ lawfare-bombing-mexico'))).toBe(true);
  });

  it('accepts a file starting with a UTF-8 byte-order mark', () => {
    const result = ok(importW3C(`\uFEFF${JSON.stringify([goodItem])}`, context()));
    expect(result.added).toHaveLength(1);
  });
});

/** Any JSON value, or one of the item's fields replaced by any JSON value (near-valid documents). */
const FIELDS = [
  ['target', 'selector', 0, 'exact'],
  ['target', 'selector', 0, 'prefix'],
  ['target', 'selector', 1, 'start'],
  ['target', 'selector', 1, 'end'],
  ['target', 'selector', 1, 'type'],
  ['target', 'selector'],
  ['target', 'source'],
  ['target'],
  ['body'],
  ['body', 0],
  ['body', 0, 'value'],
  ['body', 0, 'selector', 0, 'exact'],
  ['body', 0, 'selector', 1, 'start'],
  ['body', 0, 'source'],
  ['body', 0, 'purpose'],
  ['body', 0, 'type'],
  ['id'],
  ['type'],
  ['motivation'],
  ['created'],
  ['creator'],
] as const;

function mutate(item: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(item)) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> | undefined = copy;
  for (const key of path.slice(0, -1)) {
    const next: unknown = at?.[key];
    at = next !== null && typeof next === 'object' ? (next as Record<string | number, unknown>) : undefined;
  }
  const last = path.at(-1);
  if (at && last !== undefined) at[last] = value;
  return copy;
}

const nearValid = fc
  .array(
    fc.record({
      item: fc.constantFrom(goodItem, linkedItem, linkItem),
      mutations: fc.array(
        fc.record({
          path: fc.constantFrom(...FIELDS),
          value: fc.oneof(
            fc.jsonValue(),
            fc.integer(),
            fc.double(),
            fc.constantFrom(
              -1,
              2 ** 53 + 2,
              1e300,
              10_000_000,
              '',
              'TextQuoteSelector',
              'TextPositionSelector',
            ),
          ),
        }),
        { maxLength: 3 },
      ),
    }),
    { maxLength: 6 },
  )
  .map((entries) =>
    entries.map(({ item, mutations }) =>
      mutations.reduce<unknown>((x, m) => mutate(x, m.path, m.value), item),
    ),
  );

describe('importing never throws (property)', () => {
  it('judges every item of arbitrary JSON and near-valid W3C documents, accepted or invalid with a reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), nearValid), (document) => {
        const result = importW3C(JSON.stringify(document) ?? 'null', context());
        if (result.ok) expectEveryItemJudged(result);
        else expect(result.error).not.toBe('');
      }),
      { numRuns: 150 },
    );
  });

  it('planImport never throws, and names a reason for every item it does not take', () => {
    const curated = realCurated();
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.jsonValue(), nearValid), { minLength: 1, maxLength: 2 }),
        (documents) => {
          const files = documents.map((d, i) => ({
            path: `s${i}.json`,
            content: JSON.stringify(d) ?? 'null',
          }));
          const plan = planImport(curated, corpus, files, {
            newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
            now: '2025-10-01T00:00:00.000Z',
          });
          for (const line of [...plan.errors, ...plan.notes]) expect(line).toMatch(/^s\d\.json( item \d+)?/);
        },
      ),
      { numRuns: 60 },
    );
  });
});
