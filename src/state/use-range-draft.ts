/**
 * Hook: the range a reader is choosing in the annotation editor, moved a sentence at a time by
 * buttons or Alt+Shift+arrow keys (not inside text fields or lists), with what to announce.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Article } from '../model/article.ts';
import type { TextRange } from '../model/range-adjust.ts';
import { moveForKey, rangeDraft, type RangeDraft, type RangeMove } from './range-draft.ts';

/** The draft range and its controls; `draft` is undefined when there is no range (an orphan). */
export interface RangeDraftModel {
  range: TextRange | undefined;
  /** True once the reader has moved the range. */
  changed: boolean;
  draft: RangeDraft | undefined;
  /** Makes a move, or announces why it cannot be made. */
  apply: (move: RangeMove) => void;
  /** The editor's key handler for the shortcuts. */
  onKeyDown: (event: KeyboardEvent) => void;
  /** Text for the live region: "Quote now: …" after a move, or why it was refused. */
  announcement: string;
}

/** True for elements whose own arrow keys must keep working (text fields, lists). */
function ownsArrows(target: EventTarget): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement &&
        !['checkbox', 'radio', 'button', 'submit'].includes(target.type)))
  );
}

/** Keeps the draft range of an editor opened on `initial` in `article`. */
export function useRangeDraft(article: Article | undefined, initial: TextRange | undefined): RangeDraftModel {
  const [range, setRange] = useState(initial);
  const [announcement, setAnnouncement] = useState('');
  const draft = useMemo(() => (article && range ? rangeDraft(article, range) : undefined), [article, range]);
  const apply = (move: RangeMove): void => {
    if (!move.next || !article) return setAnnouncement(move.refusal);
    setRange(move.next);
    setAnnouncement(`Quote now: ${article.text.slice(move.next.start, move.next.end)}`);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const move = draft && !ownsArrows(event.target) ? moveForKey(draft, event) : undefined;
    if (!move) return;
    event.preventDefault();
    apply(move);
  };
  const changed = range?.start !== initial?.start || range?.end !== initial?.end;
  return { range, changed, draft, apply, onKeyDown, announcement };
}
