/**
 * `corpus import FILE... [--dry-run]`: a teacher merges students' exported W3C files into the
 * curated layer.
 *
 * Each file is validated item by item (src/data/w3c-import.ts). Every annotation with at least one
 * claim type, anchored exactly in one body block, becomes a curated passage of
 * `annotations/<article-id>.json` with a new id and selectors from `selectorFor`; students' own
 * arguments join `annotations/arguments.json` with new ids (an argument whose statement is already
 * there is reused); links to curated passages become explicit links. Passages already curated
 * (same range and types) and repeats across files are skipped. A bad file or item (not JSON,
 * invalid, unknown article or type, quote not found) is an error naming the file and item, and
 * then nothing is written. `--dry-run` only prints what would change.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ANNOTATION_SCHEMA_VERSION,
  argumentsFileSchema,
  articleAnnotationsFileSchema,
  type ArgumentsFile,
  type ArticleAnnotationsFile,
  type PassageAnnotation,
} from '../../src/data/annotation-schema.ts';
import type { CompiledCorpus } from '../../src/data/compiled-corpus.ts';
import { blockContaining } from '../../src/model/article-offsets.ts';
import { importW3C } from '../../src/data/w3c-import.ts';
import { isNonBodyKind } from '../../src/model/article.ts';
import { selectorFor } from '../../src/model/anchor.ts';
import type { UserAnnotation, UserArgument } from '../../src/model/user-annotation.ts';

/** A student file to import. */
export interface StudentFile {
  path: string;
  content: string;
}

/** What an import did, or would do. */
export interface ImportSummary {
  /** Errors naming the file and item; when there are any, nothing is written. */
  errors: string[];
  /** Notes on items skipped on purpose (duplicates, no claim type, unresolvable links). */
  notes: string[];
  /** One line per passage, argument and link added. */
  changes: string[];
  /** The files to write (path relative to the root, and content). */
  writes: { path: string; content: string }[];
}

const ARGUMENTS = 'annotations/arguments.json';

function readJson<T>(root: string, path: string, parse: (data: unknown) => T): T | undefined {
  const full = join(root, path);
  if (!existsSync(full)) return undefined;
  return parse(JSON.parse(readFileSync(full, 'utf8')));
}

/** Next passage id of an article file: its ids' common prefix with the next number, e.g. `lf-054`. */
function idMaker(article: string, existing: readonly string[]): () => string {
  const numbered = existing.map((id) => /^(.*)-(\d+)$/.exec(id)).filter((m) => m !== null);
  const prefix = numbered[0]?.[1] ?? `${article}-imported`;
  const width = numbered[0]?.[2]?.length ?? 3;
  const used = new Set(existing);
  let next = Math.max(0, ...numbered.filter((m) => m[1] === prefix).map((m) => Number(m[2]))) + 1;
  return () => {
    let id: string;
    do id = `${prefix}-${String(next++).padStart(width, '0')}`;
    while (used.has(id));
    used.add(id);
    return id;
  };
}

function slug(statement: string): string {
  const words = statement
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6);
  return words.length > 0 ? words.join('-') : 'student-argument';
}

