/**
 * What enters from a class's shared documents: every value read from a student document, the roster
 * or the stage is checked here before the reader, the server or the export uses it, because any
 * class member's client wrote it. Invalid entries are reported by key and left out, never trusted.
 */
import { z } from 'zod';
import { CLASS_LIMITS, DEFAULT_CLASS_SETTINGS, type ClassSettings } from '../model/class-room.ts';
import type { UserAnnotation, UserArgument } from '../model/user-annotation.ts';

const TEXT = 20_000;
const text = z.string().max(TEXT);
const id = z.string().min(1).max(200);
const selector = z.object({
  quote: z.object({ exact: text.min(1), prefix: text, suffix: text }),
  position: z.object({ start: z.int().nonnegative(), end: z.int().nonnegative() }),
});
const linkTarget = z.union([
  z.object({ passage: id }),
  z.object({ article: id, selector }),
  z.object({ url: z.string().max(2000) }),
]);

/** A shared annotation as a student's client stores it (a UserAnnotation). */
export const sharedAnnotationSchema = z.object({
  id,
  article: id,
  selector,
  types: z.array(id).max(50),
  arguments: z.array(id).max(200),
  links: z.array(z.object({ target: linkTarget, note: text.optional() })).max(200),
  note: text.optional(),
  created: z.string().max(100),
  modified: z.string().max(100),
}) satisfies z.ZodType<UserAnnotation>;

/** A student's own argument that a shared annotation uses. */
export const sharedArgumentSchema = z.object({
  id,
  statement: text.min(1),
  type: id,
}) satisfies z.ZodType<UserArgument>;

/** A roster entry: the name the student joined with. */
export const rosterEntrySchema = z.object({
  name: z.string().min(1).max(CLASS_LIMITS.name),
  joined: z.string().max(100),
});

/** A roster entry. */
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/** What the teacher presents: a reader path (with its query) and when it was set. */
export const stageSchema = z.object({
  path: z
    .string()
    .max(4000)
    .refine((p) => p.startsWith('/') && !p.startsWith('//'), 'not a path in the reader'),
  at: z.string().max(100),
});

/** What the teacher presents. */
export type Stage = z.infer<typeof stageSchema>;

/** Valid entries of a record read from a class document, and the keys left out as invalid. */
export function validEntries<T>(
  entries: Iterable<[string, unknown]>,
  schema: z.ZodType<T>,
  check: (key: string, value: T) => boolean = () => true,
): { valid: Record<string, T>; invalid: string[] } {
  const valid: Record<string, T> = {};
  const invalid: string[] = [];
  for (const [key, value] of entries) {
    const parsed = schema.safeParse(value);
    if (parsed.success && check(key, parsed.data)) valid[key] = parsed.data;
    else invalid.push(key);
  }
  return { valid, invalid };
}

/** The class settings from the roster's settings map; missing or invalid fields keep their defaults. */
export function readSettings(get: (key: keyof ClassSettings) => unknown): ClassSettings {
  const flag = (key: keyof ClassSettings) => {
    const value = get(key);
    return typeof value === 'boolean' ? value : DEFAULT_CLASS_SETTINGS[key];
  };
  return { sharing: flag('sharing'), joining: flag('joining') };
}
