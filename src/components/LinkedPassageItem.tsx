import { placeLabel, sourceLabel } from '../model/citation.ts';
import type { Article } from '../model/article.ts';
import type { Passage } from '../model/tag-layer.ts';
import type { ReactNode } from 'react';

/** One linked passage in the links panel: where it is, its words, and a way to reach it. */
export function LinkedPassageItem({
  passage,
  article,
  open,
  onShow,
  onOpenBeside,
  children,
}: {
  passage: Passage;
  article: Article | undefined;
  /** Its article is open in a column. */
  open: boolean;
  onShow: (passageId: string) => void;
  onOpenBeside: (articleId: string) => void;
  /** More actions after "Show in column" or "Open beside". */
  children?: ReactNode;
}) {
  const title = article?.meta.title ?? passage.article;
  const where = placeLabel(passage.paragraphNumber);
  return (
    <li className="linked-passage">
      <p className="linked-passage__where">
        <cite>{title}</cite>, {where}
      </p>
      <blockquote className="linked-passage__quote">{passage.exact}</blockquote>
      {article && (
        <cite className="print-citation">{sourceLabel(article.meta, passage.paragraphNumber)}</cite>
      )}
      {open ? (
        <button
          type="button"
          onClick={() => onShow(passage.id)}
          aria-label={`Show in column: ${title}, ${where}`}
        >
          Show in column
        </button>
      ) : (
        <button
          type="button"
          onClick={() => onOpenBeside(passage.article)}
          aria-label={`Open beside: ${title}`}
        >
          Open beside
        </button>
      )}
      {children}
    </li>
  );
}
