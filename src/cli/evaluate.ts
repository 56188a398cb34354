/**
 * `npm run evaluate -- path/to/scenario.json`: validates a scenario file and
 * prints its evaluation as JSON on stdout. Exit status 1 with a readable
 * message on stderr when the file cannot be read or is not a valid scenario.
 */
import { readFileSync } from 'node:fs';
import { evaluateScenario, formatError, parseScenarioJson } from '../engine';

function main(argv: readonly string[]): number {
  const path = argv[0];
  if (path === undefined || path === '--help') {
    process.stderr.write('usage: npm run evaluate -- path/to/scenario.json\n');
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${path}: ${(error as Error).message}\n`);
    return 1;
  }
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) {
    process.stderr.write(`${path} is not a valid scenario:\n${parsed.errors.map((e) => `  ${formatError(e)}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(evaluateScenario(parsed.scenario), null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
