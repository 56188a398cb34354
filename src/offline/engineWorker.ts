/**
 * Starts the engine worker from its own file beside the page, which Vite
 * emits under assets/ with a relative URL, so any host and sub-path works.
 * The single-file edition swaps this module for engineWorker.single-file.ts.
 */
export function createEngineWorker(name: string): Worker {
  return new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name });
}
