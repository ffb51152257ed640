/**
 * Merging students' exported W3C files into the curated layer (`annotations/`), as a pure plan:
 * the curated files and the students' files come in, the messages and the whole new file contents
 * come out. `corpus import` (cli/commands/import.ts) reads the files and writes the plan.
 *
 * Each file is validated item by item (w3c-import.ts). Every annotation with at least one claim
 * type, anchored exactly in one body block, becomes a curated passage of
 * `annotations/<article-id>.json` with a new id and selectors from `selectorFor`; students' own
 * arguments join `annotations/arguments.json` with new ids (an argument whose statement is already
 * there is reused); links to curated passages become explicit links.
 *
 * Nothing a student wrote disappears unnamed: an item tagging a range with the same claim types as
 * a passage already curated (or added by an earlier item) is merged into that passage: a note it
 * lacks is appended with its author (the item's `creator`, else the file it came from), and new
 * arguments and links are added; only an item that brings nothing new is reported as skipped.
 * A bad file or item (not JSON, invalid, unknown article or type, quote not found) is an error
 * naming the file and item, and then nothing is to be written.
 */
import { isNonBodyKind } from '../model/article.ts';
import { blockContaining } from '../model/article-offsets.ts';
import { selectorFor } from '../model/anchor.ts';
import { readSelectors, writeSelectors } from '../model/selectors.ts';
import type { UserArgument, UserLink } from '../model/user-annotation.ts';
import type { ArgumentsFile, ArticleAnnotationsFile, PassageAnnotation } from './annotation-schema.ts';
import type { CompiledCorpus } from './compiled-corpus.ts';
import { importW3C } from './w3c-import.ts';

/** A student file to import. */
export interface StudentFile {
  path: string;
  content: string;
}

/** The curated files as they are now (parsed). */
export interface CuratedFiles {
  arguments: ArgumentsFile;
  /** Article id → its annotation file (an empty one for articles without). */
  articles: ReadonlyMap<string, ArticleAnnotationsFile>;
  /** Claim type ids. */
  taxonomy: readonly string[];
}

/** What an import will do. */
export interface ImportPlan {
  /** Errors naming the file and item; when there are any, nothing is to be written. */
  errors: string[];
  /** Notes on items skipped or merged on purpose (duplicates, no claim type, unresolvable links). */
  notes: string[];
  /** One line per passage, argument, note and link added. */
  changes: string[];
  /** The files to write (path relative to the root, and whole content). */
  writes: { path: string; content: string }[];
}

/** Where `corpus import` keeps the arguments and links. */
export const ARGUMENTS_PATH = 'annotations/arguments.json';

