import type { MediumId } from '../catalogue/media';
import type { TierId } from '../catalogue/tiers';
import type { Scenario } from '../scenario/schema';

/** What a story is told from: a template's two variants and the moments its presentation shows. */
export interface StoryInput {
  readonly baseline: Scenario;
  readonly edge: Scenario;
  /** The workload whose figures headline every step. */
  readonly workloadId: string;
  /** The link cut in the third step. */
  readonly cutLinkId: string;
  /** The URLLC slice of the fourth step; absent, the step is left out. */
  readonly slice?: { readonly workloadIds: readonly string[]; readonly linkIds: readonly string[]; readonly reservedMbps: number };
  /** The year the last step looks at. */
  readonly projectionYear: number;
  /** The second step's title when the move is not "to the edge" (a burst to another region). */
  readonly edgeTitle?: string;
}

export type StepId = 'baseline' | 'edge' | 'cut' | 'slice' | 'projection';

/** A figure before and after a step; null where there is none (a workload cut off, or nothing before the first step). */
export interface StepFigure {
  readonly label: string;
  readonly unit: 'ms' | 'USD/month' | 'GB/month' | '%' | 'workloads' | 'violations';
  readonly before: number | null;
  readonly after: number | null;
  /** Whether a fall is good news (latency, cost) or bad (a pass rate). */
  readonly lowerIsBetter: boolean;
  /** Why `before` or `after` is null when a workload has no latency: "saturated", "cut off", "no compute". */
  readonly beforeNote: string | null;
  readonly afterNote: string | null;
}

/** One stop on the headline workload's request path. */
export interface PathSite {
  readonly siteId: string;
  readonly name: string;
  readonly tier: TierId;
  /** Names of the workload's stages that run here. */
  readonly stages: readonly string[];
}

/** The link between two stops. */
export interface PathLink {
  readonly linkId: string;
  readonly name: string;
  readonly medium: MediumId;
  readonly utilisation: number;
  /** Whether this is the link the story cuts (drawn crossed out in the cut step). */
  readonly cut: boolean;
  /** Whether the request rides the link's URLLC slice, so `utilisation` is the slice's. */
  readonly inSlice: boolean;
}

/** The request path: sites with links between them (links.length = sites.length − 1); empty when the workload is cut off. */
export interface StoryPath {
  readonly sites: readonly PathSite[];
  readonly links: readonly PathLink[];
}

export interface StoryStep {
  readonly id: StepId;
  readonly title: string;
  /** The one number this step is about. */
  readonly headline: StepFigure;
  /** A few more figures that moved. */
  readonly figures: readonly StepFigure[];
  /** The plain-language sentence shown under the number: "p95 latency 84 ms → 11 ms; egress −92 %". */
  readonly caption: string;
  /** What the step shows on the path diagram. */
  readonly path: StoryPath;
  /** The link cut in this step, by name ("Long-haul fibre Telco MEC – Cloud region Paris"); null when none is. */
  readonly cutLink: string | null;
}

export interface Story {
  readonly workloadName: string;
  readonly objectiveP95Ms: number;
  readonly steps: readonly StoryStep[];
}
