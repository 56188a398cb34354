/**
 * `npm test`: every check the project has, in order — typecheck, lint, unit
 * tests, build, browser tests — then one closing line `N passed, N failed`.
 * Typecheck, lint and each build (the hosted page in dist/, the single-file
 * offline edition in dist-offline/, which the browser tests open from disk)
 * count as one check each; the test runs count their tests. Exit status 1 if
 * anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface StepOutcome {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
}

const reportDir = 'test-results';
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

function run(command: string, args: string[]): boolean {
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return child.status === 0;
}

function check(name: string, command: string, args: string[]): StepOutcome {
  process.stdout.write(`\n── ${name} ──\n`);
  const ok = run(command, args);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
}

function vitest(name: string, project: string): StepOutcome {
  process.stdout.write(`\n── ${name} ──\n`);
  const report = `${reportDir}/${project}.json`;
  const ok = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) return { name, passed: 0, failed: 1, skipped: 0 };
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  // A file that fails to load counts as a failure even when no test in it ran.
  const failed = json.numFailedTests + (json.numFailedTests === 0 && !ok ? Math.max(1, json.numFailedTestSuites) : 0);
  return { name, passed: json.numPassedTests, failed, skipped: json.numPendingTests + json.numTodoTests };
}

const outcomes: StepOutcome[] = [
  check('typecheck (svelte-check)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']),
  check('lint (eslint, prettier)', 'npm', ['run', '-s', 'lint']),
  vitest('unit and property tests', 'unit'),
  check('build', 'npm', ['run', '-s', 'build']),
  check('build (single-file offline edition)', 'npm', ['run', '-s', 'build:offline']),
  vitest('browser tests (Chromium)', 'browser'),
];

const total = outcomes.reduce((t, o) => ({ passed: t.passed + o.passed, failed: t.failed + o.failed, skipped: t.skipped + o.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
process.stdout.write('\n── summary ──\n');
for (const o of outcomes) {
  process.stdout.write(
    `${o.failed > 0 ? 'FAIL' : 'ok  '}  ${o.name}: ${o.passed} passed, ${o.failed} failed${o.skipped ? `, ${o.skipped} skipped` : ''}\n`,
  );
}
process.stdout.write(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}\n`);
process.exitCode = total.failed > 0 ? 1 : 0;
