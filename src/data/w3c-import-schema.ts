/**
 * The first job of a W3C Web Annotation import: the file envelope and the zod schemas every item
 * must pass before anything reads it.
 *
 * The FILE: at most IMPORT_LIMITS.maxBytes, valid JSON (a UTF-8 byte-order mark is allowed), an
 * AnnotationCollection (items in `first.items` or `items`), an AnnotationPage, one Annotation or an
 * array of them, with at most IMPORT_LIMITS.maxItems items. A file failing here changes nothing.
 *
 * Each ITEM: every selector is checked field by field, by its `type` (a discriminated union): a
 * TextQuoteSelector has a non-empty `exact` and optional `prefix`/`suffix`, all strings within
 * IMPORT_LIMITS.maxText; a TextPositionSelector has whole, non-negative, safe-integer offsets with
 * `end` ≥ `start` (and, once the article is known, within its text: `positionWithinText`); the
 * other selector types of the W3C model are allowed and ignored; any other type is refused. Every
 * string has a length limit, so a hostile item cannot get through half-read.
 */
import { z } from 'zod';
import { parseJsonText } from './parse-json-file.ts';

/** Limits that keep a hostile or mistaken file from hanging the reader. */
export const IMPORT_LIMITS = {
  /** Largest file accepted, in bytes (UTF-8). */
  maxBytes: 5_000_000,
  /** Most annotations in one file. */
  maxItems: 5_000,
  /** Longest quote, prefix, suffix, note or label, in characters. */
  maxText: 20_000,
  /** Most bodies or selectors on one annotation. */
  maxParts: 200,
  /** Longest id, IRI, motivation, purpose or time stamp, in characters. */
  maxName: 2_000,
} as const;

const text = z.string().max(IMPORT_LIMITS.maxText, `longer than ${IMPORT_LIMITS.maxText} characters`);
const name = z.string().max(IMPORT_LIMITS.maxName, `longer than ${IMPORT_LIMITS.maxName} characters`);
/** One value or a list of them (as JSON-LD allows), read as a list so a problem names its place in it. */
const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (value === undefined || Array.isArray(value) ? value : [value]),
    z.array(schema).max(IMPORT_LIMITS.maxParts, `more than ${IMPORT_LIMITS.maxParts}`),
  );

const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: text.min(1, 'an empty quote'),
  prefix: text.optional(),
  suffix: text.optional(),
});

/** A position: a whole number of code points, from 0 up to the largest safe integer. */
const offset = z
  .int('a position must be a whole number')
  .nonnegative('a position cannot be negative')
  .max(Number.MAX_SAFE_INTEGER, 'a position this large is in no text');

const positionSelector = z
  .object({ type: z.literal('TextPositionSelector'), start: offset, end: offset })
  .refine((s) => s.end >= s.start, { message: 'the position ends before it starts', path: ['end'] });

/** The other selector types of the W3C model: allowed, and ignored. */
const OTHER_SELECTOR_TYPES = [
  'FragmentSelector',
  'CssSelector',
  'XPathSelector',
  'DataPositionSelector',
  'SvgSelector',
  'RangeSelector',
] as const;
const otherSelector = z.object({ type: z.enum(OTHER_SELECTOR_TYPES) });

const selector = z.discriminatedUnion('type', [quoteSelector, positionSelector, otherSelector], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? `not a selector type of the W3C model (TextQuoteSelector, TextPositionSelector, ${OTHER_SELECTOR_TYPES.join(', ')})`
      : undefined,
});

/** A validated TextPositionSelector (offsets in code points). */
export type W3CPositionInput = z.infer<typeof positionSelector>;

/** A TextPositionSelector schema that also requires the range to lie within a text of `length` code points. */
export function positionWithinText(length: number) {
  return positionSelector.refine((s) => s.end <= length, {
    message: `the position runs past the end of the article's text (${length} characters)`,
    path: ['end'],
  });
}

const specificTarget = z.object({
  id: name.optional(),
  source: name.min(1, 'an empty source'),
  selector: oneOrMany(selector).optional(),
});

const textualBody = z.object({
  type: z.literal('TextualBody'),
  value: text,
  purpose: name.optional(),
  format: name.optional(),
});
const resourceBody = z.object({
  type: z.literal('SpecificResource'),
  id: name.optional(),
  purpose: name.optional(),
  source: name.min(1, 'an empty source'),
  selector: oneOrMany(selector).optional(),
  label: text.optional(),
  parallaxType: name.optional(),
});
const body = z.discriminatedUnion('type', [textualBody, resourceBody]);

/** One W3C annotation, as far as Parallax reads it (unknown properties are ignored). */
export const w3cAnnotationSchema = z.object({
  id: name.optional(),
  type: z.union([z.literal('Annotation'), z.array(name).refine((t) => t.includes('Annotation'))]),
  motivation: oneOrMany(name).optional(),
  created: name.optional(),
  modified: name.optional(),
  /** Who made it: an IRI, or an Agent with a `name` or `nickname`; read leniently (see `creatorName`). */
  creator: z.unknown().optional(),
  body: oneOrMany(body).optional(),
  target: specificTarget,
});

/** A validated W3C annotation. */
export type W3CAnnotationInput = z.infer<typeof w3cAnnotationSchema>;
/** A validated SpecificResource body (an argument or the other end of a link). */
export type W3CResourceInput = z.infer<typeof resourceBody>;
/** A validated selector. */
export type W3CSelectorInput = z.infer<typeof selector>;

const page = z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()) });
const collection = z.object({
  type: z.literal('AnnotationCollection'),
  first: z.union([page, z.string()]).optional(),
  items: z.array(z.unknown()).optional(),
});

/** The file's items, or why the file as a whole is refused. */
export function readW3CItems(content: string): { ok: true; items: unknown[] } | { ok: false; error: string } {
  if (
    content.length > IMPORT_LIMITS.maxBytes ||
    new TextEncoder().encode(content).length > IMPORT_LIMITS.maxBytes
  ) {
    return { ok: false, error: `the file is larger than ${IMPORT_LIMITS.maxBytes / 1_000_000} MB` };
  }
  let data: unknown;
  try {
    // A byte-order mark is how some editors start a UTF-8 file; it is not part of the JSON.
    data = parseJsonText(content);
  } catch (error) {
    return {
      ok: false,
      error: `the file is not JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  let items: unknown[] | undefined;
  const asCollection = collection.safeParse(data);
  const asPage = page.safeParse(data);
  if (asCollection.success) {
    const first = asCollection.data.first;
    if (typeof first === 'string') {
      return {
        ok: false,
        error: 'the collection is split into pages that are not in the file; export it as one file',
      };
    }
    items = first?.items ?? asCollection.data.items;
  } else if (asPage.success) items = asPage.data.items;
  else if (Array.isArray(data)) items = data;
  else if (data !== null && typeof data === 'object' && 'target' in data) items = [data];
  if (items === undefined) {
    return {
      ok: false,
      error: 'the file is not a W3C annotation file (an AnnotationCollection, AnnotationPage or Annotation)',
    };
  }
  if (items.length > IMPORT_LIMITS.maxItems) {
    return {
      ok: false,
      error: `the file has ${items.length} annotations; at most ${IMPORT_LIMITS.maxItems} are accepted`,
    };
  }
  return { ok: true, items };
}

/** The problems of a failed parse, one line each, with the path of the field ("target.selector.0.start"). */
export function schemaProblems(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(item)'}: ${i.message}`);
}
