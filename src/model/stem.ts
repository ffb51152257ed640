/** The one module that imports the Porter stemmer; everything else stems through `stem`. */
import { stemmer } from 'stemmer';

/** Porter stem of one lower-case word ("designating" → "design", "retaliation" → "retali"). */
export function stem(word: string): string {
  return stemmer(word);
}
