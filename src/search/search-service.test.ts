import { describe, expect, it } from 'vitest';
import { buildSearchManifest, buildSearchShard } from '../data/search-index-data.ts';
import type { SearchDoc } from '../data/search-documents.ts';
import { createSearchService, fetchOrder, type FetchText, type SearchReply } from './search-service.ts';

const articleDocs: SearchDoc[] = [
  { kind: 'sentence', id: 's1', text: 'Cartels smuggle fentanyl.', articleId: 'a' },
];
const argumentDocs: SearchDoc[] = [{ kind: 'argument', id: 'arg', text: 'Strikes would not stop fentanyl.' }];
const shards = [
  { ...buildSearchShard(articleDocs), url: 'search-part-a-1.json', key: 'a' },
  { ...buildSearchShard(argumentDocs), url: 'search-part-_arguments-2.json', key: '_arguments' },
];
const URL = 'http://reader/assets/search-index-abc.json';
const SHARD_A = 'http://reader/assets/search-part-a-1.json';
const SHARD_ARGS = 'http://reader/assets/search-part-_arguments-2.json';
const files = new Map<string, string>([
  [URL, JSON.stringify(buildSearchManifest(shards))],
  [SHARD_A, JSON.stringify(shards[0]!.shard)],
  [SHARD_ARGS, JSON.stringify(shards[1]!.shard)],
]);

/** A server answering `answers[url]` in turn for that URL (a status, a network error, garbage), then the file. */
function server(answers: Record<string, (number | 'network' | 'garbage')[]> = {}) {
  const requests: string[] = [];
  const fetchText: FetchText = async (url) => {
    requests.push(url);
    const answer = answers[url]?.shift() ?? 200;
    if (answer === 'network') throw new Error('Failed to fetch');
    return {
      ok: answer === 200 || answer === 'garbage',
      status: answer === 'garbage' ? 200 : answer,
      text: async () => (answer === 'garbage' ? '{"format"' : (files.get(url) ?? '')),
    };
  };
  return { requests, fetchText };
}

function service(fetchText: FetchText) {
  const replies: SearchReply[] = [];
  return { replies, handle: createSearchService((r) => replies.push(r), fetchText) };
}

describe('the search service (what the worker runs)', () => {
  it('loads the manifest once, streams every shard in with progress, and answers queries over them', async () => {
    const { requests, fetchText } = server();
    const { replies, handle } = service(fetchText);
    await handle({ type: 'load', url: URL });
    await handle({ type: 'query', id: 7, query: 'fentanil', limit: 10 });
    expect(requests.sort()).toEqual([URL, SHARD_ARGS, SHARD_A].sort());
    expect(replies.filter((r) => r.type === 'progress').at(-1)).toEqual({
      type: 'progress',
      loaded: 2,
      total: 2,
    });
    expect(replies.filter((r) => r.type === 'ready')).toEqual([{ type: 'ready', documents: 2 }]);
    const hits = replies.at(-1);
    expect(hits?.type === 'hits' && hits.coverage).toEqual({ loaded: 2, total: 2 });
    expect(hits?.type === 'hits' && hits.hits.map((h) => h.doc.id).sort()).toEqual(['arg', 's1']);
  });

  it('answers over the shards that arrived, says how many, and after a failed shard fetches only what is missing', async () => {
    const { requests, fetchText } = server({ [SHARD_ARGS]: [503] });
    const { replies, handle } = service(fetchText);
    await handle({ type: 'load', url: URL });
    expect(replies.at(-1)).toEqual({
      type: 'failed',
      message: `The search index part ${SHARD_ARGS} could not be fetched (HTTP 503).`,
    });
    await handle({ type: 'query', id: 1, query: 'fentanyl', limit: 10 });
    const partial = replies.at(-1);
    expect(partial?.type === 'hits' && partial.coverage).toEqual({ loaded: 1, total: 2 });
    expect(partial?.type === 'hits' && partial.hits.map((h) => h.doc.id)).toEqual(['s1']);
    await handle({ type: 'load', url: URL });
    expect(replies.at(-1)).toEqual({ type: 'ready', documents: 2 });
    // The manifest and the shard that arrived were not fetched again.
    expect(requests.filter((u) => u === URL)).toHaveLength(1);
    expect(requests.filter((u) => u === SHARD_A)).toHaveLength(1);
    expect(requests.filter((u) => u === SHARD_ARGS)).toHaveLength(2);
  });

  it('says why the manifest failed, naming the file, and fetches it again on the next load', async () => {
    const { requests, fetchText } = server({ [URL]: [503, 'network', 'garbage'] });
    const { replies, handle } = service(fetchText);
    for (let i = 0; i < 4; i++) await handle({ type: 'load', url: URL });
    expect(replies.filter((r) => r.type !== 'progress')).toEqual([
      { type: 'failed', message: `The search index ${URL} could not be fetched (HTTP 503).` },
      { type: 'failed', message: `The search index ${URL} could not be fetched (Failed to fetch).` },
      {
        type: 'failed',
        message: expect.stringMatching(new RegExp(`^${URL}: the search index is not valid JSON`)),
      },
      { type: 'ready', documents: 2 },
    ]);
    expect(requests.filter((u) => u === URL)).toHaveLength(4);
  });

  it('fetches the shards whose keys a load names first, then the others in the manifest’s order', async () => {
    const { requests, fetchText } = server();
    const { replies, handle } = service(fetchText);
    // The manifest lists article a's shard first.
    await handle({ type: 'load', url: URL, first: ['_arguments'] });
    expect(requests).toEqual([URL, SHARD_ARGS, SHARD_A]);
    expect(replies.at(-1)).toEqual({ type: 'ready', documents: 2 });
  });

  it('refuses a query before any load', async () => {
    const { replies, handle } = service(server().fetchText);
    await handle({ type: 'query', id: 1, query: 'cartel', limit: 5 });
    expect(replies).toEqual([{ type: 'query-failed', id: 1, message: 'The search index is not loaded.' }]);
  });
});

describe('fetchOrder', () => {
  const refs = ['x', 'y', 'z', '_arguments'].map((key) => ({ key, url: `${key}.json` }));

  it('puts the open articles first in the order given, the rest in the manifest’s order', () => {
    expect(fetchOrder(refs, ['z', 'x'])).toEqual(['z.json', 'x.json', 'y.json', '_arguments.json']);
  });

  it('keeps the manifest’s order when nothing is open or the open ids name no shard', () => {
    expect(fetchOrder(refs, [])).toEqual(['x.json', 'y.json', 'z.json', '_arguments.json']);
    expect(fetchOrder(refs, ['gone'])).toEqual(['x.json', 'y.json', 'z.json', '_arguments.json']);
  });
});
