import { geoGraticule10 } from 'd3-geo';
import { basePath } from './projection';

/** The globe's outline (the sea) and a 10° graticule, base space: drawn before, and without, any atlas. */
export const SPHERE_PATH = basePath({ type: 'Sphere' }) ?? '';
export const GRATICULE_PATH = basePath(geoGraticule10()) ?? '';
