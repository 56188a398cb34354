/**
 * What the build tells the service worker (serviceWorker.ts): the files to
 * precache and a version that changes whenever any of them does. The build
 * writes it into the worker's script as the constant PRECACHE_MANIFEST, so a
 * new build is a byte-different script, which is what makes a browser
 * install the new worker.
 */
export interface PrecacheManifest {
  /** A hash of the file list and every file's contents. */
  readonly version: string;
  /** Paths relative to the service worker, which sits beside index.html. */
  readonly files: readonly string[];
}

/** The name the build gives the constant, declared in serviceWorker.ts. */
export const MANIFEST_CONSTANT = 'PRECACHE_MANIFEST';

/** The service worker's file, written beside index.html by the build. */
export const SERVICE_WORKER_FILE = 'sw.js';
