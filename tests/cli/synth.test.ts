import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/parallax.ts';
import { PROJECT_ROOT } from '../../cli/load.ts';
import { corpusRoot } from '../../src/data/read-corpus-files.ts';

const tmp = mkdtempSync(join(tmpdir(), 'parallax-cli-synth-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(argv: string[], root?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, root);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run corpus -- synth', () => {
  it('writes a corpus that the other commands read through PARALLAX_CORPUS', () => {
    const out = join(tmp, 'x1');
    const before = readdirSync(join(PROJECT_ROOT, 'corpus')).sort();
    const synth = run(['synth', '--scale', '1', '--out', out]);
    expect(synth).toMatchObject({ code: 0, err: '' });
    expect(synth.out).toMatch(/^Wrote .*x1: 5 articles, \d+ passages/);
    expect(readdirSync(join(PROJECT_ROOT, 'corpus')).sort()).toEqual(before);
    const root = corpusRoot(PROJECT_ROOT, { PARALLAX_CORPUS: out });
    expect(root).toBe(out);
    const stats = run(['stats', '--json'], root);
    expect(stats.code).toBe(0);
    const titles = (JSON.parse(stats.out) as { perArticle: { title: string }[] }).perArticle.map(
      (a) => a.title,
    );
    expect(titles.every((t) => t.startsWith('[Synthetic '))).toBe(true);
  });

  it('asks for a scale and refuses to write over the project corpus', () => {
    expect(run(['synth'])).toMatchObject({ code: 2, err: expect.stringContaining('--scale N') });
    const refused = run(['synth', '--scale', '1', '--out', join(PROJECT_ROOT, 'annotations')]);
    expect(refused).toMatchObject({ code: 1, err: expect.stringContaining("project's annotations/") });
  });
});
