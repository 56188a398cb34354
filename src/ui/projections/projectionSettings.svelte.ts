import { PROJECTION_LAST_YEAR } from '../../engine/catalogue/projections';
import { GROWTH_BASE_YEAR } from '../../engine/catalogue/traffic';

/** Years the horizon picker offers: the year after the scenario's base year to the catalogue's last projected year. */
export const HORIZON_RANGE = { first: GROWTH_BASE_YEAR.value + 1, last: PROJECTION_LAST_YEAR } as const;

/**
 * The global growth slider, % per year. Its default, 16.5 %/yr from 60 GW in
 * 2023, lands at about 175 GW in 2030 (×2.9): inside McKinsey's range and
 * near the article's "at least ~170 GW".
 */
export const USER_GROWTH_SLIDER = { minPercent: 0, maxPercent: 40, stepPercent: 0.5, defaultPercent: 16.5 } as const;

/**
 * How the Projections view is set: view settings, not part of the document,
 * so neither undone nor saved. One instance for the page, so leaving the view
 * and coming back keeps them.
 */
export class ProjectionSettings {
  horizonYear = $state(Math.min(2030, HORIZON_RANGE.last));
  userGrowthPercent = $state<number>(USER_GROWTH_SLIDER.defaultPercent);
}

export const projectionSettings = new ProjectionSettings();
