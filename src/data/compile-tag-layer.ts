/**
 * Compiles the curated tag layer and checks it against the articles.
 *
 * Steps:
 *   1. validate `taxonomy.json`, `arguments.json` and each `<article-id>.json` with zod;
 *   2. place each passage: its TextQuoteSelector must be found exactly at its TextPositionSelector,
 *      inside one body block; otherwise the anchoring module says where the quote went (moved, fuzzy
 *      or orphaned) and the problem tells the curator to re-run `anchor-fill`;
 *   3. check every reference (types, arguments, relation ends, links) and id uniqueness;
 *   4. derive each argument's passages and articles, in corpus order; an argument marked
 *      `singleArticle` must stay in one article (the mark records the pairwise reading's verdict).
 * Problems name the file and the annotation id; the caller decides whether they are fatal.
 */
import type { Article } from '../model/article.ts';
import { blockContaining } from '../model/article-offsets.ts';
import { isNonBodyKind } from '../model/article.ts';
import { anchor } from '../model/anchor.ts';
import { AA_TEXT_CONTRAST, THEME_BACKGROUNDS, contrastRatio } from '../model/contrast.ts';
import type { CorpusProblem } from '../model/problems.ts';
import { readSelectors } from '../model/selectors.ts';
import type {
  Argument,
  ClaimType,
  ContrastRelation,
  Passage,
  PassageLink,
  RelationEnd,
  TagLayer,
} from '../model/tag-layer.ts';
import {
  argumentsFileSchema,
  articleAnnotationsFileSchema,
  taxonomyFileSchema,
  type PassageAnnotation,
} from './annotation-schema.ts';
import type { CorpusFile } from './compile-corpus.ts';
import { parseJson } from './parse-json-file.ts';

/** The annotation files a compile reads (paths relative to the project root). */
export interface AnnotationInput {
  files: CorpusFile[];
}

/** A body paragraph no passage tags yet. */
export interface CoverageGap {
  article: string;
  paragraphNumber: number;
  blockId: string;
}

/** The compiled tag layer with its problems and the paragraphs still untagged. */
export interface TagLayerResult {
  tagLayer: TagLayer;
  problems: CorpusProblem[];
  gaps: CoverageGap[];
}

/** The claim types' file. */
export const TAXONOMY_PATH = 'annotations/taxonomy.json';
/** The arguments, contrasts and links' file. */
export const ARGUMENTS_PATH = 'annotations/arguments.json';
const TAXONOMY = TAXONOMY_PATH;
const ARGUMENTS = ARGUMENTS_PATH;

