#!/usr/bin/env node
// Makes sure Debian's Chromium is installed for the browser tests: installs it when running as root,
// otherwise stops with the command to run. Browser tests never download a browser of their own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Browser tests need Chromium at ${CHROMIUM}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n(or set PARALLAX_CHROMIUM to another Chromium binary).`,
    );
    process.exit(1);
  }
  console.log('Chromium is missing; installing Debian’s chromium package…');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } catch {
    console.error('Installing chromium failed. Run: apt-get update && apt-get install -y chromium');
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`chromium installed, but ${CHROMIUM} is still missing; set PARALLAX_CHROMIUM to its path.`);
    process.exit(1);
  }
}
