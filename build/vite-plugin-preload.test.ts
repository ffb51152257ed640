import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { preloadPlan, preloadScript, type PreloadPlan } from './vite-plugin-preload.ts';

/** Runs the inline script at `href` with a minimal document; returns the links it added. */
function linksAt(
  script: string,
  href: string,
): { rel: string; href: string; as?: string; crossOrigin?: string }[] {
  const url = new URL(href);
  const added: { rel: string; href: string; as?: string; crossOrigin?: string }[] = [];
  runInNewContext(script, {
    location: { pathname: url.pathname, search: url.search },
    URLSearchParams,
    document: {
      head: { appendChild: (link: (typeof added)[number]) => added.push({ ...link }) },
      createElement: () => ({}),
    },
  });
  return added;
}

const PLAN: PreloadPlan = {
  routes: {
    '/compare': ['assets/CompareRoute-a.js', 'assets/CompareRoute-b.css', 'assets/use-corpus-c.js'],
    '/article/': ['assets/ArticleRoute-d.js', 'assets/CompareRoute-a.js'],
  },
  articles: { 'fto-x': 'corpus/fto-x.0123456789ab.json', 'war-y': 'corpus/war-y.ba9876543210.json' },
};

describe('preload script', () => {
  it('preloads the compare view’s chunks and the articles in the address, with the loader’s request mode', () => {
    const links = linksAt(preloadScript(PLAN, '/'), 'http://x/compare?a=war-y,fto-x&p=fto-001');
    expect(links).toEqual([
      { rel: 'modulepreload', href: '/assets/CompareRoute-a.js', crossOrigin: 'anonymous' },
      { rel: 'preload', href: '/assets/CompareRoute-b.css', as: 'style', crossOrigin: 'anonymous' },
      { rel: 'modulepreload', href: '/assets/use-corpus-c.js', crossOrigin: 'anonymous' },
      { rel: 'preload', href: '/corpus/war-y.ba9876543210.json', as: 'fetch', crossOrigin: 'anonymous' },
      { rel: 'preload', href: '/corpus/fto-x.0123456789ab.json', as: 'fetch', crossOrigin: 'anonymous' },
    ]);
  });

  it('preloads an article page’s chunks and its article under a base path; ignores unknown ids and other routes', () => {
    const script = preloadScript(PLAN, '/reader/');
    expect(linksAt(script, 'http://x/reader/article/fto-x').map((l) => l.href)).toEqual([
      '/reader/assets/ArticleRoute-d.js',
      '/reader/assets/CompareRoute-a.js',
      '/reader/corpus/fto-x.0123456789ab.json',
    ]);
    expect(linksAt(script, 'http://x/reader/compare?a=nope,constructor').map((l) => l.href)).toEqual(
      PLAN.routes['/compare']?.map((f) => `/reader/${f}`),
    );
    expect(linksAt(script, 'http://x/reader/')).toEqual([]);
    expect(linksAt(script, 'http://x/reader/arguments')).toEqual([]);
    expect(linksAt(script, 'http://x/reader/article/fto-x/guide')).toEqual([]);
    expect(linksAt(script, 'http://x/reader/compare/elsewhere?a=fto-x')).toEqual([]);
  });

  it('cannot be closed early by a name in its data', () => {
    const script = preloadScript({ routes: {}, articles: { a: 'corpus/</script><b>.json' } }, '/');
    expect(script).not.toContain('</script>');
    // The name arrives intact, as data: only ever a link's address.
    expect(linksAt(script, 'http://x/compare?a=a').map((l) => l.href)).toEqual(['/corpus/</script><b>.json']);
  });
});

describe('preload plan of a bundle', () => {
  it('takes each route chunk with the chunks and stylesheets it imports statically, and each article’s own file', () => {
    const chunk = (
      fileName: string,
      facadeModuleId: string | null,
      imports: string[],
      css: string[] = [],
    ) => ({
      type: 'chunk',
      fileName,
      facadeModuleId,
      imports,
      viteMetadata: { importedCss: new Set(css) },
    });
    const asset = (fileName: string) => ({ type: 'asset', fileName });
    const bundle = Object.fromEntries(
      [
        chunk('assets/index-1.js', '/p/index.html', ['assets/runtime-2.js']),
        chunk('assets/runtime-2.js', null, []),
        chunk(
          'assets/CompareRoute-3.js',
          '/p/src/routes/CompareRoute.tsx',
          ['assets/shared-4.js', 'assets/index-1.js'],
          ['assets/CompareRoute-5.css'],
        ),
        chunk('assets/shared-4.js', null, ['assets/runtime-2.js'], ['assets/shared-6.css']),
        chunk('assets/Editor-7.js', '/p/src/components/Editor.tsx', []),
        asset('corpus/fto-x.0123456789ab.json'),
        asset('corpus/fto-x.s.0123456789ab.json'),
        asset('assets/search-index-0123456789.json'),
      ].map((o) => [o.fileName, o]),
    );
    expect(preloadPlan(bundle)).toEqual({
      routes: {
        '/compare': [
          'assets/CompareRoute-3.js',
          'assets/CompareRoute-5.css',
          'assets/shared-4.js',
          'assets/shared-6.css',
          'assets/runtime-2.js',
        ],
      },
      articles: { 'fto-x': 'corpus/fto-x.0123456789ab.json' },
    });
  });
});
