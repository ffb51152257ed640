import { describe, expect, it } from 'vitest';
import type { SearchDoc } from './search-documents.ts';
import {
  buildSearchManifest,
  buildSearchShard,
  checkSearchManifest,
  checkSearchShard,
} from './search-index-data.ts';

const docs: SearchDoc[] = [
  { kind: 'sentence', id: 's1', text: 'Cartels smuggle fentanyl.', articleId: 'a', start: 0, end: 25 },
  { kind: 'sentence', id: 's2', text: 'The strikes on cartels.', articleId: 'a', start: 26, end: 49 },
  { kind: 'passage', id: 'p1', text: 'Fentanyl kills.', note: 'cartel supply', articleId: 'b' },
  { kind: 'argument', id: 'arg', text: 'Strikes would not stop fentanyl.' },
];
const built = buildSearchShard(docs);
const data = built.shard;
const copy = () => JSON.parse(JSON.stringify(data)) as Record<string, unknown> & typeof data;

describe('buildSearchShard', () => {
  it('delta-codes each term’s documents with their counts, notes included', () => {
    const postingsOf = (term: string) => data.postings[data.terms.indexOf(term)];
    // cartel: documents 0, 1 and 2 (in the note) → gaps 0, 1, 1.
    expect(postingsOf('cartel')).toEqual([0, 1, 1, 1, 1, 1]);
    // fentanyl: documents 0, 2, 3 → gaps 0, 2, 1.
    expect(postingsOf('fentanyl')).toEqual([0, 1, 2, 1, 1, 1]);
    expect(data.docLength).toEqual([3, 2, 4, 3]);
    expect(built.words).toEqual([...built.words].sort());
    expect(built.words).toContain('cartels');
  });
});

describe('buildSearchManifest', () => {
  it('sums the shards’ documents, lengths and document frequencies, and merges their words', () => {
    const [first, ...rest] = docs;
    const a = buildSearchShard([first!]);
    const b = buildSearchShard(rest);
    const manifest = buildSearchManifest([
      { ...a, url: 'a.json', key: 'a' },
      { ...b, url: 'b.json', key: '_arguments' },
    ]);
    expect(manifest.shards).toEqual([
      { url: 'a.json', docs: 1, key: 'a' },
      { url: 'b.json', docs: 3, key: '_arguments' },
    ]);
    expect(manifest.documents).toBe(4);
    expect(manifest.totalLength).toBe(12);
    const df = (term: string) => manifest.df[manifest.terms.indexOf(term)];
    expect(df('cartel')).toBe(3);
    expect(df('fentanyl')).toBe(3);
    expect(manifest.words).toEqual(built.words);
    expect(checkSearchManifest(JSON.parse(JSON.stringify(manifest)), 'm.json')).toEqual(manifest);
    expect(() => checkSearchManifest({ ...manifest, documents: 5 }, 'm.json')).toThrow(
      /^m\.json: "documents" is not the shards' 4 documents/,
    );
    expect(() => checkSearchManifest({ ...manifest, df: manifest.df.slice(1) }, 'm.json')).toThrow(
      /^m\.json: "df"/,
    );
    // A manifest of the format before keys: each shard must say whose it is.
    const keyless = { ...manifest, shards: manifest.shards.map(({ url, docs }) => ({ url, docs })) };
    expect(() => checkSearchManifest(keyless, 'm.json')).toThrow(
      /^m\.json: "shards"\[0\] is not a shard \(url, docs, key\)/,
    );
  });
});

describe('checkSearchShard', () => {
  it('accepts what the build writes', () => {
    expect(checkSearchShard(copy(), 'index.json')).toEqual(data);
  });

  it.each([
    [
      'another format',
      (d: ReturnType<typeof copy>) => void (d.format = 'parallax-search-shard/0' as never),
      '"format"',
    ],
    [
      'a document without text',
      (d: ReturnType<typeof copy>) => void ((d.docs[1] as { text?: string }).text = undefined),
      '"docs"[1]',
    ],
    [
      'a posting past the last document',
      (d: ReturnType<typeof copy>) => void d.postings[0]!.push(9, 1),
      '"postings"[0]',
    ],
    [
      'a posting going backwards',
      (d: ReturnType<typeof copy>) => void (d.postings[0]![2] = 0),
      '"postings"[0][2]',
    ],
    ['lengths for too few documents', (d: ReturnType<typeof copy>) => void d.docLength.pop(), '"docLength"'],
    ['postings for too few terms', (d: ReturnType<typeof copy>) => void d.postings.pop(), '"postings"'],
    [
      'more documents than its ceiling',
      (d: ReturnType<typeof copy>) => void (d.docs.length = 5_000_001),
      '"docs"',
    ],
  ])('refuses %s, naming the file and the place', (_, spoil, place) => {
    const bad = copy();
    spoil(bad);
    expect(() => checkSearchShard(bad, 'assets/search-index-x.json')).toThrow(
      new RegExp(`^assets/search-index-x\\.json: ${place.replace(/[[\]"]/g, '\\$&')}[ []`),
    );
  });

  it('refuses what is not an object', () => {
    expect(() => checkSearchShard([1], 'f.json')).toThrow(/^f\.json: "format"/);
    expect(() => checkSearchShard(null, 'f.json')).toThrow(/^f\.json: the file is not a JSON object/);
  });
});
