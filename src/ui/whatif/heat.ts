import type { FailureImpact, ResilienceReport } from '../../engine/result';

/** How bad one element's failure is, for sorting and the canvas heat-map: lost workloads first, then broken objectives, then delay. */
export function severity(impact: FailureImpact): number {
  return impact.disconnected.length * 1e6 + impact.missedObjective.length * 1e3 + Math.min(999, impact.worstDeltaP95Ms);
}

export type HeatLevel = 0 | 1 | 2 | 3;

/**
 * Heat level per element id: 3 when its failure disconnects a workload,
 * 2 when it breaks an objective, 1 when it only adds delay, 0 (absent) when
 * nothing changes. Levels, not a continuous scale, so the legend can name them.
 */
export function heatLevels(report: ResilienceReport | null): Map<string, HeatLevel> {
  const levels = new Map<string, HeatLevel>();
  for (const impact of report?.impacts ?? []) {
    const level: HeatLevel =
      impact.disconnected.length > 0 ? 3 : impact.missedObjective.length > 0 ? 2 : impact.worstDeltaP95Ms > 0.001 ? 1 : 0;
    if (level > 0) levels.set(impact.elementId, level);
  }
  return levels;
}

export const HEAT_LABELS: Readonly<Record<Exclude<HeatLevel, 0>, string>> = {
  3: 'its failure disconnects a workload',
  2: 'its failure breaks an objective',
  1: 'its failure adds delay',
};
