import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run evaluate -- file` the way a user would, without npm's banner. */
function evaluateCli(file: string) {
  const child = spawnSync('npx', ['tsx', 'src/cli/evaluate.ts', file], { encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('npm run evaluate -- file', () => {
  it('prints the evaluation of a valid scenario as JSON', () => {
    const run = evaluateCli('static/presets/smart-city.json');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.scenarioName).toBe('Smart-city intersection safety');
    expect(result.workloads.map((w: { id: string }) => w.id)).toEqual(['alerts', 'counts', 'clips']);
    // Links and sites print as rows, not as the engine's typed-array columns.
    expect(result.links[0]).toMatchObject({ id: expect.any(String), utilisation: expect.any(Number), saturated: expect.any(Boolean) });
    expect(result.sites.map((s: { id: string }) => s.id)).toEqual(['cameras', 'mec-bcn', 'cloud-par', 'pop-lyon']);
  }, 30_000);

  it('exits 1 with each problem named by path for an invalid scenario', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tierscape-cli-'));
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        schemaVersion: 1,
        name: 'x',
        sites: [],
        links: [{ id: 'a', from: 's', to: 't', medium: 'metro-fibre', capacityMbps: -3 }],
        workloads: [],
      }),
    );
    const run = evaluateCli(file);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('links[0].capacityMbps: must be > 0');
  }, 30_000);

  it('exits 1 with a readable message for a missing file or broken JSON', () => {
    expect(evaluateCli('/nonexistent/scenario.json').stderr).toMatch(/cannot read/);
    const dir = mkdtempSync(join(tmpdir(), 'tierscape-cli-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "schemaVersion": 1,');
    const run = evaluateCli(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('(document): not valid JSON');
  }, 30_000);
});

describe('npm run evaluate -- file --monte-carlo N --resilience', () => {
  it('adds the Monte-Carlo check to each workload and the N−1 sweep to the result', () => {
    const child = spawnSync(
      'npx',
      ['tsx', 'src/cli/evaluate.ts', 'static/presets/smart-city.json', '--monte-carlo', '2000', '--resilience'],
      {
        encoding: 'utf8',
      },
    );
    expect(child.status).toBe(0);
    const result = JSON.parse(child.stdout);
    expect(result.workloads[0].monteCarlo.samples).toBe(2000);
    // 4 sites and 4 links.
    expect(result.resilience.elementsTested).toBe(8);
  }, 30_000);

  it('refuses a bad option with the usage', () => {
    const child = spawnSync('npx', ['tsx', 'src/cli/evaluate.ts', 'static/presets/smart-city.json', '--monte-carlo', 'many'], {
      encoding: 'utf8',
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain('usage: npm run evaluate');
  }, 30_000);
});
