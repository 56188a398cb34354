/**
 * `npm run evaluate -- path/to/scenario.json [--monte-carlo N] [--resilience]`:
 * validates a scenario file and prints its evaluation as JSON on stdout
 * (with a seeded Monte-Carlo check of N samples, and the N−1 sweep, when
 * asked). Exit status 1 with a readable message on stderr when the file
 * cannot be read or is not a valid scenario, or the arguments are wrong.
 */
import { readFileSync } from 'node:fs';
import { evaluateScenario, formatError, linkRows, parseScenarioJson, siteRows } from '../engine';
import { resilienceSweep } from '../engine/evaluate/resilience';

const USAGE = 'usage: npm run evaluate -- path/to/scenario.json [--monte-carlo N] [--resilience]\n';

interface Args {
  path: string;
  monteCarloSamples: number | null;
  resilience: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  let path: string | undefined;
  let monteCarloSamples: number | null = null;
  let resilience = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help') return USAGE;
    if (arg === '--resilience') resilience = true;
    else if (arg === '--monte-carlo') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 100 || n > 10_000_000)
        return `--monte-carlo takes a whole number of samples from 100 to 10,000,000\n${USAGE}`;
      monteCarloSamples = n;
    } else if (arg.startsWith('--')) return `unknown option ${arg}\n${USAGE}`;
    else if (path === undefined) path = arg;
    else return `one scenario file at a time\n${USAGE}`;
  }
  return path === undefined ? USAGE : { path, monteCarloSamples, resilience };
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args);
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(args.path, 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${args.path}: ${(error as Error).message}\n`);
    return 1;
  }
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) {
    process.stderr.write(`${args.path} is not a valid scenario:\n${parsed.errors.map((e) => `  ${formatError(e)}`).join('\n')}\n`);
    return 1;
  }
  const result = evaluateScenario(
    parsed.scenario,
    args.monteCarloSamples === null ? {} : { monteCarlo: { samples: args.monteCarloSamples, seed: 1 } },
  );
  // Links and sites as rows: the engine's typed-array columns would print as index maps.
  const rows = { ...result, links: linkRows(result.links), sites: siteRows(result.sites) };
  const output = args.resilience ? { ...rows, resilience: resilienceSweep(parsed.scenario) } : rows;
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
