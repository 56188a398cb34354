import {
  ARTICLE_CLAIM,
  IEA_2025_SOURCE,
  IEA_ELECTRICITY,
  MCKINSEY_2024_SOURCE,
  MCKINSEY_CAPACITY_HIGH,
  MCKINSEY_CAPACITY_LOW,
  type PublishedTrend,
} from '../catalogue/projections';
import { compoundPoints, geometricPoints, impliedGrowthPerYear } from './geometric';
import type { GlobalPowerProjection, SourcedSeries } from './types';

const percentPerYear = (growth: number) => `${(growth * 100).toFixed(1)} %/yr`;
const times = (multiple: number) => `×${multiple.toFixed(2)}`;

/** A published trend as a yearly geometric series, labelled with the growth its end points imply. */
function publishedSeries(id: string, what: string, unit: SourcedSeries['unit'], source: string, trend: PublishedTrend): SourcedSeries {
  const growthPerYear = impliedGrowthPerYear(trend.start.value, trend.end.value, trend.endYear - trend.startYear);
  return {
    id,
    label: `${what} (${percentPerYear(growthPerYear)})`,
    unit,
    source,
    growthPerYear,
    points: geometricPoints(trend.startYear, trend.start.value, trend.endYear, trend.end.value),
  };
}

/**
 * The claim in words, with its arithmetic: ~170 GW is McKinsey's low end,
 * which from its 60 GW base is less than triple; only the high end triples.
 */
function claimText(claimedGw: number, baseGw: number, highGw: number): string {
  return (
    `The article says AI data-centre power demand will "${ARTICLE_CLAIM.quote}". ` +
    `From McKinsey's ~${baseGw} GW in ${MCKINSEY_CAPACITY_LOW.startYear}, ${claimedGw} GW (the low end of its ${ARTICLE_CLAIM.year} range) ` +
    `is ${times(claimedGw / baseGw)}, not more than triple; only the upper end, ${highGw} GW (${times(highGw / baseGw)}), more than triples.`
  );
}

/**
 * Global AI data-centre power, needing no scenario: McKinsey's capacity
 * range and IEA's electricity as geometric series between their published
 * end points, the user's own compound growth from McKinsey's 2023 base (to
 * 2030, the span the publications cover), and the article's claim checked
 * against them.
 */
export function projectGlobalPower(userGrowthPerYear: number): GlobalPowerProjection {
  const base = MCKINSEY_CAPACITY_LOW.start.value;
  const baseYear = MCKINSEY_CAPACITY_LOW.startYear;
  const endYear = MCKINSEY_CAPACITY_LOW.endYear;
  const userPoints = compoundPoints(baseYear, base, userGrowthPerYear, endYear);
  const value2030Gw = userPoints[userPoints.length - 1].value;
  const claimedGw = ARTICLE_CLAIM.claimed.value;
  const claimBaseGw = ARTICLE_CLAIM.base.value;
  return {
    capacityLow: publishedSeries('mckinsey-capacity-low', 'McKinsey, low end', 'GW', MCKINSEY_2024_SOURCE, MCKINSEY_CAPACITY_LOW),
    capacityHigh: publishedSeries('mckinsey-capacity-high', 'McKinsey, high end', 'GW', MCKINSEY_2024_SOURCE, MCKINSEY_CAPACITY_HIGH),
    electricity: publishedSeries('iea-electricity', 'IEA electricity, base case', 'TWh', IEA_2025_SOURCE, IEA_ELECTRICITY),
    user: { growthPerYear: userGrowthPerYear, baseYear, baseGw: base, points: userPoints, value2030Gw, multiple2030: value2030Gw / base },
    claim: {
      text: claimText(claimedGw, claimBaseGw, MCKINSEY_CAPACITY_HIGH.end.value),
      year: ARTICLE_CLAIM.year,
      claimedGw,
      baseGw: claimBaseGw,
      multiple: claimedGw / claimBaseGw,
      source: `The article's Figure 1, checked against ${MCKINSEY_2024_SOURCE}`,
    },
  };
}
