import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../tests/corpus/corpus-files.ts';
import { realCorpus } from '../tests/corpus/real-curated.ts';
import { annotationOn } from '../tests/fixtures/annotation-on.ts';
import { toW3CCollection } from '../src/model/w3c.ts';
import {
  JOURNAL,
  LOCK,
  nodeFileOps,
  recoverWrites,
  withWriteLock,
  writeFilesAtomically,
  type FileOps,
} from './atomic-files.ts';
import { runImport } from './commands/import.ts';

let root: string;
let output: string[];
let errors: string[];
const io = { out: (s: string) => output.push(s), err: (s: string) => errors.push(s) };

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'parallax-atomic-'));
  cpSync(join(ROOT, 'annotations'), join(root, 'annotations'), { recursive: true });
  output = [];
  errors = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const leftovers = () => readdirSync(join(root, 'annotations')).filter((n) => n.startsWith('.'));

/** The real file system, but the process "dies" (throws) at the `n`th rename of a target. */
function crashingAtRename(n: number): FileOps {
  let renames = 0;
  return {
    ...nodeFileOps,
    rename(from, to) {
      if (!to.endsWith(JOURNAL) && ++renames === n) throw new Error('killed');
      nodeFileOps.rename(from, to);
    },
  };
}

/** The real file system, but the disk is full at the `n`th file written. */
function diskFullAt(n: number): FileOps {
  let written = 0;
  return {
    ...nodeFileOps,
    writeDurably(path, content) {
      if (++written === n) {
        writeFileSync(path, content.slice(0, 10)); // cut mid-file, as a full disk does
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      }
      nodeFileOps.writeDurably(path, content);
    },
  };
}

const writes = [
  { path: 'annotations/lawfare-bombing-mexico.json', content: '{"new": 1}\n' },
  { path: 'annotations/arguments.json', content: '{"new": 2}\n' },
];

describe('writing several files whole or not at all (issue 13, item 2)', () => {
  it('finishes a write killed between its files on the next load, never leaving half of it', () => {
    expect(() => writeFilesAtomically(root, writes, crashingAtRename(2))).toThrow('killed');
    // Cut off: one file new, one old, and the journal says what is left to do.
    expect(read(writes[0]?.path ?? '')).toBe('{"new": 1}\n');
    expect(read(writes[1]?.path ?? '')).not.toBe('{"new": 2}\n');
    expect(existsSync(join(root, JOURNAL))).toBe(true);
    expect(recoverWrites(root)).toEqual(writes.map((w) => w.path));
    expect(writes.map((w) => read(w.path))).toEqual(writes.map((w) => w.content));
    expect(leftovers()).toEqual([]);
  });

  it('changes no file when the disk fills up during the write, and leaves no temporaries', () => {
    const before = writes.map((w) => read(w.path));
    expect(() => writeFilesAtomically(root, writes, diskFullAt(2))).toThrow('ENOSPC');
    expect(writes.map((w) => read(w.path))).toEqual(before);
    expect(leftovers()).toEqual([]);
    expect(recoverWrites(root)).toEqual([]);
  });

  it('refuses a second writer while the lock is held, and takes over a lock its dead holder left', () => {
    const inner = withWriteLock(root, () => withWriteLock(root, () => 'second'));
    expect(inner).toEqual({ ok: true, value: { ok: false, holder: `process ${process.pid}` } });
    writeFileSync(join(root, LOCK), '2147483646');
    expect(withWriteLock(root, () => 'taken over')).toEqual({ ok: true, value: 'taken over' });
    expect(existsSync(join(root, LOCK))).toBe(false);
  });
});

describe('corpus import under faults', () => {
  const corpus = realCorpus();
  const lawfare = corpus.articles.find((a) => a.meta.id === 'lawfare-bombing-mexico');
  const other = corpus.tagLayer.passages.find((p) => p.article !== 'lawfare-bombing-mexico');
  const block = lawfare?.blocks.filter((b) => b.paragraphNumber !== undefined).at(-2);
  if (!lawfare || !other || !block) throw new Error('no fixture');
  const ARG = '22222222-2222-4222-8222-222222222222';
  /** A student file adding a passage with a new argument and a link: two annotation files change. */
  const studentFile = () => {
    const annotation = annotationOn(lawfare, block.text.slice(0, 50), {
      id: '11111111-1111-4111-8111-111111111111',
      types: ['strategic'],
      arguments: [ARG],
      links: [{ target: { passage: other.id } }],
    });
    const collection = toW3CCollection(
      [annotation],
      {
        articles: corpus.articles,
        passages: corpus.tagLayer.passages,
        arguments: [{ id: ARG, statement: 'Strikes would backfire.', type: 'strategic', user: true }],
      },
      { label: 'student' },
    );
    const path = join(root, 'student.json');
    writeFileSync(path, JSON.stringify(collection));
    return path;
  };

  it('says a full disk changed nothing, and leaves annotations/ as it was', () => {
    const snapshot = () =>
      readdirSync(join(root, 'annotations'))
        .filter((n) => n.endsWith('.json'))
        .map((n) => read(`annotations/${n}`));
    const before = snapshot();
    expect(runImport(root, corpus, [studentFile()], { dryRun: false }, io, diskFullAt(2))).toBe(1);
    expect(errors.at(-1)).toMatch(/failed \(ENOSPC: no space left on device\); no file was changed\.$/);
    expect(snapshot()).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('after a kill between its files, the next command completes the import whole', () => {
    expect(runImport(root, corpus, [studentFile()], { dryRun: false }, io, crashingAtRename(2))).toBe(1);
    expect(errors.at(-1)).toMatch(/interrupted after every file was written/);
    recoverWrites(root);
    const args = JSON.parse(read('annotations/arguments.json')) as { arguments: { id: string }[] };
    const passages = JSON.parse(read('annotations/lawfare-bombing-mexico.json')) as {
      passages: { arguments: string[] }[];
    };
    // The new passage's argument exists: the two files agree.
    const used = passages.passages.at(-1)?.arguments[0];
    expect(args.arguments.map((a) => a.id)).toContain(used);
  });

  it('refuses an import while another command holds the write lock, changing nothing', () => {
    const before = read('annotations/arguments.json');
    const result = withWriteLock(root, () => runImport(root, corpus, [studentFile()], { dryRun: false }, io));
    expect(result).toEqual({ ok: true, value: 1 });
    expect(errors.at(-1)).toMatch(
      /^Another command \(process \d+\) is writing annotations\/ now; nothing was imported/,
    );
    expect(read('annotations/arguments.json')).toBe(before);
  });
});
