/** The reader's way to the argument recommender's data: a separate file, fetched on first use. */
import { RECOMMENDER_DATA_VERSION, type RecommenderData } from './recommender-data.ts';

/** Loads the recommender data (one request, then cached by the module system); refuses another format. */
export async function loadRecommenderData(): Promise<RecommenderData> {
  const { default: data } = await import('virtual:parallax-recommender');
  if (data.schemaVersion !== RECOMMENDER_DATA_VERSION) {
    throw new Error(
      `The argument suggestions' data has schemaVersion ${String(data.schemaVersion)}, but this reader expects ${RECOMMENDER_DATA_VERSION}; rebuild with npm run build.`,
    );
  }
  return data;
}
