/**
 * Web Worker holding the argument recommender: building it analyses every curated passage and its
 * paragraph (well over a frame), and each query analyses a passage and its paragraph, so both run
 * here, off the main thread. Messages: `ArgumentWorkerRequest` in, `ArgumentWorkerResponse` out.
 */
import { recommenderFromData } from '../data/recommender-data.ts';
import type { ArgumentRecommender } from '../model/similarity/argument-recommender.ts';
import { recommendArguments } from '../model/similarity/argument-recommender.ts';
import type { ArgumentWorkerRequest, ArgumentWorkerResponse } from './argument-recommender-session.ts';

let recommender: ArgumentRecommender | undefined;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArgumentWorkerRequest>) => void) | null;
  postMessage: (message: ArgumentWorkerResponse) => void;
};

scope.onmessage = (event) => {
  const request = event.data;
  try {
    if (request.type === 'init') {
      recommender = recommenderFromData(request.data);
      return;
    }
    if (!recommender) throw new Error('the argument recommender was asked before it was given its data');
    scope.postMessage({ id: request.id, recommendations: recommendArguments(recommender, request.query) });
  } catch (error) {
    if (request.type === 'query')
      scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
};
