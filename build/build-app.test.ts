import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildApp, corpusErrorIn } from './build-app.ts';
import { CorpusError } from '../src/model/problems.ts';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'parallax-build-app-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const savedCorpus = process.env.PARALLAX_CORPUS;
afterEach(() => {
  if (savedCorpus === undefined) delete process.env.PARALLAX_CORPUS;
  else process.env.PARALLAX_CORPUS = savedCorpus;
});

/** A page that loads nothing but the compiled corpus, so the build reaches the corpus at once. */
function appImporting(name: string, script: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><script type="module">${script}</script>`);
  return dir;
}

/** A corpus folder whose only edition repeats a front-matter key on the file's line 4. */
function brokenCorpus(): string {
  const root = join(tmp, 'broken');
  mkdirSync(join(root, 'corpus', 'sources'), { recursive: true });
  mkdirSync(join(root, 'annotations'), { recursive: true });
  writeFileSync(join(root, 'corpus', 'x.md'), '---\nschemaVersion: 1\nid: x\nid: y\n---\n\nText.\n');
  return root;
}

describe('npm run build', () => {
  it('prints only the named problem, file and line, when the corpus is invalid (no stack trace)', async () => {
    process.env.PARALLAX_CORPUS = brokenCorpus();
    const lines: string[] = [];
    // The project's own vite.config.ts, bundled by Vite as `npm run build` does.
    const code = await buildApp(
      {
        configFile: join(PROJECT_ROOT, 'vite.config.ts'),
        root: appImporting(
          'corpus-only',
          "import corpus from 'virtual:parallax-corpus'; console.log(corpus);",
        ),
        logLevel: 'silent',
        build: { write: false },
      },
      (line) => lines.push(line),
    );
    expect(code).toBe(1);
    expect(lines).toEqual([
      'Build failed: 1 problem in the corpus:\n' +
        '  corpus/x.md:4: front matter is not valid YAML: Map keys must be unique (column 1)',
    ]);
    expect(lines.join('\n')).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('lets any other build error through as Vite reports it', async () => {
    const build = buildApp(
      {
        configFile: false,
        root: appImporting('missing-module', "import './not-there.ts';"),
        logLevel: 'silent',
        build: { write: false },
      },
      () => undefined,
    );
    await expect(build).rejects.toThrow(/not-there/);
  }, 60_000);

  it('finds a corpus error however deeply the bundler wrapped it', () => {
    const problem = new CorpusError([{ file: 'annotations/a.json', id: 'a-1', message: 'bad' }]);
    expect(corpusErrorIn({ errors: [new Error('other'), { cause: problem }] })).toBe(problem);
    expect(corpusErrorIn(new Error('plain'))).toBeUndefined();
    expect(corpusErrorIn(null)).toBeUndefined();
  });
});
