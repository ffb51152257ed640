/**
 * The questions the session's argument recommender answers, the messages to and from its worker, and
 * the one function answering them (in the worker, or on the main thread where there is no Worker).
 * Kept apart from the session so the worker's bundle holds no data loader.
 */
import type { RecommenderData } from '../data/recommender-data.ts';
import {
  recommendArguments,
  type ArgumentRecommendation,
  type ArgumentRecommender,
  type RecommendQuery,
} from '../model/similarity/argument-recommender.ts';
import { samePointPassages } from '../model/similarity/same-point.ts';
import type { SamePointMatch } from '../model/similarity/same-point-question.ts';

/** A question to the recommender. */
export type RecommenderQuestion =
  | { kind: 'arguments'; query: RecommendQuery }
  | { kind: 'same-point'; query: RecommendQuery; articles: string[]; exclude: string[] };

/** The answer to each kind of question. */
export interface RecommenderAnswers {
  arguments: ArgumentRecommendation[];
  'same-point': SamePointMatch[];
}

/** Any answer. */
export type Answer = RecommenderAnswers[keyof RecommenderAnswers];

/** A message to the worker: its data once, then questions. */
export type ArgumentWorkerRequest =
  { type: 'init'; data: RecommenderData } | { type: 'query'; id: number; question: RecommenderQuestion };

/** The worker's answer to a question. */
export type ArgumentWorkerResponse = { id: number; answer: Answer } | { id: number; error: string };

/** Asks the session's recommender a question. */
export type AskRecommender = <Q extends RecommenderQuestion>(
  question: Q,
) => Promise<RecommenderAnswers[Q['kind']]>;

/** Answers a question with a built recommender (in the worker, or on the main thread without one). */
export function answer(recommender: ArgumentRecommender, question: RecommenderQuestion): Answer {
  return question.kind === 'arguments'
    ? recommendArguments(recommender, question.query)
    : samePointPassages(recommender, question.query, question.articles, {
        exclude: new Set(question.exclude),
      });
}
