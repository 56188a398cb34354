import { fragmentParameters } from './fragmentParameters';
import { SHARE_KEY_PATTERN } from './format';

/**
 * Whether the fragment carries a scenario in any share format, readable here
 * or not (decode says which). On its own so that the page can ask at start
 * without loading the decompressor.
 */
export function hasShareFragment(hash: string): boolean {
  return fragmentParameters(hash).some((p) => SHARE_KEY_PATTERN.test(p.key));
}
