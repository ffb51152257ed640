/**
 * zod schemas of the tag-layer parts of the reader's files (an article's layer slice, the arguments
 * shard): the shape of every entry and a ceiling on every list and string, so a file from another
 * build, a proxy's error page or a runaway file is refused at the entrance with the place named.
 * zod's tree-shakable build, as in corpus-loader.ts: the article files' check is on the first load.
 *
 * Ceilings: the 100× synthetic corpus has 13,900 arguments, 33,200 passages and 2,700 contrasts, so
 * 1,000,000 entries per list leaves room for corpora far past the benchmark's largest while still
 * refusing a file that would hold the page for minutes; a statement, note or quote over 100,000
 * characters is not a curated annotation.
 */
import { z } from 'zod/mini';

const MAX_ENTRIES = 1_000_000;
const MAX_TEXT = 100_000;

const id = z.string().check(z.minLength(1), z.maxLength(1_000));
const text = z.string().check(z.maxLength(MAX_TEXT));
const list = <T extends z.core.SomeType>(entry: T) => z.array(entry).check(z.maxLength(MAX_ENTRIES));
const ids = list(id);
const count = z.int().check(z.nonnegative());

const argument = z.object({
  id,
  statement: text,
  type: id,
  questions: z.array(text).check(z.maxLength(1_000)),
  singleArticle: z.optional(z.boolean()),
  passages: ids,
  articles: ids,
});
const end = z.union([z.object({ argument: id }), z.object({ passage: id })]);
const relation = z.object({ kind: z.literal('contrasts'), source: end, target: end, note: z.optional(text) });
const link = z.object({ source: id, target: id, note: z.optional(text) });
const passage = z
  .object({
    id,
    article: id,
    start: count,
    end: count,
    exact: text,
    types: ids,
    arguments: ids,
    note: z.optional(text),
    blockId: id,
    paragraphNumber: z.optional(z.int().check(z.positive())),
  })
  .check(z.refine((p) => p.end >= p.start, { message: 'a passage ends before it starts' }));
const places = list(count);

/** An article file's `layer` (see `ArticleLayer`): each `order` list as long as its entries. */
export const articleLayerSchema = z
  .object({
    arguments: list(argument),
    relations: list(relation),
    links: list(link),
    order: z.object({ arguments: places, relations: places, links: places }),
    passageArticles: z.record(id, id),
  })
  .check(
    z.superRefine((layer, ctx) => {
      for (const part of ['arguments', 'relations', 'links'] as const)
        if (layer.order[part].length !== layer[part].length)
          ctx.addIssue({
            code: 'custom',
            path: ['order', part],
            message: `${layer.order[part].length} places for ${layer[part].length} ${part}`,
            input: layer,
          });
    }),
  );

/** The arguments shard's `layer` (see `ArgumentsLayer`). */
export const argumentsLayerSchema = z.object({
  arguments: list(argument),
  relations: list(relation),
  links: list(link),
  passages: list(passage),
});
