import type { ArgumentChoice } from '../state/use-argument-choice.ts';
import { MarkdownExportButton } from './MarkdownExportButton.tsx';

/** Above the arguments list: how many are chosen, "Select all shown", "Clear", and the Markdown export. */
export function ArgumentChoiceBar({ choice, shown }: { choice: ArgumentChoice; shown: number }) {
  const count = choice.chosen.size;
  return (
    <div className="argument-choice" role="group" aria-label="Choose arguments for a handout">
      <span aria-live="polite" className="argument-choice__count">
        {count === 0
          ? 'Tick arguments to export them as a handout.'
          : `${count} chosen${choice.hidden > 0 ? ` (${choice.hidden} not shown by this filter)` : ''}.`}
      </span>{' '}
      <button type="button" onClick={choice.chooseShown} disabled={shown === 0}>
        Select all shown ({shown})
      </button>{' '}
      <button type="button" onClick={choice.clear} disabled={count === 0}>
        Clear
      </button>{' '}
      <MarkdownExportButton markdown={choice.markdown} disabled={count === 0} />
    </div>
  );
}
