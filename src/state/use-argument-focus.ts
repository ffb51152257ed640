/** Hook for the argument focus view: the argument in the path, the list's filter and order from the URL, and where to step. */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { argumentFocus, type ArgumentFocus } from '../model/argument-focus.ts';
import type { ArgumentsQuery } from '../model/argument-table.ts';
import type { PlanTarget } from '../model/discussion-plan.ts';
import type { Passage } from '../model/tag-layer.ts';
import { parseArgumentsParams } from './arguments-url.ts';
import { EMPTY_COMPARE_STATE } from './compare-url.ts';
import { argumentPath, argumentsPath, articlePath } from './paths.ts';
import { argumentComparePath } from './use-arguments-index.ts';
import type { ArgumentsShard } from '../data/corpus-files.ts';
import { EMPTY_TAG_LAYER } from '../model/tag-layer.ts';
import { useArgumentsLayer, useArgumentsShard, useManifest, type FileLoad } from './use-corpus.ts';

/** The focus view's data and links. */
export interface ArgumentFocusModel {
  /** Undefined when the corpus has no argument with this id, or while `argumentsLoad` is not ready. */
  focus: ArgumentFocus | undefined;
  /** The arguments shard (every argument and contrast): loading, ready, or its named error with a retry. */
  argumentsLoad: FileLoad<ArgumentsShard>;
  query: ArgumentsQuery;
  /** Presentation mode (`present=1`). */
  present: boolean;
  /** What the URL asked for that does not exist, named. */
  problems: string[];
  /** The focus view of another argument, same list, same mode. */
  hrefOf: (argumentId: string) => string;
  /** The arguments list with the same filter and order. */
  listHref: string;
  /** This argument in presentation mode, and out of it. */
  presentHref: string;
  leaveHref: string;
  /** A passage selected on its article's page. */
  passageHref: (passage: Passage) => string;
  /** The argument's articles side by side in the compare view, its passages selected. */
  compareHref: string | undefined;
  /** This argument as a step of a discussion plan. */
  planTarget: PlanTarget;
  /** The argument's articles still on their way, and those that failed (each naming its article, with a retry). */
  loading: boolean;
  failures: { message: string; retry: () => void }[];
}

const NONE: readonly string[] = [];

/** The focus view of `argumentId` for the filter and order in the URL. */
export function useArgumentFocus(argumentId: string): ArgumentFocusModel {
  const { articles, taxonomy } = useManifest();
  // The argument's record comes with the arguments shard; the passages it quotes are in its articles,
  // fetched for this view (the rest stays unloaded).
  const shard = useArgumentsShard();
  const argumentArticles =
    (shard.status === 'ready' && shard.data.layer.arguments.find((a) => a.id === argumentId)?.articles) ||
    NONE;
  const { load: argumentsLoad, tagLayer: shardLayer, loads } = useArgumentsLayer(argumentArticles);
  const tagLayer = useMemo(() => shardLayer ?? { ...EMPTY_TAG_LAYER, taxonomy }, [shardLayer, taxonomy]);
  const loadStates = [...loads.values()];
  const [params] = useSearchParams();
  const typeIds = useMemo(() => new Set(tagLayer.taxonomy.map((t) => t.id)), [tagLayer]);
  const { state, problems } = parseArgumentsParams(params, typeIds);
  const { type, sort, disputed } = state.query;
  const query = useMemo(() => ({ type, disputed, sort }), [type, disputed, sort]);
  const focus = useMemo(
    () => argumentFocus(tagLayer, articles, argumentId, query),
    [tagLayer, articles, argumentId, query],
  );
  const planTarget = useMemo((): PlanTarget => ({ kind: 'argument', id: argumentId }), [argumentId]);
  const hrefOf = useCallback((id: string) => argumentPath(id, query, state.present), [query, state.present]);
  return {
    focus: argumentsLoad.status === 'ready' ? focus : undefined,
    argumentsLoad,
    query,
    present: state.present,
    problems,
    hrefOf,
    listHref: argumentsPath(query),
    presentHref: argumentPath(argumentId, query, true),
    leaveHref: argumentPath(argumentId, query, false),
    passageHref: (p) => articlePath(p.article, { ...EMPTY_COMPARE_STATE, passage: p.id }),
    compareHref: focus ? argumentComparePath(focus.argument) : undefined,
    planTarget,
    loading: loadStates.some((l) => l.status === 'loading'),
    failures: loadStates.flatMap((l) =>
      l.status === 'error' ? [{ message: l.message, retry: l.retry }] : [],
    ),
  };
}
