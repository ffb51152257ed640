/** Path helpers: the one place that knows the reader's URLs. */

/** The library of articles. */
export function libraryPath(): string {
  return '/';
}

/** One article read on its own. */
export function articlePath(articleId: string): string {
  return `/article/${encodeURIComponent(articleId)}`;
}
