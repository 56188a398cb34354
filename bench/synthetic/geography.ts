/**
 * Real metro areas and cloud-region locations on two continents, the
 * skeleton the synthetic scenarios hang their sites on. Coordinates are city
 * centres (rounded to 0.001°); jurisdictions are the data-protection regime.
 */
export interface Place {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly jurisdiction: string;
}

const EUROPE: readonly Place[] = [
  { name: 'London', lat: 51.507, lon: -0.128, jurisdiction: 'UK' },
  { name: 'Frankfurt', lat: 50.11, lon: 8.682, jurisdiction: 'EU' },
  { name: 'Paris', lat: 48.857, lon: 2.352, jurisdiction: 'EU' },
  { name: 'Madrid', lat: 40.417, lon: -3.704, jurisdiction: 'EU' },
  { name: 'Amsterdam', lat: 52.37, lon: 4.895, jurisdiction: 'EU' },
  { name: 'Milan', lat: 45.464, lon: 9.19, jurisdiction: 'EU' },
  { name: 'Stockholm', lat: 59.329, lon: 18.069, jurisdiction: 'EU' },
  { name: 'Warsaw', lat: 52.23, lon: 21.012, jurisdiction: 'EU' },
  { name: 'Dublin', lat: 53.35, lon: -6.26, jurisdiction: 'EU' },
  { name: 'Zurich', lat: 47.377, lon: 8.542, jurisdiction: 'CH' },
  { name: 'Berlin', lat: 52.52, lon: 13.405, jurisdiction: 'EU' },
  { name: 'Barcelona', lat: 41.387, lon: 2.169, jurisdiction: 'EU' },
  { name: 'Munich', lat: 48.135, lon: 11.582, jurisdiction: 'EU' },
  { name: 'Vienna', lat: 48.208, lon: 16.374, jurisdiction: 'EU' },
  { name: 'Manchester', lat: 53.481, lon: -2.243, jurisdiction: 'UK' },
  { name: 'Lyon', lat: 45.764, lon: 4.836, jurisdiction: 'EU' },
  { name: 'Rome', lat: 41.903, lon: 12.496, jurisdiction: 'EU' },
  { name: 'Brussels', lat: 50.85, lon: 4.352, jurisdiction: 'EU' },
  { name: 'Copenhagen', lat: 55.676, lon: 12.568, jurisdiction: 'EU' },
  { name: 'Prague', lat: 50.076, lon: 14.438, jurisdiction: 'EU' },
  { name: 'Lisbon', lat: 38.722, lon: -9.139, jurisdiction: 'EU' },
  { name: 'Hamburg', lat: 53.551, lon: 9.994, jurisdiction: 'EU' },
  { name: 'Oslo', lat: 59.914, lon: 10.752, jurisdiction: 'NO' },
  { name: 'Helsinki', lat: 60.17, lon: 24.938, jurisdiction: 'EU' },
  { name: 'Marseille', lat: 43.297, lon: 5.37, jurisdiction: 'EU' },
];

const NORTH_AMERICA: readonly Place[] = [
  { name: 'New York', lat: 40.713, lon: -74.006, jurisdiction: 'US' },
  { name: 'Chicago', lat: 41.878, lon: -87.63, jurisdiction: 'US' },
  { name: 'Dallas', lat: 32.777, lon: -96.797, jurisdiction: 'US' },
  { name: 'Los Angeles', lat: 34.052, lon: -118.244, jurisdiction: 'US' },
  { name: 'Atlanta', lat: 33.749, lon: -84.388, jurisdiction: 'US' },
  { name: 'Seattle', lat: 47.606, lon: -122.332, jurisdiction: 'US' },
  { name: 'Washington', lat: 38.907, lon: -77.037, jurisdiction: 'US' },
  { name: 'San Francisco', lat: 37.775, lon: -122.419, jurisdiction: 'US' },
  { name: 'Denver', lat: 39.739, lon: -104.99, jurisdiction: 'US' },
  { name: 'Miami', lat: 25.762, lon: -80.192, jurisdiction: 'US' },
  { name: 'Boston', lat: 42.36, lon: -71.059, jurisdiction: 'US' },
  { name: 'Houston', lat: 29.76, lon: -95.37, jurisdiction: 'US' },
  { name: 'Phoenix', lat: 33.448, lon: -112.074, jurisdiction: 'US' },
  { name: 'Minneapolis', lat: 44.978, lon: -93.265, jurisdiction: 'US' },
  { name: 'Philadelphia', lat: 39.953, lon: -75.165, jurisdiction: 'US' },
  { name: 'Detroit', lat: 42.331, lon: -83.046, jurisdiction: 'US' },
  { name: 'Kansas City', lat: 39.1, lon: -94.579, jurisdiction: 'US' },
  { name: 'Salt Lake City', lat: 40.761, lon: -111.891, jurisdiction: 'US' },
  { name: 'Portland', lat: 45.515, lon: -122.679, jurisdiction: 'US' },
  { name: 'Austin', lat: 30.267, lon: -97.743, jurisdiction: 'US' },
  { name: 'Columbus', lat: 39.961, lon: -82.999, jurisdiction: 'US' },
  { name: 'Las Vegas', lat: 36.17, lon: -115.14, jurisdiction: 'US' },
  { name: 'Charlotte', lat: 35.227, lon: -80.843, jurisdiction: 'US' },
  { name: 'St. Louis', lat: 38.627, lon: -90.199, jurisdiction: 'US' },
  { name: 'San Diego', lat: 32.716, lon: -117.161, jurisdiction: 'US' },
];

/** Where the large public clouds have regions (approximate campus locations). */
const CLOUD_REGIONS_EUROPE: readonly Place[] = [
  { name: 'Frankfurt', lat: 50.11, lon: 8.682, jurisdiction: 'EU' },
  { name: 'Dublin', lat: 53.35, lon: -6.26, jurisdiction: 'EU' },
  { name: 'London', lat: 51.507, lon: -0.128, jurisdiction: 'UK' },
  { name: 'Paris', lat: 48.857, lon: 2.352, jurisdiction: 'EU' },
  { name: 'Stockholm', lat: 59.329, lon: 18.069, jurisdiction: 'EU' },
  { name: 'Milan', lat: 45.464, lon: 9.19, jurisdiction: 'EU' },
];

const CLOUD_REGIONS_NORTH_AMERICA: readonly Place[] = [
  { name: 'Northern Virginia', lat: 39.044, lon: -77.487, jurisdiction: 'US' },
  { name: 'Oregon', lat: 45.601, lon: -121.184, jurisdiction: 'US' },
  { name: 'Ohio', lat: 39.961, lon: -82.999, jurisdiction: 'US' },
  { name: 'Northern California', lat: 37.338, lon: -121.886, jurisdiction: 'US' },
  { name: 'Iowa', lat: 41.586, lon: -93.625, jurisdiction: 'US' },
  { name: 'Texas', lat: 32.777, lon: -96.797, jurisdiction: 'US' },
];

/** Alternates the two lists, so any prefix spreads over both continents. */
function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i]);
    if (i < b.length) out.push(b[i]);
  }
  return out;
}

/** Metros, largest first on each continent, alternating continents. */
export const METROS: readonly Place[] = interleave(EUROPE, NORTH_AMERICA);

export const CLOUD_REGIONS: readonly Place[] = interleave(CLOUD_REGIONS_NORTH_AMERICA, CLOUD_REGIONS_EUROPE);
