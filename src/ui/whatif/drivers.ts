import { GROWTH_BASE_YEAR } from '../../engine/catalogue/traffic';

/** The scale-factor drivers, each a slider over log₂ of the factor so ×½ and ×2 sit the same distance from ×1. */
export const FACTOR_DRIVERS = [
  { key: 'deviceCountFactor', label: 'Devices', log2Span: 3, explain: 'Scales every device group: "what if the rollout doubles?"' },
  { key: 'requestRateFactor', label: 'Requests per device', log2Span: 3, explain: 'Scales how often each device asks for an inference' },
  {
    key: 'modelSizeFactor',
    label: 'Model size (GFLOP)',
    log2Span: 4,
    explain: 'Scales the work per request of every stage: a bigger or smaller model',
  },
  {
    key: 'linkCapacityFactor',
    label: 'Link capacity',
    log2Span: 3,
    explain: 'Scales every link’s capacity, with its slice reservation and burst capacity',
  },
  {
    key: 'egressPriceFactor',
    label: 'Egress price',
    log2Span: 3,
    explain: 'Scales cloud internet egress and inter-region transfer prices',
  },
] as const;

/** Years the growth slider spans: the catalogue's base year (the scenario as drawn) to 2035. */
export const YEAR_RANGE = { base: GROWTH_BASE_YEAR.value, last: 2035 } as const;

export const factorFromSlider = (position: number): number => Math.round(Math.pow(2, position) * 1000) / 1000;
export const sliderFromFactor = (factor: number): number => Math.log2(factor);

export function formatFactor(factor: number): string {
  return `×${factor >= 10 ? factor.toFixed(1) : factor.toFixed(2)}`;
}
