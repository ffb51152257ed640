/**
 * A Markdown handout of chosen arguments (the arguments index's export, one argument's export, and a
 * discussion plan's, whose steps add a prompt or a note): per argument its statement and claim type,
 * the passages that make it grouped by article (each quote with its citation: author, title,
 * publication, date and paragraph), the arguments it contrasts with and the curators' note on each,
 * and its discussion questions. Every text from the corpus or the reader is escaped (`escapeMarkdown`),
 * so a quote or a note can never become a link, emphasis, a heading or HTML.
 */
import { argumentContent, focusContext, type ArgumentContent, type FocusContrast } from './argument-focus.ts';
import type { ArticleHead, ArticleMeta } from './article.ts';
import { articleSourceDetails, authorsLabel, sourceLabel } from './citation.ts';
import { markdownBlockquote, markdownInline, markdownParagraph } from './handout.ts';
import type { Argument, Passage, TagLayer } from './tag-layer.ts';

/** One argument of the handout, with what a discussion plan adds to its step. */
export interface HandoutStep {
  argumentId: string;
  /** The question or task put to the class at this step, printed before the argument. */
  prompt?: string;
  /** The teacher's note for this step. */
  note?: string;
}

/** What the handout is made of: its title, an optional introduction, and the arguments in order. */
export interface ArgumentsHandout {
  title: string;
  /** A paragraph under the title (a plan's description). */
  intro?: string;
  steps: readonly HandoutStep[];
}

/** Where the handout's content is read from. */
export interface HandoutSource {
  /** Must hold the passages of every chosen argument's articles (their articles loaded). */
  layer: TagLayer;
  /** Front matter of the corpus's articles (the manifest's heads are enough). */
  articles: readonly ArticleHead[];
  /** The address of a passage in the reader, printed under its citation when given. */
  passageUrl?: (passage: Passage) => string;
}

/**
 * The chosen arguments as handout steps: those in `order` (the list the reader sees, filtered and
 * sorted) in that order, then chosen ones the list does not show (a filter changed after choosing) in
 * the order they were chosen.
 */
export function handoutSteps(chosen: Iterable<string>, order: readonly string[]): HandoutStep[] {
  const wanted = new Set(chosen);
  const shown = order.filter((id) => wanted.has(id));
  const inList = new Set(shown);
  return [...shown, ...[...wanted].filter((id) => !inList.has(id))].map((argumentId) => ({ argumentId }));
}

/**
 * The articles a handout of `argumentIds` must have loaded: the arguments' own articles, whose
 * passages it quotes (the other sides of their disagreements come with the arguments' layer).
 */
export function handoutArticleIds(args: readonly Argument[], argumentIds: Iterable<string>): string[] {
  const chosen = new Set(argumentIds);
  return [...new Set(args.filter((a) => chosen.has(a.id)).flatMap((a) => a.articles))];
}

/** The handout as one Markdown document (LF line ends, ending in a newline). */
export function argumentsMarkdown(handout: ArgumentsHandout, source: HandoutSource): string {
  const context = focusContext(source.layer, source.articles);
  const out: string[] = [`# ${markdownInline(handout.title)}`, ''];
  if (handout.intro?.trim()) out.push(markdownParagraph(handout.intro), '');
  if (handout.steps.length === 0) out.push('_No arguments chosen._', '');
  handout.steps.forEach((step, i) => {
    const argument = context.args.get(step.argumentId);
    if (!argument) {
      out.push(`## ${i + 1}. Argument ${markdownInline(step.argumentId)}`, '');
      out.push('_This argument is not in the corpus any more._', '');
      out.push(...stepLines(step));
      return;
    }
    const missing = argument.passages.find((id) => !context.passages.has(id));
    if (missing !== undefined) {
      throw new Error(
        `argumentsMarkdown: passage ${missing} of argument ${argument.id} is not in the layer given (its article is not loaded)`,
      );
    }
    const content = argumentContent(context, argument);
    out.push(`## ${i + 1}. ${markdownInline(argument.statement)}`, '');
    out.push(...stepLines(step));
    out.push(`**Claim type:** ${markdownInline(content.type?.label ?? argument.type)}`, '');
    out.push(...passageLines(content, source), ...contrastLines(content));
    out.push(...questionLines(argument.questions));
  });
  return out.join('\n');
}

/** The plan step's prompt and note, each a paragraph. */
function stepLines(step: HandoutStep): string[] {
  const out: string[] = [];
  if (step.prompt?.trim()) out.push(`**Prompt:** ${markdownParagraph(step.prompt)}`, '');
  if (step.note?.trim()) out.push(`**Note:** ${markdownParagraph(step.note)}`, '');
  return out;
}

/** The passages by article: the article's source details, then each quote with its citation under it. */
function passageLines(content: ArgumentContent, source: HandoutSource): string[] {
  const out = ['### Passages', ''];
  if (content.articles.length === 0) out.push('_No passage makes this argument._', '');
  for (const { meta, passages } of content.articles) {
    out.push(`#### ${markdownInline(meta.title)}`, '', `${markdownInline(articleSourceDetails(meta))}.`, '');
    for (const p of passages) out.push(...quoteLines(p, meta, source));
  }
  return out;
}

/** A quote as a blockquote, and under it its citation (with the paragraph) and, when given, its address. */
function quoteLines(passage: Passage, meta: ArticleMeta, source: HandoutSource): string[] {
  const url = source.passageUrl?.(passage);
  return [
    markdownBlockquote(passage.exact),
    '',
    `— ${markdownInline(sourceLabel(meta, passage.paragraphNumber))}.${url ? ` <${safeUrl(url)}>` : ''}`,
    '',
  ];
}

/** The disagreements: the other side (an argument, or a passage quoted with its citation) and the note. */
function contrastLines(content: ArgumentContent): string[] {
  if (content.contrasts.length === 0) return [];
  const out = ['### Contrasts', ''];
  for (const contrast of content.contrasts) out.push(...contrastItem(contrast));
  return out;
}

/** One disagreement as a list item. */
function contrastItem(contrast: FocusContrast): string[] {
  const { argument, passage, articles, note } = contrast;
  const side = argument
    ? `**Contrasts with:** ${markdownInline(argument.statement)}`
    : '**Contrasts with the passage:**';
  const out = [`- ${side}`];
  // A disagreement naming a passage quotes it, even when the passage's one argument names the side.
  if (passage) {
    const meta = articles.find((m) => m.id === passage.article);
    out.push('', indent(markdownBlockquote(passage.exact)), '');
    if (meta) out.push(indent(`— ${markdownInline(sourceLabel(meta, passage.paragraphNumber))}.`), '');
  }
  if (articles.length > 0) {
    out.push(
      `  **Made by:** ${articles.map((m) => markdownInline(`${m.title} (${authorsLabel(m)})`)).join('; ')}`,
    );
  }
  out.push(`  **Why they disagree:** ${note ? markdownInline(note) : '_the curators wrote no note._'}`, '');
  return out;
}

function questionLines(questions: readonly string[]): string[] {
  if (questions.length === 0) return [];
  return ['### Discussion questions', '', ...questions.map((q, i) => `${i + 1}. ${markdownInline(q)}`), ''];
}

/** Lines indented under a list item. */
function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** An address that cannot leave its angle brackets: spaces and brackets percent-encoded. */
function safeUrl(url: string): string {
  return url.replace(/[\s<>]/g, (c) => encodeURIComponent(c));
}
