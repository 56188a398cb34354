import type { LatLon } from './projection';

export interface City extends LatLon {
  readonly name: string;
}

/**
 * Places to zoom to at city scale: where cloud regions, internet exchanges
 * and telco edge sites cluster (coordinates of each city centre, rounded).
 */
export const CITIES: readonly City[] = [
  { name: 'Amsterdam', lat: 52.3676, lon: 4.9041 },
  { name: 'Ashburn (N. Virginia)', lat: 39.0438, lon: -77.4874 },
  { name: 'Barcelona', lat: 41.3874, lon: 2.1686 },
  { name: 'Dublin', lat: 53.3498, lon: -6.2603 },
  { name: 'Frankfurt', lat: 50.1109, lon: 8.6821 },
  { name: 'Hong Kong', lat: 22.3193, lon: 114.1694 },
  { name: 'London', lat: 51.5074, lon: -0.1278 },
  { name: 'Lyon', lat: 45.764, lon: 4.8357 },
  { name: 'Madrid', lat: 40.4168, lon: -3.7038 },
  { name: 'Milan', lat: 45.4642, lon: 9.19 },
  { name: 'Mumbai', lat: 19.076, lon: 72.8777 },
  { name: 'New York', lat: 40.7128, lon: -74.006 },
  { name: 'Paris', lat: 48.8566, lon: 2.3522 },
  { name: 'San Francisco', lat: 37.7749, lon: -122.4194 },
  { name: 'São Paulo', lat: -23.5505, lon: -46.6333 },
  { name: 'Singapore', lat: 1.3521, lon: 103.8198 },
  { name: 'Stockholm', lat: 59.3293, lon: 18.0686 },
  { name: 'Sydney', lat: -33.8688, lon: 151.2093 },
  { name: 'Tokyo', lat: 35.6762, lon: 139.6503 },
];

/** How far round a city its view reaches, km: a metro area, where edge sites a few km apart are told apart. */
export const CITY_RADIUS_KM = 25;
