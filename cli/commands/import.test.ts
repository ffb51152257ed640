import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/corpus/corpus-files.ts';
import { annotationOn } from '../../tests/fixtures/annotation-on.ts';
import { toW3CCollection } from '../../src/model/w3c.ts';
import type { UserAnnotation } from '../../src/model/user-annotation.ts';
import { main } from '../parallax.ts';
import { loadProject } from '../load.ts';

let root: string;
let output: string[];
let errors: string[];
const io = { out: (s: string) => output.push(s), err: (s: string) => errors.push(s) };
const run = (...argv: string[]) => main(argv, io, root);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'parallax-import-'));
  cpSync(join(ROOT, 'corpus'), join(root, 'corpus'), { recursive: true });
  cpSync(join(ROOT, 'annotations'), join(root, 'annotations'), { recursive: true });
  output = [];
  errors = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ARG = '22222222-2222-4222-8222-222222222222';

/** A student's export: one tagged passage with a new argument, linked to a curated passage. */
function studentFile(name: string, annotations: UserAnnotation[]): string {
  const { corpus } = loadProject(root, { suggestions: false });
  const collection = toW3CCollection(
    annotations,
    {
      articles: corpus.articles,
      passages: corpus.tagLayer.passages,
      arguments: [
        { id: ARG, statement: 'Student claim: strikes would backfire.', type: 'strategic', user: true },
      ],
    },
    { label: name },
  );
  const path = join(root, name);
  writeFileSync(path, JSON.stringify(collection));
  return path;
}

function untaggedSentence(articleId: string): { quote: string; linkTo: string } {
  const { corpus } = loadProject(root, { suggestions: false });
  const article = corpus.articles.find((a) => a.meta.id === articleId);
  if (!article) throw new Error('no article');
  const tagged = corpus.tagLayer.passages.filter((p) => p.article === articleId);
  const block = article.blocks.find(
    (b) =>
      b.paragraphNumber !== undefined &&
      !tagged.some((p) => p.start >= b.start && p.end <= b.end && p.start === b.start),
  );
  const other = corpus.tagLayer.passages.find((p) => p.article !== articleId);
  if (!block || !other) throw new Error('no candidate');
  return { quote: block.text.slice(0, 40), linkTo: other.id };
}

// Each test compiles the corpus of its folder (~0.5 s on an idle 2-core machine; reused while the files
// are unchanged) and again after an import writes: the timeout leaves room for a loaded machine.
describe('corpus export', { timeout: 20_000 }, () => {
  it('writes the curated layer as W3C, CSV and Markdown', () => {
    expect(run('export', '--format', 'w3c', '--out', join(root, 'out.json'))).toBe(0);
    const w3c = JSON.parse(readFileSync(join(root, 'out.json'), 'utf8')) as { total: number; type: string };
    expect(w3c.type).toBe('AnnotationCollection');
    expect(w3c.total).toBeGreaterThan(0);
    expect(run('export', '--format', 'csv')).toBe(0);
    expect(output.at(-1)?.split('\r\n')[0]).toBe('article,paragraph,quote,types,argument,note,links');
    expect(run('export', '--format', 'md')).toBe(0);
    expect(output.at(-1)).toMatch(/^# Parallax: curated passages/);
    expect(run('export', '--format', 'pdf')).toBe(2);
    expect(errors.at(-1)).toContain('--format must be one of w3c, csv, md');
  });

  it('re-imports its own W3C export as nothing new', () => {
    run('export', '--format', 'w3c', '--out', join(root, 'curated.json'));
    output = [];
    expect(run('import', join(root, 'curated.json'))).toBe(0);
    expect(output.at(-1)).toBe('Nothing new to import.');
  });
});

describe('corpus import', { timeout: 20_000 }, () => {
  it('merges a student file into annotations/ with new ids, a new argument and a link; twice is a no-op', () => {
    const articleId = 'lawfare-bombing-mexico';
    const { quote, linkTo } = untaggedSentence(articleId);
    const { corpus } = loadProject(root, { suggestions: false });
    const article = corpus.articles.find((a) => a.meta.id === articleId);
    if (!article) throw new Error('no article');
    const a = annotationOn(article, quote, {
      id: '11111111-1111-4111-8111-111111111111',
      types: ['strategic'],
      arguments: [ARG],
      note: 'Student note',
      links: [{ target: { passage: linkTo } }],
    });
    const file = studentFile('student.json', [a]);
    const before = readFileSync(join(root, 'annotations', `${articleId}.json`), 'utf8');

    expect(run('import', file, '--dry-run')).toBe(0);
    expect(output.some((l) => l.startsWith('+ argument student-claim-strikes-would-backfire'))).toBe(true);
    expect(output.at(-1)).toContain('Dry run: would write');
    expect(output.some((l) => l.includes('item 2 (') && l.includes('a link, merged into item 1'))).toBe(true);
    expect(readFileSync(join(root, 'annotations', `${articleId}.json`), 'utf8')).toBe(before);

    output = [];
    expect(run('import', file)).toBe(0);
    const after = JSON.parse(readFileSync(join(root, 'annotations', `${articleId}.json`), 'utf8')) as {
      passages: { id: string; note?: string; arguments: string[] }[];
    };
    const added = after.passages.at(-1);
    expect(added?.id).toMatch(/^lf-\d{3}$/);
    expect(added?.note).toBe('Student note');
    expect(added?.arguments).toEqual(['student-claim-strikes-would-backfire']);
    const args = JSON.parse(readFileSync(join(root, 'annotations', 'arguments.json'), 'utf8')) as {
      links: { source: string; target: string }[];
    };
    expect(args.links).toContainEqual({ source: added?.id, target: linkTo });
    expect(run('validate')).toBe(0);

    output = [];
    expect(run('import', file)).toBe(0);
    expect(output.at(-1)).toBe('Nothing new to import.');
  });

  it('fails naming the file and item for a bad file, and writes nothing', () => {
    const bad = join(root, 'bad.json');
    writeFileSync(
      bad,
      '{"type": "AnnotationPage", "items": [{"type": "Annotation", "target": {"source": "urn:parallax:article:nope", "selector": []}}]}',
    );
    const truncated = join(root, 'truncated.json');
    writeFileSync(truncated, '{"type": "AnnotationCollection", "first": {');
    const before = readFileSync(join(root, 'annotations', 'arguments.json'), 'utf8');
    expect(run('import', bad, truncated)).toBe(1);
    expect(errors).toContainEqual(expect.stringMatching(/bad\.json item 1: .*not an article of this corpus/));
    expect(errors).toContainEqual(expect.stringMatching(/truncated\.json: the file is not JSON/));
    expect(errors.at(-1)).toBe('2 problems; nothing was imported.');
    expect(readFileSync(join(root, 'annotations', 'arguments.json'), 'utf8')).toBe(before);
    expect(run('import')).toBe(2);
  });
});
