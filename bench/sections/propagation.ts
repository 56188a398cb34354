import { pairsCsvPath, propagationError, readPairs } from '../propagationCheck';
import { formatTable } from '../table';

/** The long-haul model against measured Azure inter-region round trips. */
export function propagationSection(): string {
  const path = pairsCsvPath();
  const e = propagationError(readPairs(path));
  const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
  return formatTable(
    `Predicted vs measured RTT, one long-haul fibre link per pair (${path.includes('/test/fixtures/') ? 'fixture copy' : 'shared/data/latency'})`,
    ['pairs', 'median |error|', 'p90 |error|', 'median signed error'],
    [[e.pairs, percent(e.medianRelativeError), percent(e.p90RelativeError), percent(e.medianSignedError)]],
  );
}
