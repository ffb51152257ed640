/**
 * What a reader's hands do in a column: drag the mouse across words at human pace, double- and
 * triple-click, and read back what they selected or copied. Points are viewport pixels.
 */
import { setTimeout as pause } from 'node:timers/promises';
import type { Page } from 'playwright-core';

/** A point in the viewport, in CSS pixels. */
export interface Point {
  x: number;
  y: number;
}

/** Where a run of words sits on screen: just inside its first and last characters. */
export interface WordsBox {
  /** Just inside the left edge of the first character, mid-height. */
  start: Point;
  /** Just inside the right edge of the last character, mid-height. */
  end: Point;
  /** The middle of the first character. */
  firstMiddle: Point;
}

/** The reader's hands on one page. */
export class ReadingHands {
  constructor(readonly page: Page) {}

  /**
   * Finds `words` in the visible text of paragraph `n` of the article's column (within one text
   * run) and returns where its first and last characters are drawn.
   */
  async wordsBox(articleId: string, n: number, words: string): Promise<WordsBox> {
    const box = await this.page.evaluate(
      ({ articleId, n, words }) => {
        const p = document.querySelector(`[data-column="${articleId}"] [data-paragraph="${n}"]`);
        if (!p) throw new Error(`no paragraph ${n} in ${articleId}`);
        p.scrollIntoView({ block: 'center' });
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          const at = (t as Text).data.indexOf(words);
          if (at < 0) continue;
          const rectOf = (i: number) => {
            const r = document.createRange();
            r.setStart(t, i);
            r.setEnd(t, i + 1);
            return r.getBoundingClientRect();
          };
          const first = rectOf(at);
          const last = rectOf(at + words.length - 1);
          return {
            start: { x: first.left + 1, y: first.top + first.height / 2 },
            end: { x: last.right - 1, y: last.top + last.height / 2 },
            firstMiddle: { x: first.left + first.width / 2, y: first.top + first.height / 2 },
          };
        }
        throw new Error(`"${words}" is not in one text run of paragraph ${n}`);
      },
      { articleId, n, words },
    );
    return box;
  }

  /**
   * Presses the mouse at `from`, moves to `to` in `moves` steps `pauseMs` apart (a person's pace),
   * calling `during` after each step, and releases.
   */
  async drag(
    from: Point,
    to: Point,
    {
      moves = 15,
      pauseMs = 30,
      during,
    }: { moves?: number; pauseMs?: number; during?: () => Promise<void> } = {},
  ): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    for (let i = 1; i <= moves; i++) {
      await pause(pauseMs);
      await this.page.mouse.move(
        from.x + ((to.x - from.x) * i) / moves,
        from.y + ((to.y - from.y) * i) / moves,
      );
      await during?.();
    }
    await this.page.mouse.up();
  }

  /** The document's selected text, as a person copying it would get it. */
  selectedText(): Promise<string> {
    return this.page.evaluate(() => document.getSelection()?.toString() ?? '');
  }

  /** Presses Ctrl+C and returns the clipboard's text (the context must grant clipboard permissions). */
  async copy(): Promise<string> {
    await this.page.keyboard.press('Control+C');
    return this.clipboard();
  }

  /** The clipboard's text. */
  clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
