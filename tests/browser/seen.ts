/** What a person can see of an element: its box inside the viewport and on top (not covered) there. */
import type { Locator } from 'playwright-core';

/** Why an element cannot be seen, or '' when its whole box is in the viewport and nothing covers it. */
export async function unseenReason(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const [width, height] = [window.innerWidth, window.innerHeight];
    if (box.width === 0 || box.height === 0) return 'it has no box';
    if (box.left < 0 || box.top < 0 || box.right > width || box.bottom > height)
      return `its box ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)} leaves the ${width}x${height} viewport`;
    // Sample the centre and points just inside each corner: each must hit the element or its content.
    const inset = Math.min(3, box.width / 4, box.height / 4);
    const points = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ] as const;
    for (const [x, y] of points) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(el === hit || el.contains(hit)))
        return `at ${Math.round(x)},${Math.round(y)} it is covered by ${hit ? `<${hit.tagName.toLowerCase()} class="${hit.getAttribute('class') ?? ''}">` : 'nothing'}`;
    }
    return '';
  });
}
