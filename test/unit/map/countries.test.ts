import { beforeAll, describe, expect, it } from 'vitest';
import { atlasFromTopology, type Atlas } from '../../../src/ui/map/atlas';
import { countryAt, CountryLookup } from '../../../src/ui/map/countries';
import { BASE_WIDTH } from '../../../src/ui/map/projection';
import { WORLD_BOUNDS, zoomTargets } from '../../../src/ui/map/zoomTargets';

let atlas: Atlas;
beforeAll(async () => {
  const topology = (await import('world-atlas/countries-110m.json')).default;
  atlas = atlasFromTopology(topology as never, '110m');
});

const byName = (name: string) => atlas.countries.find((c) => c.name === name)!;
const width = ([[x0], [x1]]: readonly (readonly number[])[]) => x1 - x0;

describe('atlasFromTopology(topology, detail)', () => {
  it('gives land, borders and every country by name, in base space', () => {
    expect(atlas.countries.length).toBeGreaterThan(170);
    expect(atlas.land.startsWith('M')).toBe(true);
    expect(atlas.borders.startsWith('M')).toBe(true);
    const names = atlas.countries.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});

describe('countryFitBounds: what "zoom to" a country shows', () => {
  it('is France in Europe, without French Guiana across the Atlantic', () => {
    const france = byName('France');
    expect(width(france.bounds)).toBeGreaterThan(width(france.fitBounds) * 3);
    expect(width(france.fitBounds)).toBeLessThan(BASE_WIDTH * 0.05);
  });
  it('is Russia without the tip of Chukotka beyond the antimeridian', () => {
    const russia = byName('Russia');
    expect(width(russia.bounds)).toBeGreaterThan(BASE_WIDTH * 0.75);
    expect(width(russia.fitBounds)).toBeLessThan(BASE_WIDTH * 0.5);
  });
});

describe('countryAt(countries, location)', () => {
  it('finds the country a site is in', () => {
    expect(countryAt(atlas.countries, { lat: 48.8566, lon: 2.3522 })?.name).toBe('France');
    expect(countryAt(atlas.countries, { lat: 50.1128, lon: 8.7128 })?.name).toBe('Germany');
  });
  it('counts a harbour site that a coarse coastline leaves in the sea (Barcelona at 1:110m)', () => {
    expect(countryAt(atlas.countries, { lat: 41.3874, lon: 2.1686 })?.name).toBe('Spain');
  });
  it('is null far out at sea', () => {
    expect(countryAt(atlas.countries, { lat: 30, lon: -40 })).toBeNull();
  });
});

describe('zoomTargets(input)', () => {
  const placed = [
    { id: 'cameras', name: 'Cameras', lat: 41.3874, lon: 2.1686 },
    { id: 'mec', name: 'MEC', lat: 41.4036, lon: 2.1744 },
    { id: 'par', name: 'Paris cloud', lat: 48.8566, lon: 2.3522 },
  ];

  it('lists the scenario first (all sites, the world, each area named after its city), then countries with sites, cities and all countries', () => {
    const countriesWithSites = new CountryLookup().countriesOf(atlas.countries, placed);
    const groups = zoomTargets({ placed, countriesWithSites, countries: atlas.countries });
    expect(groups.map((g) => g.label)).toEqual(['This scenario', 'Countries with sites', 'Cities', 'All countries']);
    expect(groups[0].targets.map((t) => t.label)).toEqual(['All sites', 'Whole world', 'Barcelona area (2 sites)', 'Paris area']);
    expect(groups[1].targets.map((t) => t.label)).toEqual(['France', 'Spain']);
    expect(groups[0].targets[1].bounds).toBe(WORLD_BOUNDS);
  });

  it('offers no areas when all the sites are in one, and only the world with none placed', () => {
    const one = zoomTargets({ placed: placed.slice(0, 2), countriesWithSites: [], countries: [] });
    expect(one[0].targets.map((t) => t.key)).toEqual(['fit', 'world']);
    const none = zoomTargets({ placed: [], countriesWithSites: [], countries: [] });
    expect(none[0].targets.map((t) => t.key)).toEqual(['world']);
    expect(none.map((g) => g.label)).toEqual(['This scenario', 'Cities']);
  });
});
