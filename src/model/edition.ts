/**
 * Parses an edition file (`corpus/<id>.md`): YAML front matter, then blocks separated by blank lines.
 *
 * The edition is a strict Markdown subset chosen so that text survives exactly, character for character:
 *   1. `---` … `---` at the top is YAML front matter (validated later, in src/data).
 *   2. `## Heading` (or `###`) is a heading.
 *   3. `::: kind` … `:::` wraps non-body paragraphs (caption, embed, editor-note, bio, footnote).
 *   4. Any other line is one paragraph, taken literally: no inline Markdown is interpreted, so
 *      brackets, asterisks and numbers in the sources stay as printed.
 * A paragraph is one line; two non-blank lines in a row are an error, since joining them would change the text.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { NON_BODY_KINDS, type BlockKind } from './article.ts';
import type { CorpusProblem } from './problems.ts';

/** A block as written in the edition, before offsets and ids are assigned. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** 1-based line in the edition file. */
  line: number;
  level?: number;
  group?: number;
}

/** The parts of an edition file. */
export interface ParsedEdition {
  /** The front matter as YAML data, not yet validated. */
  frontMatter: unknown;
  blocks: RawBlock[];
}

/** Result of parsing: the edition, or the problems that prevented it. */
export type EditionParseResult =
  { ok: true; edition: ParsedEdition } | { ok: false; problems: CorpusProblem[] };

const HEADING = /^(#{2,3}) (.+)$/;
const CONTAINER_OPEN = /^:::\s*([a-z-]+)\s*$/;

/** Parses the text of an edition file; `file` names it in problems. */
export function parseEdition(content: string, file: string): EditionParseResult {
  const problems: CorpusProblem[] = [];
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') {
    return {
      ok: false,
      problems: [{ file, line: 1, message: 'an edition must start with "---" front matter' }],
    };
  }
  const fmEnd = lines.indexOf('---', 1);
  if (fmEnd < 0) {
    return {
      ok: false,
      problems: [{ file, line: 1, message: 'front matter is not closed by a "---" line' }],
    };
  }
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(lines.slice(1, fmEnd).join('\n'));
  } catch (error) {
    // The parser counts lines from the first line of the front matter, the file's line 2; its
    // message repeats that count ("at line 3, column 5"), so it is replaced by the column alone.
    const position = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    const line = position ? position.line + 1 : 1;
    const firstLine = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const reason = firstLine.replace(/ at line \d+, column \d+:?$/, '');
    const where = position ? ` (column ${position.col})` : '';
    return {
      ok: false,
      problems: [{ file, line, message: `front matter is not valid YAML: ${reason}${where}` }],
    };
  }

  const blocks: RawBlock[] = [];
  let container: { kind: BlockKind; line: number; group: number } | undefined;
  let groups = 0;
  let previousWasText = false;
  for (let i = fmEnd + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    const line = raw.trim();
    if (line === '') {
      previousWasText = false;
      continue;
    }
    const open = CONTAINER_OPEN.exec(line);
    if (line === ':::') {
      if (!container) problems.push({ file, line: lineNo, message: '":::" closes no open container' });
      container = undefined;
      previousWasText = false;
      continue;
    }
    if (open) {
      const kind = open[1] ?? '';
      if (container) {
        problems.push({
          file,
          line: lineNo,
          message: `container "${kind}" opened inside the container opened on line ${container.line}`,
        });
      } else if (!(NON_BODY_KINDS as readonly string[]).includes(kind)) {
        problems.push({
          file,
          line: lineNo,
          message: `unknown container kind "${kind}" (known: ${NON_BODY_KINDS.join(', ')})`,
        });
      } else {
        container = { kind: kind as BlockKind, line: lineNo, group: groups++ };
      }
      previousWasText = false;
      continue;
    }
    if (previousWasText) {
      problems.push({
        file,
        line: lineNo,
        message:
          'a paragraph continues onto a second line; put one paragraph per line with a blank line between',
      });
      continue;
    }
    previousWasText = true;
    const heading = HEADING.exec(line);
    if (heading && !container) {
      blocks.push({
        kind: 'heading',
        text: (heading[2] ?? '').trim(),
        line: lineNo,
        level: heading[1]?.length ?? 2,
      });
    } else if (container) {
      blocks.push({ kind: container.kind, text: line, line: lineNo, group: container.group });
    } else {
      blocks.push({ kind: 'paragraph', text: line, line: lineNo });
    }
  }
  if (container)
    problems.push({
      file,
      line: container.line,
      message: `container "${container.kind}" is never closed with ":::"`,
    });
  if (blocks.length === 0)
    problems.push({ file, line: fmEnd + 2, message: 'the edition has no text after its front matter' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, edition: { frontMatter, blocks } };
}
