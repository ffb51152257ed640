/**
 * Narrowing a short list as the reader types (the argument picker): an item matches when each
 * query word begins one of its words, or shares its stem with one. Folding and stemming are the
 * search's own (tokenize.ts), so "tariff" finds "Tariffs" and "sheinbam…" is not guessed at.
 */
import { tokenize } from './tokenize.ts';

/** True when every word of `query` begins a word of `text` or has the stem of one; an empty query matches all. */
export function matchesWords(text: string, query: string): boolean {
  const wanted = tokenize(query);
  if (wanted.length === 0) return true;
  const words = tokenize(text);
  return wanted.every((q) => words.some((w) => w.word.startsWith(q.word) || w.term === q.term));
}
