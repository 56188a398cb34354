import { describe, expect, it } from 'vitest';
import { evaluateScenario, type Scenario } from '../../../../src/engine';
import { MEDIA } from '../../../../src/engine/catalogue/media';
import { linkResultAt } from '../../../../src/engine/resultColumns';
import { expectClose } from '../../helpers/approx';
import { link, scenario, site, stage, workload } from '../../helpers/scenarios';

/** Phones → MEC (5G) → cloud (long-haul): a three-site chain whose middle site may lose its coordinates. */
function chain(mecPlaced: boolean, lengthKm?: number): Scenario {
  const mec = site('mec', 'nearEdge', { location: { lat: 48.8566, lon: 2.3522 } });
  if (!mecPlaced) delete (mec as { location?: unknown }).location;
  return scenario({
    sites: [
      site('phones', 'device', { deviceCount: 10, location: { lat: 48.86, lon: 2.35 } }),
      mec,
      site('cloud', 'cloud', { location: { lat: 50.1109, lon: 8.6821 }, compute: { acceleratorId: 'l4', count: 1 } }),
    ],
    links: [
      link('radio', 'phones', 'mec', '5g-embb', 500),
      link('backhaul', 'mec', 'cloud', 'long-haul-fibre', 10_000, lengthKm === undefined ? {} : { lengthKm }),
    ],
    workloads: [workload('w', 'phones', [stage('s', 'cloud', { gflopsPerRequest: 10, outputKB: 0 })], { latencyObjectiveP95Ms: 500 })],
  });
}

const lengthOf = (doc: Scenario, id: string) => {
  const result = evaluateScenario(doc);
  return linkResultAt(
    result.links,
    doc.links.findIndex((l) => l.id === id),
  ).lengthKm;
};

describe('a site not yet placed on the map', () => {
  it('is a valid site: its links take the medium’s assumed span from the catalogue', () => {
    const doc = chain(false);
    expect(evaluateScenario(doc).workloads[0].status).toBe('ok');
    expect(lengthOf(doc, 'radio')).toBe(MEDIA['5g-embb'].unplacedLengthKm.value);
    expect(lengthOf(doc, 'backhaul')).toBe(MEDIA['long-haul-fibre'].unplacedLengthKm.value);
  });

  it('keeps an explicit link length', () => {
    expect(lengthOf(chain(false, 123), 'backhaul')).toBe(123);
  });

  it('takes the user’s value for the assumed span', () => {
    const doc = { ...chain(false), assumptionOverrides: { 'medium.long-haul-fibre.unplacedLengthKm': 80 } };
    expect(lengthOf(doc, 'backhaul')).toBe(80);
  });

  it('changes nothing for links whose ends are both placed', () => {
    // Paris → Frankfurt great circle ≈ 479 km, × the long-haul route factor.
    const placed = lengthOf(chain(true), 'backhaul');
    expectClose(placed, 479 * MEDIA['long-haul-fibre'].routeFactor.value, 0.01 * placed);
  });
});
