/**
 * Copying inside a column gives the source's words: the article's text between the selection's ends
 * (`textBetween`), never the labels drawn around it (type markers, paragraph numbers, "mine" and
 * "suggested" tags). A selection reaching outside one column is left to the browser.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { textBetween } from '../model/article-offsets.ts';
import type { Article } from '../model/article.ts';
import { blockPointOf } from './column-dom.ts';

/** The source's words of the document's selection when both its ends are in one column inside `root`. */
function sourceWords(root: HTMLElement, articles: readonly Article[]): string | undefined {
  const s = document.getSelection();
  if (!s || s.isCollapsed || !s.anchorNode || !s.focusNode) return undefined;
  if (!root.contains(s.anchorNode) || !root.contains(s.focusNode)) return undefined;
  const a = blockPointOf(s.anchorNode, s.anchorOffset);
  const b = blockPointOf(s.focusNode, s.focusOffset);
  const article = articles.find((x) => x.meta.id === a?.article);
  if (!a || !b || !article || a.article !== b.article) return undefined;
  return textBetween(article, a.point, b.point);
}

/** Puts the source's words on the clipboard when the reader copies a selection in a column inside `container`. */
export function useSourceCopy(container: RefObject<HTMLElement | null>, articles: readonly Article[]): void {
  const current = useRef(articles);
  useEffect(() => {
    current.current = articles;
  }, [articles]);
  useEffect(() => {
    const onCopy = (event: ClipboardEvent): void => {
      const root = container.current;
      const words = root && sourceWords(root, current.current);
      if (!words || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', words);
      event.preventDefault();
    };
    document.addEventListener('copy', onCopy);
    return () => document.removeEventListener('copy', onCopy);
  }, [container]);
}
