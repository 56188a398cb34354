import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const SUFFIX = '.single-file.ts';

/**
 * For the single-file edition, resolves every import of `folder/NAME.ts` to
 * `folder/NAME.single-file.ts` where that file exists. The choice is made
 * when the module graph is built, so the hosted bundle never contains the
 * single-file code (such as the worker inlined as text) and the reverse.
 */
export function editionSwapPlugin(folder: string): Plugin {
  const names = readdirSync(folder)
    .filter((file) => file.endsWith(SUFFIX))
    .map((file) => file.slice(0, -SUFFIX.length));
  // Only imports that end in one of those names are resolved here, so the rest of the graph costs nothing.
  const mayName = new RegExp(`/(?:${names.join('|')})(?:\\.ts)?$`);
  return {
    name: 'tierscape:edition-swap',
    enforce: 'pre',
    resolveId: {
      filter: { id: mayName },
      async handler(source, importer, options) {
        if (importer === undefined) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        if (resolved === null || !resolved.id.startsWith(folder) || !resolved.id.endsWith('.ts')) return null;
        const swapped = join(folder, `${resolved.id.slice(folder.length + 1, -'.ts'.length)}${SUFFIX}`);
        return existsSync(swapped) ? swapped : null;
      },
    },
  };
}
