import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../tests/corpus/corpus-files.ts';
import { realCorpus } from '../../tests/corpus/real-curated.ts';
import { runAnchorFill } from './anchor-fill.ts';

let root: string;
let output: string[];
let errors: string[];
const io = { out: (s: string) => output.push(s), err: (s: string) => errors.push(s) };
const articles = realCorpus().articles;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'parallax-fill-'));
  cpSync(join(ROOT, 'annotations'), join(root, 'annotations'), { recursive: true });
  output = [];
  errors = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('corpus anchor-fill (issue 13, item 5)', () => {
  it('names a file that is not JSON instead of crashing, and exits 1', () => {
    writeFileSync(join(root, 'annotations/lawfare-bombing-mexico.json'), '{"passages": [');
    expect(runAnchorFill(root, articles, { dryRun: false }, io)).toBe(1);
    expect(errors).toContainEqual(
      expect.stringMatching(/lawfare-bombing-mexico\.json: not JSON \(.+\); nothing filled$/),
    );
  });

  it('exits 1 naming the file of an article whose edition did not compile', () => {
    const path = join(root, 'annotations/lawfare-bombing-mexico.json');
    const before = readFileSync(path, 'utf8');
    const compiled = articles.filter((a) => a.meta.id !== 'lawfare-bombing-mexico');
    expect(runAnchorFill(root, compiled, { dryRun: false }, io)).toBe(1);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /lawfare-bombing-mexico\.json: not filled: its article's edition did not compile/,
      ),
    );
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('fills a passage written with its quote only, leaving the rest unchanged', () => {
    const path = join(root, 'annotations/lawfare-bombing-mexico.json');
    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      passages: { target: { selector: { type: string; exact?: string }[] } }[];
    };
    const first = file.passages[0];
    if (!first) throw new Error('no passage');
    const full = first.target.selector;
    first.target.selector = full
      .filter((s) => s.type === 'TextQuoteSelector')
      .map((s) => ({ type: s.type, exact: s.exact }));
    writeFileSync(path, JSON.stringify(file));
    expect(runAnchorFill(root, articles, { dryRun: false }, io)).toBe(0);
    const filled = JSON.parse(readFileSync(path, 'utf8')) as typeof file;
    expect(filled.passages[0]?.target.selector).toEqual(full);
  });
});
