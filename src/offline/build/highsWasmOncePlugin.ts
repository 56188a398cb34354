import type { Plugin } from 'vite';

/** In highs.mjs (npm `highs` 1.15), the wasm's default location, used only when no locateFile is given. */
const DEFAULT_LOCATION = 'new URL("highs.wasm",import.meta.url).href';

/**
 * When every asset is inlined, Vite would inline the 3.5 MB HiGHS binary
 * twice: once for the worker's `highs/runtime?url` import and once for this
 * default location in the loader. The worker always passes locateFile
 * (src/worker/engineApi.ts), so the default is never used: this plugin
 * replaces it with the bare file name. It fails the build if the loader no
 * longer has that text, rather than silently doubling the file.
 */
export function highsWasmOncePlugin(): Plugin {
  return {
    name: 'tierscape:highs-wasm-once',
    enforce: 'pre',
    transform: {
      filter: { id: /[\\/]highs[\\/]build[\\/]highs\.mjs$/ },
      handler(code) {
        if (!code.includes(DEFAULT_LOCATION)) this.error(`highs.mjs no longer contains ${DEFAULT_LOCATION}: update highsWasmOncePlugin`);
        return { code: code.replace(DEFAULT_LOCATION, '"highs.wasm"'), map: null };
      },
    },
  };
}
