import { useId, useState, type FormEvent } from 'react';
import { CLASS_LIMITS } from '../model/class-room.ts';

/** The join link's form: the student gives the name the teacher will see. */
export function ClassJoinForm(props: { joining: boolean; onSubmit: (name: string) => void }) {
  const [name, setName] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') props.onSubmit(name);
  };
  return (
    <form className="class-join" onSubmit={submit}>
      <label htmlFor={id}>Your name, as your teacher and classmates will see it</label>
      <input
        id={id}
        type="text"
        autoComplete="name"
        required
        maxLength={CLASS_LIMITS.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" disabled={props.joining}>
        {props.joining ? 'Joining…' : 'Join the class'}
      </button>
    </form>
  );
}
