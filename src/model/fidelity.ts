/**
 * Proves an edition keeps its source's words exactly.
 *
 * Steps:
 *   1. Cut the source into paragraphs: its non-blank lines, trimmed, less a leading list bullet.
 *   2. Every edition block (and a printed title or subtitle) must equal one source paragraph,
 *      character for character, and blocks must follow the source's order.
 *   3. Every source paragraph must be in the edition or listed in the front matter's exclusions,
 *      and every exclusion must name a real source paragraph.
 * A mismatch names the article, the paragraph and the first differing character.
 */
import type { ArticleMeta } from './article.ts';
import type { RawBlock } from './edition.ts';
import type { CorpusProblem } from './problems.ts';

/** A paragraph of a source file. */
export interface SourceParagraph {
  text: string;
  /** 1-based line in the source file. */
  line: number;
}

/** Cuts a source text into its paragraphs (non-blank lines, trimmed, less a leading "• " bullet). */
export function sourceParagraphs(source: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const text = raw.trim().replace(/^•\s*/, '');
    if (text !== '') out.push({ text, line: index + 1 });
  });
  return out;
}

/** Everything `checkFidelity` needs to know about one edition. */
export interface FidelityInput {
  /** Path of the edition file, for problems. */
  editionFile: string;
  meta: Pick<ArticleMeta, 'id' | 'title' | 'titleSupplied' | 'subtitle' | 'exclusions'>;
  blocks: readonly RawBlock[];
  /** The source text the edition was made from. */
  source: string;
}

/** Returns every way the edition departs from its source; an empty list means it is faithful. */
export function checkFidelity(input: FidelityInput): CorpusProblem[] {
  const { editionFile: file, meta, blocks } = input;
  const problems: CorpusProblem[] = [];
  const paragraphs = sourceParagraphs(input.source);
  const indexByText = new Map<string, number[]>();
  paragraphs.forEach((p, i) => indexByText.set(p.text, [...(indexByText.get(p.text) ?? []), i]));
  const covered = new Set<number>();
  const cover = (text: string): number | undefined => {
    const candidates = indexByText.get(text) ?? [];
    const free = candidates.find((i) => !covered.has(i)) ?? candidates[0];
    if (free !== undefined) covered.add(free);
    return free;
  };

  if (!meta.titleSupplied && cover(meta.title) === undefined) {
    problems.push({
      file,
      line: 1,
      message: `${meta.id}: the title "${meta.title}" is not printed in the source; mark it titleSupplied or fix it`,
    });
  }
  if (meta.subtitle !== undefined && cover(meta.subtitle) === undefined) {
    problems.push({
      file,
      line: 1,
      message: `${meta.id}: the subtitle does not occur verbatim in the source`,
    });
  }

  let lastIndex = -1;
  let paragraphNumber = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') paragraphNumber++;
    const label = block.kind === 'paragraph' ? `paragraph ${paragraphNumber}` : block.kind;
    const index = cover(block.text);
    if (index === undefined) {
      const closest = closestParagraph(block.text, paragraphs);
      // The closest source paragraph is reported here, so it is not reported again as missing.
      if (closest) covered.add(closest.index);
      problems.push({
        file,
        line: block.line,
        message: `${meta.id}, ${label}: not verbatim in the source; ${describeDifference(block.text, closest)}`,
      });
      continue;
    }
    if (index < lastIndex) {
      problems.push({
        file,
        line: block.line,
        message: `${meta.id}, ${label}: out of the source's order (source line ${paragraphs[index]?.line})`,
      });
    }
    lastIndex = Math.max(lastIndex, index);
  }

  const excluded = new Set<string>();
  meta.exclusions.forEach((exclusion, i) => {
    const text = exclusion.text.trim();
    const matches = indexByText.get(text);
    if (!matches) {
      problems.push({
        file,
        line: 1,
        message: `${meta.id}: exclusion ${i + 1} ("${clip(text)}") matches no source paragraph`,
      });
    } else {
      matches.forEach((m) => excluded.add(paragraphs[m]?.text ?? ''));
    }
  });
  paragraphs.forEach((p, i) => {
    if (!covered.has(i) && !excluded.has(p.text)) {
      problems.push({
        file,
        line: 1,
        message: `${meta.id}: source line ${p.line} ("${clip(p.text)}") is neither in the edition nor listed in its exclusions`,
      });
    }
  });
  return problems;
}

interface Closest {
  p: SourceParagraph;
  index: number;
  /** Length of the prefix shared with the edition text (UTF-16 code units). */
  common: number;
}

/** Finds the source paragraph sharing the most with `text` at its start and end together (at least half). */
function closestParagraph(text: string, paragraphs: readonly SourceParagraph[]): Closest | undefined {
  let best: (Closest & { shared: number }) | undefined;
  paragraphs.forEach((p, index) => {
    let common = 0;
    while (common < text.length && common < p.text.length && text[common] === p.text[common]) common++;
    let tail = 0;
    while (
      tail < text.length - common &&
      tail < p.text.length - common &&
      text[text.length - 1 - tail] === p.text[p.text.length - 1 - tail]
    )
      tail++;
    const shared = common + tail;
    if (!best || shared > best.shared) best = { p, index, common, shared };
  });
  return best && best.shared * 2 >= text.length ? best : undefined;
}

/** Describes where `text` first departs from its closest source paragraph. */
function describeDifference(text: string, best: Closest | undefined): string {
  if (!best) return `no source paragraph begins like "${clip(text)}"`;
  const at = best.common;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 12), at + 12));
  return `closest is source line ${best.p.line}, which differs at character ${at + 1}: edition ${show(text)} vs source ${show(best.p.text)}`;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
