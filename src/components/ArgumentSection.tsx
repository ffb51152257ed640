/** One argument a selection makes, in its side panel: the statement and its discussion questions. */
export function ArgumentSection({
  heading = 'Argument',
  statement,
  questions,
}: {
  /** "Argument", or "Argument (yours)" for the reader's own. */
  heading?: string;
  statement: string;
  questions: readonly string[];
}) {
  return (
    <section className="links-panel__argument" aria-label={`Argument: ${statement}`}>
      <h3>{heading}</h3>
      <p className="links-panel__statement">{statement}</p>
      {questions.length > 0 && (
        <>
          <h4>Discussion questions</h4>
          <ol>
            {questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
