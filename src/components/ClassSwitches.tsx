import type { ClassSettings } from '../model/class-room.ts';

/** The teacher's switches: whether join links still work and whether students see each other's annotations. */
export function ClassSwitches(props: {
  settings: ClassSettings;
  onChange: (patch: Partial<ClassSettings>) => void;
}) {
  return (
    <fieldset className="class-switches">
      <legend>Class settings</legend>
      <label>
        <input
          type="checkbox"
          checked={props.settings.joining}
          onChange={(e) => props.onChange({ joining: e.target.checked })}
        />{' '}
        Students may join with the join link
      </label>
      <label>
        <input
          type="checkbox"
          checked={props.settings.sharing}
          onChange={(e) => props.onChange({ sharing: e.target.checked })}
        />{' '}
        Students see each other’s shared annotations
      </label>
    </fieldset>
  );
}
