import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraphml } from '../../../../src/document/import/importGraphml';
import { MEDIA } from '../../../../src/engine/catalogue/media';
import { evaluateScenario } from '../../../../src/engine/evaluate/evaluate';
import type { Scenario } from '../../../../src/engine/scenario/schema';
import { validateScenario } from '../../../../src/engine/scenario/validate';
import { expectAllFinite, expectClose } from '../../helpers/approx';

// The Internet Topology Zoo samples (CC BY 4.0; Knight et al., IEEE JSAC 29(9), 2011):
// a fixture copy if there is one, else the shared data folder beside the checkout.
const ZOO_FOLDERS = [resolve('test/fixtures/topology-zoo'), resolve('../shared/data/topology-zoo')];
const zooFolder = ZOO_FOLDERS.find((folder) => existsSync(join(folder, 'Abilene.graphml')));
if (zooFolder === undefined) throw new Error(`Topology Zoo samples not found in ${ZOO_FOLDERS.join(' or ')}`);
const readSample = (name: string) => readFileSync(join(zooFolder, name), 'utf8');

/** Counted from the text with regular expressions, independently of the importer's XML parser. */
function countsFromText(text: string) {
  const nodes = text.match(/<node\s/g)?.length ?? 0;
  const edges = [...text.matchAll(/<edge\s+source="([^"]*)"\s+target="([^"]*)"/g)].map((m) => [m[1], m[2]]);
  const pairs = new Set(edges.filter(([a, b]) => a !== b).map(([a, b]) => (a < b ? `${a} ${b}` : `${b} ${a}`)));
  return { nodes, edges: edges.length, pairs: pairs.size };
}

/** Great-circle distance by the spherical law of cosines (not the engine's haversine), km. */
function lawOfCosinesKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const cosAngle =
    Math.sin(a.lat * rad) * Math.sin(b.lat * rad) + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.cos((b.lon - a.lon) * rad);
  return 6371 * Math.acos(Math.min(1, cosAngle));
}

