/**
 * The class page's arrival: a class link's fragment (`#server=…&token=…` or `…&join=…`) is read once,
 * a member's token is kept (use-class.ts) and the address cleared at once, so the secret leaves the
 * address bar and history; a join link waits for the student's name, is exchanged by `POST /join`,
 * and the address is cleared once the student has joined.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  credentialsOf,
  joinUrl,
  parseClassFragment,
  readJoinAnswer,
  type ClassLink,
} from '../data/class-link.ts';
import { enterClass } from './use-class.ts';

/** Longest wait for the class server's answer to a join, in ms (a class server on the room's network answers in well under a second). */
const JOIN_TIMEOUT = 15_000;

/** What the class page shows before the class itself. */
export interface ClassArrival {
  /** A join link waiting for a name. */
  join: Extract<ClassLink, { kind: 'join' }> | undefined;
  /** What is wrong with the link, or why joining failed. */
  problem: string | undefined;
  /** A join request is on its way. */
  joining: boolean;
  /** Exchanges the join link and `name` for a student's token. */
  submit: (name: string) => void;
}

function clearAddress(): void {
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

/** Reads the address's class link (once) and offers the join form's actions. */
export function useClassLink(): ClassArrival {
  const [link] = useState(() => parseClassFragment(window.location.hash));
  const [join, setJoin] = useState(link && 'kind' in link && link.kind === 'join' ? link : undefined);
  const [problem, setProblem] = useState(link && 'problem' in link ? link.problem : undefined);
  const [joining, setJoining] = useState(false);

  useEffect(() => {
    if (link && 'kind' in link && link.kind === 'member') {
      enterClass(credentialsOf(link));
      clearAddress();
    } else if (link && 'problem' in link) clearAddress();
  }, [link]);

  const submit = useCallback(
    (name: string) => {
      if (!join) return;
      setJoining(true);
      setProblem(undefined);
      fetch(joinUrl(join.server), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: join.token, name }),
        signal: AbortSignal.timeout(JOIN_TIMEOUT),
      })
        .then(async (response) => readJoinAnswer(response.status, await response.json().catch(() => null)))
        .catch((error: unknown) => ({
          problem: `the class server could not be reached (${error instanceof Error ? error.message : String(error)})`,
        }))
        .then((answer) => {
          setJoining(false);
          if ('problem' in answer) return setProblem(`Could not join: ${answer.problem}.`);
          enterClass({
            server: join.server,
            token: answer.token,
            role: 'student',
            class: answer.class,
            student: answer.student,
            name: answer.name,
          });
          setJoin(undefined);
          clearAddress();
        });
    },
    [join],
  );
  return { join, problem, joining, submit };
}
