import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The garbage collector, so each size starts from a clean heap. Exposed at
 * run time (V8 flag + a fresh context) so `tsx bench/run.ts` needs no flag;
 * `--expose-gc` on the command line works too.
 */
function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing !== undefined) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export const collectGarbage = exposeGc();

const MB = 1024 * 1024;

/** Highest heapUsed and RSS seen across samples, MB. Sample right after each run, before anything collects. */
export class MemoryPeak {
  heapUsedMb = 0;
  rssMb = 0;

  sample(): void {
    const m = process.memoryUsage();
    this.heapUsedMb = Math.max(this.heapUsedMb, m.heapUsed / MB);
    this.rssMb = Math.max(this.rssMb, m.rss / MB);
  }
}
