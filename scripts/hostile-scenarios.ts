/**
 * The hostile inputs of `npm run hostile` (scripts/hostile-inputs.ts) and how each is judged, all in a
 * temporary project folder `root`. A refused input must exit non-zero, name its file (and item), print
 * no stack trace and leave `annotations/` and `corpus/` as they were; an accepted one must exit 0 and
 * leave a project that validates. "Data lost": a refused input changed the files, a command left a
 * project that validated before it no longer valid, or an import that reported success (or was
 * killed) left neither the old nor the new state.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCK } from '../cli/atomic-files.ts';
import { loadProject, PROJECT_ROOT } from '../cli/load.ts';
import { main } from '../cli/parallax.ts';
import { toW3CCollection } from '../src/model/w3c.ts';
import { annotationOn } from '../tests/fixtures/annotation-on.ts';
import { HOSTILE_SELECTORS, withHostileSelector } from '../tests/fixtures/hostile-selectors.ts';

/** How one input was handled. */
export interface Outcome {
  group: string;
  name: string;
  clean: boolean;
  crashed: boolean;
  dataLost: boolean;
  detail: string;
}

interface Run {
  code: number;
  out: string;
  err: string;
  threw?: unknown;
}

const STACK_TRACE = /^\s+at .+[(:]/m;
const FOLDERS = ['annotations', 'corpus'];

/** Every file under the project's annotations/ and corpus/ (hidden lock and journal files aside). */
function snapshot(root: string): string {
  const files: string[] = [];
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).sort()) {
      if (name.split('/').some((part) => part.startsWith('.'))) continue;
      try {
        files.push(`${folder}/${name}\n${readFileSync(join(root, folder, name), 'utf8')}`);
      } catch {
        files.push(`${folder}/${name}/`); // a folder
      }
    }
  }
  return files.join('\n\0');
}

/** One in-process run of the command-line tool on `root`, its output captured and any throw caught. */
function cli(root: string, argv: string[]): Run {
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, root);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } catch (threw) {
    return { code: -1, out: out.join('\n'), err: err.join('\n'), threw };
  }
}

