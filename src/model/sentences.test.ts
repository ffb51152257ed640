import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences on the corpus’s own sentences', () => {
  it('does not end a sentence at "U.S." before a name, but does before "The"', () => {
    expect(
      split(
        'Such a move would be unprecedented – the U.S. military has never directly attacked cartels in Mexico, some of those former officials explained.',
      ),
    ).toHaveLength(1);
    expect(
      split(
        'The 2001 AUMF was enacted in the wake of Al-Qaeda’s 2001 attack on New York and Washington D.C. The 2001 AUMF was enacted to allow then-President George W. Bush to go after that operation’s planners.',
      ),
    ).toEqual([
      'The 2001 AUMF was enacted in the wake of Al-Qaeda’s 2001 attack on New York and Washington D.C.',
      'The 2001 AUMF was enacted to allow then-President George W. Bush to go after that operation’s planners.',
    ]);
  });

  it('keeps "Art. 42", "No.", "Nov. 27" and initials inside their sentence', () => {
    expect(
      split(
        'If the United States were to use force unilaterally against the cartels, it would likely do so by seeking to invoke this exception (the Art. 42 path is unavailable as a practical matter).',
      ),
    ).toHaveLength(1);
    expect(
      split(
        'See National Security Act of 1947, Pub. L. No. 80-253, 61 Stat. 495 (describing the “Fifth Function” of the CIA).',
      ),
    ).toHaveLength(1);
    expect(
      split(
        'On Nov. 27, President-elect Donald Trump had his first phone call with Mexican President Claudia Sheinbaum.',
      ),
    ).toHaveLength(1);
    expect(
      split(
        '“The claim is generally that,” Matthew C. Waxman, Liviu Librescu Professor of Law at Columbia University, said.',
      ),
    ).toHaveLength(1);
    expect(split('Secretary Gen. Smith spoke. He left.')).toEqual([
      'Secretary Gen. Smith spoke.',
      'He left.',
    ]);
  });

  it('ends a sentence after a closing quotation mark', () => {
    expect(
      split(
        'Trump’s prior administration turned frequently to airstrikes against terrorists; and crowing over the killing of “high-value targets” such as Islamic State leader Abu-Bakr al-Baghdadi who he claimed “died like a dog.” During his first term, Trump also ordered actions other presidents eschewed.',
      ),
    ).toEqual([
      'Trump’s prior administration turned frequently to airstrikes against terrorists; and crowing over the killing of “high-value targets” such as Islamic State leader Abu-Bakr al-Baghdadi who he claimed “died like a dog.”',
      'During his first term, Trump also ordered actions other presidents eschewed.',
    ]);
  });

  it('does not split a numbered heading after its number', () => {
    expect(split('1. What are your victory conditions?')).toEqual(['1. What are your victory conditions?']);
  });

  it('does not split before a lower-case word or a comma-continued quote', () => {
    expect(
      split(
        '“The Sinaloa and Jalisco Cartels pose the greatest criminal drug threat the United States has ever faced,” Drug Enforcement Administration (DEA) head Anne Milgram testified to Congress in 2023.',
      ),
    ).toHaveLength(1);
    expect(
      split(
        'only in the case of “a national emergency created by attack upon the United States . . . .” At least one court has held otherwise.',
      ),
    ).toHaveLength(2);
  });

  it('returns spans that cover all text without surrounding spaces, including a non-breaking space', () => {
    const text =
      'direct action.\u00a0 Effective February 20, 2025, the State Department designated eight organizations. ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'direct action.',
      'Effective February 20, 2025, the State Department designated eight organizations.',
    ]);
    expect(splitSentences('   ')).toEqual([]);
  });
});
