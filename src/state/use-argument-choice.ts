/**
 * Hook for choosing arguments on the arguments index for a Markdown handout: the chosen ids (kept
 * while the filter changes), "Select all shown" for the list the filter gives, and the export of the
 * choice in the list's order (`handoutSteps`).
 */
import { useCallback, useMemo, useState } from 'react';
import type { ArgumentRow } from '../model/argument-table.ts';
import { handoutSteps } from '../model/handout-markdown.ts';
import { useMarkdownExport, type MarkdownExport } from './use-markdown-export.ts';

/** The choice, its setters and its export. */
export interface ArgumentChoice {
  chosen: ReadonlySet<string>;
  toggle: (argumentId: string) => void;
  /** Adds every argument the current filter shows. */
  chooseShown: () => void;
  clear: () => void;
  /** How many chosen arguments the current filter hides. */
  hidden: number;
  markdown: MarkdownExport;
}

/** The reader's choice of arguments among `rows` (the filtered, sorted list shown). */
export function useArgumentChoice(rows: readonly ArgumentRow[]): ArgumentChoice {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const order = useMemo(() => rows.map((r) => r.argument.id), [rows]);
  const toggle = useCallback(
    (id: string) =>
      setChosen((prev) => {
        const next = new Set(prev);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const chooseShown = useCallback(() => setChosen((prev) => new Set([...prev, ...order])), [order]);
  const clear = useCallback(() => setChosen(new Set()), []);
  const handout = useMemo(
    () => ({ title: 'Arguments: a handout from Parallax', steps: handoutSteps(chosen, order) }),
    [chosen, order],
  );
  const shown = useMemo(() => new Set(order), [order]);
  const markdown = useMarkdownExport(handout, 'parallax-arguments.md', chosen.size > 0);
  return {
    chosen,
    toggle,
    chooseShown,
    clear,
    hidden: [...chosen].filter((id) => !shown.has(id)).length,
    markdown,
  };
}
