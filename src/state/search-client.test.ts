import { describe, expect, it } from 'vitest';
import type { SearchReply, SearchRequest } from '../search/search-service.ts';
import { createSearchClient } from './search-client.ts';
import { portSearchEngine, type SearchPort } from './search-engine.ts';

/** A port whose replies the test gives by hand; counts the ports started. */
function ports() {
  const started: {
    sent: SearchRequest[];
    reply: (r: SearchReply) => void;
    stop: (m: string) => void;
    terminated: boolean;
  }[] = [];
  const start = (): SearchPort => {
    const port = {
      sent: [] as SearchRequest[],
      reply: (_: SearchReply) => {},
      stop: (_: string) => {},
      terminated: false,
    };
    started.push(port);
    return {
      post: (request) => port.sent.push(request),
      listen(onReply, onStop) {
        port.reply = onReply;
        port.stop = onStop;
      },
      terminate: () => void (port.terminated = true),
    };
  };
  return { started, start };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('the search client over a port', () => {
  it('starts nothing until loaded, then loads once and is ready', async () => {
    const { started, start } = ports();
    const client = createSearchClient(portSearchEngine(start, () => '/index.json'));
    expect(client.state()).toEqual({ status: 'idle' });
    expect(started).toHaveLength(0);
    const seen: string[] = [];
    client.subscribe(() => seen.push(client.state().status));
    client.load();
    client.load();
    expect(started).toHaveLength(1);
    expect(started[0]?.sent).toEqual([{ type: 'load', url: '/index.json' }]);
    started[0]?.reply({ type: 'ready', documents: 3 });
    await settle();
    expect(seen).toEqual(['loading', 'ready']);
    client.load();
    expect(started[0]?.sent).toHaveLength(1);
  });

  it('shows a failure with its message and loads again when asked', async () => {
    const { started, start } = ports();
    const client = createSearchClient(portSearchEngine(start, () => '/index.json'));
    client.load();
    started[0]?.reply({ type: 'failed', message: 'HTTP 503' });
    await settle();
    expect(client.state()).toEqual({ status: 'error', message: 'HTTP 503' });
    client.load();
    expect(client.state()).toEqual({ status: 'loading' });
    expect(started[0]?.sent.map((r) => r.type)).toEqual(['load', 'load']);
  });

  it('routes each query’s hits to it, and fails every open request when the worker stops', async () => {
    const { started, start } = ports();
    const engine = portSearchEngine(start, () => '/index.json');
    const loaded = engine.load();
    started[0]?.reply({ type: 'ready', documents: 1 });
    await loaded;
    const first = engine.query('a', 5);
    const second = engine.query('ab', 5);
    started[0]?.reply({ type: 'hits', id: 2, hits: [], coverage: { loaded: 1, total: 1 } });
    await expect(second).resolves.toEqual([]);
    started[0]?.stop('The search worker stopped (boom).');
    await expect(first).rejects.toThrow('The search worker stopped (boom).');
    expect(started[0]?.terminated).toBe(true);
    // The next query starts a new worker, which loads the index before answering.
    void engine.query('abc', 5).catch(() => {});
    expect(started[1]?.sent.map((r) => r.type)).toEqual(['load', 'query']);
  });
});
