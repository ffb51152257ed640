/**
 * A `CompileCache` on disk (Node only: the build plugin and the CLI), by default under
 * `node_modules/.cache/parallax`. Each value is one file named by the SHA-256 of its key together
 * with a fingerprint of the compiler's own source (`src/model`, `src/data`), so editing the
 * compiler never reads data it computed before. Files are written whole (temporary file, then
 * rename) and begin with the SHA-256 of their value: a file whose value does not match it (cut
 * short, edited, garbage) is a miss, counted as `corrupt`, and recomputed, never trusted. An
 * unreadable or unwritable cache only costs a recompute.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompileCache } from './compile-cache.ts';

/** First line of every entry: this tag, a space, the SHA-256 (hex) of the value that follows. */
const ENTRY_TAG = 'parallax-cache/1';

/** What a disk cache counts: values read back, values not there, and entries found corrupt (also misses). */
export interface CacheCounts {
  hits: number;
  misses: number;
  corrupt: number;
}

/** The cache folder: `PARALLAX_CACHE_DIR` when set (the bench measures cold builds), else under the project root. */
export function defaultCacheDir(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.PARALLAX_CACHE_DIR;
  return dir !== undefined && dir !== '' ? dir : join(projectRoot, 'node_modules', '.cache', 'parallax');
}

/** The file of `key` in a disk cache in `dir` for the compiler whose source lives under `projectRoot`. */
export function diskCacheFile(dir: string, projectRoot: string, key: string): string {
  return join(dir, `${sha256(`${codeFingerprint(projectRoot)}\0${key}`)}.json`);
}

/** A disk cache in `dir` for the compiler whose source lives under `projectRoot`. */
export function diskCache(dir: string, projectRoot: string): CompileCache & CacheCounts {
  const fingerprint = codeFingerprint(projectRoot);
  const path = (key: string) => join(dir, `${sha256(`${fingerprint}\0${key}`)}.json`);
  const cache = {
    hits: 0,
    misses: 0,
    corrupt: 0,
    get(key: string): string | undefined {
      let entry: string;
      try {
        entry = readFileSync(path(key), 'utf8');
      } catch {
        cache.misses++;
        return undefined;
      }
      const value = entryValue(entry);
      if (value === undefined) {
        cache.corrupt++;
        cache.misses++;
        return undefined;
      }
      cache.hits++;
      return value;
    },
    set(key: string, value: string): void {
      const file = path(key);
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temporary, `${ENTRY_TAG} ${sha256(value)}\n${value}`);
        renameSync(temporary, file);
      } catch {
        // A cache that cannot be written only means the next compile recomputes.
      }
    },
  };
  return cache;
}

/** The value of a cache entry, or undefined when its header is missing or does not match it. */
function entryValue(entry: string): string | undefined {
  const newline = entry.indexOf('\n');
  const header = newline < 0 ? '' : entry.slice(0, newline);
  const value = entry.slice(newline + 1);
  return header === `${ENTRY_TAG} ${sha256(value)}` ? value : undefined;
}

/** SHA-256 of `text`, as hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const fingerprints = new Map<string, string>();

/**
 * SHA-256 over the compiler's source files (paths and contents), so a code change misses the cache;
 * computed once per process and project.
 */
function codeFingerprint(projectRoot: string): string {
  const known = fingerprints.get(projectRoot);
  if (known !== undefined) return known;
  const hash = createHash('sha256');
  for (const folder of ['src/model', 'src/data']) {
    const dir = join(projectRoot, folder);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort();
    for (const f of files) hash.update(`${folder}/${f}\0`).update(readFileSync(join(dir, f)));
  }
  const fingerprint = hash.digest('hex');
  fingerprints.set(projectRoot, fingerprint);
  return fingerprint;
}
