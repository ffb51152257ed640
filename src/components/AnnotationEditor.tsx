import { useState, type FormEvent } from 'react';
import type { ClaimType, Passage } from '../model/tag-layer.ts';
import type { UserAnnotation, UserLink } from '../model/user-annotation.ts';

/** What the editor saves: the fields of a draft or a patch. */
export interface EditorValues {
  types: string[];
  arguments: string[];
  newArgument?: { statement: string; type: string };
  links: UserLink[];
  note: string;
}

const NEW = '__new__';

/** Form to tag a passage with claim types, an argument (or a new one), links and a note. */
export function AnnotationEditor({
  quote,
  annotation,
  taxonomy,
  argumentOptions,
  linkOptions,
  onSave,
  onDelete,
  onCancel,
}: {
  quote: string;
  /** The annotation being edited; absent for a new one. */
  annotation?: UserAnnotation;
  taxonomy: readonly ClaimType[];
  argumentOptions: readonly { id: string; statement: string }[];
  /** Curated passages of the other open articles. */
  linkOptions: readonly { passage: Passage; articleTitle: string }[];
  onSave: (values: EditorValues) => void;
  onDelete?: () => void;
  onCancel: () => void;
}) {
  const [types, setTypes] = useState<string[]>(annotation?.types ?? []);
  const [argument, setArgument] = useState(annotation?.arguments[0] ?? '');
  const [statement, setStatement] = useState('');
  const [links, setLinks] = useState<UserLink[]>(annotation?.links ?? []);
  const [note, setNote] = useState(annotation?.note ?? '');
  const toggle = (id: string) => setTypes((t) => (t.includes(id) ? t.filter((x) => x !== id) : [...t, id]));
  const passageLabel = (id: string) => linkOptions.find((o) => o.passage.id === id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rest = annotation?.arguments.slice(1) ?? [];
    const isNew = argument === NEW && statement.trim() !== '';
    onSave({
      types,
      arguments: [...(argument && argument !== NEW ? [argument] : []), ...rest],
      ...(isNew
        ? { newArgument: { statement: statement.trim(), type: types[0] ?? taxonomy[0]?.id ?? '' } }
        : {}),
      links,
      note,
    });
  };

  return (
    <form
      className="annotation-editor"
      onSubmit={submit}
      aria-label={annotation ? 'Edit annotation' : 'New annotation'}
    >
      <blockquote className="annotation-editor__quote">{quote}</blockquote>
      <fieldset>
        <legend>Claim types</legend>
        {taxonomy.map((t) => (
          <label key={t.id} className="annotation-editor__type">
            <input type="checkbox" checked={types.includes(t.id)} onChange={() => toggle(t.id)} /> {t.label}
          </label>
        ))}
      </fieldset>
      <label>
        Argument
        <select value={argument} onChange={(e) => setArgument(e.target.value)}>
          <option value="">None</option>
          <option value={NEW}>Start a new argument…</option>
          {argumentOptions.map((a) => (
            <option key={a.id} value={a.id}>
              {a.statement}
            </option>
          ))}
        </select>
      </label>
      {argument === NEW && (
        <label>
          New argument (one sentence)
          <input value={statement} onChange={(e) => setStatement(e.target.value)} required />
        </label>
      )}
      <label>
        Link to a passage in another article
        <select
          value=""
          onChange={(e) => e.target.value && setLinks((l) => [...l, { target: { passage: e.target.value } }])}
        >
          <option value="">Choose a passage…</option>
          {linkOptions.map(({ passage, articleTitle }) => (
            <option key={passage.id} value={passage.id}>
              {`${articleTitle}: ${passage.exact.slice(0, 80)}`}
            </option>
          ))}
        </select>
      </label>
      {links.length > 0 && (
        <ul className="annotation-editor__links" aria-label="Links">
          {links.map((link, i) => {
            const t = link.target;
            const label =
              'passage' in t
                ? (passageLabel(t.passage)?.passage.exact ?? t.passage)
                : 'url' in t
                  ? t.url
                  : t.selector.quote.exact;
            return (
              <li key={i}>
                <span>{label.slice(0, 80)}</span>{' '}
                <button type="button" onClick={() => setLinks((l) => l.filter((_, j) => j !== i))}>
                  Remove link
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label>
        Note
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
      </label>
      <div className="annotation-editor__actions">
        <button type="submit">{annotation ? 'Save' : 'Add annotation'}</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {onDelete && (
          <button type="button" onClick={onDelete}>
            Delete
          </button>
        )}
      </div>
    </form>
  );
}
