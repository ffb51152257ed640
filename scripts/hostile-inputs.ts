/**
 * `npm run hostile`: runs hostile and unlucky inputs against the command-line tool, in a temporary
 * copy of `corpus/` and `annotations/` (the checkout's own are never written), and prints counts:
 * inputs tried, handled cleanly, crashes, data lost. The inputs: the W3C badly typed selectors of
 * issue 13 (in a target and in a link's target), bad JSON and bad files, byte-order marks, broken
 * annotation and edition files for anchor-fill and validate, a held and a stale write lock, two imports
 * at once, and imports killed part-way (each outcome is judged in scenarios in hostile-scenarios.ts).
 *
 * Exit code 0 when every input was handled cleanly, else 1. `--verbose` prints each input's outcome.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../cli/load.ts';
import { runScenarios } from './hostile-scenarios.ts';

const verbose = process.argv.includes('--verbose');
const root = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
try {
  for (const folder of ['corpus', 'annotations']) {
    cpSync(join(PROJECT_ROOT, folder), join(root, folder), { recursive: true });
  }
  const results = await runScenarios(root, (line) => console.log(line));
  const count = (test: (r: (typeof results)[number]) => boolean) => results.filter(test).length;
  const clean = count((r) => r.clean);
  const crashes = count((r) => r.crashed);
  const lost = count((r) => r.dataLost);
  for (const r of results) {
    if (verbose || !r.clean) console.log(`${r.clean ? 'ok  ' : 'FAIL'} ${r.group}: ${r.name}: ${r.detail}`);
  }
  const groups = [...new Set(results.map((r) => r.group))];
  for (const group of groups) {
    const mine = results.filter((r) => r.group === group);
    console.log(`${group}: ${mine.length} tried, ${mine.filter((r) => r.clean).length} handled cleanly`);
  }
  console.log(
    `Inputs tried: ${results.length}; handled cleanly: ${clean}; crashes: ${crashes}; data lost: ${lost}`,
  );
  process.exitCode = clean === results.length ? 0 : 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
