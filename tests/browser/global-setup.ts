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

/** Builds the reader, starts the preview server, provides `baseUrl`; returns the teardown closing the server. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = '.tmp/browser-dist';
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
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
