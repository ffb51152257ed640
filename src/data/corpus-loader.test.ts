import { describe, expect, it } from 'vitest';
import { realCompiled } from '../../tests/corpus/corpus-files.ts';
import { splitCorpus } from './corpus-files.ts';
import { createCorpusLoader, type FetchJson } from './corpus-loader.ts';

const split = splitCorpus(realCompiled().corpus);
const [first, second] = split.articles;
if (!first || !second) throw new Error('the corpus has fewer than two articles');
const id = first.article.meta.id;
const urls = {
  articles: Object.fromEntries(
    split.articles.map((d) => [d.article.meta.id, `/a/${d.article.meta.id}.json`]),
  ),
  suggestions: Object.fromEntries(split.suggestions.map((d) => [d.article, `/s/${d.article}.json`])),
  arguments: '/c/_arguments.json',
};
const files = new Map<string, unknown>([
  ...split.articles.map((d) => [`/a/${d.article.meta.id}.json`, d] as const),
  ...split.suggestions.map((d) => [`/s/${d.article}.json`, d] as const),
  [urls.arguments, split.arguments],
]);

/** A fetch over `files` that counts its calls; `fail` names URLs that fail. */
function fakeFetch(fail = new Set<string>()): FetchJson & { calls: string[] } {
  const calls: string[] = [];
  const fetch = (url: string): Promise<unknown> => {
    calls.push(url);
    if (fail.has(url)) return Promise.reject(new Error('HTTP 503 Service Unavailable'));
    // A fresh copy, as a network response is.
    return Promise.resolve(structuredClone(files.get(url)));
  };
  return Object.assign(fetch, { calls });
}

describe('corpus loader', () => {
  it('fetches an article once: later and concurrent asks share it, and it can be peeked', async () => {
    const fetch = fakeFetch();
    const loader = createCorpusLoader(split.manifest, urls, fetch);
    expect(loader.peekArticle(id)).toBeUndefined();
    const [a, b] = await Promise.all([loader.article(id), loader.article(id)]);
    expect(a.article.text).toBe(first.article.text);
    expect(a.passages.map((p) => p.id)).toEqual(first.passages.map((p) => p.id));
    expect(b).toBe(a);
    expect(await loader.article(id)).toBe(a);
    expect(loader.peekArticle(id)).toBe(a);
    expect(fetch.calls).toEqual([urls.articles[id]]);
  });

  it('names the article (title and id) and the cause when its file fails, and fetches again on retry', async () => {
    const url = urls.articles[id] ?? '';
    const failing = new Set([url]);
    const fetch = fakeFetch(failing);
    const loader = createCorpusLoader(split.manifest, urls, fetch);
    await expect(loader.article(id)).rejects.toThrow(
      `The text of “${first.article.meta.title}” (${id}) could not be loaded: HTTP 503 Service Unavailable`,
    );
    expect(loader.peekArticle(id)).toBeUndefined();
    failing.clear();
    expect((await loader.article(id)).article.meta.id).toBe(id);
    expect(fetch.calls).toEqual([url, url]);
  });

  it('refuses a file of another format version, another article, or no Parallax file at all', async () => {
    const other = second.article.meta.id;
    const bad: Record<string, unknown> = {
      [urls.articles[id] ?? '']: { ...first, schemaVersion: 1 },
      [urls.articles[other] ?? '']: first,
    };
    const loader = createCorpusLoader(split.manifest, urls, (url) => Promise.resolve(bad[url] ?? '<html>'));
    await expect(loader.article(id)).rejects.toThrow(/schemaVersion 1, this reader expects 3/);
    await expect(loader.article(other)).rejects.toThrow(
      `(${other}) could not be loaded: the file holds “${id}”`,
    );
    await expect(loader.suggestions(id)).rejects.toThrow(/not a Parallax corpus file/);
    await expect(loader.article('no-such-article')).rejects.toThrow(
      '“no-such-article” could not be loaded: it is not in this corpus',
    );
  });

  it('loads an article’s suggestions from their own file, only its passages’ records', async () => {
    const fetch = fakeFetch();
    const loader = createCorpusLoader(split.manifest, urls, fetch);
    const { suggestions } = await loader.suggestions(id);
    const own = new Set(first.passages.map((p) => p.id));
    expect(Object.keys(suggestions).length).toBeGreaterThan(0);
    expect(Object.keys(suggestions).every((p) => own.has(p))).toBe(true);
    expect(fetch.calls).toEqual([urls.suggestions[id]]);
  });

  it('hands out files given at creation without fetching', async () => {
    const fetch = fakeFetch();
    const loader = createCorpusLoader(split.manifest, urls, fetch, { articles: [first] });
    expect(loader.peekArticle(id)).toBe(first);
    expect(await loader.article(id)).toBe(first);
    expect(fetch.calls).toEqual([]);
  });
});