/** Compiles the tag layer for `articles` from the annotation files; never throws on bad input. */
export function compileTagLayer(articles: readonly Article[], input: AnnotationInput): TagLayerResult {
  const problems: CorpusProblem[] = [];
  const byPath = new Map(input.files.map((f) => [f.path, f.content]));
  const taxonomy = readTaxonomy(byPath.get(TAXONOMY), problems);
  const argsFile = parseJson(ARGUMENTS, byPath.get(ARGUMENTS), argumentsFileSchema, problems);
  const typeIds = new Set(taxonomy.map((t) => t.id));
  const argumentIds = new Set<string>();
  for (const a of argsFile?.arguments ?? []) {
    if (argumentIds.has(a.id))
      problems.push({ file: ARGUMENTS, id: a.id, message: 'argument id is used twice' });
    argumentIds.add(a.id);
    if (!typeIds.has(a.type))
      problems.push({ file: ARGUMENTS, id: a.id, message: `unknown claim type "${a.type}"` });
  }

  const passages: Passage[] = [];
  const passageFile = new Map<string, string>();
  const articleById = new Map(articles.map((a) => [a.meta.id, a]));
  for (const file of input.files) {
    if (file.path === TAXONOMY || file.path === ARGUMENTS) continue;
    const parsed = parseJson(file.path, file.content, articleAnnotationsFileSchema, problems);
    if (!parsed) continue;
    const article = articleById.get(parsed.article);
    const expected = file.path.replace(/^.*\//, '').replace(/\.json$/, '');
    if (parsed.article !== expected) {
      problems.push({
        file: file.path,
        message: `"article" is "${parsed.article}" but the file is named for "${expected}"`,
      });
    }
    if (!article) {
      problems.push({ file: file.path, message: `no article "${parsed.article}" in corpus/` });
      continue;
    }
    for (const annotation of parsed.passages) {
      const other = passageFile.get(annotation.id);
      if (other) {
        problems.push({
          file: file.path,
          id: annotation.id,
          message: `passage id is already used in ${other}`,
        });
        continue;
      }
      passageFile.set(annotation.id, file.path);
      for (const t of annotation.types) {
        if (!typeIds.has(t))
          problems.push({ file: file.path, id: annotation.id, message: `unknown claim type "${t}"` });
      }
      for (const a of annotation.arguments) {
        if (!argumentIds.has(a))
          problems.push({ file: file.path, id: annotation.id, message: `unknown argument "${a}"` });
      }
      const passage = placePassage(article, annotation, file.path, problems);
      if (passage) passages.push(passage);
    }
  }

  const order = new Map(articles.map((a, i) => [a.meta.id, i]));
  passages.sort((a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.start - b.start);
  const argumentsOut = deriveArguments(argsFile?.arguments ?? [], passages, problems);
  const passageIds = new Set(passages.map((p) => p.id));
  const relations = checkRelations(argsFile?.relations ?? [], argumentIds, passageIds, problems);
  const links = checkLinks(argsFile?.links ?? [], passages, problems);
  return {
    tagLayer: { taxonomy, passages, arguments: argumentsOut, relations, links },
    problems,
    gaps: coverageGaps(articles, passages, input.files),
  };
}

function readTaxonomy(content: string | undefined, problems: CorpusProblem[]): ClaimType[] {
  const file = parseJson(TAXONOMY, content, taxonomyFileSchema, problems);
  if (!file) return [];
  const seen = new Set<string>();
  for (const t of file.types) {
    if (seen.has(t.id)) problems.push({ file: TAXONOMY, id: t.id, message: 'claim type id is used twice' });
    seen.add(t.id);
    for (const theme of ['light', 'dark'] as const) {
      const ratio = contrastRatio(t.color[theme], THEME_BACKGROUNDS[theme]);
      if (ratio < AA_TEXT_CONTRAST) {
        problems.push({
          file: TAXONOMY,
          id: t.id,
          message: `${theme} colour ${t.color[theme]} has contrast ${ratio.toFixed(2)}:1 on ${THEME_BACKGROUNDS[theme]}; WCAG AA needs ${AA_TEXT_CONTRAST}:1`,
        });
      }
    }
  }
  return file.types;
}

function placePassage(
  article: Article,
  annotation: PassageAnnotation,
  file: string,
  problems: CorpusProblem[],
): Passage | undefined {
  const report = (message: string) => problems.push({ file, id: annotation.id, message });
  const read = readSelectors(annotation.target.selector);
  if (!read.ok) {
    report(`has ${read.problem}`);
    return undefined;
  }
  const { quote, position } = read.selector;
  if (!position) {
    const found = anchor(article.text, { quote });
    report(
      found
        ? `has no TextPositionSelector (the quote is at ${found.start}–${found.end}); run npm run corpus -- anchor-fill`
        : `has no TextPositionSelector, and its quote "${clip(quote.exact)}" is not in ${article.meta.id}`,
    );
    return undefined;
  }
  if (article.text.slice(position.start, position.end) !== quote.exact) {
    const found = anchor(article.text, { quote, position });
    report(
      !found
        ? `quote "${clip(quote.exact)}" is no longer in ${article.meta.id} (orphaned); re-anchor or remove it`
        : found.status === 'fuzzy'
          ? `the quote's text changed (now at ${found.start}–${found.end}): ${textChange(quote.exact, article.text.slice(found.start, found.end))}; check it and run npm run corpus -- anchor-fill`
          : `quote is not at its position ${position.start}–${position.end}; it is now at ${found.start}–${found.end} (${found.status}); check it and run npm run corpus -- anchor-fill`,
    );
    return undefined;
  }
  const block = blockContaining(article, position.start, position.end);
  if (!block) {
    report(
      `quote ${position.start}–${position.end} crosses a block boundary; a passage lies within one paragraph`,
    );
    return undefined;
  }
  if (isNonBodyKind(block.kind)) {
    report(`quote lies in a ${block.kind} block; non-body blocks are not tagged`);
    return undefined;
  }
  const passage: Passage = {
    id: annotation.id,
    article: article.meta.id,
    start: position.start,
    end: position.end,
    exact: quote.exact,
    types: annotation.types,
    arguments: annotation.arguments,
    blockId: block.id,
  };
  if (annotation.note !== undefined) passage.note = annotation.note;
  if (block.paragraphNumber !== undefined) passage.paragraphNumber = block.paragraphNumber;
  return passage;
}

function deriveArguments(
  declared: readonly {
    id: string;
    statement: string;
    type: string;
    questions: string[];
    singleArticle?: boolean;
  }[],
  passages: readonly Passage[],
  problems: CorpusProblem[],
): Argument[] {
  const members = new Map<string, Passage[]>();
  for (const p of passages) for (const a of p.arguments) members.set(a, [...(members.get(a) ?? []), p]);
  return declared.map((a) => {
    const ps = members.get(a.id) ?? [];
    const articles = [...new Set(ps.map((p) => p.article))];
    if (ps.length === 0)
      problems.push({ file: ARGUMENTS, id: a.id, message: 'no passage makes this argument' });
    if (articles.length >= 2 && a.questions.length === 0) {
      problems.push({
        file: ARGUMENTS,
        id: a.id,
        message: `shared by ${articles.length} articles but has no discussion question`,
      });
    }
    if (a.singleArticle === true && articles.length >= 2) {
      problems.push({
        file: ARGUMENTS,
        id: a.id,
        message: `marked "singleArticle" but made in ${articles.length} articles (${articles.join(', ')}); remove the mark`,
      });
    }
    return { ...a, passages: ps.map((p) => p.id), articles };
  });
}

function checkRelations(
  relations: readonly { kind: 'contrasts'; source: RelationEnd; target: RelationEnd; note?: string }[],
  argumentIds: ReadonlySet<string>,
  passageIds: ReadonlySet<string>,
  problems: CorpusProblem[],
): ContrastRelation[] {
  const out: ContrastRelation[] = [];
  relations.forEach((r, i) => {
    const ends = [r.source, r.target];
    const missing = ends.filter((end) =>
      'argument' in end ? !argumentIds.has(end.argument) : !passageIds.has(end.passage),
    );
    const name = ends.map((end) => ('argument' in end ? end.argument : end.passage)).join(' ↔ ');
    if (missing.length > 0) {
      problems.push({
        file: ARGUMENTS,
        id: `relations[${i}]`,
        message: `contrasts ${name}: unknown ${missing.map((m) => JSON.stringify(m)).join(', ')}`,
      });
    } else if (JSON.stringify(r.source) === JSON.stringify(r.target)) {
      problems.push({ file: ARGUMENTS, id: `relations[${i}]`, message: `contrasts ${name} with itself` });
    } else {
      out.push(r);
    }
  });
  return out;
}

function checkLinks(
  links: readonly PassageLink[],
  passages: readonly Passage[],
  problems: CorpusProblem[],
): PassageLink[] {
  const byId = new Map(passages.map((p) => [p.id, p]));
  return links.filter((link, i) => {
    const source = byId.get(link.source);
    const target = byId.get(link.target);
    const fail = (message: string) => problems.push({ file: ARGUMENTS, id: `links[${i}]`, message });
    if (!source || !target) fail(`link ${link.source} → ${link.target} names an unknown passage`);
    else if (source.article === target.article)
      fail(`link ${link.source} → ${link.target} joins passages of one article`);
    else return true;
    return false;
  });
}

function coverageGaps(
  articles: readonly Article[],
  passages: readonly Passage[],
  files: readonly CorpusFile[],
): CoverageGap[] {
  const tagged = new Set(passages.map((p) => p.blockId));
  const annotated = new Set(files.map((f) => f.path.replace(/^.*\//, '').replace(/\.json$/, '')));
  const gaps: CoverageGap[] = [];
  for (const article of articles) {
    if (!annotated.has(article.meta.id)) continue;
    for (const block of article.blocks) {
      if (block.paragraphNumber !== undefined && !tagged.has(block.id)) {
        gaps.push({ article: article.meta.id, paragraphNumber: block.paragraphNumber, blockId: block.id });
      }
    }
  }
  return gaps;
}

function clip(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}…` : text;
}

/** How `before` became `after`, shown as the differing middle with a few characters either side. */
function textChange(before: string, after: string): string {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  const CONTEXT = 12;
  const show = (text: string) => {
    const from = Math.max(0, head - CONTEXT);
    const to = Math.min(text.length, text.length - tail + CONTEXT);
    return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  };
  return `the file has "${show(before)}", the text now reads "${show(after)}"`;
}
