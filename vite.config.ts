import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
// The config's own imports name their files (.js for .ts, as TypeScript maps them), as Vite's coming native config loader wants.
import { devServerPolicyPlugin } from './src/offline/build/devServerPolicyPlugin.js';
import { editionSwapPlugin } from './src/offline/build/editionSwapPlugin.js';
import { highsWasmOncePlugin } from './src/offline/build/highsWasmOncePlugin.js';
import { precachePlugin } from './src/offline/build/precachePlugin.js';
import { singleFilePlugin } from './src/offline/build/singleFilePlugin.js';
import { SINGLE_FILE_MODE } from './src/offline/mode.js';

/** The single-file offline edition's page, written to dist-offline/ by `npm run build:offline`. */
const SINGLE_FILE_NAME = 'tierscape.html';

/**
 * `vite build --mode single-file`: one HTML file with everything inline (the
 * engine worker as a Blob URL, the HiGHS WebAssembly and the presets as data:
 * URLs), which works opened from disk.
 */
const singleFileEdition: UserConfig = {
  // No folder beside the page: the presets are bundled (src/offline/presetSource.single-file.ts).
  publicDir: false,
  // Vite leaves its preload marker in dynamic imports it inlines (codeSplitting: false below): define it away.
  define: { __VITE_PRELOAD__: 'void 0' },
  plugins: [svelte(), editionSwapPlugin(resolve(import.meta.dirname, 'src/offline')), singleFilePlugin(SINGLE_FILE_NAME)],
  worker: {
    // Classic, not module: Chromium refuses a module worker from a Blob URL in a page opened from disk (opaque origin).
    // IIFE output also puts the HiGHS loader, imported lazily, in the one script: a Blob-URL worker has no folder to import from.
    format: 'iife',
    plugins: () => [highsWasmOncePlugin()],
  },
  build: {
    outDir: 'dist-offline',
    target: 'es2022',
    sourcemap: false,
    // Every asset as a data: URL, the HiGHS WebAssembly included; one chunk, one stylesheet, and no preload
    // links: singleFilePlugin then puts the script and the stylesheet in the page, and stops if anything is left over.
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
};

/** The hosted page: dist/, with relative URLs so it works from any host and sub-path, and a service worker for offline use. */
const hostedPage: UserConfig = {
  publicDir: 'static',
  plugins: [svelte(), devServerPolicyPlugin(), precachePlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
};

export default defineConfig(({ mode }) => ({
  // Relative asset URLs let dist/ be served from any host and sub-path.
  base: './',
  ...(mode === SINGLE_FILE_MODE ? singleFileEdition : hostedPage),
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/setup/global.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
