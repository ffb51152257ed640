/** A fresh production build of the reader served on a free loopback port, for the screenshot scripts. */
import { build, preview } from 'vite';

/** Builds into `outDir`, serves it, and returns its base address (no trailing slash) and how to stop it. */
export async function serveFreshBuild(outDir: string): Promise<{ base: string; close: () => Promise<void> }> {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!base) {
    await server.close();
    throw new Error('the preview server reported no local URL');
  }
  return { base, close: () => server.close() };
}