function linkBetween(scenario: Scenario, nameA: string, nameB: string) {
  const idOf = (name: string) => scenario.sites.find((s) => s.name === name)!.id;
  const [a, b] = [idOf(nameA), idOf(nameB)];
  const index = scenario.links.findIndex((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
  expect(index, `a link between ${nameA} and ${nameB}`).toBeGreaterThanOrEqual(0);
  return { index, link: scenario.links[index] };
}

function imported(file: string): { scenario: Scenario; summary: readonly string[] } {
  const result = importGraphml(readSample(file), file);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result;
}

describe.each(['Abilene.graphml', 'Geant2012.graphml', 'Uninett2010.graphml'])('importGraphml(%s)', (file) => {
  const text = readSample(file);
  const { scenario, summary } = imported(file);
  const counts = countsFromText(text);

  it('passes validateScenario and evaluates to finite figures without workloads', () => {
    expect(validateScenario(scenario).ok).toBe(true);
    expect(scenario.workloads).toEqual([]);
    const result = evaluateScenario(scenario);
    expect(result.links.utilisation).toHaveLength(scenario.links.length);
    expectAllFinite(result.cost);
    expectAllFinite(Array.from(result.links.lengthKm));
  });

  it('makes one site per node and one link per connected pair, and says how many edges it read', () => {
    expect(scenario.sites).toHaveLength(counts.nodes);
    expect(scenario.links).toHaveLength(counts.pairs);
    expect(summary[0]).toContain(`from ${counts.edges} edges`);
  });

  it('places every site at a distinct canvas cell and keeps its coordinates in range', () => {
    const cells = new Set(scenario.sites.map((s) => `${s.position!.x},${s.position!.y}`));
    expect(cells.size).toBe(scenario.sites.length);
    for (const site of scenario.sites) {
      expect(Math.abs(site.location!.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(site.location!.lon)).toBeLessThanOrEqual(180);
    }
  });

  it('credits the Internet Topology Zoo and its licence in the description', () => {
    expect(scenario.description).toContain('Internet Topology Zoo');
    expect(scenario.description).toContain('topology-zoo.org');
    expect(scenario.description).toContain('CC BY 4.0');
    expect(scenario.description).toContain('IEEE JSAC 29(9), 2011');
  });
});

describe('importGraphml on the Zoo samples: geography and capacities', () => {
  it('Abilene: sites sit at their file coordinates, and east is right of west on the canvas', () => {
    const { scenario } = imported('Abilene.graphml');
    const newYork = scenario.sites.find((s) => s.name === 'New York')!;
    const seattle = scenario.sites.find((s) => s.name === 'Seattle')!;
    expect(newYork.location).toEqual({ lat: 40.71427, lon: -74.00597 });
    expect(newYork.position!.x).toBeGreaterThan(seattle.position!.x);
    expect(scenario.sites.every((s) => s.jurisdiction === 'US' && s.tier === 'regionalDc' && s.compute.count === 0)).toBe(true);
  });

  it('Abilene: the engine derives New York–Chicago as great-circle distance × route factor (within 1 %)', () => {
    const { scenario } = imported('Abilene.graphml');
    const { index, link } = linkBetween(scenario, 'New York', 'Chicago');
    expect(link.lengthKm).toBeUndefined();
    expect(link.medium).toBe('long-haul-fibre');
    const handKm = lawOfCosinesKm({ lat: 40.71427, lon: -74.00597 }, { lat: 41.85003, lon: -87.65005 });
    expectClose(handKm, 1145, 0.01);
    const engineKm = evaluateScenario(scenario).links.lengthKm[index];
    expectClose(engineKm / MEDIA['long-haul-fibre'].routeFactor.value, handKm, 0.01);
  });

  it('Abilene: OC-192c labels give the SONET line rate, 192 × 51.84 Mbit/s', () => {
    const { scenario } = imported('Abilene.graphml');
    expect(scenario.links.every((l) => Math.abs(l.capacityMbps - 9953.28) < 1e-6)).toBe(true);
  });

  it('Geant2012: NL–UK capacity is its LinkSpeedRaw 2.5e9 bit/s, and a link with no speed takes its medium default', () => {
    const { scenario } = imported('Geant2012.graphml');
    expect(linkBetween(scenario, 'NL', 'UK').link.capacityMbps).toBe(2500);
    const nlBe = linkBetween(scenario, 'NL', 'BE').link;
    expect(nlBe.capacityMbps).toBe(MEDIA[nlBe.medium].defaultCapacityMbps.value);
  });

  it('Geant2012: the three nodes without coordinates are placed among their neighbours and listed', () => {
    const { scenario, summary } = imported('Geant2012.graphml');
    const line = summary.find((s) => s.includes('placed at the centre of their located neighbours'));
    expect(line).toBeDefined();
    for (const name of ['UA', 'MD', 'BY']) {
      expect(line).toContain(`"${name}"`);
      const site = scenario.sites.find((s) => s.name === name)!;
      expect(site.location!.lat).toBeGreaterThan(30);
      expect(site.location!.lat).toBeLessThan(72);
      expect(site.location!.lon).toBeGreaterThan(-25);
      expect(site.location!.lon).toBeLessThan(45);
    }
  });

  it('Geant2012: jurisdictions come from Country (Netherlands → NL, United Kingdom → UK)', () => {
    const { scenario } = imported('Geant2012.graphml');
    expect(scenario.sites.find((s) => s.name === 'NL')!.jurisdiction).toBe('NL');
    expect(scenario.sites.find((s) => s.name === 'UK')!.jurisdiction).toBe('UK');
  });

  it('Uninett2010: UiO–HH Kongsvinger capacity is its LinkSpeedRaw 1e9 bit/s, and a "100-155 Mbit/s" label gives 100', () => {
    const { scenario } = imported('Uninett2010.graphml');
    expect(linkBetween(scenario, 'UiO', 'HH Kongsvinger').link.capacityMbps).toBe(1000);
    expect(linkBetween(scenario, 'HiNT Namsos', 'HiNT Steinkjer').link.capacityMbps).toBe(100);
  });

  it('Uninett2010: two nodes labelled UiO get distinct ids', () => {
    const { scenario } = imported('Uninett2010.graphml');
    const uio = scenario.sites.filter((s) => s.name === 'UiO').map((s) => s.id);
    expect(uio).toHaveLength(2);
    expect(new Set(uio).size).toBe(2);
  });

  it('reads keys by attr.name: renumbering every key id gives the same scenario', () => {
    const text = readSample('Geant2012.graphml');
    const renumbered = text.replace(/\b(id|key)="d(\d+)"/g, (_, attr: string, n: string) => `${attr}="k${1000 - Number(n)}"`);
    expect(renumbered).not.toBe(text);
    const again = importGraphml(renumbered, 'Geant2012.graphml');
    expect(again.ok && again.scenario).toEqual(imported('Geant2012.graphml').scenario);
  });
});
