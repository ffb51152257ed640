/**
 * Web Worker holding the argument recommender: building it analyses every curated passage and its
 * paragraph (well over a frame), and each query analyses a passage and its paragraph, so both run
 * here, off the main thread. Messages: `ArgumentWorkerRequest` in, `ArgumentWorkerResponse` out.
 */
import { recommenderFromData } from '../data/recommender-data.ts';
import type { ArgumentRecommender } from '../model/similarity/argument-recommender.ts';
import { answer, type ArgumentWorkerRequest, type ArgumentWorkerResponse } from './recommender-questions.ts';

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
    scope.postMessage({ id: request.id, answer: answer(recommender, request.question) });
  } catch (error) {
    if (request.type === 'query')
      scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
};
