/**
 * Architecture checks that lint cannot express in one rule: each third-party library is imported by
 * one wrapper module only, and no module imports from a layer above its own.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../corpus/corpus-files.ts';

/** Every .ts/.tsx file under a folder, with paths relative to the project root. */
function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, folder));
  return out;
}

const files = [
  ...sourceFiles('src'),
  ...sourceFiles('cli'),
  ...sourceFiles('server'),
  ...sourceFiles('build'),
].map((path) => ({
  path,
  imports: [...readFileSync(join(ROOT, path), 'utf8').matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? '',
  ),
}));

/** The wrapper module each library may be imported from (value imports and type imports alike). */
const WRAPPERS: Record<string, string[]> = {
  'fuse.js': ['src/search/fuzzy-vocabulary.ts'],
  stemmer: ['src/model/stem.ts'],
  'approx-string-match': ['src/model/match-quote.ts'],
  yaml: ['src/model/edition.ts'],
  yjs: ['src/state/annotation-store.ts', 'src/data/class-doc.ts'],
  'y-indexeddb': ['src/state/annotation-store.ts', 'src/state/class-session.ts'],
  '@hocuspocus/provider': ['src/state/class-session.ts'],
  '@hocuspocus/server': ['server/class-server.ts'],
  '@hocuspocus/extension-sqlite': ['server/class-server.ts'],
  'better-sqlite3': ['server/class-db.ts'],
  '@citation-js/core': ['src/data/cite-processor.ts'],
  '@citation-js/plugin-csl': ['src/data/cite-processor.ts'],
  '@citation-js/plugin-bibtex': ['src/data/cite-processor.ts'],
  '@citation-js/plugin-ris': ['src/data/cite-processor.ts'],
  '@tanstack/react-virtual': ['src/state/windowed-rows.ts'],
};

const LAYERS = ['model', 'data', 'search', 'state', 'components', 'routes'];

describe('module boundaries', () => {
  it.each(Object.entries(WRAPPERS))('only its wrapper imports %s', (library, wrappers) => {
    const importers = files.filter((f) =>
      f.imports.some((i) => i === library || i.startsWith(`${library}/`)),
    );
    expect(importers.map((f) => f.path).sort()).toEqual([...wrappers].sort());
  });

  it('imports only point down the layers', () => {
    const upward: string[] = [];
    for (const file of files.filter((f) => f.path.startsWith('src/'))) {
      const own = LAYERS.indexOf(file.path.split('/')[1] ?? '');
      if (own < 0) continue;
      for (const target of file.imports.filter((i) => i.startsWith('.'))) {
        const resolved = join(file.path, '..', target);
        const layer = LAYERS.indexOf(resolved.split('/')[1] ?? '');
        if (layer > own) upward.push(`${file.path} → ${resolved}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps the command-line tool and the class server off the UI', () => {
    const cli = files.filter((f) => f.path.startsWith('cli/') || f.path.startsWith('server/'));
    const ui = cli.flatMap((f) =>
      f.imports
        .filter((i) => /src\/(search|state|components|routes)\/|^react|\.\.\/cli\//.test(i))
        .map((i) => `${f.path} → ${i}`),
    );
    expect(ui).toEqual([]);
  });
});
