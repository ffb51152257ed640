/**
 * The static floor the compare view is measured against: one plain HTML page with the same two
 * articles' texts side by side, every paragraph as a `<p>`, no script. Text is escaped, never markup.
 */
import type { Article } from '../src/model/article.ts';

/** Escapes text for HTML element content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The static page of `articles`, each column ending in an element with `data-last`. */
export function staticFloorPage(articles: readonly Article[]): string {
  const columns = articles.map((a) => {
    const blocks = a.blocks.map((b, i) => {
      const tag = b.kind === 'heading' ? 'h3' : 'p';
      const last = i === a.blocks.length - 1 ? ' data-last' : '';
      return `<${tag}${last}>${escapeHtml(b.text)}</${tag}>`;
    });
    return `<section><h2>${escapeHtml(a.meta.title)}</h2>${blocks.join('\n')}</section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static floor</title>
<style>body{display:flex;gap:1rem;margin:0;font:16px/1.5 serif}section{flex:1;height:100vh;overflow:auto;padding:1rem}</style>
</head><body>${columns.join('\n')}</body></html>`;
}
