import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syntheticScenario } from '../../bench/synthetic';
import { launchChromium, openApp, settled } from './setup/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const number = (text: string | null) => Number.parseFloat((text ?? '').replace(/[^\d.]/g, ''));
const totalCost = async (page: Page) => (await page.locator('[data-total-cost]').textContent()) ?? '';

/** Drags a range input's thumb with the mouse, from its centre to `fraction` of its width. */
async function dragSlider(page: Page, selector: string, fraction: number): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 8; step++) {
    await page.mouse.move(box.x + box.width * (0.5 + ((fraction - 0.5) * step) / 8), box.y + box.height / 2);
  }
  await page.mouse.up();
}

describe('the what-if workbench in the page', () => {
  it('duplicates, renames and compares variants, with deltas against the baseline', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    await page.click('[data-variant-duplicate]');
    await expect.poll(() => page.locator('[data-variant]').count()).toBe(2);
    await page.locator('[data-variant="v2"] [data-variant-name]').dblclick();
    await page.locator('[data-variant-rename]').fill('Twice the cameras');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-variant="v2"] [data-variant-name]').textContent()).toBe('Twice the cameras');

    // Drag the devices driver up on the new variant: the canvas marks the change against the baseline.
    await dragSlider(page, '[data-driver="deviceCountFactor"]', 0.75);
    await settled(page);
    expect(number(await page.locator('[data-driver-value="deviceCountFactor"]').textContent())).toBeGreaterThan(1.5);
    await expect.poll(() => page.locator('[data-variant-diff]').textContent()).toMatch(/1 change vs Baseline/);

    await page.click('[data-tab="compare"]');
    const table = page.locator('[data-compare-table]');
    await expect.poll(() => table.locator('thead th').count()).toBe(3);
    expect(await table.locator('thead th').nth(2).textContent()).toContain('Twice the cameras');
    const costRow = table.locator('[data-compare-metric="costUsdPerMonth"]');
    await expect.poll(() => costRow.locator('[data-verdict]').getAttribute('data-verdict')).toBe('worse');
    expect(await costRow.locator('[data-verdict]').textContent()).toMatch(/^\+\$/);

    // Back on the baseline, the canvas has nothing to mark.
    await page.locator('[data-variant="v1"] [data-variant-name]').click();
    await expect.poll(() => page.locator('[data-variant-diff]').count()).toBe(0);
    expect(number(await page.locator('[data-driver-value="deviceCountFactor"]').textContent())).toBe(1);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('moves the results continuously while a driver is dragged', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    const before = await totalCost(page);
    const seen = new Set<string>([before]);
    const box = (await page.locator('[data-driver="requestRateFactor"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 6; step++) {
      await page.mouse.move(box.x + box.width * (0.5 + step * 0.07), box.y + box.height / 2);
      await page.waitForTimeout(120);
      seen.add(await totalCost(page));
    }
    await page.mouse.up();
    await settled(page);
    seen.add(await totalCost(page));
    // Several distinct totals on screen during one drag, not one jump at the end.
    expect(seen.size).toBeGreaterThanOrEqual(3);
    expect(await totalCost(page)).not.toBe(before);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('fails a fibre on click: the traffic reroutes via Lyon and the cards show the impact', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    await page.locator('[data-failure-mode]').check();
    await page.locator('[data-link-label="fibre-bcn-par"]').click();
    await settled(page);
    await expect.poll(() => page.locator('[data-link-label="fibre-bcn-par"]').textContent()).toContain('FAILED');
    await expect.poll(() => page.locator('[data-link-id="fibre-bcn-lyo"]').getAttribute('data-link-state')).toBe('rerouted');
    expect(await page.locator('[data-link-label="fibre-bcn-lyo"]').textContent()).toContain('reroute');
    const impact = page.locator('[data-workload-result="counts"] [data-failure-impact]');
    await expect.poll(() => impact.count()).toBe(1);
    const impactText = (await impact.textContent())?.replace(/\s+/g, ' ');
    expect(impactText).toMatch(/With the failure: p95 .+ → .+ \(\+/);
    expect(await page.locator('[data-failed-count]').getAttribute('data-failed-count')).toBe('1');

    await page.click('[data-restore-all]');
    await settled(page);
    await expect.poll(() => page.locator('[data-failure-impact]').count()).toBe(0);
    expect(await page.locator('[data-link-label="fibre-bcn-par"]').textContent()).not.toContain('FAILED');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('lists every single failure in a sortable N−1 table and paints the heat-map', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await page.click('[data-tab="n1"]');
    const rows = page.locator('[data-n1-table] tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    // Worst first: the cell link and the MEC cut off the alerts.
    const first = await rows.first().getAttribute('data-n1-row');
    expect(['ran-bcn', 'mec-bcn', 'cameras']).toContain(first);
    // With the Lyon detour, the Paris fibre's failure only adds delay.
    const fibre = page.locator('[data-n1-row="fibre-bcn-par"] td');
    expect(await fibre.nth(0).textContent()).toBe('0');
    expect(await fibre.nth(3).textContent()).toMatch(/^\+/);
    await page.click('[data-n1-sort="element"]');
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-n1-row')));
    expect(ids).toEqual([...ids].sort());

    await page.locator('[data-heat-map]').check();
    await expect.poll(() => page.locator('[data-link-id="ran-bcn"] [data-heat="3"]').count()).toBe(1);
    expect(await page.locator('[data-link-id="fibre-bcn-par"] [data-heat]').getAttribute('data-heat')).toBe('1');
    expect(await page.locator('[data-legend-heat]').count()).toBe(1);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('ranks assumptions by what they move in a tornado chart', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await page.click('[data-tab="sensitivity"]');
    await expect.poll(() => page.locator('[data-sensitivity-report="costUsdPerMonth"] svg rect').count()).toBeGreaterThan(4);
    await page.selectOption('[data-sensitivity-metric]', 'worstP95Ms');
    await expect.poll(() => page.locator('[data-sensitivity-report="worstP95Ms"]').count()).toBe(1);
    expect(await page.locator('[data-sensitivity-report="worstP95Ms"] figcaption').textContent()).toContain('± 20 %');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('generates the one-click strategies as variants and compares them with the baseline', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    await page.selectOption('[data-strategy-menu]', 'all');
    await expect.poll(() => page.locator('[data-variant]').count()).toBeGreaterThanOrEqual(4);
    const names = await page.locator('[data-variant-name]').allTextContents();
    expect(names).toContain('All in cloud');
    expect(names).toContain('Edge inference');
    // Still on the baseline: the strategies wait in the bar to be compared.
    expect(await page.locator('[data-variant="v1"] [data-variant-name]').getAttribute('aria-pressed')).toBe('true');
    await page.click('[data-tab="compare"]');
    const table = page.locator('[data-compare-table]');
    await expect.poll(() => table.locator('thead th').count()).toBe(5);
    await expect.poll(() => table.locator('[data-compare-metric="worstP95Ms"] [data-verdict]').count()).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('finds the best placement for a workload, shows the Pareto front, and accepts the answer', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    await page.click('[data-tab="optimise"]');
    await page.selectOption('[data-optimise-workload]', 'counts');
    await page.selectOption('[data-optimise-objective]', 'cost');
    await page.click('[data-optimise-run]');
    await expect.poll(() => page.locator('[data-optimise-result="optimal"]').count(), { timeout: 20_000 }).toBe(1);
    const best = (await page.locator('[data-optimise-site="1"]').textContent())?.trim() ?? '';
    expect(best.length).toBeGreaterThan(0);

    // The scatter marks the front and the current placement; hovering names a placement.
    const chart = page.locator('[data-pareto]');
    await expect.poll(() => chart.locator('[data-on-front="true"]').count()).toBeGreaterThan(0);
    expect(await chart.locator('[data-current="true"]').count()).toBe(1);
    await chart.locator('[data-on-front="true"]').first().hover();
    await expect.poll(() => chart.locator('[data-pareto-hover]').textContent()).toMatch(/p95 .+ → /);
    // Clicking a point opens it as a variant to inspect; back on the baseline, the answer is accepted there.
    await chart.locator('[data-on-front="true"]').first().click();
    await expect.poll(() => page.locator('[data-variant]').count()).toBe(2);
    await page.locator('[data-variant="v1"] [data-variant-name]').click();

    // Accept: the stage moves on the canvas, and the result follows.
    await page.click('[data-optimise-accept]');
    await settled(page);
    const badge = page.locator('[data-stage="counts/corridor"]');
    await expect
      .poll(async () => (await badge.locator('xpath=ancestor::*[@data-site-id][1]').getAttribute('data-site-id')) ?? '')
      .not.toBe('cloud-par');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('places every workload together with the HiGHS MILP in the worker, and opens the answer as a variant', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    await page.click('[data-tab="optimise"]');
    await page.selectOption('[data-optimise-workload]', '__all__');
    await page.selectOption('[data-optimise-objective]', 'cost');
    await page.click('[data-optimise-run]');
    await expect.poll(() => page.locator('[data-milp-result]').getAttribute('data-milp-result'), { timeout: 30_000 }).toBe('optimal');
    expect(await page.locator('[data-milp-result] tbody tr').count()).toBe(3);
    await page.click('[data-milp-open]');
    await expect.poll(() => page.locator('[data-variant]').count()).toBe(2);
    await expect.poll(() => page.locator('[data-variant-diff]').textContent()).toMatch(/change/);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('stops a running search on request, and the next search runs in a fresh worker', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    const scenario = syntheticScenario(250, 1);
    await page.evaluate((s) => window.postMessage({ type: 'tierscape:load', scenario: s }, location.origin), scenario);
    await expect.poll(() => page.locator('input[aria-label="Scenario name"]').inputValue(), { timeout: 30_000 }).toBe(scenario.name);
    await settled(page);
    await page.click('[data-tab="optimise"]');
    await page.selectOption('[data-optimise-objective]', 'latency');
    // Start and stop within one frame: the search over 250 sites cannot have answered by then.
    await page.evaluate(async () => {
      document.querySelector<HTMLButtonElement>('[data-optimise-run]')!.click();
      await new Promise(requestAnimationFrame);
      document.querySelector<HTMLButtonElement>('[data-optimise-stop]')!.click();
    });
    await expect.poll(() => page.locator('[data-optimise-stopped]').count()).toBe(1);
    expect(await page.locator('[data-optimise-run]').textContent()).toBe('Find it');
    expect(await page.locator('[data-optimise-result]').count()).toBe(0);

    await page.selectOption('[data-optimise-objective]', 'cost');
    await page.click('[data-optimise-run]');
    await expect.poll(() => page.locator('[data-optimise-result="optimal"]').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('[data-optimise-stopped]').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
