import type { ArgumentSuggestions as Suggestions } from '../state/use-argument-suggestions.ts';

/** "“a”, “b” and “c”": shared terms as the reader reads them. */
function quoted(terms: readonly string[]): string {
  const q = terms.map((t) => `“${t}”`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1] ?? ''}`;
}

/**
 * The annotation editor's three suggested arguments for the passage, each with its statement and why
 * (the terms it shares with the statement and with the argument's passages); pressing one attaches it
 * (pressing it again detaches it).
 */
export function ArgumentSuggestions({
  suggestions,
  chosen,
  onChoose,
}: {
  suggestions: Suggestions;
  /** The argument id chosen in the editor. */
  chosen: string;
  onChoose: (argumentId: string) => void;
}) {
  if (suggestions.status === 'none') return null;
  return (
    <section className="argument-suggestions" aria-labelledby="argument-suggestions-title">
      <h3 id="argument-suggestions-title">Arguments this passage may make</h3>
      {suggestions.status === 'loading' && <p className="annotation-editor__hint">Finding arguments…</p>}
      {suggestions.status === 'failed' && (
        <p role="alert">Argument suggestions are unavailable: {suggestions.message}</p>
      )}
      {suggestions.status === 'ready' && suggestions.suggestions.length === 0 && (
        <p className="annotation-editor__hint">No argument shares its words with this passage.</p>
      )}
      {suggestions.status === 'ready' && suggestions.suggestions.length > 0 && (
        <ol className="argument-suggestions__list">
          {suggestions.suggestions.map((s) => {
            const why = `argument-why-${s.argument}`;
            return (
              <li key={s.argument}>
                <button
                  type="button"
                  className="argument-suggestions__choose"
                  aria-pressed={chosen === s.argument}
                  aria-describedby={why}
                  onClick={() => onChoose(chosen === s.argument ? '' : s.argument)}
                >
                  {s.statement}
                </button>
                <p id={why} className="argument-suggestions__why">
                  {s.statementTerms.length > 0 ? `Shares ${quoted(s.statementTerms)} with the statement` : ''}
                  {s.statementTerms.length > 0 && s.passageTerms.length > 0 ? '; ' : ''}
                  {s.passageTerms.length > 0
                    ? `${s.statementTerms.length > 0 ? '' : 'Shares '}${quoted(s.passageTerms)} with its passages`
                    : ''}
                  .
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
