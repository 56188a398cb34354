import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp, openPreset, settled } from './setup/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const p99 = (page: Page, id: string) => page.locator(`[data-workload-result="${id}"] [data-p99]`).textContent();
const ms = (text: string | null) => Number.parseFloat((text ?? '').replace(/[^\d.]/g, ''));

describe('tails, slices, policies and resilience in the page', () => {
  it('checks the tail by Monte-Carlo when asked', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    expect(await page.locator('[data-monte-carlo]').count()).toBe(0);
    await page.locator('[data-monte-carlo-toggle]').check();
    await expect.poll(() => page.locator('[data-workload-result="alerts"] [data-monte-carlo]').count()).toBe(1);
    expect(await page.locator('[data-workload-result="alerts"] [data-monte-carlo]').textContent()).toMatch(/p95 \d/);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('shows what the URLLC slice buys, and the tail grows when the workload leaves it', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    const card = page.locator('[data-workload-result="alerts"]');
    await expect.poll(() => card.locator('[data-without-slice]').count()).toBe(1);
    expect(await page.locator('[data-cost-without-slices]').textContent()).toMatch(/the slices cost \+\$250/);
    const inSlice = ms(await p99(page, 'alerts'));
    await card.locator('button.title').click();
    await page.getByLabel('Use the URLLC slice').uncheck();
    await settled(page);
    await expect.poll(async () => ms(await p99(page, 'alerts'))).toBeGreaterThan(inSlice * 3);
    expect(await card.locator('[data-without-slice]').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('keeps a residency-constrained workload at home and says why it cannot reach abroad', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await openPreset(page, 'hospital-imaging');
    await expect.poll(() => page.locator('[data-warning="sovereignty"]').count()).toBeGreaterThan(0);
    await page.locator('[data-workload-result] button.title').first().click();
    await page.getByLabel('Routing policy').selectOption('residency');
    await settled(page);
    await expect.poll(() => page.locator('[data-workload-result] [data-problem]').first().textContent()).toMatch(/outside DE/);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('reports each workload under single failures once the N−1 sweep is done', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    const line = page.locator('[data-resilience="counts"]');
    await expect.poll(() => line.textContent()).toMatch(/disconnected by \d+ single failure/);
    // The cell link cuts it off; the Paris fibre does not, since the Lyon detour carries it.
    expect(await line.textContent()).toContain('ran-bcn');
    expect(await line.textContent()).not.toContain('fibre-bcn-par');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
