/**
 * The reader's text selection in the compare columns, as an article range. The DOM part is here and
 * kept small: find the block element (`data-block`) and column (`data-column`) of each end, and
 * count the block's own text before it (skipping buttons such as type markers and paragraph
 * numbers); `selectionRange` (src/model/article-offsets.ts) does the rest.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { selectionRange, type BlockPoint, type SelectionProblem } from '../model/article-offsets.ts';
import type { Article } from '../model/article.ts';

/** A selection ready to annotate, or why it cannot be. */
export type TextSelection = { article: string; start: number; end: number } | { problem: SelectionProblem };

/** Elements inside a block whose text is not the block's text. */
const NOT_TEXT = 'button, .paragraph-number, [data-not-text]';

function pointOf(node: Node, offset: number): { article: string; point: BlockPoint } | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>('[data-block]');
  const article = block?.closest<HTMLElement>('[data-column]')?.dataset.column;
  const blockId = block?.dataset.block;
  if (!block || article === undefined || blockId === undefined) return undefined;
  const here = document.createRange();
  here.setStart(node, offset);
  let count = 0;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t.parentElement?.closest(NOT_TEXT)) continue;
    const length = (t as Text).length;
    if (t === node) return { article, point: { blockId, offset: count + offset } };
    if (here.comparePoint(t, length) > 0) break;
    count += length;
  }
  return { article, point: { blockId, offset: count } };
}

/** The current selection inside `container`, kept while the reader works in the panel; `clear` drops it. */
export function useTextSelection(
  container: RefObject<HTMLElement | null>,
  articles: readonly Article[],
): { selection: TextSelection | undefined; clear: () => void } {
  const [selection, setSelection] = useState<TextSelection>();
  const current = useRef(articles);
  useEffect(() => {
    current.current = articles;
  }, [articles]);
  useEffect(() => {
    const onChange = (): void => {
      const s = document.getSelection();
      const root = container.current;
      if (!s || s.isCollapsed || !root || !s.anchorNode || !s.focusNode) return;
      if (!root.contains(s.anchorNode) || !root.contains(s.focusNode)) return;
      const a = pointOf(s.anchorNode, s.anchorOffset);
      const b = pointOf(s.focusNode, s.focusOffset);
      const article = current.current.find((x) => x.meta.id === a?.article);
      if (!a || !b || !article || a.article !== b.article) {
        setSelection({ problem: a && b ? 'crosses-blocks' : 'outside-article' });
        return;
      }
      const range = selectionRange(article, a.point, b.point);
      setSelection('problem' in range ? range : { article: a.article, start: range.start, end: range.end });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container]);
  const clear = useCallback(() => {
    setSelection(undefined);
    document.getSelection()?.removeAllRanges();
  }, []);
  return { selection, clear };
}
