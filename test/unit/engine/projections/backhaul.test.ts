import { describe, expect, it } from 'vitest';
import { projectScenario } from '../../../../src/engine/projections';
import { expectClose } from '../../helpers/approx';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';

/**
 * 1,000 phones on Wi-Fi send 0.01 request/s each (10/s, 1 kB each) over the
 * public internet to an AWS region, which sends back 1 MB per request:
 *
 *   back     10/s × 1 MB × 730 h × 3,600 s = 26,280 GB/month, all cloud egress
 *   out      10/s × 1 kB × 730 h × 3,600 s =     26.28 GB/month
 *   egress   AWS bands: 100 GB free, 10,140 GB × $0.09 = $912.60,
 *            the remaining 16,040 GB × $0.085 = $1,363.40: $2,276.00
 *   backhaul the internet link is wired, the Wi-Fi link is radio: 26,306.28 GB
 */
function cloudDownloads() {
  return scenario({
    sites: [
      site('phones', 'device', { deviceCount: 1000 }),
      site('ap', 'farEdge'),
      site('region', 'cloud', { compute: { acceleratorId: 'l4', count: 8 }, egressTariff: 'aws' }),
    ],
    links: [
      link('wifi', 'phones', 'ap', 'wifi-6', 10_000, { lengthKm: 0.05 }),
      link('net', 'ap', 'region', 'internet', 10_000, { lengthKm: 300 }),
    ],
    workloads: [
      workload('download', 'phones', [stage('render', 'region', { gflopsPerRequest: 10, outputKB: 1000 })], {
        requestsPerSecondPerDevice: 0.01,
        inputKB: 1,
        returnsToDevice: true,
      }),
    ],
  });
}

/** AWS internet egress (catalogue), USD for a month's GB. */
const awsUsd = (gb: number) => 10_140 * 0.09 + (gb - 10_240) * 0.085;

describe('projectScenario(scenario, options).backhaul', () => {
  const backhaul = projectScenario(cloudDownloads(), { horizonYear: 2027, userGrowthPerYear: 0.18 }).backhaul;

  it('counts the GB on wired links only, both ways, year by year at 19 %/yr', () => {
    expect(backhaul.current.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    backhaul.current.forEach((y, n) => expectClose(y.backhaulGbPerMonth, 26_306.28 * Math.pow(1.19, n), 1e-12));
  });

  it('prices egress through the tariff’s bands: $2,276.00 as drawn, $2,700.42 a year on (31,273.2 GB)', () => {
    expectClose(backhaul.current[0].egressUsdPerMonth, 2276, 1e-12);
    expectClose(backhaul.current[1].egressUsdPerMonth, awsUsd(26_280 * 1.19), 1e-12);
    expect(backhaul.current[1].egressUsdPerMonth).toBeCloseTo(2700.422, 6);
    // Banded, so not in proportion to the volume: the marginal rate falls.
    expect(backhaul.current[1].egressUsdPerMonth / backhaul.current[0].egressUsdPerMonth).toBeLessThan(1.19);
  });

  it('is the same for all in cloud when every stage already is in the cloud', () => {
    expect(backhaul.allInCloud).toEqual(backhaul.current);
  });
});
