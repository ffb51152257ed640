import { useRef, useState, type FormEvent } from 'react';
import type { Article } from '../model/article.ts';
import type { TextRange } from '../model/range-adjust.ts';
import type { ClaimType, Passage } from '../model/tag-layer.ts';
import type { UserAnnotation, UserLink } from '../model/user-annotation.ts';
import type { ArgumentOption } from '../state/argument-choices.ts';
import { useArgumentChoices } from '../state/use-argument-choices.ts';
import { useArgumentSuggestions } from '../state/use-argument-suggestions.ts';
import { useFocusReturn } from '../state/use-focus-return.ts';
import { useRangeDraft } from '../state/use-range-draft.ts';
import { ArgumentSuggestions } from './ArgumentSuggestions.tsx';
import { LinkPicker } from './LinkPicker.tsx';
import { RangeControls } from './RangeControls.tsx';

/**
 * What the editor saves: the fields of a draft or a patch. Editing an annotation, only the fields the
 * reader changed are present, so a change made meanwhile elsewhere (a link from accepting a
 * suggestion) is not overwritten with the values the editor opened with.
 */
export interface EditorValues {
  types?: string[];
  arguments?: string[];
  newArgument?: { statement: string; type: string };
  links?: UserLink[];
  note?: string;
  /** The range chosen in the editor (absent for an annotation without a place). */
  range?: TextRange;
}

const NEW = '__new__';

/** Where focus goes when the editor closes and the control that opened it has gone. */
const FOCUS_FALLBACK = ['[data-annotate-quick]', '.annotations-bar input'];

/**
 * Form to tag a passage with claim types, an argument (or a new one), links and a note; its range
 * moves a sentence at a time. Focus moves into it when it opens and back when it closes.
 */
export function AnnotationEditor({
  quote,
  place,
  annotation,
  taxonomy,
  argumentOptions,
  recentArguments = [],
  linkOptions,
  onSave,
  onDelete,
  onCancel,
}: {
  quote: string;
  /** The article and range annotated; absent for an annotation without a place (an orphan). */
  place?: { article: Article; range: TextRange } | undefined;
  /** The annotation being edited; absent for a new one. */
  annotation?: UserAnnotation;
  taxonomy: readonly ClaimType[];
  argumentOptions: readonly ArgumentOption[];
  /** Ids of the arguments the reader used most recently, listed first. */
  recentArguments?: readonly string[];
  /** Curated passages of the other open articles. */
  linkOptions: readonly { passage: Passage; articleTitle: string }[];
  onSave: (values: EditorValues) => void;
  onDelete?: () => void;
  onCancel: () => void;
}) {
  // The annotation as the editor opened it: what the reader's changes are measured against.
  const [initial] = useState(annotation);
  const [types, setTypes] = useState<string[]>(annotation?.types ?? []);
  const [argument, setArgument] = useState(annotation?.arguments[0] ?? '');
  const [statement, setStatement] = useState('');
  const [links, setLinks] = useState<UserLink[]>(annotation?.links ?? []);
  const [note, setNote] = useState(annotation?.note ?? '');
  const form = useRef<HTMLFormElement>(null);
  useFocusReturn(form, FOCUS_FALLBACK);
  const range = useRangeDraft(place?.article, place?.range);
  const choices = useArgumentChoices(argumentOptions, taxonomy, recentArguments, argument);
  const suggested = useArgumentSuggestions(place?.article, range.range);
  const toggle = (id: string) => setTypes((t) => (t.includes(id) ? t.filter((x) => x !== id) : [...t, id]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rest = initial?.arguments.slice(1) ?? [];
    const isNew = argument === NEW && statement.trim() !== '';
    const args = [...(argument && argument !== NEW ? [argument] : []), ...rest];
    const changed = <T,>(value: T, before: T | undefined): boolean =>
      !initial || JSON.stringify(value) !== JSON.stringify(before);
    onSave({
      ...(changed(types, initial?.types) ? { types } : {}),
      ...(isNew || changed(args, initial?.arguments) ? { arguments: args } : {}),
      ...(isNew
        ? { newArgument: { statement: statement.trim(), type: types[0] ?? taxonomy[0]?.id ?? '' } }
        : {}),
      ...(changed(links, initial?.links) ? { links } : {}),
      ...(changed(note, initial?.note ?? '') ? { note } : {}),
      ...(range.range ? { range: range.range } : {}),
    });
  };

  return (
    <form
      ref={form}
      tabIndex={-1}
      className="annotation-editor"
      onSubmit={submit}
      onKeyDown={(event) => {
        // Escape closes the editor, as Cancel does (focus goes back where it came from); a control
        // inside that uses Escape itself (a list it opened) prevents this.
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onCancel();
        } else range.onKeyDown(event);
      }}
      aria-label={annotation ? 'Edit annotation' : 'New annotation'}
    >
      <RangeControls
        quote={range.changed && range.draft ? range.draft.quote : quote}
        draft={range.draft}
        announcement={range.announcement}
        onMove={range.apply}
      />
      <fieldset>
        <legend>Claim types</legend>
        {taxonomy.map((t) => (
          <label key={t.id} className="annotation-editor__type">
            <input type="checkbox" checked={types.includes(t.id)} onChange={() => toggle(t.id)} /> {t.label}
          </label>
        ))}
      </fieldset>
      <ArgumentSuggestions suggestions={suggested} chosen={argument} onChoose={setArgument} />
      <label>
        Find an argument
        <input
          type="search"
          value={choices.query}
          onChange={(e) => choices.setQuery(e.target.value)}
          aria-describedby="argument-choice-count"
        />
      </label>
      <span id="argument-choice-count" className="annotation-editor__hint">
        {choices.query.trim() === ''
          ? `${choices.count} arguments, recently used first, then by claim type`
          : `${choices.count} ${choices.count === 1 ? 'argument matches' : 'arguments match'}`}
      </span>
      <label>
        Argument
        <select value={argument} onChange={(e) => setArgument(e.target.value)}>
          <option value="">None</option>
          <option value={NEW}>Start a new argument…</option>
          {choices.groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.user ? `${a.statement} (yours)` : a.statement}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {argument === NEW && (
        <label>
          New argument (one sentence)
          <input value={statement} onChange={(e) => setStatement(e.target.value)} required />
        </label>
      )}
      <LinkPicker links={links} linkOptions={linkOptions} onChange={setLinks} />
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
