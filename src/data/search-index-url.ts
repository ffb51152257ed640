/** Where the reader fetches the serialised search index: the hashed file the build wrote. */
import url from 'virtual:parallax-search-index';

/** The search index file's URL (under the app's base). */
export function searchIndexUrl(): string {
  return url;
}
