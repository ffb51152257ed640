/**
 * Splits a paragraph into sentences with offsets, tuned to this corpus's prose.
 *
 * Steps:
 *   1. Find candidate ends: ".", "?", "!" or "…", then any closing quotes or brackets, then white space.
 *   2. Reject a candidate when the word before it is a known abbreviation ("Gen.", "No.", "Art.",
 *      "Feb.", "Pub."), a single initial ("Matthew C. Waxman"), or a list number opening the block
 *      ("1. What are your victory conditions?").
 *   3. After an initialism ("U.S.", "D.C."), split only when the next word usually starts a sentence
 *      ("The", "But", "It" …), since "U.S. Navy" is far more common than a sentence ending in "U.S.".
 *   4. Reject a candidate followed by a lower-case letter: real sentences here start upper-case,
 *      with a digit, or with an opening quote or bracket.
 * Offsets are UTF-16 code units into the given text; sentences exclude the white space between them.
 */

/** A sentence's span within the text passed to `splitSentences`. */
export interface SentenceSpan {
  /** Start offset (UTF-16 code units), inclusive. */
  start: number;
  /** End offset (UTF-16 code units), exclusive. */
  end: number;
}

// Abbreviations that never end a sentence in this corpus (case-sensitive, without the final dot).
// prettier-ignore
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Adm', 'Gov', 'Sen', 'Rep', 'Rev',
  'Prof', 'St', 'Jr', 'Sr', 'No', 'Nos', 'Art', 'Arts', 'Sec', 'Ch', 'Pub', 'Stat', 'Vol', 'pp', 'p',
  'cf', 'vs', 'v', 'al', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct',
  'Nov', 'Dec', 'approx', 'est', 'Fig', 'Inc', 'Corp', 'Co', 'Ltd', 'Dept', 'Gov’t', 'Mt', 'Ft',
  'e.g', 'i.e', 'etc',
]);

// Words that, after an initialism like "U.S.", show a new sentence has begun.
// prettier-ignore
const SENTENCE_STARTERS = new Set([
  'The', 'This', 'That', 'These', 'Those', 'A', 'An', 'It', 'Its', 'He', 'She', 'They', 'We', 'I',
  'You', 'In', 'On', 'At', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Moreover', 'Meanwhile',
  'Indeed', 'If', 'When', 'While', 'Although', 'As', 'After', 'Before', 'Since', 'There', 'Such',
  'Another', 'Even', 'Still', 'Both', 'Some', 'Many', 'Most', 'For', 'Further', 'Furthermore',
  'What', 'Why', 'How', 'His', 'Her', 'Their', 'Our',
]);

const TERMINATOR = /[.?!…]/;
const CLOSER = /[”’")\]»]/;
const SPACE = /[\s\u00a0]/;
const OPENER_OR_UPPER = /[\p{Lu}\p{N}“‘"([¿¡—–-]/u;

/** Splits `text` into sentence spans; the spans cover every non-space character, in order. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let sentenceStart = skipSpace(text, 0);
  let i = sentenceStart;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (!TERMINATOR.test(ch)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (TERMINATOR.test(text[end] ?? '') || CLOSER.test(text[end] ?? ''))) end++;
    const next = skipSpace(text, end);
    const hasSpace = next > end;
    if (hasSpace && next < text.length && isBoundary(text, sentenceStart, i, next)) {
      spans.push({ start: sentenceStart, end });
      sentenceStart = next;
    }
    i = end;
  }
  const tailEnd = trimEnd(text, text.length);
  if (tailEnd > sentenceStart) spans.push({ start: sentenceStart, end: tailEnd });
  return spans;
}

function isBoundary(text: string, sentenceStart: number, terminatorAt: number, next: number): boolean {
  const nextChar = text[next] ?? '';
  if (!OPENER_OR_UPPER.test(nextChar)) return false;
  if (text[terminatorAt] !== '.') return true;
  const word = wordBefore(text, terminatorAt);
  if (word === '') return true;
  // "1. What are your victory conditions?": a list number opening the block is not a sentence.
  if (/^\d+$/.test(word) && terminatorAt - word.length === sentenceStart) return false;
  if (ABBREVIATIONS.has(word)) return false;
  // A single capital initial: "Matthew C. Waxman", "Pub. L. No."
  if (/^\p{Lu}$/u.test(word)) return false;
  // Initialisms: "U.S.", "D.C.", "U.S.C."
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(wordAfter(text, next));
  return true;
}

/** The run of non-space characters ending just before `at`, without leading punctuation. */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && !SPACE.test(text[start - 1] ?? ' ')) start--;
  return text.slice(start, at).replace(/^[“‘"([]+/, '');
}

function wordAfter(text: string, at: number): string {
  const match = /^[\p{L}’']+/u.exec(text.slice(at, at + 40));
  return match ? match[0] : '';
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && SPACE.test(text[i] ?? '')) i++;
  return i;
}

function trimEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && SPACE.test(text[i - 1] ?? '')) i--;
  return i;
}
