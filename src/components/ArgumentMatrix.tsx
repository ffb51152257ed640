import { useRef } from 'react';
import { Link } from 'react-router';
import type { ArgumentMatrix as Matrix } from '../model/argument-table.ts';
import type { Argument } from '../model/tag-layer.ts';
import { PRINT_CELLS, useWindowedTable } from '../state/windowed-rows.ts';

/** A row's usual height (px) while windowed: a statement wrapped to two lines in the row header. */
const ROW_ESTIMATE = 48;

/**
 * Who makes which argument: a table with articles as columns and argument statements as rows. A large
 * matrix scrolls in its own box and renders only the rows and columns near it (see `useWindowedTable`);
 * `aria-rowcount`/`aria-colcount` and each cell's index tell screen readers where they are in the whole.
 */
export function ArgumentMatrix({ matrix, hrefFor }: { matrix: Matrix; hrefFor: (a: Argument) => string }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const shown = useWindowedTable(matrix.rows.length, matrix.columns.length, ROW_ESTIMATE, boxRef);
  const w = shown.windowed;
  const spacer = (width: number, key: string) =>
    width > 0 ? (
      <td key={key} aria-hidden="true" className="argument-matrix__spacer" style={{ width }} />
    ) : null;
  const width = (px: number) => (w ? { width: px } : undefined);
  const span =
    shown.columns.length + 1 + (shown.columnsBefore > 0 ? 1 : 0) + (shown.columnsAfter > 0 ? 1 : 0);
  return (
    <div
      ref={boxRef}
      className={`argument-matrix${w ? ' is-windowed' : ''}`}
      role="region"
      aria-labelledby="argument-matrix-caption"
      tabIndex={0}
    >
      {shown.tooLargeToPrint ? (
        <p id="argument-matrix-caption">
          Which article makes which argument: {matrix.rows.length.toLocaleString('en')} arguments ×{' '}
          {matrix.columns.length.toLocaleString('en')} articles is more than{' '}
          {PRINT_CELLS.toLocaleString('en')} cells and is not printed; the list above gives each argument with
          the number of articles making it.
        </p>
      ) : (
        <table
          aria-rowcount={w ? matrix.rows.length + 1 : undefined}
          aria-colcount={w ? matrix.columns.length + 1 : undefined}
          style={
            w
              ? {
                  width:
                    shown.rowHeaderWidth +
                    shown.columnsBefore +
                    shown.columns.length * shown.columnWidth +
                    shown.columnsAfter,
                }
              : undefined
          }
        >
          <caption id="argument-matrix-caption">Which article makes which argument</caption>
          <thead>
            <tr aria-rowindex={w ? 1 : undefined}>
              <th scope="col" style={width(shown.rowHeaderWidth)} aria-colindex={w ? 1 : undefined}>
                Argument
              </th>
              {spacer(shown.columnsBefore, 'before')}
              {shown.columns.map((i) => {
                const c = matrix.columns[i];
                return c ? (
                  <th
                    key={c.id}
                    scope="col"
                    title={c.title}
                    style={width(shown.columnWidth)}
                    aria-colindex={w ? i + 2 : undefined}
                  >
                    {c.shortTitle}
                  </th>
                ) : null;
              })}
              {spacer(shown.columnsAfter, 'after')}
            </tr>
          </thead>
          <tbody>
            {shown.slots.map((slot) => {
              if (slot.kind === 'gap') {
                return (
                  <tr key={slot.key} aria-hidden="true" className="argument-matrix__gap">
                    <td colSpan={span} style={{ height: slot.height }} />
                  </tr>
                );
              }
              const row = matrix.rows[slot.index];
              if (!row) return null;
              return (
                <tr
                  key={row.argument.id}
                  data-index={slot.index}
                  ref={shown.measure}
                  aria-rowindex={w ? slot.index + 2 : undefined}
                >
                  <th scope="row" aria-colindex={w ? 1 : undefined}>
                    <Link to={hrefFor(row.argument)}>{row.argument.statement}</Link>
                  </th>
                  {spacer(shown.columnsBefore, 'before')}
                  {shown.columns.map((i) => {
                    const makes = row.cells[i] ?? false;
                    return (
                      <td
                        key={matrix.columns[i]?.id ?? i}
                        className={makes ? 'argument-matrix__made' : undefined}
                        aria-colindex={w ? i + 2 : undefined}
                      >
                        {makes && (
                          <>
                            <span aria-hidden="true">●</span>
                            <span className="visually-hidden">makes this argument</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                  {spacer(shown.columnsAfter, 'after')}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
