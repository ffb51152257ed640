import { Link } from 'react-router';
import type { ArgumentMatrix as Matrix } from '../model/argument-table.ts';
import type { Argument } from '../model/tag-layer.ts';

/** Who makes which argument: a table with articles as columns and argument statements as rows. */
export function ArgumentMatrix({ matrix, hrefFor }: { matrix: Matrix; hrefFor: (a: Argument) => string }) {
  return (
    <div className="argument-matrix" role="region" aria-labelledby="argument-matrix-caption" tabIndex={0}>
      <table>
        <caption id="argument-matrix-caption">Which article makes which argument</caption>
        <thead>
          <tr>
            <th scope="col">Argument</th>
            {matrix.columns.map((c) => (
              <th key={c.id} scope="col" title={c.title}>
                {c.shortTitle}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map(({ argument, cells }) => (
            <tr key={argument.id}>
              <th scope="row">
                <Link to={hrefFor(argument)}>{argument.statement}</Link>
              </th>
              {cells.map((makes, i) => (
                <td key={matrix.columns[i]?.id ?? i} className={makes ? 'argument-matrix__made' : undefined}>
                  {makes && (
                    <>
                      <span aria-hidden="true">●</span>
                      <span className="visually-hidden">makes this argument</span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
