/**
 * The argument recommender of this session, started on first use and kept: its data is fetched then
 * (a file of its own), and it is built once, in a Web Worker where the browser has them (building
 * costs well over a frame), on the main thread otherwise (tests in jsdom).
 */
import { loadRecommenderData } from '../data/load-recommender-data.ts';
import { recommenderFromData, type RecommenderData } from '../data/recommender-data.ts';
import {
  recommendArguments,
  type ArgumentRecommendation,
  type RecommendQuery,
} from '../model/similarity/argument-recommender.ts';

/** A message to the worker: its data once, then queries. */
export type ArgumentWorkerRequest =
  { type: 'init'; data: RecommenderData } | { type: 'query'; id: number; query: RecommendQuery };

/** The worker's answer to a query. */
export type ArgumentWorkerResponse =
  { id: number; recommendations: ArgumentRecommendation[] } | { id: number; error: string };

/** Asks the session's recommender for the arguments a text most likely makes. */
export type RecommendArguments = (query: RecommendQuery) => Promise<ArgumentRecommendation[]>;

let session: Promise<RecommendArguments> | undefined;

/** The session's recommender, started on the first call. A failed start is retried on the next call. */
export function argumentRecommender(): Promise<RecommendArguments> {
  session ??= start().catch((error: unknown) => {
    session = undefined;
    throw error;
  });
  return session;
}

async function start(): Promise<RecommendArguments> {
  const data = await loadRecommenderData();
  if (typeof Worker === 'undefined') {
    const recommender = recommenderFromData(data);
    return (query) => Promise.resolve(recommendArguments(recommender, query));
  }
  const worker = new Worker(new URL('./argument-recommender.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<
    number,
    { resolve: (r: ArgumentRecommendation[]) => void; reject: (e: Error) => void }
  >();
  let next = 0;
  worker.onmessage = (event: MessageEvent<ArgumentWorkerResponse>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if ('error' in answer) waiting?.reject(new Error(answer.error));
    else waiting?.resolve(answer.recommendations);
  };
  worker.onerror = (event) => {
    // A worker that fails to load or throws loses every question asked of it; the next use starts anew.
    for (const waiting of pending.values())
      waiting.reject(new Error(event.message || 'the argument worker failed'));
    pending.clear();
    session = undefined;
    worker.terminate();
  };
  worker.postMessage({ type: 'init', data } satisfies ArgumentWorkerRequest);
  return (query) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'query', id, query } satisfies ArgumentWorkerRequest);
    });
}
