import type { ZooGraphInfo } from './zooAttributes';

/**
 * The credit the Zoo's licence asks for, worded as in
 * shared/data/topology-zoo/README.md. It goes into every imported
 * scenario's description, so it travels with the document wherever it is
 * saved or shared.
 */
export const ZOO_CREDIT =
  'Topology from the Internet Topology Zoo (topology-zoo.org), licence CC BY 4.0. Credit: S. Knight, H. X. Nguyen, ' +
  'N. Falkner, R. Bowden, M. Roughan, "The Internet Topology Zoo", IEEE JSAC 29(9), 2011. ' +
  'Keep this credit wherever this scenario or anything derived from it is shipped.';

/** The imported scenario's description: where it came from, the credit, and what was assumed in one sentence. */
export function zooDescription(info: ZooGraphInfo, fileName: string): string {
  const facts = [info.geoLocation, info.networkDate].filter((f): f is string => f !== null);
  const what = `${info.network ?? 'Network'}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}, imported from ${fileName}.`;
  const assumed =
    'Points of presence are regional DCs without accelerators; links are metro or long-haul fibre by distance ' +
    '(public internet to external networks), with capacities from the file where it gives them.';
  return `${what} ${ZOO_CREDIT} ${assumed}`;
}
