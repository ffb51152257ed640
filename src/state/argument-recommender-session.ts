/**
 * The argument recommender of this session, started on first use and kept: its data is fetched then
 * (a file of its own), and it is built once, in a Web Worker where the browser has them (building
 * costs well over a frame), on the main thread otherwise (tests in jsdom). It answers two questions:
 * the arguments a text most likely makes (the editor's suggestions), and the passages of given
 * articles that likely make its point (offered when a reader saves an annotation).
 */
import type {
  Answer,
  ArgumentWorkerRequest,
  ArgumentWorkerResponse,
  AskRecommender,
  RecommenderAnswers,
  RecommenderQuestion,
} from './recommender-questions.ts';

let session: Promise<AskRecommender> | undefined;

/** The session's recommender, started on the first call. A failed start is retried on the next call. */
export function argumentRecommender(): Promise<AskRecommender> {
  session ??= start().catch((error: unknown) => {
    session = undefined;
    throw error;
  });
  return session;
}

async function start(): Promise<AskRecommender> {
  // Imported on first use: its format check imports the recommender's model (similarity code the
  // compare view's first load does not need).
  const { loadRecommenderData } = await import('../data/load-recommender-data.ts');
  const data = await loadRecommenderData();
  if (typeof Worker === 'undefined') {
    // Imported here, so the model's code is in the worker's bundle and not in the page's first load.
    const [{ recommenderFromData }, { answer }] = await Promise.all([
      import('../data/recommender-data.ts'),
      import('./recommender-questions.ts'),
    ]);
    const recommender = recommenderFromData(data);
    return (<Q extends RecommenderQuestion>(question: Q) =>
      Promise.resolve(answer(recommender, question) as RecommenderAnswers[Q['kind']])) as AskRecommender;
  }
  const worker = new Worker(new URL('./argument-recommender.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (r: Answer) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<ArgumentWorkerResponse>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if ('error' in reply) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply.answer);
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
  return (<Q extends RecommenderQuestion>(question: Q) =>
    new Promise<RecommenderAnswers[Q['kind']]>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: (r) => resolve(r as RecommenderAnswers[Q['kind']]), reject });
      worker.postMessage({ type: 'query', id, question } satisfies ArgumentWorkerRequest);
    })) as AskRecommender;
}
