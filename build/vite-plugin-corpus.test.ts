import { describe, expect, it } from 'vitest';
import { realCompiled } from '../tests/corpus/corpus-files.ts';
import { articleFromFile, splitCorpus, type ArticleFile } from '../src/data/corpus-files.ts';
import { corpusModule } from './vite-plugin-corpus.ts';

const { corpus } = realCompiled();
const built = corpusModule(corpus, '/app/');

describe('the corpus plugin’s output', () => {
  it('inlines only the manifest: no article text and no passage quote is in the module', () => {
    const prefix = 'export default JSON.parse(';
    expect(built.code.startsWith(prefix)).toBe(true);
    const inlined = JSON.parse(JSON.parse(built.code.slice(prefix.length, -2)) as string) as unknown;
    const text = JSON.stringify(inlined);
    expect(text).toContain(corpus.articles[0]?.meta.title);
    for (const article of corpus.articles) {
      const longest = article.blocks.reduce((a, b) => (b.text.length > a.length ? b.text : a), '');
      expect(text).not.toContain(longest);
    }
    for (const passage of corpus.tagLayer.passages) expect(text).not.toContain(passage.exact);
  });

  it('inlines nothing per argument or passage: no statement, question or passage id', () => {
    const inlined = built.code;
    for (const argument of corpus.tagLayer.arguments) {
      expect(inlined).not.toContain(argument.statement);
      for (const q of argument.questions) expect(inlined).not.toContain(q);
    }
    for (const passage of corpus.tagLayer.passages) expect(inlined).not.toContain(`"${passage.id}"`);
    expect(inlined.length).toBeLessThan(20_000);
  });

  it('writes one hashed file per article, one per article’s suggestions and the arguments shard, each URL under the base', () => {
    const ids = corpus.articles.map((a) => a.meta.id);
    expect(Object.keys(built.urls.articles)).toEqual(ids);
    expect(Object.keys(built.urls.suggestions)).toEqual(ids);
    expect(built.files).toHaveLength(2 * ids.length + 1);
    expect(built.urls.arguments).toMatch(/^\/app\/corpus\/_arguments\.[0-9a-f]{12}\.json$/);
    for (const id of ids) {
      const url = built.urls.articles[id] ?? '';
      expect(url).toMatch(new RegExp(`^/app/corpus/${id}\\.[0-9a-f]{12}\\.json$`));
      const file = built.files.find((f) => `/app/${f.fileName}` === url);
      expect(JSON.parse(file?.source ?? '{}')).toMatchObject({ schemaVersion: 3, article: { meta: { id } } });
    }
  });

  it('writes each passage once: no quote or article beside the text that holds them, read back whole', () => {
    const split = splitCorpus(corpus);
    for (const data of split.articles) {
      const url = built.urls.articles[data.article.meta.id] ?? '';
      const source = built.files.find((f) => `/app/${f.fileName}` === url)?.source ?? '';
      const written = JSON.parse(source) as ArticleFile;
      for (const p of written.passages) {
        expect(p).not.toHaveProperty('exact');
        expect(p).not.toHaveProperty('article');
      }
      expect(articleFromFile(written)).toEqual(data);
    }
  });

  it('names a file by its content: the same corpus gives the same names, a changed article a new one', () => {
    expect(corpusModule(corpus, '/app/').urls).toEqual(built.urls);
    const [first, ...rest] = corpus.articles;
    if (!first) throw new Error('no articles');
    const changed = { ...first, text: `${first.text} ` };
    const again = corpusModule({ ...corpus, articles: [changed, ...rest] }, '/app/');
    expect(again.urls.articles[first.meta.id]).not.toBe(built.urls.articles[first.meta.id]);
    expect(again.urls.articles[rest[0]?.meta.id ?? '']).toBe(built.urls.articles[rest[0]?.meta.id ?? '']);
  });
});
