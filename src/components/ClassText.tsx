import { Fragment, type ReactNode } from 'react';
import { segmentBlock } from '../model/segments.ts';
import type { UserSpan } from '../model/user-layer.ts';

/**
 * A run of block text with classmates' shared annotations (the class layer, read-only) drawn over it:
 * a dotted underline and, where one starts, its author's name as a label (CSS content, so it stays out
 * of selections and the clipboard). `render` draws each piece's text (with the reader's own spans).
 */
export function ClassText({
  text,
  offset,
  spans,
  render,
}: {
  text: string;
  /** Article offset of the first character of `text`. */
  offset: number;
  spans: readonly UserSpan[];
  render: (text: string, offset: number) => ReactNode;
}) {
  const byId = new Map(spans.map((s) => [s.id, s]));
  const pieces = segmentBlock({ text, start: offset, end: offset + text.length }, spans);
  return pieces.map((piece) => {
    const inner = render(piece.text, offset + piece.start);
    if (piece.passages.length === 0) return <Fragment key={piece.start}>{inner}</Fragment>;
    const starting = piece.starts.filter((id) => byId.get(id)?.start === offset + piece.start);
    const authors = [...new Set(piece.passages.map((id) => byId.get(id)?.author ?? ''))].join(', ');
    return (
      <span
        key={piece.start}
        className="class-span"
        data-class={piece.passages.join(' ')}
        title={`Shared by ${authors}`}
      >
        {starting.map((id) => (
          <span key={id} className="class-label" data-label={byId.get(id)?.author} data-not-text="" />
        ))}
        {inner}
      </span>
    );
  });
}
