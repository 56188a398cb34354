import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder baseUrl serves: dist/, or the one TIERSCAPE_DIST names. */
    distDir: string;
  }
}

/**
 * Serves the built page (dist/, or the folder TIERSCAPE_DIST names) for the
 * browser tests; `npm run test:browser` builds it first.
 */
export default async function setup(project: TestProject) {
  const dist = process.env.TIERSCAPE_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`npm run build\` before the browser tests`);
  const server = await startStaticServer(dist);
  project.provide('baseUrl', server.url);
  project.provide('distDir', resolve(dist));
  return () => server.close();
}
