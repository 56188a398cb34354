import { baseUnitsPerKm, locationAt } from './projection';
import { toBase, type Size, type View } from './viewTransform';

/** Steps a scale bar may show, km: 1, 2 and 5 per decade, from 10 m to 10,000 km. */
const STEPS_KM = [-2, -1, 0, 1, 2, 3].flatMap((p) => [1, 2, 5].map((m) => m * 10 ** p)).concat(10_000);
/** The longest bar, px. */
const MAX_WIDTH_PX = 110;

export interface ScaleBar {
  readonly widthPx: number;
  readonly label: string;
}

const kmLabel = (km: number) => (km < 1 ? `${Math.round(km * 1000)} m` : `${km.toLocaleString('en-US')} km`);

/**
 * The longest round distance that fits in a short bar, east–west at the
 * middle of the view (Natural Earth is not conformal: north–south differs a
 * little). None when the middle of the view is off the globe.
 */
export function niceScale(view: View, viewport: Size): ScaleBar | null {
  const centre = locationAt(toBase(view, [viewport.width / 2, viewport.height / 2]));
  if (centre === null) return null;
  const pxPerKm = baseUnitsPerKm(centre.lat) * view.k;
  const km = [...STEPS_KM].reverse().find((step) => step * pxPerKm <= MAX_WIDTH_PX);
  return km === undefined ? null : { widthPx: km * pxPerKm, label: kmLabel(km) };
}
