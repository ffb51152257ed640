/**
 * Vite plugin that lets a first load fetch in parallel what it would otherwise fetch in a chain:
 * the entry script, then (once it has run) the route's chunk, then (once that has rendered) the open
 * articles' files. A small inline script in index.html reads the address before any module runs and
 * adds `<link rel="modulepreload">` for the route's chunks, `<link rel="preload" as="style">` for its
 * stylesheets and `<link rel="preload" as="fetch" crossorigin>` for the articles named in the address
 * (`/compare?a=…`, `/article/<id>`), so all of them arrive while the entry is still being parsed.
 * `crossorigin` makes each preload's request the same as the later one (the loader's `fetch()`, the
 * module script, Vite's stylesheet link), which then takes it instead of asking again. The script
 * goes just before the entry's module script: after the stylesheet link it would wait for the CSS.
 *
 * Cost: the script carries each article's file name (about 45 bytes an article: 0.2 KB at 1×, ~22 KB
 * raw at 100×) and the route chunks' names (index.html is 1.1 KiB gzip larger at 1×); it only adds
 * links, so a wrong guess costs a fetch, never a wrong page. Gain: a network round trip per hop of the
 * chain; on the bench's loopback server a hop costs ~1 ms and the difference was within its noise
 * (README, "Runtime budgets, second pass"). Only in a build: the dev server serves modules one by one.
 */
import type { Plugin } from 'vite';

/** What the inline script needs: the route chunks by path prefix and each article's file by id. */
export interface PreloadPlan {
  /** Path prefix ("/compare", "/article/") → files (under base) of the route's chunks, scripts and stylesheets. */
  routes: Readonly<Record<string, readonly string[]>>;
  /** Article id → its file under base (`corpus/<id>.<hash>.json`). */
  articles: Readonly<Record<string, string>>;
}

/** The route modules whose chunks are preloaded: `/compare`, and `/article/<id>` (not its sub-pages). */
const ROUTE_MODULES: Readonly<Record<string, string>> = {
  '/compare': 'src/routes/CompareRoute.tsx',
  '/article/': 'src/routes/ArticleRoute.tsx',
};

/** An article's own file in the build output (not its suggestions' `<id>.s.<hash>.json`). */
const ARTICLE_FILE = /^corpus\/([a-z0-9][a-z0-9-]*)\.[0-9a-f]{12}\.json$/;

/**
 * The inline script for `plan` under `base`. Its data is JSON with `<` escaped, so no corpus name can
 * end the script element; ids reach the page only as link addresses.
 */
export function preloadScript(plan: PreloadPlan, base: string): string {
  const data = JSON.stringify({ base, ...plan }).replace(/</g, '\\u003c');
  return `(function(){var d=${data},l=location,h=document.head;
function add(f,rel){var e=document.createElement("link");e.rel=rel;e.href=d.base+f;e.crossOrigin="anonymous";
if(rel==="preload")e.as=/\\.css$/.test(f)?"style":"fetch";h.appendChild(e);}
var root=d.base.replace(/\\/$/,""),path=l.pathname,ids=[],files=[],rest;
if(path===root+"/compare"){files=d.routes["/compare"]||[];ids=(new URLSearchParams(l.search).get("a")||"").split(",");}
else if(path.indexOf(root+"/article/")===0&&(rest=path.slice(root.length+9))&&rest.indexOf("/")<0){
files=d.routes["/article/"]||[];try{ids=[decodeURIComponent(rest)];}catch(e){}}
files.forEach(function(f){add(f,/\\.css$/.test(f)?"preload":"modulepreload");});
ids.forEach(function(id){if(Object.prototype.hasOwnProperty.call(d.articles,id))add(d.articles[id],"preload");});})();`;
}

/** A chunk of the bundle as the plan reads it. */
interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** The plan of a finished bundle: each route's chunk with its static imports and their CSS, and the article files. */
export function preloadPlan(
  bundle: Readonly<Record<string, { type: string; fileName: string }>>,
): PreloadPlan {
  const chunks = Object.values(bundle).filter((o): o is ChunkInfo => o.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const routes: Record<string, string[]> = {};
  for (const [prefix, module] of Object.entries(ROUTE_MODULES)) {
    const root = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${module}`));
    if (!root) continue;
    // The route's chunk and every chunk it imports statically (the entry's own are loading already).
    const files = new Set<string>();
    const visit = (chunk: ChunkInfo): void => {
      if (files.has(chunk.fileName)) return;
      files.add(chunk.fileName);
      for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
      for (const imported of chunk.imports) {
        const next = byFile.get(imported);
        if (next && !next.facadeModuleId?.endsWith('/index.html')) visit(next);
      }
    };
    visit(root);
    routes[prefix] = [...files];
  }
  const articles: Record<string, string> = {};
  for (const output of Object.values(bundle)) {
    const match = ARTICLE_FILE.exec(output.fileName);
    if (output.type === 'asset' && match?.[1]) articles[match[1]] = output.fileName;
  }
  return { routes, articles };
}

/** Adds the preload script to index.html in a build. */
export function parallaxPreload(): Plugin {
  let base = '/';
  return {
    name: 'parallax-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const at = html.indexOf('<script type="module"');
        if (at < 0) throw new Error('index.html has no module script to put the preload script before');
        const script = `<script>${preloadScript(preloadPlan(ctx.bundle), base)}</script>\n    `;
        return html.slice(0, at) + script + html.slice(at);
      },
    },
  };
}
