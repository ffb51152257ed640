import { memo, type CSSProperties, type ReactNode } from 'react';
import type { Block } from '../model/article.ts';
import type { Segment } from '../model/segments.ts';
import { typeAbbreviation, type TagIndex } from '../model/tag-index.ts';
import type { UserSpan } from '../model/user-layer.ts';
import { blockMarks, segmentView } from '../state/block-marks.ts';
import { MineText } from './MineText.tsx';
import { SuggestedSpans } from './SuggestedSpans.tsx';

/** Props are primitives, objects that never change (block, segments, index), and the block’s own spans of the reader’s layer (`mine`, kept identical until they change), so memo holds. */
interface TaggedBlockProps {
  block: Block;
  /** Prefix for DOM ids, so one block id may appear in two columns. */
  idPrefix: string;
  segments: readonly Segment[] | undefined;
  /** Space-joined ids of this block's passages that pass the filter. */
  active: string;
  /** Id of the selected passage (or the reader's own annotation) when it is in this block, else "". */
  selected: string;
  /** Space-joined ids of this block's passages linked to the selection. */
  linked: string;
  /** Space-joined marks of suggestions in this block: passage ids, or "@start-end" for sentences. */
  suggested: string;
  /** Tag layer shown. */
  layer: boolean;
  index: TagIndex;
  /** The reader's own annotations in this block, drawn over the text by MineText. */
  mine?: readonly UserSpan[] | undefined;
}

/** Colour custom properties of a claim type, for the CSS to pick per theme. */
function typeStyle(index: TagIndex, typeId: string | undefined): CSSProperties {
  const type = typeId === undefined ? undefined : index.typeById.get(typeId);
  return type ? ({ '--tl': type.color.light, '--td': type.color.dark } as CSSProperties) : {};
}

/** The passage's type labels, for screen readers ("Legal and Strategic"). */
function typeNames(index: TagIndex, passageId: string): string {
  const labels = (index.passageById.get(passageId)?.types ?? []).map(
    (t) => index.typeById.get(t)?.label ?? t,
  );
  return labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

/**
 * The text of a block with its passages: tinted and underlined, each led by a focusable type marker.
 * Labels drawn in the text (type abbreviations, paragraph numbers, "suggested") are CSS content from
 * `data-label`, so they never enter a selection or the clipboard; buttons are named by `aria-label`.
 */
function segmentsOf(props: TaggedBlockProps): ReactNode {
  const { segments, index } = props;
  const marks = blockMarks(props);
  if ((!marks.layer && marks.suggested.size === 0) || !segments)
    return (
      <SuggestedSpans
        block={props.block}
        marks={marks.suggestionMarks}
        mine={props.mine}
        selected={props.selected}
      />
    );
  const mine = (seg: Segment) => (
    <MineText
      text={seg.text}
      offset={props.block.start + seg.start}
      spans={props.mine}
      selected={props.selected}
    />
  );
  return segments.map((seg) => {
    const { ids, state, suggestedStart, markers } = segmentView(seg, marks);
    const innermost = ids.at(-1);
    if (innermost === undefined) return <span key={seg.start}>{mine(seg)}</span>;
    return (
      <span key={seg.start}>
        {suggestedStart && <span className="suggested-tag" data-label="suggested" data-not-text="" />}
        {markers.map((id) => {
          const passage = index.passageById.get(id);
          return (
            <button
              key={id}
              type="button"
              className="passage-marker"
              data-select={id}
              aria-pressed={id === marks.selected}
              aria-label={`${typeNames(index, id)} passage${marks.linked.has(id) ? ', linked' : ''}`}
              data-label={(passage?.types ?? [])
                .map((t) => typeAbbreviation(index.typeById.get(t) ?? { label: t }))
                .join('·')}
              style={typeStyle(index, passage?.types[0])}
            />
          );
        })}
        <span
          className={`passage ${state}`.trim()}
          data-p={ids.join(' ')}
          style={typeStyle(index, index.passageById.get(innermost)?.types[0])}
        >
          {mine(seg)}
        </span>
      </span>
    );
  });
}

/** One heading or paragraph of a compare column, re-rendered only when its own marks change. */
export const TaggedBlock = memo(function TaggedBlock(props: TaggedBlockProps) {
  const { block, idPrefix } = props;
  if (block.kind === 'heading') {
    const Heading = block.level === 3 ? 'h4' : 'h3';
    return (
      <Heading className="block block--heading" id={`${idPrefix}${block.id}`} data-block={block.id}>
        {segmentsOf(props)}
      </Heading>
    );
  }
  return (
    <p
      className="block block--paragraph"
      id={`${idPrefix}${block.id}`}
      data-block={block.id}
      data-paragraph={block.paragraphNumber}
    >
      {block.paragraphNumber !== undefined && (
        <span className="paragraph-number" data-label={block.paragraphNumber} />
      )}
      {segmentsOf(props)}
    </p>
  );
});
