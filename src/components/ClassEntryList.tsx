import { Link } from 'react-router';
import type { ClassEntry } from '../model/class-view.ts';

/** The class's shared annotations as the teacher last chose to see them, each with "Present". */
export function ClassEntryList(props: {
  entries: readonly ClassEntry[];
  titleOf: (articleId: string) => string;
  typeLabel: (typeId: string) => string;
  pathOf: (entry: ClassEntry) => string;
  present: (entry: ClassEntry) => void;
  staged: string | undefined;
}) {
  if (props.entries.length === 0) return <p className="class-empty">No shared annotations here yet.</p>;
  return (
    <ol className="class-entries">
      {props.entries.map((entry) => {
        const { annotation } = entry;
        const path = props.pathOf(entry);
        const onStage = props.staged === path;
        return (
          <li
            key={`${entry.student}/${annotation.id}`}
            className="class-entry"
            data-annotation={annotation.id}
          >
            <p className="class-entry__meta">
              <strong>{entry.name}</strong> on <Link to={path}>{props.titleOf(annotation.article)}</Link>
              {annotation.types.length > 0 && <> · {annotation.types.map(props.typeLabel).join(', ')}</>}
            </p>
            <blockquote className="class-entry__quote">{annotation.selector.quote.exact}</blockquote>
            {annotation.note !== undefined && annotation.note !== '' && (
              <p className="class-entry__note">{annotation.note}</p>
            )}
            <button type="button" onClick={() => props.present(entry)} aria-pressed={onStage}>
              {onStage ? 'On the stage' : 'Present'}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
