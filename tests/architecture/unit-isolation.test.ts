/**
 * The unit project runs its files without isolation (vite.config.ts: files in one worker share modules
 * and globals). That is safe only while no unit test file mocks a module or stubs a global or the
 * environment: such a file belongs in the components project, which isolates each file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../corpus/corpus-files.ts';

/** The folders the unit project's `include` globs cover. */
const UNIT_FOLDERS = ['src', 'tests', 'cli', 'server', 'build'];

/** Calls that change what other files in the same worker would see. */
const LEAKING = /\bvi\.(mock|doMock|stubGlobal|stubEnv|spyOn|useFakeTimers)\(/;

/** Every unit test file (`*.test.ts`, outside tests/browser), relative to the project root. */
function unitTestFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (name === 'node_modules' || relative(ROOT, path) === join('tests', 'browser')) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.test.ts')) out.push(relative(ROOT, path));
    }
  };
  for (const folder of UNIT_FOLDERS) walk(join(ROOT, folder));
  return out;
}

describe('unit test files can share a worker', () => {
  it('finds the unit test files', () => {
    expect(unitTestFiles()).toContain('tests/architecture/unit-isolation.test.ts');
  });

  it('mock no module and stub no global, environment variable or timer', () => {
    const leaking = unitTestFiles().filter((path) => LEAKING.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(leaking).toEqual([]);
  });
});
