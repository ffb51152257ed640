/**
 * `npm run build` (and `npm start`): Vite's production build, except that a build stopped by invalid
 * corpus or annotation files prints only their problems (`file:line [id]: message`), not the ~15 lines
 * of bundler stack trace under which Vite's own report buries them. Any other failure is reported as
 * Vite reports it.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { isCorpusError, type CorpusError } from '../src/model/problems.ts';

/**
 * The CorpusError that stopped a build, if one did: the bundler wraps a plugin's error in its own
 * (`errors`, `cause`), possibly several levels deep.
 */
export function corpusErrorIn(error: unknown, depth = 0): CorpusError | undefined {
  if (isCorpusError(error)) return error;
  if (depth > 4 || typeof error !== 'object' || error === null) return undefined;
  const nested: unknown[] = [];
  if ('errors' in error && Array.isArray(error.errors)) nested.push(...(error.errors as unknown[]));
  if ('cause' in error) nested.push(error.cause);
  for (const inner of nested) {
    const found = corpusErrorIn(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Builds the reader with `config` (vite.config.ts applies unless `configFile: false`). Returns 0, or
 * 1 after printing the corpus problems with `report` when invalid input stopped the build; any
 * other error is thrown as Vite threw it.
 */
export async function buildApp(config: InlineConfig, report: (line: string) => void): Promise<number> {
  try {
    await build(config);
    return 0;
  } catch (error) {
    const corpusError = corpusErrorIn(error);
    if (!corpusError) throw error;
    report(`Build failed: ${corpusError.message}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await buildApp({}, (line) => console.error(line));
}
