/**
 * zod schemas of the curated annotation files, version 1:
 * `annotations/taxonomy.json`, `annotations/arguments.json` and `annotations/<article-id>.json`.
 */
import { z } from 'zod';

/** Current version of the annotation file formats. */
export const ANNOTATION_SCHEMA_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lower-case words or numbers joined by hyphens');
const hexColor = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour is #rrggbb');

/** `annotations/taxonomy.json`: the claim types, as data a teacher can edit. */
export const taxonomyFileSchema = z.strictObject({
  schemaVersion: z.literal(ANNOTATION_SCHEMA_VERSION),
  types: z
    .array(
      z.strictObject({
        id,
        label: z.string().min(1),
        description: z.string().min(1),
        color: z.strictObject({ light: hexColor, dark: hexColor }),
      }),
    )
    .min(1),
});

/** W3C TextQuoteSelector. */
export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

/** W3C TextPositionSelector; in Parallax's own files offsets are UTF-16 code units (see `positionUnit`). */
export const textPositionSelectorSchema = z.strictObject({
  type: z.literal('TextPositionSelector'),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
});

/** One passage annotation of a curated article file. */
export const passageAnnotationSchema = z.strictObject({
  id,
  types: z.array(id).min(1, 'a passage needs at least one claim type'),
  arguments: z.array(id),
  note: z.string().optional(),
  target: z.strictObject({
    selector: z
      .array(z.discriminatedUnion('type', [textQuoteSelectorSchema, textPositionSelectorSchema]))
      .min(1),
  }),
});

/** `annotations/<article-id>.json`: the curated passages of one article. */
export const articleAnnotationsFileSchema = z.strictObject({
  schemaVersion: z.literal(ANNOTATION_SCHEMA_VERSION),
  article: id,
  /** Unit of TextPositionSelector offsets in this file: JavaScript string indices. */
  positionUnit: z.literal('utf16').optional(),
  passages: z.array(passageAnnotationSchema),
});

const relationEnd = z.union([z.strictObject({ argument: id }), z.strictObject({ passage: id })]);

/** `annotations/arguments.json`: arguments, their contrasts, and explicit passage links. */
export const argumentsFileSchema = z.strictObject({
  schemaVersion: z.literal(ANNOTATION_SCHEMA_VERSION),
  arguments: z.array(
    z.strictObject({
      id,
      statement: z.string().min(1),
      type: id,
      questions: z.array(z.string().min(1)).max(3),
      /** The curator read every pair of articles and found this claim in one article only. */
      singleArticle: z.boolean().optional(),
    }),
  ),
  relations: z.array(
    z.strictObject({
      kind: z.literal('contrasts'),
      source: relationEnd,
      target: relationEnd,
      /** Why the two ends oppose each other; every contrast says it. */
      note: z.string().min(1, 'a contrast needs a note saying how the two ends differ'),
    }),
  ),
  links: z.array(z.strictObject({ source: id, target: id, note: z.string().optional() })),
});

/** A parsed article annotation file. */
export type ArticleAnnotationsFile = z.infer<typeof articleAnnotationsFileSchema>;
/** A parsed passage annotation. */
export type PassageAnnotation = z.infer<typeof passageAnnotationSchema>;
/** A parsed arguments file. */
export type ArgumentsFile = z.infer<typeof argumentsFileSchema>;
/** A parsed taxonomy file. */
export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;
