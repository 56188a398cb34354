import InlineEngineWorker from '../worker/engine.worker.ts?worker&inline';

/**
 * The single-file edition's engine worker: Vite bundles the worker into this
 * module as text and starts it from a Blob URL, since a page opened from disk
 * (file://) cannot load a worker script from a file beside it.
 */
export function createEngineWorker(name: string): Worker {
  return new InlineEngineWorker({ name });
}
