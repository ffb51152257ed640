/**
 * Everything the compare view needs for the reader's own annotations, gathered in one hook: the
 * re-anchored layer, the text selection, which annotation is being edited, the "mine" layer
 * toggle and the annotation selected (the caller's, e.g. from the URL, or else kept here), undo/redo
 * keys, and clicks on a "mine" label (delegated from the columns), which select the annotation.
 */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { Article } from '../model/article.ts';
import type { UserSpansByBlock } from '../model/user-layer.ts';
import type { AnnotationStore } from './annotation-store.ts';
import { useFocusedBlock, type BlockRef } from './use-focused-block.ts';
import { useTextSelection, type TextSelection } from './use-text-selection.ts';
import { useUndoKeys } from './use-undo-keys.ts';
import { useUserLayer, type UserLayerModel } from './use-user-layer.ts';

/** The hook's result, handed to AnnotationsPanel and (spans) to the columns. */
export interface AnnotationUi extends UserLayerModel {
  /** Spans to draw: empty while the "mine" layer is hidden. */
  shown: UserSpansByBlock;
  showMine: boolean;
  setShowMine: (on: boolean) => void;
  selection: TextSelection | undefined;
  /** Sets a selection without the mouse (e.g. "annotate this passage"). */
  select: (selection: TextSelection) => void;
  clearSelection: () => void;
  /** The block a keyboard reader was last in, offered for a quick annotation. */
  focusedBlock: BlockRef | undefined;
  /** Id of the reader's annotation selected (its "mine" label clicked), shown in its panel. */
  chosen: string | undefined;
  /** Selects one of the reader's annotations, or clears that selection with `undefined`. */
  choose: (id: string | undefined) => void;
  /** Id of the annotation open in the editor. */
  editing: string | undefined;
  setEditing: (id: string | undefined) => void;
}

const NONE: UserSpansByBlock = new Map();

/** Wires the reader's layer to the compare view's columns inside `container`. */
export function useAnnotationUi(
  container: RefObject<HTMLElement | null>,
  articles: readonly Article[],
  store?: AnnotationStore,
  mine?: {
    show: boolean;
    setShow: (on: boolean) => void;
    chosen: string | undefined;
    choose: (id: string | undefined) => void;
  },
): AnnotationUi {
  const model = useUserLayer(store);
  const text = useTextSelection(container, articles);
  const focusedBlock = useFocusedBlock(container);
  const [manual, setManual] = useState<TextSelection>();
  const [editing, setEditing] = useState<string>();
  const [ownShowMine, setOwnShowMine] = useState(true);
  const [ownChosen, setOwnChosen] = useState<string>();
  const showMine = mine?.show ?? ownShowMine;
  const setShowMine = mine?.setShow ?? setOwnShowMine;
  const chosen = mine ? mine.chosen : ownChosen;
  const choose = mine?.choose ?? setOwnChosen;
  const undo = useCallback(() => model.store.undo(), [model.store]);
  const redo = useCallback(() => model.store.redo(), [model.store]);
  useUndoKeys(undo, redo);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const onClick = (event: MouseEvent): void => {
      const label =
        event.target instanceof Element ? event.target.closest<HTMLElement>('[data-mine-select]') : null;
      if (!label) return;
      event.stopPropagation();
      choose(label.dataset.mineSelect);
    };
    root.addEventListener('click', onClick, true);
    return () => root.removeEventListener('click', onClick, true);
  }, [container, choose]);

  const { clear } = text;
  const clearSelection = useCallback(() => {
    clear();
    setManual(undefined);
  }, [clear]);
  const select = useCallback(
    (next: TextSelection) => {
      clear();
      setManual(next);
    },
    [clear],
  );
  const selection = text.selection ?? manual;
  return useMemo(
    () => ({
      ...model,
      shown: showMine ? model.layer.spans : NONE,
      showMine,
      setShowMine,
      selection,
      select,
      clearSelection,
      focusedBlock,
      chosen,
      choose,
      editing,
      setEditing,
    }),
    [model, showMine, setShowMine, selection, select, clearSelection, focusedBlock, chosen, choose, editing],
  );
}
