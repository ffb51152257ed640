import { describe, expect, it } from 'vitest';
import { realCompiled } from '../../tests/corpus/corpus-files.ts';
import { argumentsIndex } from '../model/argument-table.ts';
import { buildCrossIndex } from '../model/cross-index.ts';
import { curatedDisputes, passageDisputes } from '../model/disputes.ts';
import type { TagLayer } from '../model/tag-layer.ts';
import { loadedTagLayer, splitCorpus } from './corpus-files.ts';
import { articleLayer, linkedArticleIds, mergeArticleLayers } from './layer-shards.ts';

const { corpus } = realCompiled();
const full = corpus.tagLayer;
const split = splitCorpus(corpus);
const ids = corpus.articles.map((a) => a.meta.id);

/** The whole layer with only `articleIds`' passages: what the reader had when the manifest carried every argument. */
function oldLoadedLayer(articleIds: readonly string[]): TagLayer {
  const open = new Set(articleIds);
  return { ...full, passages: full.passages.filter((p) => open.has(p.article)) };
}

describe('layer slices in the article files', () => {
  it('merged over every article, give back the whole layer in its own order', () => {
    const merged = mergeArticleLayers(split.articles.map((d) => d.layer));
    const used = new Set(full.passages.flatMap((p) => p.arguments));
    expect(merged.arguments).toEqual(full.arguments.filter((a) => used.has(a.id)));
    expect(merged.relations).toEqual(full.relations);
    expect(merged.links).toEqual(full.links);
  });

  it('give the compare view the same cross-references and passages’ disagreements as the whole layer, for any open pair', () => {
    for (const a of ids)
      for (const b of ids) {
        if (a >= b) continue;
        const loaded = split.articles.filter((d) => d.article.meta.id === a || d.article.meta.id === b);
        const { tagLayer } = loadedTagLayer(split.manifest, loaded);
        const old = oldLoadedLayer([a, b]);
        expect(buildCrossIndex(tagLayer)).toEqual(buildCrossIndex(old));
        // The panel's disagreements: each loaded passage's, with both sides whole.
        const disputes = curatedDisputes(tagLayer);
        const oldDisputes = curatedDisputes(old);
        for (const p of tagLayer.passages)
          expect(passageDisputes(disputes, p.id)).toEqual(passageDisputes(oldDisputes, p.id));
      }
  });

  it('name every article a selected passage is linked to, from its own article’s slice alone', () => {
    const cross = buildCrossIndex(full);
    const articleOf = new Map(full.passages.map((p) => [p.id, p.article]));
    let checked = 0;
    for (const data of split.articles) {
      const own = loadedTagLayer(split.manifest, [data]).merged;
      for (const passage of data.passages) {
        const linked = linkedArticleIds(own, passage.id);
        expect(linked[0]).toBe(passage.article);
        for (const l of cross.get(passage.id) ?? []) {
          expect(linked).toContain(articleOf.get(l.passage));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('change only when an argument or contrast around the article changes (what the build can cache by)', () => {
    const articleOf = new Map(full.passages.map((p) => [p.id, p.article]));
    const [first] = split.articles;
    if (!first) throw new Error('no articles');
    const inSlice = new Set(first.layer.arguments.map((a) => a.id));
    const outside = full.arguments.find((a) => !inSlice.has(a.id));
    const inside = full.arguments.find((a) => inSlice.has(a.id));
    if (!outside || !inside) throw new Error('the fixture needs arguments in and out of the slice');
    const restated = (id: string): TagLayer => ({
      ...full,
      arguments: full.arguments.map((a) =>
        a.id === id ? { ...a, statement: `${a.statement} (restated)` } : a,
      ),
    });
    expect(articleLayer(restated(outside.id), first.passages, articleOf)).toEqual(first.layer);
    expect(articleLayer(restated(inside.id), first.passages, articleOf)).not.toEqual(first.layer);
  });
});

describe('the arguments shard', () => {
  it('holds what the arguments page shows: its index equals the one over every article, quotes included', () => {
    const layer: TagLayer = { taxonomy: full.taxonomy, ...split.arguments.layer };
    const query = { type: undefined, disputed: false, sort: 'articles' as const };
    expect(argumentsIndex(layer, split.manifest.articles, query)).toEqual(
      argumentsIndex(full, split.manifest.articles, query),
    );
    expect(split.arguments.layer.passages.length).toBeLessThan(full.passages.length);
  });
});
