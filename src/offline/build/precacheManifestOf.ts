import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { PrecacheManifest } from '../precacheManifest.js';

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * The precache manifest of a build's output folder: every file in it except
 * those `leaveOut` names (the service worker itself, source maps), and a
 * version hashed from each path and its contents, so any change to any file,
 * or a file added or removed, gives a new version.
 */
export async function precacheManifestOf(dir: string, leaveOut: (path: string) => boolean): Promise<PrecacheManifest> {
  const files = (await filesUnder(dir)).filter((path) => !leaveOut(path));
  const hash = createHash('sha256');
  for (const path of files) {
    hash.update(`${path}\0`);
    hash.update(
      createHash('sha256')
        .update(await readFile(join(dir, path)))
        .digest(),
    );
  }
  return { version: hash.digest('hex').slice(0, 16), files };
}
