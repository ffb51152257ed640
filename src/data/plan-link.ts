/**
 * A discussion plan carried whole in a link, so a student in another browser, with nothing stored,
 * opens it: its name and steps (targets and prompts; the teacher's private notes are left out) as
 * compact JSON (`[1, name, [[kind, id, …, prompt?], …]]`, kinds `a` argument, `p` passage with its
 * article, `c` disagreement with its articles), UTF-8, base64url (no padding), in the `p` parameter.
 *
 * Why PLAN_LINK_MAX_CHARS is 8,000: links go through mail, chat and learning platforms, and common
 * web servers and proxies refuse request lines over 8 KB; 8,000 characters hold a plan of 30 steps
 * with a two-sentence prompt each. A longer link is refused at both ends, with a message saying so.
 * Decoding checks the length first, then base64url, JSON, and every field with zod (limits of
 * PLAN_LIMITS), and throws a PlanLinkError naming the first problem's place ("step 3, prompt").
 */
import { z } from 'zod';
import { PLAN_LIMITS, type PlanStep, type PlanTarget } from '../model/discussion-plan.ts';

/** Longest plan parameter accepted or made, in characters (see the file comment). */
export const PLAN_LINK_MAX_CHARS = 8_000;

/** The version of the link's format (its first element). */
const LINK_VERSION = 1;

/** A plan as a link carries it: no ids of its own, no notes, no timestamps. */
export interface SharedPlan {
  name: string;
  /** Step ids are `s1`, `s2`… (their place). */
  steps: PlanStep[];
}

/** Why a plan link could not be read (its message says what is wrong and where). */
export class PlanLinkError extends Error {
  override name = 'PlanLinkError';
}

/** The link's parameter for `plan` (notes left out); it may exceed PLAN_LINK_MAX_CHARS (see `planLinkTooLong`). */
export function encodePlanLink(plan: { name: string; steps: readonly PlanStep[] }): string {
  const steps = plan.steps.map(({ target, prompt }) => {
    const head: unknown[] =
      target.kind === 'argument'
        ? ['a', target.id]
        : target.kind === 'passage'
          ? ['p', target.id, target.article]
          : ['c', target.id, target.articles];
    return prompt !== undefined && prompt !== '' ? [...head, prompt] : head;
  });
  return toBase64Url(JSON.stringify([LINK_VERSION, plan.name, steps]));
}

/** True when the parameter is too long to be shared (and would be refused when opened). */
export function planLinkTooLong(encoded: string): boolean {
  return encoded.length > PLAN_LINK_MAX_CHARS;
}

const id = z.string().min(1, 'empty').max(PLAN_LIMITS.maxId, `longer than ${PLAN_LIMITS.maxId} characters`);
const prompt = z
  .string()
  .max(PLAN_LIMITS.maxText, `longer than ${PLAN_LIMITS.maxText} characters`)
  .optional();
const envelope = z.tuple([
  z.literal(LINK_VERSION, `unknown version (this reader reads version ${LINK_VERSION})`),
  z.string().max(PLAN_LIMITS.maxName, `longer than ${PLAN_LIMITS.maxName} characters`),
  z
    .array(z.array(z.unknown()).max(4, 'more than 4 parts'))
    .max(PLAN_LIMITS.maxSteps, `more than ${PLAN_LIMITS.maxSteps} steps`),
]);
const stepSchemas = {
  a: z.tuple([z.literal('a'), id, prompt]),
  p: z.tuple([z.literal('p'), id, id, prompt]),
  c: z.tuple([z.literal('c'), id, z.array(id).max(PLAN_LIMITS.maxSteps, 'too many articles'), prompt]),
} as const;
const FIELDS = {
  a: ['kind', 'argument', 'prompt'],
  p: ['kind', 'passage', 'article', 'prompt'],
  c: ['kind', 'disagreement', 'articles', 'prompt'],
} as const;

/** The plan in a link's parameter; throws PlanLinkError naming what is wrong. */
export function decodePlanLink(encoded: string): SharedPlan {
  if (planLinkTooLong(encoded))
    throw new PlanLinkError(`The plan in this link is longer than ${PLAN_LINK_MAX_CHARS} characters.`);
  if (!/^[A-Za-z0-9_-]*$/.test(encoded))
    throw new PlanLinkError('The plan in this link is damaged: it has characters a plan link never has.');
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(encoded));
  } catch {
    throw new PlanLinkError(
      'The plan in this link is damaged: it does not decode (was the link cut short?).',
    );
  }
  const head = envelope.safeParse(data);
  if (!head.success)
    throw new PlanLinkError(
      `The plan in this link is not valid: ${place(head.error, ['version', 'name', 'steps'])}.`,
    );
  const [, name, rawSteps] = head.data;
  const steps = rawSteps.map((raw, index): PlanStep => {
    const kind = raw[0];
    if (kind !== 'a' && kind !== 'p' && kind !== 'c')
      throw new PlanLinkError(`The plan in this link is not valid: step ${index + 1}: unknown kind of step.`);
    const fail = (error: z.ZodError): never => {
      throw new PlanLinkError(
        `The plan in this link is not valid: step ${index + 1}, ${place(error, FIELDS[kind], raw.length)}.`,
      );
    };
    const withPrompt = (target: PlanTarget, text: string | undefined): PlanStep => ({
      id: `s${index + 1}`,
      target,
      ...(text !== undefined && text !== '' ? { prompt: text } : {}),
    });
    if (kind === 'a') {
      const parsed = stepSchemas.a.safeParse(raw);
      if (!parsed.success) return fail(parsed.error);
      return withPrompt({ kind: 'argument', id: parsed.data[1] }, parsed.data[2]);
    }
    if (kind === 'p') {
      const parsed = stepSchemas.p.safeParse(raw);
      if (!parsed.success) return fail(parsed.error);
      return withPrompt({ kind: 'passage', id: parsed.data[1], article: parsed.data[2] }, parsed.data[3]);
    }
    const parsed = stepSchemas.c.safeParse(raw);
    if (!parsed.success) return fail(parsed.error);
    return withPrompt({ kind: 'contrast', id: parsed.data[1], articles: parsed.data[2] }, parsed.data[3]);
  });
  return { name, steps };
}

/** The first issue of a tuple parse, its element named by `names`. */
function place(error: z.ZodError, names: readonly string[], length?: number): string {
  const issue = error.issues[0];
  if (!issue) return 'unreadable';
  // A tuple cut short: name the first part it lacks.
  if (issue.path.length === 0 && issue.code === 'too_small' && length !== undefined)
    return `${names[length] ?? 'a part'}: missing`;
  const [first, ...rest] = issue.path;
  const where = typeof first === 'number' ? (names[first] ?? `part ${first + 1}`) : 'the whole';
  return `${[where, ...rest.map(String)].join(' ')}: ${issue.message}`;
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
