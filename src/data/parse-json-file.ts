/** Parses a JSON file and validates it with a zod schema, reporting problems with the file, line and id. */
import type { z } from 'zod';
import type { CorpusProblem } from '../model/problems.ts';

/**
 * Parses JSON text as read from a file, accepting a leading UTF-8 byte-order mark (some editors save
 * one) wherever JSON enters: annotation files, imported W3C files, anchor-fill. Throws as JSON.parse.
 */
export function parseJsonText(content: string): unknown {
  return JSON.parse(content.startsWith('\uFEFF') ? content.slice(1) : content);
}

/**
 * The file's data if it is valid JSON matching `schema`; otherwise undefined, with one problem per
 * issue (the JSON error's line, or the field path and the id of the innermost object holding it).
 */
export function parseJson<S extends z.ZodType>(
  path: string,
  content: string | undefined,
  schema: S,
  problems: CorpusProblem[],
): z.infer<S> | undefined {
  if (content === undefined) return undefined;
  let data: unknown;
  try {
    data = parseJsonText(content);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push({
      file: path,
      line: jsonErrorLine(content.startsWith('\uFEFF') ? content.slice(1) : content, message),
      message: `not valid JSON: ${message}`,
    });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({
      file: path,
      id: idAtPath(data, issue.path),
      message: `${issue.path.join('.') || '(file)'}: ${issue.message}`,
    });
  }
  return undefined;
}

/** The id of the innermost object on the issue's path that has one, so the message names the annotation. */
function idAtPath(data: unknown, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = data;
  let found: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const maybeId = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof maybeId === 'string') found = maybeId;
  }
  return found;
}

function jsonErrorLine(content: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return undefined;
  return content.slice(0, Number(position)).split('\n').length;
}
