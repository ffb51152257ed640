/**
 * Moving keyboard focus to a part of the page (skip links) and closing a disclosure with Escape:
 * DOM helpers for the components' keyboard reach.
 */

/**
 * Focuses the element with `id` after the next paint (a column shown by the same click renders
 * first): opens the disclosures around it, makes it focusable if it is not, and scrolls it into view.
 */
export function skipTo(id: string): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!el) return;
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) el.tabIndex = -1;
    el.focus();
  });
}
