/** How an evaluation runs. Everything is optional; the defaults give the standard result. */
export interface EvaluateOptions {
  /** Sample each workload's latency to check the closed-form tail (seeded, so repeatable). */
  readonly monteCarlo?: { readonly samples: number; readonly seed: number };
  /** Evaluate with these elements failed. */
  readonly failed?: { readonly linkIds?: readonly string[]; readonly siteIds?: readonly string[] };
  /** Also evaluate without slices and without bursts, to show what each choice buys (default true). */
  readonly whatIfs?: boolean;
}

/** Switches for the counterfactual runs behind the what-ifs. */
export interface RunFlags {
  readonly slicesEnabled: boolean;
  readonly burstEnabled: boolean;
}

export const STANDARD_RUN: RunFlags = { slicesEnabled: true, burstEnabled: true };
