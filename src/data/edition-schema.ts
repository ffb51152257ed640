/** The zod schema of an edition's front matter (`corpus/<id>.md`), version 1. */
import { z } from 'zod';

/** Current version of the edition front-matter format. */
export const EDITION_SCHEMA_VERSION = 1;

/** Front matter of an edition file; unknown keys are rejected so typos do not pass silently. */
export const editionFrontMatterSchema = z.strictObject({
  schemaVersion: z.literal(EDITION_SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case words joined by hyphens'),
  title: z.string().min(1),
  /** True when the source prints no title; the supplied title must then be in square brackets. */
  titleSupplied: z.boolean(),
  subtitle: z.string().min(1).optional(),
  publication: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  authors: z.array(z.string().min(1)),
  date: z.iso.date().optional(),
  editor: z.string().min(1).optional(),
  contact: z.string().min(1).optional(),
  /** File name of the seed the source copy came from. */
  source: z.string().min(1),
  /** What the editor decided and why (supplied title, missing fields). */
  editionNotes: z.string().optional(),
  exclusions: z.array(z.strictObject({ text: z.string().min(1), reason: z.string().min(3) })),
});

/** Parsed front matter. */
export type EditionFrontMatter = z.infer<typeof editionFrontMatterSchema>;
