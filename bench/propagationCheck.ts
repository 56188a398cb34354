import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prepareNetwork } from '../src/engine/evaluate/network';
import { Parameters } from '../src/engine/parameters';
import type { Scenario, Site } from '../src/engine/scenario/schema';
import { quantile } from './stats';

/** One measured pair from shared/data/latency (CC BY 4.0, Microsoft). */
export interface LatencyPair {
  readonly from: string;
  readonly to: string;
  readonly fromLat: number;
  readonly fromLon: number;
  readonly toLat: number;
  readonly toLon: number;
  readonly rttMs: number;
}

const FILE = 'azure_p50_2025-06_pairs.csv';

/** The shared data set beside the repository if it is there, else the copy in test/fixtures. */
export function pairsCsvPath(): string {
  const shared = fileURLToPath(new URL(`../../shared/data/latency/${FILE}`, import.meta.url));
  return existsSync(shared) ? shared : fixturePairsCsvPath();
}

export function fixturePairsCsvPath(): string {
  return fileURLToPath(new URL(`../test/fixtures/latency/${FILE}`, import.meta.url));
}

/** Splits one CSV record; fields may be quoted, with "" for a quote inside. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') field += line[i++];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** Parses the pairs file by its header's column names. */
export function parsePairsCsv(text: string): LatencyPair[] {
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const names = csvFields(header);
  const column = (name: string) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`${FILE} has no column "${name}"`);
    return i;
  };
  const [from, to, fromLat, fromLon, toLat, toLon, rtt] = ['from', 'to', 'from_lat', 'from_lon', 'to_lat', 'to_lon', 'rtt_ms'].map(column);
  return lines.map((line) => {
    const f = csvFields(line);
    return { from: f[from], to: f[to], fromLat: +f[fromLat], fromLon: +f[fromLon], toLat: +f[toLat], toLon: +f[toLon], rttMs: +f[rtt] };
  });
}

export function readPairs(path: string = pairsCsvPath()): LatencyPair[] {
  return parsePairsCsv(readFileSync(path, 'utf8'));
}

function cloudSite(id: string, lat: number, lon: number): Site {
  return {
    id,
    name: id,
    tier: 'cloud',
    location: { lat, lon },
    jurisdiction: 'ZZ',
    compute: { acceleratorId: 'none', count: 0 },
    pue: 1.1,
  };
}

/**
 * The engine's predicted round trip for each pair: twice the one-way base
 * latency of one long-haul fibre link between the two regions, at the
 * medium's default route factor, as prepareNetwork computes it.
 */
export function predictedRttMs(pairs: readonly LatencyPair[]): number[] {
  const sites = new Map<string, Site>();
  for (const p of pairs) {
    if (!sites.has(p.from)) sites.set(p.from, cloudSite(`r${sites.size}`, p.fromLat, p.fromLon));
    if (!sites.has(p.to)) sites.set(p.to, cloudSite(`r${sites.size}`, p.toLat, p.toLon));
  }
  const scenario: Scenario = {
    schemaVersion: 1,
    name: 'Azure region pairs',
    sites: [...sites.values()],
    links: pairs.map((p, i) => ({
      id: `p${i}`,
      from: sites.get(p.from)!.id,
      to: sites.get(p.to)!.id,
      medium: 'long-haul-fibre',
      capacityMbps: 100_000,
    })),
    workloads: [],
  };
  const network = prepareNetwork(scenario, new Parameters(scenario.assumptionOverrides));
  return Array.from(network.baseLatencyMs, (ms) => 2 * ms);
}

export interface PropagationError {
  readonly pairs: number;
  /** |predicted − measured| ÷ measured, per pair. */
  readonly relativeErrors: readonly number[];
  readonly medianRelativeError: number;
  readonly p90RelativeError: number;
  /** Median of (predicted − measured) ÷ measured: positive when the model overestimates. */
  readonly medianSignedError: number;
}

export function propagationError(pairs: readonly LatencyPair[]): PropagationError {
  const predicted = predictedRttMs(pairs);
  const signed = pairs.map((p, i) => (predicted[i] - p.rttMs) / p.rttMs);
  const relativeErrors = signed.map(Math.abs);
  return {
    pairs: pairs.length,
    relativeErrors,
    medianRelativeError: quantile(relativeErrors, 0.5),
    p90RelativeError: quantile(relativeErrors, 0.9),
    medianSignedError: quantile(signed, 0.5),
  };
}
