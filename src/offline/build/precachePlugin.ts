import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';
import { MANIFEST_CONSTANT, SERVICE_WORKER_FILE } from '../precacheManifest.js';
import { precacheManifestOf } from './precacheManifestOf.js';

const SOURCE = resolve(import.meta.dirname, '../serviceWorker.ts');

/**
 * The service worker's source as a classic script: types stripped, and the
 * `export {}` that stripping leaves to keep a module a module taken out
 * (classic, because not every browser runs module service workers).
 */
async function classicScript(file: string): Promise<string> {
  const { code } = await transformWithOxc(await readFile(file, 'utf8'), file, { lang: 'ts' });
  const script = code.replace(/^export \{\};?\s*$/m, '');
  if (/^\s*(import|export)\b/m.test(script)) throw new Error(`${file} must import and export nothing: it is not bundled`);
  return script;
}

/**
 * Writes the service worker (src/offline/serviceWorker.ts) beside index.html
 * once the bundle and the public files are in the output folder, with the
 * list of those files and their version in front of it. Hand-written rather
 * than a service-worker library: the whole job is a file list, a hash and
 * thirty lines of worker.
 */
export function precachePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'tierscape:precache',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const outDir = resolve(config.root, config.build.outDir);
        const manifest = await precacheManifestOf(outDir, (path) => path === SERVICE_WORKER_FILE || path.endsWith('.map'));
        const script = `const ${MANIFEST_CONSTANT} = ${JSON.stringify(manifest)};\n${await classicScript(SOURCE)}`;
        await writeFile(join(outDir, SERVICE_WORKER_FILE), script);
        config.logger.info(`service worker: ${SERVICE_WORKER_FILE} precaches ${manifest.files.length} files, version ${manifest.version}`);
      },
    },
  };
}
