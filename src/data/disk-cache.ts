/**
 * A `CompileCache` on disk (Node only: the build plugin and the CLI), by default under
 * `node_modules/.cache/parallax`. Each value is one file named by the SHA-256 of its key together
 * with a fingerprint of the compiler's own source (`src/model`, `src/data`), so editing the
 * compiler never reads data it computed before. Files are written whole (temporary file, then
 * rename); an unreadable or unwritable cache only costs a recompute.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompileCache } from './compile-cache.ts';

/** The cache folder: `PARALLAX_CACHE_DIR` when set (the bench measures cold builds), else under the project root. */
export function defaultCacheDir(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.PARALLAX_CACHE_DIR;
  return dir !== undefined && dir !== '' ? dir : join(projectRoot, 'node_modules', '.cache', 'parallax');
}

/** A disk cache in `dir` for the compiler whose source lives under `projectRoot`. */
export function diskCache(dir: string, projectRoot: string): CompileCache & { hits: number; misses: number } {
  const fingerprint = codeFingerprint(projectRoot);
  const path = (key: string) => join(dir, `${sha256(`${fingerprint}\0${key}`)}.json`);
  const cache = {
    hits: 0,
    misses: 0,
    get(key: string): string | undefined {
      try {
        const value = readFileSync(path(key), 'utf8');
        cache.hits++;
        return value;
      } catch {
        cache.misses++;
        return undefined;
      }
    },
    set(key: string, value: string): void {
      const file = path(key);
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temporary, value);
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written only means the next compile recomputes.
      }
    },
  };
  return cache;
}

/** SHA-256 of `text`, as hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** SHA-256 over the compiler's source files (paths and contents), so a code change misses the cache. */
function codeFingerprint(projectRoot: string): string {
  const hash = createHash('sha256');
  for (const folder of ['src/model', 'src/data']) {
    const dir = join(projectRoot, folder);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort();
    for (const f of files) hash.update(`${folder}/${f}\0`).update(readFileSync(join(dir, f)));
  }
  return hash.digest('hex');
}
