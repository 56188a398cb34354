import { reasonKindOf, VERDICT_COUNT, VOID, type Verdict } from './verdicts';
import type { ReasonCount } from './types';

/** Placements ruled out, by the first reason found, with the first example of each in words. */
export class Tally {
  readonly placements = new Float64Array(VERDICT_COUNT);
  readonly #examples: (string | undefined)[] = new Array<string | undefined>(VERDICT_COUNT);

  /** Counts `count` placements under `verdict`; `describe` gives the example, asked only for the first. */
  add(verdict: Verdict, count: number, describe: (verdict: Verdict) => string): void {
    if (verdict === VOID) return;
    this.placements[verdict] += count;
    if (this.#examples[verdict] === undefined) this.#examples[verdict] = describe(verdict);
  }

  example(verdict: Verdict): string {
    return this.#examples[verdict] ?? '';
  }

  /** Reasons that ruled anything out, most placements first. */
  reasons(): ReasonCount[] {
    const out: ReasonCount[] = [];
    this.placements.forEach((count, verdict) => {
      if (count > 0) out.push({ kind: reasonKindOf(verdict), placements: count, message: this.example(verdict) });
    });
    return out.sort((a, b) => b.placements - a.placements);
  }
}