/** The command-line tool as its own process (`node --import tsx`), so it can be killed part-way. */
function cliProcess(root: string, argv: string[], killAfterMs?: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(PROJECT_ROOT, 'cli/parallax.ts'), ...argv],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, PARALLAX_CORPUS: root },
        stdio: 'ignore',
      },
    );
    const timer =
      killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Runs every scenario in `root` (a copy of the project's corpus/ and annotations/); `log` shows progress. */
export async function runScenarios(root: string, log: (line: string) => void): Promise<Outcome[]> {
  const pristine = join(root, 'pristine');
  for (const folder of FOLDERS) cpSync(join(root, folder), join(pristine, folder), { recursive: true });
  const inputs = join(root, 'inputs');
  mkdirSync(inputs);
  const restore = () => {
    for (const folder of FOLDERS) {
      rmSync(join(root, folder), { recursive: true, force: true });
      cpSync(join(pristine, folder), join(root, folder), { recursive: true });
    }
  };
  const before = snapshot(root);
  const validates = () => cli(root, ['validate']).code === 0;
  const outcomes: Outcome[] = [];
  const record = (o: Outcome) => {
    outcomes.push(o);
    if (outcomes.length % 10 === 0) log(`… ${outcomes.length} inputs tried`);
  };

  /** Runs `run` on the project as `prepare` leaves it; judges a refusal naming `names`, or an acceptance. */
  const judge = (
    group: string,
    name: string,
    expected: 'refused' | 'accepted',
    run: () => Run,
    { names = [] as string[], prepare = () => {}, brokenOnPurpose = false, changes = true } = {},
  ) => {
    prepare();
    const validBefore = brokenOnPurpose || validates();
    const start = snapshot(root);
    const result = run();
    const after = snapshot(root);
    const crashed = result.threw !== undefined || STACK_TRACE.test(`${result.out}\n${result.err}`);
    const valid = brokenOnPurpose || validates();
    const changed = after !== start;
    const dataLost = (expected === 'refused' && changed) || (validBefore && !valid);
    const named = names.every((n) => result.err.includes(n));
    const clean =
      !crashed &&
      !dataLost &&
      (expected === 'refused' ? result.code > 0 && named : result.code === 0 && changed === changes && valid);
    const said = (result.err || result.out).split('\n')[0]?.slice(0, 160) ?? '';
    const threw = result.threw instanceof Error ? result.threw.message : String(result.threw ?? '');
    record({ group, name, clean, crashed, dataLost, detail: `exit ${result.code}; ${threw || said}` });
    restore();
  };

  // Valid items to carry the hostile ones: a passage, and one linking to another article.
  const corpus = loadProject(root).corpus;
  const article = (id: string) => {
    const found = corpus.articles.find((a) => a.meta.id === id);
    if (!found) throw new Error(`the corpus has no ${id}`);
    return found;
  };
  const lawfare = article('lawfare-bombing-mexico');
  const warZone = article('war-zone-military-options');
  const [p1, p2, p3] = lawfare.blocks.filter((b) => b.paragraphNumber !== undefined).slice(3);
  if (!p1 || !p2 || !p3) throw new Error('lawfare-bombing-mexico has too few paragraphs');
  const annotation = (text: string, n: number, fields = {}) =>
    annotationOn(lawfare, text.slice(0, 40), {
      id: `11111111-1111-4111-8111-${String(n).padStart(12, '0')}`,
      types: ['legal'],
      ...fields,
    });
  const linked = annotationOn(warZone, 'cartels', { id: 'l' });
  const w3c = (annotations: ReturnType<typeof annotation>[]) =>
    toW3CCollection(
      annotations,
      { articles: corpus.articles, passages: [], arguments: [] },
      { label: 'hostile' },
    ).first.items;
  const [goodItem, linkedItem, linkItem] = w3c([
    annotation(p1.text, 1),
    annotation(p2.text, 2, {
      types: ['strategic'],
      links: [{ target: { article: warZone.meta.id, selector: linked.selector } }],
    }),
  ]);
  if (!goodItem || !linkedItem || !linkItem) throw new Error('expected three exported items');
  const input = (file: string, content: string | Buffer) => {
    const path = join(inputs, file);
    writeFileSync(path, content);
    return path;
  };
  const importing = (path: string) => () => cli(root, ['import', path]);

  // 1. Badly typed selectors, in a passage's target and in a link's target (each after valid items).
  HOSTILE_SELECTORS.forEach((variant, i) => {
    const path = input(
      `target-${i}.json`,
      JSON.stringify([goodItem, withHostileSelector(goodItem, variant)]),
    );
    judge('W3C selectors', `target: ${variant.name}`, 'refused', importing(path), {
      names: [`target-${i}.json item 2`],
    });
    const link = input(
      `link-${i}.json`,
      JSON.stringify([goodItem, linkedItem, withHostileSelector(linkItem, variant, 'link')]),
    );
    judge('W3C selectors', `link target: ${variant.name}`, 'refused', importing(link), {
      names: [`link-${i}.json item 3`],
    });
  });

  // 2. Bad files for import.
  const valid = JSON.stringify([goodItem]);
  const badFiles: [string, string | Buffer][] = [
    ['empty file', ''],
    ['whitespace only', ' \n\t '],
    ['cut in half', valid.slice(0, valid.length / 2)],
    ['a number', '42'],
    ['a string', '"annotations"'],
    ['null', 'null'],
    ['an empty object', '{}'],
    ['an array of nulls', '[null, null]'],
    ['an array of numbers', '[1, 2, 3]'],
    ['items without targets', JSON.stringify([{ type: 'Annotation' }])],
    ['nested 100,000 deep', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['6 MB', JSON.stringify([{ ...goodItem, padding: 'x'.repeat(6_000_000) }])],
    ['5,001 items', JSON.stringify(Array.from({ length: 5_001 }, () => goodItem))],
    ['UTF-16 with its BOM', Buffer.from(`\ufeff${valid}`, 'utf16le')],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ['NUL bytes inside', valid.replace('"type"', '"ty\u0000pe"')],
    ['a BOM then garbage', '\ufeff{not json'],
  ];
  badFiles.forEach(([name, content], i) => {
    const path = input(`bad-${i}.json`, content);
    judge('bad import files', name, 'refused', importing(path), { names: [`bad-${i}.json`] });
  });
  judge(
    'bad import files',
    'a file that does not exist',
    'refused',
    importing(join(inputs, 'missing.json')),
    {
      names: ['missing.json'],
    },
  );
  judge('bad import files', 'a folder', 'refused', importing(inputs), { names: [inputs] });

  // 3. Byte-order marks and text that looks like HTML are accepted as plain data.
  judge(
    'accepted as data',
    'a valid file with a UTF-8 BOM',
    'accepted',
    importing(input('bom.json', `\ufeff${valid}`)),
  );
  const html = w3c([
    annotation(p3.text, 3, { note: '<img src=x onerror="alert(1)"><script>alert(2)</script>' }),
  ]);
  judge(
    'accepted as data',
    'a note that is HTML',
    'accepted',
    importing(input('html.json', JSON.stringify(html))),
  );

  // 4. Broken annotation and edition files under anchor-fill and validate.
  const annotationsFile = join(root, 'annotations', 'lawfare-bombing-mexico.json');
  const editionFile = join(root, 'corpus', 'lawfare-bombing-mexico.md');
  const original = readFileSync(annotationsFile, 'utf8');
  const edition = readFileSync(editionFile, 'utf8');
  const brokenFiles: [string, string, string][] = [
    ['annotation file cut in half', annotationsFile, original.slice(0, original.length / 2)],
    ['annotation file is an array', annotationsFile, '[]'],
    ['annotation file is empty', annotationsFile, ''],
    ['edition front matter repeats a key', editionFile, edition.replace('---\n', '---\nid: twice\n')],
    ['edition front matter not closed', editionFile, edition.replace(/\n---\n/, '\n')],
  ];
  for (const [name, path, content] of brokenFiles) {
    const file = path.slice(root.length + 1);
    for (const command of ['anchor-fill', 'validate']) {
      judge(`broken files (${command})`, name, 'refused', () => cli(root, [command]), {
        names: [file],
        prepare: () => writeFileSync(path, content),
        brokenOnPurpose: true,
      });
    }
  }
  judge(
    'accepted as data',
    'an annotation file with a UTF-8 BOM (anchor-fill)',
    'accepted',
    () => cli(root, ['anchor-fill']),
    { prepare: () => writeFileSync(annotationsFile, `\ufeff${original}`), changes: false },
  );
  judge(
    'accepted as data',
    'an annotation file with a UTF-8 BOM (validate)',
    'accepted',
    () => cli(root, ['validate']),
    {
      prepare: () => writeFileSync(annotationsFile, `\ufeff${original}`),
      changes: false,
    },
  );
  judge(
    'accepted as data',
    'an annotation file with a UTF-8 BOM (import)',
    'accepted',
    importing(input('into-bom.json', valid)),
    {
      prepare: () => writeFileSync(annotationsFile, `\ufeff${original}`),
    },
  );

  // 5. The write lock: held by a live process (refused), left by a dead one (taken over).
  const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  judge('write lock', 'held by a running process', 'refused', importing(input('locked.json', valid)), {
    names: ['Another command'],
    prepare: () => writeFileSync(join(root, LOCK), String(sleeper.pid)),
  });
  sleeper.kill('SIGKILL');
  judge('write lock', 'left by a process that died', 'accepted', importing(input('stale.json', valid)), {
    prepare: () => writeFileSync(join(root, LOCK), '999999999'),
  });

  // 6. Processes: two imports at once, and imports killed part-way. Each must leave either the old
  // files or the whole import (which the next command completes), never half.
  const other = input('other.json', JSON.stringify(w3c([annotation(p3.text, 4, { types: ['strategic'] })])));
  const full = input('full.json', valid);
  const started = Date.now();
  await cliProcess(root, ['import', full]);
  const importMs = Date.now() - started;
  cli(root, ['validate']);
  const imported = snapshot(root);
  restore();
  const [a, b] = await Promise.all([cliProcess(root, ['import', full]), cliProcess(root, ['import', other])]);
  cli(root, ['validate']); // completes any interrupted write before the files are compared
  const both = snapshot(root);
  const concurrentOk = a === 0 || b === 0;
  // Each import that said it succeeded must have left its passage's quote in the files.
  const kept = (text: string) => both.includes(JSON.stringify(text.slice(0, 40)).slice(1, -1));
  const concurrentLost = (a === 0 && !kept(p1.text)) || (b === 0 && !kept(p3.text)) || !validates();
  record({
    group: 'processes',
    name: 'two imports at once',
    clean: concurrentOk && !concurrentLost,
    crashed: a === null || b === null,
    dataLost: concurrentLost,
    detail: `exits ${a} and ${b}`,
  });
  restore();
  for (const fraction of [0.5, 0.8, 0.9, 0.95, 0.99]) {
    const code = await cliProcess(root, ['import', full], Math.round(importMs * fraction));
    const recovered = cli(root, ['validate']);
    const state = snapshot(root);
    const whole = state === before || state === imported;
    record({
      group: 'processes',
      name: `import killed at ${Math.round(fraction * 100)}% of its usual time`,
      clean: whole && recovered.code === 0,
      crashed: false,
      dataLost: !whole || recovered.code !== 0,
      detail: `exit ${code}; files ${state === before ? 'as before' : state === imported ? 'fully imported' : 'HALF-WRITTEN'}`,
    });
    restore();
  }
  return outcomes;
}
