import { describe, expect, it } from 'vitest';
import { buildSearchIndexData } from '../data/search-index-data.ts';
import type { SearchDoc } from '../data/search-documents.ts';
import { createSearchService, type FetchText, type SearchReply } from './search-service.ts';

const docs: SearchDoc[] = [
  { kind: 'sentence', id: 's1', text: 'Cartels smuggle fentanyl.', articleId: 'a' },
  { kind: 'argument', id: 'arg', text: 'Strikes would not stop fentanyl.' },
];
const body = JSON.stringify(buildSearchIndexData(docs));
const URL = 'http://reader/assets/search-index-abc.json';

/** A server answering with `answers` in turn (a status, or a thrown network error), then the file. */
function server(...answers: (number | 'network' | 'garbage')[]) {
  const requests: string[] = [];
  const fetchText: FetchText = async (url) => {
    requests.push(url);
    const answer = answers.shift() ?? 200;
    if (answer === 'network') throw new Error('Failed to fetch');
    return {
      ok: answer === 200 || answer === 'garbage',
      status: answer === 'garbage' ? 200 : answer,
      text: async () => (answer === 'garbage' ? '{"format"' : body),
    };
  };
  return { requests, fetchText };
}

function service(fetchText: FetchText) {
  const replies: SearchReply[] = [];
  return { replies, handle: createSearchService((r) => replies.push(r), fetchText) };
}

describe('the search service (what the worker runs)', () => {
  it('loads the index once and answers queries from it', async () => {
    const { requests, fetchText } = server();
    const { replies, handle } = service(fetchText);
    await Promise.all([handle({ type: 'load', url: URL }), handle({ type: 'load', url: URL })]);
    await handle({ type: 'query', id: 7, query: 'fentanil', limit: 10 });
    expect(requests).toEqual([URL]);
    expect(replies.slice(0, 2)).toEqual([
      { type: 'ready', documents: 2 },
      { type: 'ready', documents: 2 },
    ]);
    const hits = replies[2];
    expect(hits?.type === 'hits' && hits.id === 7 && hits.hits.map((h) => h.doc.id)).toEqual(['s1', 'arg']);
  });

  it('says why loading failed, naming the file, and fetches again on the next load', async () => {
    const { requests, fetchText } = server(503, 'network', 'garbage');
    const { replies, handle } = service(fetchText);
    for (let i = 0; i < 4; i++) await handle({ type: 'load', url: URL });
    expect(replies).toEqual([
      { type: 'failed', message: `The search index ${URL} could not be fetched (HTTP 503).` },
      { type: 'failed', message: `The search index ${URL} could not be fetched (Failed to fetch).` },
      {
        type: 'failed',
        message: expect.stringMatching(new RegExp(`^${URL}: the search index is not valid JSON`)),
      },
      { type: 'ready', documents: 2 },
    ]);
    expect(requests).toHaveLength(4);
  });

  it('refuses a query before any load', async () => {
    const { replies, handle } = service(server().fetchText);
    await handle({ type: 'query', id: 1, query: 'cartel', limit: 5 });
    expect(replies).toEqual([{ type: 'query-failed', id: 1, message: 'The search index is not loaded.' }]);
  });
});
