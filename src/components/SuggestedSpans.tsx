import type { Block } from '../model/article.ts';
import type { UserSpan } from '../model/user-layer.ts';
import { sentenceSpans } from '../state/block-marks.ts';
import { MineText } from './MineText.tsx';

/**
 * A block's text with suggested sentences ("@start-end" marks, article offsets) outlined and led by a
 * "suggested" tag, the reader's own annotations drawn inside each piece. Without such marks, the text.
 */
export function SuggestedSpans({
  block,
  marks,
  mine,
  selected,
}: {
  block: Pick<Block, 'text' | 'start'>;
  marks: readonly string[];
  mine: readonly UserSpan[] | undefined;
  /** Id of the selected annotation, drawn as selected (see MineText). */
  selected?: string;
}) {
  const spans = sentenceSpans(marks, block);
  const text = (from: number, to: number) => (
    <MineText
      text={block.text.slice(from, to)}
      offset={block.start + from}
      spans={mine}
      selected={selected}
    />
  );
  if (spans.length === 0) return text(0, block.text.length);
  const out = [];
  let at = 0;
  for (const [s, e] of spans) {
    if (s < at) continue;
    if (s > at) out.push(<span key={`t${at}`}>{text(at, s)}</span>);
    out.push(
      <span key={`s${s}`}>
        <span className="suggested-tag" data-label="suggested" data-not-text="" />
        <span className="suggested-span">{text(s, e)}</span>
      </span>,
    );
    at = e;
  }
  if (at < block.text.length) out.push(<span key={`t${at}`}>{text(at, block.text.length)}</span>);
  return out;
}
