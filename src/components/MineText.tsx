import { Fragment } from 'react';
import { segmentBlock } from '../model/segments.ts';
import type { UserSpan } from '../model/user-layer.ts';
import { ClassText } from './ClassText.tsx';

/**
 * A run of block text with the reader's own annotations drawn over it: a dashed outline and, where
 * an annotation starts, a "mine" label button that selects it (text only, never HTML; its label is CSS
 * content, so it stays out of selections and the clipboard). Without spans, plain text.
 */
export function MineText({
  text,
  offset,
  spans,
  selected,
}: {
  text: string;
  /** Article offset of the first character of `text`. */
  offset: number;
  spans: readonly UserSpan[] | undefined;
  /** Id of the selected annotation (or passage), drawn as selected when it is one of these spans. */
  selected?: string | undefined;
}) {
  if (!spans || spans.length === 0) return text;
  // Classmates' spans (the class layer) are drawn around the reader's own, never as the reader's.
  if (spans.some((s) => s.author !== undefined)) {
    const own = spans.filter((s) => s.author === undefined);
    return (
      <ClassText
        text={text}
        offset={offset}
        spans={spans.filter((s) => s.author !== undefined)}
        render={(t, o) => <MineText text={t} offset={o} spans={own} selected={selected} />}
      />
    );
  }
  const byId = new Map(spans.map((s) => [s.id, s]));
  const pieces = segmentBlock({ text, start: offset, end: offset + text.length }, spans);
  return pieces.map((piece) => {
    if (piece.passages.length === 0) return <Fragment key={piece.start}>{piece.text}</Fragment>;
    const fuzzy = piece.passages.some((id) => byId.get(id)?.status === 'fuzzy');
    // A label only where the annotation really starts, not where a curated segment cut it.
    const starting = piece.starts.filter((id) => byId.get(id)?.start === offset + piece.start);
    const chosen = selected !== undefined && piece.passages.includes(selected);
    return (
      <span
        key={piece.start}
        className={`mine${fuzzy ? ' is-fuzzy' : ''}${chosen ? ' is-selected' : ''}`}
        data-mine={piece.passages.join(' ')}
      >
        {starting.map((id) => (
          <button
            key={id}
            type="button"
            className="mine-label"
            data-mine-select={id}
            data-label={fuzzy ? 'mine?' : 'mine'}
            aria-pressed={id === selected}
            aria-label={
              fuzzy ? 'mine? (your annotation, moved a little: review it)' : 'mine (your annotation)'
            }
          />
        ))}
        {piece.text}
      </span>
    );
  });
}
