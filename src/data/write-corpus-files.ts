/**
 * Writes a generated corpus folder (Node only: used by the CLI's `synth`, never the browser).
 * The folder is written whole or not at all: files go to a fresh sibling folder first, which then
 * replaces the target in one rename. A target is replaced only when it is empty or was generated
 * (holds `SYNTH_MARKER`), and never when it is, contains or lies inside the project's own
 * `corpus/` or `annotations/`.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { CorpusFile } from './compile-corpus.ts';
import { SYNTH_MARKER } from './synth-corpus.ts';

/** Why `out` may not receive a generated corpus for the project at `root`, or undefined if it may. */
export function generatedFolderRefusal(root: string, out: string): string | undefined {
  const target = resolve(out);
  for (const own of ['corpus', 'annotations'].map((f) => resolve(root, f))) {
    if (isInside(target, own) || isInside(own, target))
      return `${out} would overwrite the project's ${relative(root, own)}/; choose a folder outside it`;
  }
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, SYNTH_MARKER)))
    return `${out} is not empty and was not made by synth (no ${SYNTH_MARKER}); choose another folder`;
  return undefined;
}

/** Writes `files` under `out` whole, replacing a previous generated folder; throws on refusal. */
export function writeGeneratedFolder(root: string, out: string, files: readonly CorpusFile[]): void {
  const refusal = generatedFolderRefusal(root, out);
  if (refusal) throw new Error(refusal);
  const target = resolve(out);
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const path = join(staging, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    rmSync(target, { recursive: true, force: true });
    mkdirSync(dirname(target), { recursive: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** True when `path` is `folder` or lies inside it. */
function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder + sep);
}