describe('the arguments shard and the layer slices at the entrance', () => {
  it('fetches the arguments shard once, shared by every caller, and hands one given at creation out without fetching', async () => {
    const fetch = fakeFetch();
    const loader = createCorpusLoader(split.manifest, urls, fetch);
    expect(loader.peekArguments()).toBeUndefined();
    const [a, b] = await Promise.all([loader.arguments(), loader.arguments()]);
    expect(a.layer.arguments.length).toBe(split.manifest.argumentCount);
    expect(b).toBe(a);
    expect(loader.peekArguments()).toBe(a);
    expect(fetch.calls).toEqual([urls.arguments]);
    const given = createCorpusLoader(split.manifest, urls, fetch, { arguments: split.arguments });
    expect(await given.arguments()).toBe(split.arguments);
    expect(fetch.calls).toEqual([urls.arguments]);
  });

  it('names the arguments file and the cause when it fails, and fetches again on retry', async () => {
    const failing = new Set([urls.arguments]);
    const fetch = fakeFetch(failing);
    const loader = createCorpusLoader(split.manifest, urls, fetch);
    await expect(loader.arguments()).rejects.toThrow(
      'The arguments file (/c/_arguments.json) could not be loaded: HTTP 503 Service Unavailable',
    );
    failing.clear();
    expect((await loader.arguments()).layer.relations.length).toBe(split.arguments.layer.relations.length);
    expect(fetch.calls).toEqual([urls.arguments, urls.arguments]);
  });

  it('refuses a malformed shard or slice, naming the file and the place in it', async () => {
    const shard = split.arguments.layer;
    const [argument] = shard.arguments;
    if (!argument) throw new Error('no arguments');
    const bad: Record<string, unknown> = {
      // A statement that is not text.
      [urls.arguments]: {
        ...split.arguments,
        layer: { ...shard, arguments: [{ ...argument, statement: 7 }, ...shard.arguments.slice(1)] },
      },
      // A slice whose places do not match its entries.
      [urls.articles[id] ?? '']: {
        ...first,
        layer: { ...first.layer, order: { ...first.layer.order, arguments: [] } },
      },
    };
    const loader = createCorpusLoader(split.manifest, urls, (url) => Promise.resolve(bad[url]));
    await expect(loader.arguments()).rejects.toThrow(
      /^The arguments file \(\/c\/_arguments\.json\) could not be loaded: the file is malformed at layer\.arguments\.0\.statement/,
    );
    await expect(loader.article(id)).rejects.toThrow(
      new RegExp(
        `\\(${id}\\) could not be loaded: the file is malformed at layer\\.order\\.arguments \\(0 places for \\d+ arguments\\)`,
      ),
    );
  });

  it('refuses a shard past its size limits', async () => {
    const [passage] = split.arguments.layer.passages;
    if (!passage) throw new Error('no quoted passages');
    const huge = { ...passage, exact: 'x'.repeat(100_001) };
    const loader = createCorpusLoader(split.manifest, urls, () =>
      Promise.resolve({ ...split.arguments, layer: { ...split.arguments.layer, passages: [huge] } }),
    );
    await expect(loader.arguments()).rejects.toThrow(/malformed at layer\.passages\.0\.exact/);
  });
});
