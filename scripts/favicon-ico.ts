/**
 * Writes `public/favicon.ico` from `public/favicon.svg`: Chromium draws the SVG at 16, 32 and 48 px and
 * the PNGs are packed into one ICO file (PNG entries, which every current browser reads). Browsers,
 * feed readers and bookmarking tools ask for /favicon.ico by themselves, whatever the page links.
 * Run with `npx tsx scripts/favicon-ico.ts` after changing the SVG.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/browser/chromium.ts';

const SIZES = [16, 32, 48];
const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await launchChromium({ viewport: { width: 64, height: 64 } });
const page = await browser.context.newPage();
const pngs: Buffer[] = [];
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  pngs.push(await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
}
await browser.close();

// ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images.
const header = Buffer.alloc(6 + 16 * pngs.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(pngs.length, 4);
let offset = header.length;
pngs.forEach((png, i) => {
  const size = SIZES[i] ?? 0;
  const at = 6 + 16 * i;
  header.writeUInt8(size % 256, at);
  header.writeUInt8(size % 256, at + 1);
  header.writeUInt8(0, at + 2);
  header.writeUInt8(0, at + 3);
  header.writeUInt16LE(1, at + 4);
  header.writeUInt16LE(32, at + 6);
  header.writeUInt32LE(png.length, at + 8);
  header.writeUInt32LE(offset, at + 12);
  offset += png.length;
});
// Written whole or not at all: a temporary file renamed over the old one.
writeFileSync('public/favicon.ico.tmp', Buffer.concat([header, ...pngs]));
renameSync('public/favicon.ico.tmp', 'public/favicon.ico');
console.log(`public/favicon.ico: ${SIZES.join(', ')} px`);
