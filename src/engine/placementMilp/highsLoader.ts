import type { Highs } from 'highs';

/**
 * Where the HiGHS WebAssembly binary is. The npm package `highs` ships it as
 * `node_modules/highs/build/highs.wasm`, exported as the subpath `highs/runtime`.
 *
 * - Node (tests, bench, CLI): leave `locateFile` out. The loader
 *   (`build/highs.mjs`) reads `highs.wasm` from beside itself with node:fs.
 * - Browser worker (Vite): let Vite emit the binary as an asset and pass its URL:
 *
 *     import wasmUrl from 'highs/runtime?url';
 *     const highs = await loadHighs({ locateFile: () => wasmUrl });
 */
export interface HighsLoadOptions {
  /** Returns the URL or path of an asset the Emscripten loader asks for (`highs.wasm`). */
  readonly locateFile?: (file: string) => string;
}

let loading: Promise<Highs> | null = null;

/**
 * Loads HiGHS once per realm (worker or Node process) and hands every caller
 * the same instance; the options of the first call win. The package is
 * imported dynamically, so a bundle that never optimises never fetches the
 * 170 kB loader or the 3.5 MB binary. A failed load is forgotten, so the
 * next call tries again.
 */
export function loadHighs(options: HighsLoadOptions = {}): Promise<Highs> {
  loading ??= import('highs')
    .then((module) => module.default(options.locateFile === undefined ? {} : { locateFile: options.locateFile }))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
