/** Hook for the arguments index: reads the filter and order from the URL (`arguments-url.ts`) and builds the index. */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { argumentsIndex, type ArgumentSort, type ArgumentsIndex } from '../model/argument-table.ts';
import { EMPTY_TAG_LAYER } from '../model/tag-layer.ts';
import type { Argument } from '../model/tag-layer.ts';
import { parseArgumentsParams } from './arguments-url.ts';
import { EMPTY_COMPARE_STATE, MAX_COLUMNS } from './compare-url.ts';
import { argumentPath, comparePath } from './paths.ts';
import { useArgumentsLayer, useManifest, type FileLoad } from './use-corpus.ts';
import type { ArgumentsShard } from '../data/corpus-files.ts';

/** The compare view with an argument's articles side by side and its passages selected. */
export function argumentComparePath(argument: Argument): string {
  return comparePath({
    ...EMPTY_COMPARE_STATE,
    articles: argument.articles.slice(0, MAX_COLUMNS),
    argument: argument.id,
  });
}

/** The index plus the current filter and order, and setters that write them to the URL. */
export interface ArgumentsIndexModel extends ArgumentsIndex {
  type: string | undefined;
  /** Only arguments in dispute (`disputed=1`). */
  disputed: boolean;
  sort: ArgumentSort;
  setType: (type: string | undefined) => void;
  setDisputed: (on: boolean) => void;
  setSort: (sort: ArgumentSort) => void;
  /** What the URL asked for that does not exist, named, so a mistyped link is not silently ignored. */
  problems: string[];
  /** An argument's focus view, keeping this filter and order for previous/next. */
  focusHref: (argument: Argument) => string;
  /**
   * The arguments shard (every argument and contrast, and the passages the disagreements quote):
   * until it is ready the index is empty; on 'error' its message names the file, with a retry.
   */
  load: FileLoad<ArgumentsShard>;
}

/** The arguments index for the filter and order in the URL (unknown values fall back to the defaults, and are named in `problems`). */
export function useArgumentsIndex(): ArgumentsIndexModel {
  const { articles, taxonomy } = useManifest();
  // One shard holds the rows, the matrix and what the disagreements quote: no article is fetched.
  const { load, tagLayer: shardLayer } = useArgumentsLayer();
  const tagLayer = useMemo(() => shardLayer ?? { ...EMPTY_TAG_LAYER, taxonomy }, [shardLayer, taxonomy]);
  const [params, setParams] = useSearchParams();
  const typeIds = useMemo(() => new Set(tagLayer.taxonomy.map((t) => t.id)), [tagLayer]);
  const { state, problems } = parseArgumentsParams(params, typeIds);
  const { type, sort } = state.query;
  const disputed = state.query.disputed === true;
  const index = useMemo(
    () => argumentsIndex(tagLayer, articles, { type, disputed, sort }),
    [tagLayer, articles, type, disputed, sort],
  );
  const update = useCallback(
    (key: string, value: string | undefined) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value === undefined) next.delete(key);
          else next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setType = useCallback((t: string | undefined) => update('type', t), [update]);
  const setDisputed = useCallback((on: boolean) => update('disputed', on ? '1' : undefined), [update]);
  const setSort = useCallback(
    (s: ArgumentSort) => update('sort', s === 'articles' ? undefined : s),
    [update],
  );
  const focusHref = useCallback(
    (a: Argument) => argumentPath(a.id, { type, disputed, sort }),
    [type, disputed, sort],
  );
  return {
    ...index,
    type,
    disputed,
    sort,
    setType,
    setDisputed,
    setSort,
    problems,
    focusHref,
    load,
  };
}
