#!/usr/bin/env node
// `npm test`: the static checks (typecheck, lint, format check) and Vitest's three projects, together.
// The checks are single-threaded and take about a minute and a half of CPU between them; run one after
// another before Vitest they were as long in wall time. Here they run beside Vitest at the lowest
// priority (nice 19), so they take only the CPU the tests leave idle (the browser files mostly wait on
// Chromium) and never slow a test towards its timeout. Every part runs to the end; the exit code is
// non-zero when any part failed, and each failed check's output is printed after Vitest's.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

/** The package.json scripts run beside Vitest; their output is kept and printed at the end. */
const CHECKS = ['typecheck', 'lint', 'format:check'];

/** Lowest scheduling priority: a check runs only on CPU that Vitest is not using. */
const CHECK_PRIORITY = 19;

/** Runs a command; resolves with its exit code and, when `keep` is set, its output. */
function run(command, args, { keep = false, priority } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: keep ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    // Set before npm starts the tool, so the tool inherits it.
    if (priority !== undefined && child.pid !== undefined) {
      try {
        setPriority(child.pid, priority);
      } catch {
        // Not permitted on this system: the check then runs at normal priority, still correct.
      }
    }
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n`, seconds: 0 }));
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), output, seconds: (Date.now() - started) / 1000 }),
    );
  });
}

const chromium = await run(process.execPath, ['scripts/ensure-chromium.mjs']);
if (chromium.code !== 0) process.exit(chromium.code);

const checks = CHECKS.map((name) =>
  run('npm', ['run', '--silent', name], { keep: true, priority: CHECK_PRIORITY }).then((result) => ({
    name,
    ...result,
  })),
);
const vitest = await run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
const failed = vitest.code === 0 ? [] : ['vitest'];
for (const check of await Promise.all(checks)) {
  const state = check.code === 0 ? 'passed' : 'FAILED';
  console.log(`\nnpm run ${check.name}: ${state} (${check.seconds.toFixed(0)} s wall, beside the tests)`);
  if (check.code !== 0) {
    process.stdout.write(check.output);
    failed.push(check.name);
  }
}
console.log(failed.length === 0 ? '\nnpm test: all passed' : `\nnpm test: failed: ${failed.join(', ')}`);
process.exit(failed.length === 0 ? 0 : 1);
