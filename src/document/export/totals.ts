import type { EnergyBucket, EvaluationResult } from '../../engine/result';

/** The headline figures of a result: `totals` in the JSON export. */
export interface ResultTotals {
  readonly totalUsdPerMonth: number;
  readonly computeUsdPerMonth: number;
  readonly transportUsdPerMonth: number;
  readonly egressUsdPerMonth: number;
  readonly sliceUsdPerMonth: number;
  readonly burstUsdPerMonth: number;
  /** Cost no workload uses: idle accelerators, unused links. */
  readonly unattributedUsdPerMonth: number;
  readonly egressGbPerMonth: number;
  readonly requestsPerMonth: number;
  readonly usdPerThousandRequests: number | null;
  readonly energyKwhPerMonth: number;
  readonly averageKw: number;
  /** Compute by tier (facility power, with PUE) and network transport. */
  readonly energyKwhPerMonthByBucket: Readonly<Record<EnergyBucket, number>>;
  readonly workloadCount: number;
  readonly workloadsMeetingObjective: number;
  /** Workloads whose status is not ok (saturated, unreachable or without compute). */
  readonly workloadsWithoutResult: number;
  readonly saturatedLinkCount: number;
  readonly saturatedSiteCount: number;
  readonly sovereigntyViolationCount: number;
  readonly warningCount: number;
}

const countOnes = (flags: Uint8Array) => flags.reduce((sum, flag) => sum + flag, 0);

export function resultTotals(result: EvaluationResult): ResultTotals {
  const { cost, energy } = result;
  return {
    totalUsdPerMonth: cost.totalUsdPerMonth,
    computeUsdPerMonth: cost.computeUsdPerMonth,
    transportUsdPerMonth: cost.transportUsdPerMonth,
    egressUsdPerMonth: cost.egressUsdPerMonth,
    sliceUsdPerMonth: cost.sliceUsdPerMonth,
    burstUsdPerMonth: cost.burstUsdPerMonth,
    unattributedUsdPerMonth: cost.unattributedUsdPerMonth,
    egressGbPerMonth: cost.egressGbPerMonth,
    requestsPerMonth: cost.requestsPerMonth,
    usdPerThousandRequests: cost.usdPerThousandRequests,
    energyKwhPerMonth: energy.totalKwhPerMonth,
    averageKw: energy.totalAverageKw,
    energyKwhPerMonthByBucket: { ...energy.kwhPerMonth },
    workloadCount: result.workloads.length,
    workloadsMeetingObjective: result.workloads.filter((w) => w.meetsObjective).length,
    workloadsWithoutResult: result.workloads.filter((w) => w.status !== 'ok').length,
    saturatedLinkCount: countOnes(result.links.saturated),
    saturatedSiteCount: countOnes(result.sites.saturated),
    sovereigntyViolationCount: result.sovereignty.length,
    warningCount: result.warnings.length,
  };
}
