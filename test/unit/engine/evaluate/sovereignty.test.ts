import { describe, expect, it } from 'vitest';
import { evaluateScenario, type DataClass } from '../../../../src/engine';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';

const PARIS = { lat: 48.8566, lon: 2.3522 };
const VIRGINIA = { lat: 39.0438, lon: -77.4874 };

/** Phones in the UK, an edge site in the UK, and a data centre in the EU. */
function ukToEu(secondStageClass: DataClass) {
  return scenario({
    sites: [
      site('phones', 'device'),
      site('edge', 'farEdge', { compute: { acceleratorId: 'l4', count: 1 } }),
      site('paris', 'regionalDc', { location: PARIS, jurisdiction: 'EU', compute: { acceleratorId: 'l4', count: 1 } }),
    ],
    links: [link('radio', 'phones', 'edge', 'wifi-6', 1000, { lengthKm: 0.1 }), link('uk-eu', 'edge', 'paris', 'long-haul-fibre', 10_000)],
    workloads: [
      workload(
        'faces',
        'phones',
        [
          stage('crop', 'edge', { name: 'Crop faces', gflopsPerRequest: 1, outputKB: 20, inputDataClass: 'rawPersonal' }),
          stage('match', 'paris', { name: 'Match faces', gflopsPerRequest: 1, outputKB: 1, inputDataClass: secondStageClass }),
        ],
        { requestsPerSecondPerDevice: 0.1, returnsToDevice: true },
      ),
    ],
  });
}

describe('evaluateScenario: sovereignty', () => {
  it('flags a rawPersonal stage placed in another jurisdiction, naming the stage and the links', () => {
    const result = evaluateScenario(ukToEu('rawPersonal'));
    expect(result.sovereignty).toEqual([
      {
        workloadId: 'faces',
        stageId: 'match',
        stageName: 'Match faces',
        sourceJurisdiction: 'UK',
        reachedJurisdictions: ['EU'],
        linkIds: ['uk-eu'],
        message: expect.stringContaining('Match faces'),
      },
    ]);
    expect(result.sovereignty[0].message).toContain('uk-eu');
    expect(result.warnings).toContainEqual(expect.objectContaining({ kind: 'sovereignty', elementIds: ['faces', 'uk-eu'] }));
  });

  it('allows raw personal data that stays in its jurisdiction', () => {
    // The first stage, in the UK, receives rawPersonal data and is not flagged.
    expect(evaluateScenario(ukToEu('derived')).sovereignty).toEqual([]);
  });

  it('allows derived data, and the answer returning to the device, to cross borders', () => {
    const result = evaluateScenario(ukToEu('derived'));
    expect(result.warnings.filter((w) => w.kind === 'sovereignty')).toEqual([]);
  });

  it('counts jurisdictions crossed in transit, not only the destination', () => {
    const doc = scenario({
      sites: [
        site('phones', 'device'),
        site('paris', 'nearEdge', { location: PARIS, jurisdiction: 'EU' }),
        site('virginia', 'cloud', { location: VIRGINIA, jurisdiction: 'US', compute: { acceleratorId: 'h100-sxm', count: 1 } }),
      ],
      links: [link('uk-eu', 'phones', 'paris', 'internet', 1000), link('eu-us', 'paris', 'virginia', 'long-haul-fibre', 10_000)],
      workloads: [
        workload('w', 'phones', [stage('s', 'virginia', { gflopsPerRequest: 1, inputDataClass: 'rawPersonal' })], {
          requestsPerSecondPerDevice: 0.01,
        }),
      ],
    });
    const [violation] = evaluateScenario(doc).sovereignty;
    expect(violation.reachedJurisdictions).toEqual(['EU', 'US']);
    expect(violation.linkIds).toEqual(['uk-eu', 'eu-us']);
  });
});