function normal(statement: string): string {
  return statement.trim().replace(/\s+/g, ' ').toLowerCase();
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Plans the merge of `files` into the annotation files under `root`. Pure apart from reading them. */
export function planImport(
  root: string,
  corpus: CompiledCorpus,
  files: readonly StudentFile[],
): ImportSummary {
  const summary: ImportSummary = { errors: [], notes: [], changes: [], writes: [] };
  const argsFile: ArgumentsFile = readJson(root, ARGUMENTS, (d) => argumentsFileSchema.parse(d)) ?? {
    schemaVersion: ANNOTATION_SCHEMA_VERSION,
    arguments: [],
    relations: [],
    links: [],
  };
  const taxonomy = corpus.tagLayer.taxonomy.length
    ? corpus.tagLayer.taxonomy.map((t) => t.id)
    : (readJson(root, 'annotations/taxonomy.json', (d) =>
        (d as { types: { id: string }[] }).types.map((t) => t.id),
      ) ?? []);
  const articleFiles = new Map<string, ArticleAnnotationsFile>();
  for (const article of corpus.articles) {
    const path = `annotations/${article.meta.id}.json`;
    const file = readJson(root, path, (d) => articleAnnotationsFileSchema.parse(d));
    articleFiles.set(article.meta.id, file ?? { schemaVersion: 1, article: article.meta.id, passages: [] });
  }
  const makers = new Map(
    [...articleFiles].map(([article, file]) => [
      article,
      idMaker(
        article,
        file.passages.map((p) => p.id),
      ),
    ]),
  );
  const allPassageIds = new Set([...articleFiles.values()].flatMap((f) => f.passages.map((p) => p.id)));
  const rangeKey = (article: string, start: number, end: number, types: readonly string[]) =>
    JSON.stringify([article, start, end, [...types].sort()]);
  const ranges = new Map<string, string>();
  const rangeOnly = new Map<string, string>();
  for (const [article, file] of articleFiles) {
    for (const p of file.passages) {
      const position = p.target.selector.find((s) => s.type === 'TextPositionSelector');
      if (!position) continue;
      ranges.set(rangeKey(article, position.start, position.end, p.types), p.id);
      rangeOnly.set(JSON.stringify([article, position.start, position.end]), p.id);
    }
  }
  const argumentIds = new Set(argsFile.arguments.map((a) => a.id));
  const byStatement = new Map(argsFile.arguments.map((a) => [normal(a.statement), a.id]));
  const studentArgument = new Map<string, string>();
  const added: { annotation: UserAnnotation; passage: PassageAnnotation; where: string }[] = [];
  const newArguments: ArgumentsFile['arguments'] = [];

  const argumentFor = (a: UserArgument): string => {
    const known = studentArgument.get(a.id) ?? byStatement.get(normal(a.statement));
    if (known) return known;
    let id = slug(a.statement);
    for (let n = 2; argumentIds.has(id); n++) id = `${slug(a.statement)}-${n}`;
    argumentIds.add(id);
    byStatement.set(normal(a.statement), id);
    newArguments.push({ id, statement: a.statement, type: a.type, questions: [] });
    summary.changes.push(`+ argument ${id}: "${clip(a.statement)}"`);
    return id;
  };

  for (const file of files) {
    const result = importW3C(file.content, {
      articles: corpus.articles,
      typeIds: new Set(taxonomy),
      curatedArguments: new Set(argsFile.arguments.map((a) => a.id)),
      passages: corpus.tagLayer.passages,
      existing: [],
      existingArguments: [],
      newId: randomUUID,
      now: new Date().toISOString(),
    });
    if (!result.ok) {
      summary.errors.push(`${file.path}: ${result.error}`);
      continue;
    }
    const item = (index: number, id?: string) => `${file.path} item ${index + 1}${id ? ` (${id})` : ''}`;
    for (const bad of result.invalid)
      summary.errors.push(`${item(bad.index, bad.id)}: ${bad.problems.join('; ')}`);
    for (const d of result.duplicates)
      summary.notes.push(`${item(d.index, d.id)}: skipped, ${d.reason} as another item`);
    const addedIndex = new Map(result.added.map((a) => [a.annotation.id, a.index]));
    for (const m of result.merged) {
      const parent = addedIndex.get(m.annotation);
      summary.notes.push(
        `${item(m.index, m.id)}: a link, merged into ${parent === undefined ? 'its annotation' : `item ${parent + 1}`}`,
      );
    }
    const studentArgs = new Map(result.newArguments.map((a) => [a.id, a]));
    for (const { index, annotation, anchor } of result.added) {
      const where = item(index);
      const article = corpus.articles.find((a) => a.meta.id === annotation.article);
      if (!article) continue;
      const { start, end } = annotation.selector.position;
      if (anchor === null || anchor === 'fuzzy') {
        summary.errors.push(
          `${where}: the quote "${clip(annotation.selector.quote.exact)}" is ${anchor === null ? 'not' : 'only approximately'} in ${article.meta.id}; fix or remove the item`,
        );
        continue;
      }
      const block = blockContaining(article, start, end);
      if (!block || isNonBodyKind(block.kind)) {
        summary.errors.push(
          `${where}: the quote must lie within one body paragraph or heading of ${article.meta.id}`,
        );
        continue;
      }
      if (annotation.types.length === 0) {
        summary.notes.push(`${where}: skipped, no claim type (a curated passage needs one)`);
        continue;
      }
      const key = rangeKey(article.meta.id, start, end, annotation.types);
      const existing = ranges.get(key);
      if (existing) {
        summary.notes.push(`${where}: skipped, already curated as ${existing}`);
        continue;
      }
      const id = makers.get(article.meta.id)?.() ?? randomUUID();
      allPassageIds.add(id);
      ranges.set(key, id);
      rangeOnly.set(JSON.stringify([article.meta.id, start, end]), id);
      const full = selectorFor(article.text, start, end);
      const passage: PassageAnnotation = {
        id,
        types: annotation.types,
        arguments: annotation.arguments.map((a) => {
          const student = studentArgs.get(a);
          if (!student) return a;
          const curatedId = argumentFor(student);
          studentArgument.set(student.id, curatedId);
          return curatedId;
        }),
        ...(annotation.note ? { note: annotation.note } : {}),
        target: {
          selector: [
            { type: 'TextQuoteSelector', ...full.quote },
            { type: 'TextPositionSelector', ...full.position },
          ],
        },
      };
      added.push({ annotation, passage, where });
      summary.changes.push(
        `+ ${article.meta.id} ${id} [${passage.types.join(', ')}]: "${clip(full.quote.exact)}"`,
      );
    }
  }

  // Links, once every new passage has its id.
  const newLinks: ArgumentsFile['links'] = [];
  const linkKeys = new Set(argsFile.links.map((l) => `${l.source} ${l.target}`));
  for (const { annotation, passage, where } of added) {
    for (const link of annotation.links) {
      const target = link.target;
      const targetId =
        'passage' in target
          ? target.passage
          : 'article' in target
            ? rangeOnly.get(
                JSON.stringify([
                  target.article,
                  target.selector.position.start,
                  target.selector.position.end,
                ]),
              )
            : undefined;
      const targetArticle =
        corpus.tagLayer.passages.find((p) => p.id === targetId)?.article ??
        added.find((a) => a.passage.id === targetId)?.annotation.article;
      if (!targetId || !allPassageIds.has(targetId) || targetArticle === annotation.article) {
        summary.notes.push(`${where}: link not imported (curated links join passages of two articles)`);
        continue;
      }
      const keyOf = `${passage.id} ${targetId}`;
      if (linkKeys.has(keyOf) || linkKeys.has(`${targetId} ${passage.id}`)) continue;
      linkKeys.add(keyOf);
      newLinks.push({ source: passage.id, target: targetId, ...(link.note ? { note: link.note } : {}) });
      summary.changes.push(`+ link ${passage.id} → ${targetId}`);
    }
  }

  for (const [article, file] of articleFiles) {
    const mine = added.filter((a) => a.annotation.article === article).map((a) => a.passage);
    if (mine.length === 0) continue;
    const next = { ...file, positionUnit: 'utf16' as const, passages: [...file.passages, ...mine] };
    summary.writes.push({
      path: `annotations/${article}.json`,
      content: `${JSON.stringify(next, null, 2)}\n`,
    });
  }
  if (newArguments.length > 0 || newLinks.length > 0) {
    const next = {
      ...argsFile,
      arguments: [...argsFile.arguments, ...newArguments],
      links: [...argsFile.links, ...newLinks],
    };
    summary.writes.push({ path: ARGUMENTS, content: `${JSON.stringify(next, null, 2)}\n` });
  }
  return summary;
}

/** Runs `import`: plans, prints, and writes unless there are errors or it is a dry run; returns the exit code. */
export function runImport(
  root: string,
  corpus: CompiledCorpus,
  paths: readonly string[],
  options: { dryRun: boolean },
  io: { out: (s: string) => void; err: (s: string) => void },
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
  const summary = planImport(root, corpus, files);
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
  for (const w of summary.writes) writeFileSync(join(root, w.path), w.content);
  io.out(
    `Wrote ${summary.writes.map((w) => w.path).join(', ')}. Add discussion questions to new shared arguments, then run npm run corpus -- validate.`,
  );
  return 0;
}