/** Next passage id of an article file: its ids' common prefix with the next number, e.g. `lf-054`. */
function idMaker(article: string, existing: readonly string[], fallback: () => string): () => string {
  const numbered = existing.map((id) => /^(.*)-(\d+)$/.exec(id)).filter((m) => m !== null);
  const prefix = numbered[0]?.[1] ?? `${article}-imported`;
  const width = numbered[0]?.[2]?.length ?? 3;
  const used = new Set(existing);
  let next = Math.max(0, ...numbered.filter((m) => m[1] === prefix).map((m) => Number(m[2]))) + 1;
  return () => {
    let id: string;
    do id = `${prefix}-${String(next++).padStart(width, '0')}`;
    while (used.has(id) && next < Number.MAX_SAFE_INTEGER);
    if (used.has(id)) id = fallback();
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

function normal(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The note with `addition` appended under its author's name, unless it already says it. */
function mergeNote(note: string | undefined, addition: string, author: string): string | undefined {
  if (note !== undefined && normal(note).includes(normal(addition))) return undefined;
  const signed = `${author}: ${addition}`;
  return note ? `${note}\n\n${signed}` : signed;
}

/** Plans the merge of `files` into the curated files. Pure; never throws on any file content. */
export function planImport(
  curated: CuratedFiles,
  corpus: CompiledCorpus,
  files: readonly StudentFile[],
  options: { newId: () => string; now: string },
): ImportPlan {
  const plan: ImportPlan = { errors: [], notes: [], changes: [], writes: [] };
  const argsFile = curated.arguments;
  /** The article files' passages as they will be written (existing ones may gain notes, arguments). */
  const passagesOf = new Map(
    corpus.articles.map((a) => [a.meta.id, [...(curated.articles.get(a.meta.id)?.passages ?? [])]]),
  );
  const touched = new Set<string>();
  const makers = new Map(
    [...passagesOf].map(([article, passages]) => [
      article,
      idMaker(
        article,
        passages.map((p) => p.id),
        options.newId,
      ),
    ]),
  );
  const allPassageIds = new Set([...passagesOf.values()].flatMap((ps) => ps.map((p) => p.id)));
  const rangeKey = (article: string, start: number, end: number, types: readonly string[]) =>
    JSON.stringify([article, start, end, [...types].sort()]);
  const rangeOnlyKey = (article: string, start: number, end: number) => JSON.stringify([article, start, end]);
  /** Range and types → the passage (article, index in its list). */
  const ranges = new Map<string, { article: string; index: number }>();
  const rangeOnly = new Map<string, string>();
  for (const [article, passages] of passagesOf) {
    passages.forEach((p, index) => {
      const read = readSelectors(p.target.selector);
      const position = read.ok ? read.selector.position : undefined;
      if (!position) return;
      ranges.set(rangeKey(article, position.start, position.end, p.types), { article, index });
      rangeOnly.set(rangeOnlyKey(article, position.start, position.end), p.id);
    });
  }
  const argumentIds = new Set(argsFile.arguments.map((a) => a.id));
  const byStatement = new Map(argsFile.arguments.map((a) => [normal(a.statement), a.id]));
  const newArguments: ArgumentsFile['arguments'] = [];
  const linked: LinkSource[] = [];

  const argumentFor = (a: UserArgument): string => {
    const known = byStatement.get(normal(a.statement));
    if (known) return known;
    let id = slug(a.statement);
    for (let n = 2; argumentIds.has(id); n++) id = `${slug(a.statement)}-${n}`;
    argumentIds.add(id);
    byStatement.set(normal(a.statement), id);
    newArguments.push({ id, statement: a.statement, type: a.type, questions: [] });
    plan.changes.push(`+ argument ${id}: "${clip(a.statement)}"`);
    return id;
  };

  for (const file of files) {
    const result = importW3C(file.content, {
      articles: corpus.articles,
      typeIds: new Set(curated.taxonomy),
      curatedArguments: argumentIds,
      passages: corpus.tagLayer.passages,
      existing: [],
      existingArguments: [],
      newId: options.newId,
      now: options.now,
    });
    if (!result.ok) {
      plan.errors.push(`${file.path}: ${result.error}`);
      continue;
    }
    const item = (index: number, id?: string) => `${file.path} item ${index + 1}${id ? ` (${id})` : ''}`;
    for (const bad of result.invalid)
      plan.errors.push(`${item(bad.index, bad.id)}: ${bad.problems.join('; ')}`);
    for (const d of result.duplicates)
      plan.notes.push(`${item(d.index, d.id)}: skipped, ${d.reason} as another item`);
    const addedIndex = new Map(result.added.map((a) => [a.annotation.id, a.index]));
    for (const m of result.merged) {
      const parent = addedIndex.get(m.annotation);
      plan.notes.push(
        `${item(m.index, m.id)}: a link, merged into ${parent === undefined ? 'its annotation' : `item ${parent + 1}`}`,
      );
    }
    const studentArgs = new Map(result.newArguments.map((a) => [a.id, a]));
    const curatedArguments = (ids: readonly string[]) =>
      ids.map((a) => {
        const student = studentArgs.get(a);
        return student ? argumentFor(student) : a;
      });
    for (const { index, annotation, anchor, author } of result.added) {
      const where = item(index);
      const passages = passagesOf.get(annotation.article);
      const article = corpus.articles.find((a) => a.meta.id === annotation.article);
      if (!article || !passages) continue;
      const { start, end } = annotation.selector.position;
      if (anchor === null || anchor === 'fuzzy') {
        plan.errors.push(
          `${where}: the quote "${clip(annotation.selector.quote.exact)}" is ${anchor === null ? 'not' : 'only approximately'} in ${article.meta.id}; fix or remove the item`,
        );
        continue;
      }
      const block = blockContaining(article, start, end);
      if (!block || isNonBodyKind(block.kind)) {
        plan.errors.push(
          `${where}: the quote must lie within one body paragraph or heading of ${article.meta.id}`,
        );
        continue;
      }
      if (annotation.types.length === 0) {
        const lost = annotation.note ? ` (its note "${clip(annotation.note)}" is not imported)` : '';
        plan.notes.push(`${where}: skipped, no claim type (a curated passage needs one)${lost}`);
        continue;
      }
      const key = rangeKey(article.meta.id, start, end, annotation.types);
      const existing = ranges.get(key);
      if (existing) {
        const passage = passagesOf.get(existing.article)?.[existing.index];
        if (!passage) continue;
        const next: PassageAnnotation = { ...passage };
        const what: string[] = [];
        const note = annotation.note && mergeNote(passage.note, annotation.note, author ?? file.path);
        if (note) {
          next.note = note;
          what.push(`the note of ${author ?? file.path}`);
        }
        const args = curatedArguments(annotation.arguments).filter((a) => !passage.arguments.includes(a));
        if (args.length > 0) {
          next.arguments = [...passage.arguments, ...args];
          what.push(`argument${args.length === 1 ? '' : 's'} ${args.join(', ')}`);
        }
        if (what.length > 0) {
          passagesOf.get(existing.article)?.splice(existing.index, 1, next);
          touched.add(existing.article);
          plan.changes.push(`~ ${article.meta.id} ${passage.id}: added ${what.join(' and ')} from ${where}`);
        } else if (annotation.links.length === 0) {
          plan.notes.push(`${where}: skipped, already curated as ${passage.id} (nothing new)`);
        }
        linked.push({ annotation, passage: passage.id, where, author: author ?? file.path });
        continue;
      }
      const id = makers.get(article.meta.id)?.() ?? options.newId();
      allPassageIds.add(id);
      ranges.set(key, { article: article.meta.id, index: passages.length });
      rangeOnly.set(rangeOnlyKey(article.meta.id, start, end), id);
      const full = selectorFor(article.text, start, end);
      const passage: PassageAnnotation = {
        id,
        types: annotation.types,
        arguments: curatedArguments(annotation.arguments),
        ...(annotation.note ? { note: annotation.note } : {}),
        target: { selector: writeSelectors(full) },
      };
      passages.push(passage);
      touched.add(article.meta.id);
      linked.push({ annotation, passage: id, where, author: author ?? file.path });
      plan.changes.push(
        `+ ${article.meta.id} ${id} [${passage.types.join(', ')}]: "${clip(full.quote.exact)}"`,
      );
    }
  }

  const newLinks = planLinks(linked, argsFile.links, {
    articleOf: (id) =>
      corpus.tagLayer.passages.find((p) => p.id === id)?.article ??
      [...passagesOf].find(([, ps]) => ps.some((p) => p.id === id))?.[0],
    rangeOnly: (article, start, end) => rangeOnly.get(rangeOnlyKey(article, start, end)),
    exists: (id) => allPassageIds.has(id),
  });
  plan.notes.push(...newLinks.notes);
  plan.changes.push(...newLinks.changes);

  for (const article of touched) {
    const file = curated.articles.get(article) ?? { schemaVersion: 1 as const, article, passages: [] };
    const next = { ...file, positionUnit: 'utf16' as const, passages: passagesOf.get(article) ?? [] };
    plan.writes.push({ path: `annotations/${article}.json`, content: `${JSON.stringify(next, null, 2)}\n` });
  }
  const linksChanged =
    newLinks.added > 0 || newLinks.links.some((l, i) => l.note !== argsFile.links[i]?.note);
  if (newArguments.length > 0 || linksChanged) {
    const next = { ...argsFile, arguments: [...argsFile.arguments, ...newArguments], links: newLinks.links };
    plan.writes.push({ path: ARGUMENTS_PATH, content: `${JSON.stringify(next, null, 2)}\n` });
  }
  return plan;
}

/** The curated links the imported annotations' links become, once every new passage has its id. */
function planLinks(
  linked: readonly LinkSource[],
  existing: ArgumentsFile['links'],
  lookup: {
    articleOf: (passage: string) => string | undefined;
    rangeOnly: (article: string, start: number, end: number) => string | undefined;
    exists: (passage: string) => boolean;
  },
): { links: ArgumentsFile['links']; added: number; notes: string[]; changes: string[] } {
  const out = { notes: [] as string[], changes: [] as string[] };
  const links = existing.map((l) => ({ ...l }));
  const byKey = new Map(links.map((l) => [`${l.source} ${l.target}`, l]));
  let added = 0;
  for (const { annotation, passage, where, author } of linked) {
    for (const link of annotation.links) {
      const target = link.target;
      const targetId =
        'passage' in target
          ? target.passage
          : 'article' in target
            ? lookup.rangeOnly(target.article, target.selector.position.start, target.selector.position.end)
            : undefined;
      if (!targetId || !lookup.exists(targetId) || lookup.articleOf(targetId) === annotation.article) {
        out.notes.push(
          `${where}: link not imported (curated links join passages of two articles)${link.note ? `; its note "${clip(link.note)}" is not imported` : ''}`,
        );
        continue;
      }
      const known = byKey.get(`${passage} ${targetId}`) ?? byKey.get(`${targetId} ${passage}`);
      if (known) {
        const note = link.note && mergeNote(known.note, link.note, author);
        if (note) {
          known.note = note;
          out.changes.push(
            `~ link ${known.source} → ${known.target}: added the note of ${author} from ${where}`,
          );
        }
        continue;
      }
      const fresh = { source: passage, target: targetId, ...(link.note ? { note: link.note } : {}) };
      links.push(fresh);
      byKey.set(`${passage} ${targetId}`, fresh);
      added++;
      out.changes.push(`+ link ${passage} → ${targetId}`);
    }
  }
  return { ...out, links, added };
}

/** An imported annotation placed as a curated passage (new or already there), whose links are next. */
interface LinkSource {
  annotation: { article: string; links: UserLink[] };
  passage: string;
  where: string;
  author: string;
}
