/**
 * Browser-test setup: builds the reader once and serves the build on a free loopback port;
 * each test file reaches it through `inject('baseUrl')`.
 */
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/**
 * Builds the reader as `npm run build` does: in production mode. Vitest sets NODE_ENV=test, under which Vite
 * builds React's development bundle (jsxDEV, prop checks, dev warnings): 544 kB of first-load script instead
 * of 335 kB, and each render and interaction slower. No browser test relies on development-only behaviour.
 * NODE_ENV is put back once the build is done, before any test worker starts.
 */
async function buildForProduction(outDir: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** Builds the reader, starts the preview server, provides `baseUrl`; returns the teardown closing the server. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = '.tmp/browser-dist';
  await buildForProduction(outDir);
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server reported no local URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server?.close();
  };
}
