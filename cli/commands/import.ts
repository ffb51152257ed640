/**
 * `corpus import FILE... [--dry-run]`: a teacher merges students' exported W3C files into the
 * curated layer. What is merged, and how, is planned by `planImport` (src/data/curated-import.ts);
 * this command reads the files, prints the plan and writes it. When any file or item has a problem,
 * nothing is written. `--dry-run` only prints what would change.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ANNOTATION_SCHEMA_VERSION,
  argumentsFileSchema,
  articleAnnotationsFileSchema,
  taxonomyFileSchema,
  type ArticleAnnotationsFile,
} from '../../src/data/annotation-schema.ts';
import type { CompiledCorpus } from '../../src/data/compiled-corpus.ts';
import {
  ARGUMENTS_PATH,
  planImport,
  type CuratedFiles,
  type StudentFile,
} from '../../src/data/curated-import.ts';
import { parseJsonText } from '../../src/data/parse-json-file.ts';
import { nodeFileOps, withWriteLock, writeAll, type FileOps } from '../atomic-files.ts';

function readJson<T>(root: string, path: string, parse: (data: unknown) => T): T | undefined {
  const full = join(root, path);
  if (!existsSync(full)) return undefined;
  return parse(parseJsonText(readFileSync(full, 'utf8')));
}

/** The curated files under `root` as they are now (the corpus has been validated before). */
export function readCurated(root: string, corpus: CompiledCorpus): CuratedFiles {
  const args = readJson(root, ARGUMENTS_PATH, (d) => argumentsFileSchema.parse(d)) ?? {
    schemaVersion: ANNOTATION_SCHEMA_VERSION,
    arguments: [],
    relations: [],
    links: [],
  };
  const taxonomy = corpus.tagLayer.taxonomy.length
    ? corpus.tagLayer.taxonomy.map((t) => t.id)
    : (readJson(root, 'annotations/taxonomy.json', (d) =>
        taxonomyFileSchema.parse(d).types.map((t) => t.id),
      ) ?? []);
  const articles = new Map<string, ArticleAnnotationsFile>();
  for (const article of corpus.articles) {
    const file = readJson(root, `annotations/${article.meta.id}.json`, (d) =>
      articleAnnotationsFileSchema.parse(d),
    );
    if (file) articles.set(article.meta.id, file);
  }
  return { arguments: args, articles, taxonomy };
}

/** Runs `import`: plans, prints, and writes unless there are errors or it is a dry run; returns the exit code. */
export function runImport(
  root: string,
  corpus: CompiledCorpus,
  paths: readonly string[],
  options: { dryRun: boolean },
  io: { out: (s: string) => void; err: (s: string) => void },
  ops: FileOps = nodeFileOps,
): number {
  if (paths.length === 0) {
    io.err('import: name at least one exported W3C file (npm run corpus -- import FILE...)');
    return 2;
  }
  const files: StudentFile[] = [];
  for (const path of paths) {
    try {
      files.push({ path, content: readFileSync(path, 'utf8') });
    } catch (error) {
      io.err(`${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
      return 1;
    }
  }
  // Planned and written under the write lock, so a second import cannot plan from the same files.
  const locked = withWriteLock(root, () => {
    const summary = planImport(readCurated(root, corpus), corpus, files, {
      newId: randomUUID,
      now: new Date().toISOString(),
    });
    summary.notes.forEach((n) => io.out(`note: ${n}`));
    if (summary.errors.length > 0) {
      summary.errors.forEach((e) => io.err(e));
      io.err(
        `${summary.errors.length} problem${summary.errors.length === 1 ? '' : 's'}; nothing was imported.`,
      );
      return 1;
    }
    summary.changes.forEach((c) => io.out(c));
    if (summary.writes.length === 0) {
      io.out('Nothing new to import.');
      return 0;
    }
    if (options.dryRun) {
      io.out(`Dry run: would write ${summary.writes.map((w) => w.path).join(', ')}.`);
      return 0;
    }
    if (!writeAll(root, summary.writes, ops, io)) return 1;
    io.out(
      `Wrote ${summary.writes.map((w) => w.path).join(', ')}. Add discussion questions to new shared arguments, then run npm run corpus -- validate.`,
    );
    return 0;
  });
  if (!locked.ok) {
    io.err(
      `Another command (${locked.holder}) is writing annotations/ now; nothing was imported. Try again when it has finished.`,
    );
    return 1;
  }
  return locked.value;
}
