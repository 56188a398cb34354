/** One value in one year. */
export interface YearValue {
  readonly year: number;
  readonly value: number;
}

/** A published series, with the unit and the source it must be shown with. */
export interface SourcedSeries {
  readonly id: string;
  readonly label: string;
  /** 'GW' of installed capacity or 'TWh' of energy drawn: never plotted on one axis. */
  readonly unit: 'GW' | 'TWh';
  readonly source: string;
  /** The constant yearly growth between the published end points, implied by them (0.161 = 16.1 %/yr). */
  readonly growthPerYear: number;
  readonly points: readonly YearValue[];
}

/** Global AI data-centre power: published ranges, and the user's own growth assumption. */
export interface GlobalPowerProjection {
  /** McKinsey's range of capacity demand, GW, 2023–2030 (geometric between its end points). */
  readonly capacityLow: SourcedSeries;
  readonly capacityHigh: SourcedSeries;
  /** IEA's data-centre electricity, TWh, 2024–2030: energy drawn, on its own axis. */
  readonly electricity: SourcedSeries;
  /** The user's assumption: compound growth from the base year's capacity. */
  readonly user: {
    readonly growthPerYear: number;
    readonly baseYear: number;
    readonly baseGw: number;
    readonly points: readonly YearValue[];
    readonly value2030Gw: number;
    /** value2030Gw ÷ baseGw. */
    readonly multiple2030: number;
  };
  /** The article's claim against the data, stated honestly. */
  readonly claim: {
    readonly text: string;
    /** The year the claim is about (2030). */
    readonly year: number;
    readonly claimedGw: number;
    readonly baseGw: number;
    /** claimedGw ÷ baseGw (171 ÷ 60 = 2.85). */
    readonly multiple: number;
    readonly source: string;
  };
}

/**
 * A scenario's power drawn in one year, average kW including PUE, by tier
 * group: device groups; edge = far edge + near edge (the strategies' edge
 * tiers); cloud = regional DCs + cloud regions (where "all in cloud" goes).
 */
export interface TierPowerYear {
  readonly year: number;
  readonly deviceKw: number;
  readonly edgeKw: number;
  readonly cloudKw: number;
  /** deviceKw + edgeKw + cloudKw: compute facilities only, so it tops the stack of the three. */
  readonly totalKw: number;
  /** Network transport (GB × the medium's kWh/GB), apart from the tiers and not in totalKw. */
  readonly networkKw: number;
}

export interface ScenarioPowerProjection {
  readonly current: readonly TierPowerYear[];
  /** The same scenario with every stage in the cloud (the all-in-cloud strategy); null when it cannot be built, with why. */
  readonly allInCloud: readonly TierPowerYear[] | null;
  /**
   * Why allInCloud is null; or, when it is not, what the strategy did: where
   * the stages went, workloads it left in place, and the idle power of edge
   * accelerators it leaves switched on.
   */
  readonly allInCloudNote: string | null;
}

/** One link's busiest-direction load, year by year. */
export interface LinkTrafficProjection {
  readonly linkId: string;
  readonly label: string;
  readonly capacityMbps: number;
  /** Per year of `TrafficProjection.years`. */
  readonly loadMbps: readonly number[];
  readonly utilisation: readonly number[];
  /** First year with utilisation ≥ 1 within the horizon, or null. */
  readonly saturationYear: number | null;
  /** Capacity that keeps the horizon year's load at or under the target utilisation, Mbit/s. */
  readonly capacityNeededMbps: number;
}

export interface TrafficProjection {
  readonly years: readonly number[];
  readonly growth: { readonly deviceCountPerYear: number; readonly dataPerDevicePerYear: number };
  /** Utilisation that capacityNeededMbps is sized for. */
  readonly targetUtilisation: number;
  readonly links: readonly LinkTrafficProjection[];
  /** Links that saturate within the horizon, earliest first (then the highest utilisation at the horizon). */
  readonly firstToSaturate: readonly LinkTrafficProjection[];
}

export interface BackhaulYear {
  readonly year: number;
  readonly backhaulGbPerMonth: number;
  readonly egressUsdPerMonth: number;
}

export interface BackhaulProjection {
  readonly current: readonly BackhaulYear[];
  readonly allInCloud: readonly BackhaulYear[] | null;
}

export interface ProjectionOptions {
  /** Last year projected, at most 2035. */
  readonly horizonYear: number;
  /** The user's own growth assumption for global AI data-centre capacity, per year (0.18 = 18 %). */
  readonly userGrowthPerYear: number;
}

export interface Projections {
  readonly baseYear: number;
  readonly horizonYear: number;
  readonly global: GlobalPowerProjection;
  readonly power: ScenarioPowerProjection;
  readonly traffic: TrafficProjection;
  readonly backhaul: BackhaulProjection;
}
