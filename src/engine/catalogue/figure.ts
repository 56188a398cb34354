/**
 * A catalogued default: a number with its unit, where it was published and how
 * far to trust it. Confidence marks follow shared/reference/figures.md:
 * H primary source, M secondary, L weak or indirect, D derived by arithmetic
 * from sourced inputs, U general knowledge or a value the user should set.
 */
export type Confidence = 'H' | 'M' | 'L' | 'D' | 'U';

export interface Figure {
  readonly value: number;
  readonly unit: string;
  readonly source: string;
  readonly confidence: Confidence;
}

export function figure(value: number, unit: string, source: string, confidence: Confidence): Figure {
  return { value, unit, source, confidence };
}
