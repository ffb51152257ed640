import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Article } from '../model/article.ts';
import type { FilterMode } from '../model/claim-filter.ts';
import type { SelectionMarks, TagIndex } from '../model/tag-index.ts';
import type { UserSpan } from '../model/user-layer.ts';
import { passageRect, quoted, scrollElementIntoView, scrollRectIntoView } from '../state/column-dom.ts';
import { columnMarks } from '../state/column-view.ts';
import { useColumnView } from '../state/use-column-view.ts';
import { usePassageClick } from '../state/use-passage-click.ts';
import { useSkipOffscreen } from '../state/use-skip-offscreen.ts';
import { NonBodyGroup } from './BlockView.tsx';
import { ColumnHeader } from './ColumnHeader.tsx';
import { OverviewStrip } from './OverviewStrip.tsx';
import { TaggedBlock } from './TaggedBlock.tsx';

const NO_CELLS: readonly never[] = [];

/** One article in a compare column: header, its own scrolling text with the tag layer, and an overview strip. */
export function CompareColumn(props: {
  article: Article;
  index: TagIndex;
  position: number;
  count: number;
  typesKey: string;
  mode: FilterMode;
  layer: boolean;
  marks: SelectionMarks;
  /** Block id → space-joined marks of the selection's suggestions (see TaggedBlock). */
  suggested: ReadonlyMap<string, string>;
  hidden: boolean;
  onMove: (id: string, delta: number) => void;
  onRemove: (id: string) => void;
  onSelect: (passageId: string | undefined) => void;
  /** The reader's own annotations in this article, by block id. */
  mine?: ReadonlyMap<string, readonly UserSpan[]> | undefined;
  /** Changes whenever something else on the page changes the column's width (see useSkipOffscreen). */
  widthKey: string;
  /** Show the column's header (title, move, close); off on an article's own page. */
  header?: boolean;
}) {
  const { article, index, marks } = props;
  const id = article.meta.id;
  const view = useColumnView(article, index, props.typesKey, props.mode, marks, props.suggested);
  const scroller = useRef<HTMLDivElement>(null);
  const [jumpTo, setJumpTo] = useState<string>();
  const prefix = `${id}--`;
  const here = columnMarks(marks, id, index.passageById);
  const target = here.scrollTo;

  // Bring the selection (or the first linked passage here) into view when the selection changes;
  // `marks` is a dependency so a new selection scrolls again even when this column's target is the same.
  useLayoutEffect(() => {
    const el = scroller.current;
    const rect = target === undefined || !el ? undefined : passageRect(el, target);
    if (el && rect) scrollRectIntoView(el, rect);
  }, [target, marks]);

  // A jump from the overview strip waits for a fold to open before scrolling.
  useLayoutEffect(() => {
    if (jumpTo === undefined || !scroller.current) return;
    const el = scroller.current.querySelector(`[id=${quoted(prefix + jumpTo)}]`);
    if (el) scrollElementIntoView(scroller.current, el);
    setJumpTo(undefined);
  }, [jumpTo, prefix, view.items]);

  const skipOffscreen = useSkipOffscreen(scroller, props.widthKey);
  const click = usePassageClick(marks.selected?.passage, props.onSelect);

  // One function for the column's life, so the memoised overview strip is not re-rendered by it.
  const { reveal } = view;
  const onJump = useCallback(
    (blockId: string) => {
      reveal(blockId);
      setJumpTo(blockId);
    },
    [reveal],
  );

  return (
    <section
      className="column"
      aria-label={article.meta.title}
      data-column={id}
      id={`column-${id}`}
      hidden={props.hidden}
    >
      {props.header === false ? (
        // The page's h1 names the article; the text's section headings (h3) still need an h2 above them.
        <h2 className="visually-hidden" id={`${prefix}title`}>
          The text
        </h2>
      ) : (
        <ColumnHeader
          meta={article.meta}
          position={props.position}
          count={props.count}
          titleId={`${prefix}title`}
          onMove={(delta) => props.onMove(id, delta)}
          onRemove={() => props.onRemove(id)}
        />
      )}
      <div className="column__body">
        <div
          className="column__scroll article-text"
          data-column-scroll={id}
          data-skip-offscreen={skipOffscreen ? '' : undefined}
          id={`${prefix}text`}
          ref={scroller}
          tabIndex={0}
          role="group"
          aria-label={`Text of ${article.meta.title}`}
          onClick={click.onClick}
          onMouseDown={click.onMouseDown}
        >
          {view.items.map((item) =>
            item.kind === 'fold' ? (
              <button key={item.key} type="button" className="fold" onClick={() => view.expand(item.key)}>
                {item.blocks === 1 ? '1 paragraph hidden' : `${item.blocks} paragraphs hidden`}
              </button>
            ) : item.group.kind === 'body' ? (
              <TaggedBlock
                key={item.key}
                block={item.group.block}
                idPrefix={prefix}
                segments={index.segmentsByBlock.get(item.group.block.id)}
                active={view.active.get(item.group.block.id) ?? ''}
                selected={here.selectedBlock === item.group.block.id ? (marks.selected?.passage ?? '') : ''}
                linked={marks.linkedByBlock.get(item.group.block.id) ?? ''}
                suggested={props.suggested.get(item.group.block.id) ?? ''}
                layer={props.layer}
                index={index}
                mine={props.mine?.get(item.group.block.id)}
              />
            ) : (
              <NonBodyGroup key={item.key} blocks={item.group.blocks} />
            ),
          )}
        </div>
        <OverviewStrip
          cells={index.overviewByArticle.get(id) ?? NO_CELLS}
          index={index}
          title={article.meta.title}
          marked={here.marked}
          onJump={onJump}
        />
      </div>
    </section>
  );
}
