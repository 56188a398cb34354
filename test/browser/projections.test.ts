import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp, settled } from './setup/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const CHARTS = ['global-power', 'scenario-power', 'link-traffic', 'backhaul'] as const;

/** Waits until the latest projections are on screen. */
async function projected(page: Page): Promise<void> {
  await page.waitForSelector('[data-projections-status="idle"] [data-chart="backhaul"]');
}

async function openProjections(page: Page): Promise<void> {
  await settled(page);
  await page.click('[data-centre-view="projections"]');
  await projected(page);
}

const firstRunOutYear = async (page: Page) => Number(await page.locator('[data-runs-out-year]').first().textContent());
const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent()) ?? '';

/** "2030: 175 GW, ×2.91" → [175, 2.91]. */
function liveFigures(live: string): [number, number] {
  const match = /2030: ([\d,]+) GW, ×([\d.]+)/.exec(live);
  expect(match, live).not.toBeNull();
  return [Number(match![1].replace(/,/g, '')), Number(match![2])];
}

describe('the Projections view', () => {
  it('shows the four charts with axes, legends and sources, tooltips and tables of the same numbers', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await openProjections(page);
    expect(await page.locator('.svelte-flow').isVisible()).toBe(false);
    for (const id of CHARTS) {
      const chart = page.locator(`[data-chart="${id}"]`);
      expect(await chart.locator('svg[data-chart-svg]').count(), id).toBeGreaterThan(0);
      expect(await chart.locator('[data-axes] text').count(), id).toBeGreaterThan(4);
      expect(await chart.locator('[data-axis-title]').first().textContent(), id).toMatch(/GW|W|%|Utilisation|GB|\$/);
      expect(await chart.locator('[data-chart-legend] li').count(), id).toBeGreaterThan(0);
      expect(await chart.locator('[data-chart-source]').textContent(), id).toMatch(/^Source: .{20,}/);
    }
    const global = page.locator('[data-chart="global-power"]');
    expect(await global.locator('[data-chart-source]').textContent()).toMatch(/McKinsey.*IEA/);
    expect(await global.locator('[data-axis-title]').allTextContents()).toEqual(['Capacity, GW', 'Electricity, TWh/yr']);
    expect(await global.locator('[data-band]').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);

    // Hover the GW panel near its right end: the tooltip names the year and the values.
    const hit = (await global.locator('[data-hover-layer]').first().boundingBox())!;
    await page.mouse.move(hit.x + hit.width - 2, hit.y + hit.height / 2);
    const tooltip = global.locator('[data-chart-tooltip]');
    await expect.poll(() => tooltip.count()).toBe(1);
    expect(await tooltip.textContent()).toMatch(/2030.*McKinsey range.*171 GW – 219 GW.*Your assumption.*GW.*Article’s claim.*171 GW/);
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip.count()).toBe(0);

    // The table shows the numbers the chart shows: the 2030 assumption, and the first saturation year.
    await global.locator('[data-chart-table-toggle]').click();
    const row2030 = global.locator('[data-chart-table] tbody tr', { hasText: /^\s*2030/ });
    const [live2030] = liveFigures(await text(page, '[data-user-2030]'));
    expect(Number((await row2030.locator('td').nth(2).textContent())!.replace(/,/g, ''))).toBe(live2030);
    const traffic = page.locator('[data-chart="link-traffic"]');
    await traffic.locator('[data-chart-table-toggle]').click();
    const saturating = await page.locator('[data-runs-out-link]').first().getAttribute('data-runs-out-link');
    const tableRow = traffic.locator(`[data-chart-table] [data-table-link="${saturating}"]`);
    expect(await tableRow.locator('td').last().textContent()).toBe(String(await firstRunOutYear(page)));
    expect(await traffic.locator(`[data-saturation-marker="${saturating}"]`).getAttribute('data-year')).toBe(
      String(await firstRunOutYear(page)),
    );
    await global.locator('[data-chart-table-toggle]').click();
    expect(await global.locator('[data-chart-table]').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('follows the scenario’s data growth driver, saved as an undoable override, and the horizon', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await openProjections(page);
    const before = await firstRunOutYear(page);
    expect(before).toBeGreaterThan(2025);
    const saturating = await page.locator('[data-runs-out-link]').first().getAttribute('data-runs-out-link');
    const lineBefore = await page.locator(`[data-traffic-line="${saturating}"]`).getAttribute('d');

    const field = page.locator('[data-projection-growth="dataPerDevice"]');
    expect(await field.inputValue()).toBe('19');
    await field.fill('40');
    await field.press('Enter');
    await expect.poll(() => firstRunOutYear(page)).toBeLessThan(before);
    await projected(page);
    expect(await page.locator(`[data-traffic-line="${saturating}"]`).getAttribute('d')).not.toBe(lineBefore);
    expect(await page.locator('[data-chart="link-traffic"] [data-chart-source]').textContent()).toContain('40 %/yr per device');

    // The driver is part of the document: undo brings the catalogue's 19 % back.
    await page.locator('body').click({ position: { x: 700, y: 20 } });
    await page.click('[data-undo]');
    await expect.poll(() => field.inputValue()).toBe('19');
    await expect.poll(() => firstRunOutYear(page)).toBe(before);

    // A later horizon projects further, and the capacity needed is sized for it.
    await page.selectOption('[data-projection-horizon]', '2035');
    await expect.poll(() => page.locator('[data-runs-out] thead').textContent()).toContain('Needed by 2035');
    await projected(page);
    const ticks = await page.locator('[data-chart="scenario-power"] [data-axes] text').allTextContents();
    expect(ticks).toContain('2035');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('exports a chart as SVG, PNG and CSV', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await openProjections(page);
    const chart = page.locator('[data-chart="global-power"]');
    const save = async (kind: 'svg' | 'png' | 'csv') => {
      const [download] = await Promise.all([page.waitForEvent('download'), chart.locator(`[data-chart-export="${kind}"]`).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`global-power\\.${kind}$`));
      return readFile((await download.path())!);
    };
    const svg = (await save('svg')).toString('utf8');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain('<svg');
    expect(svg).toContain('Global AI data-centre power');
    expect(svg).toContain('Source: McKinsey');
    // Colours are resolved, not left as the page's CSS variables, and the hover layer is not exported.
    expect(svg).not.toContain('var(--');
    expect(svg).not.toMatch(/ style="/);
    expect(svg).not.toContain('data-hover-layer');
    expect(svg).toMatch(/fill="rgb\(/);

    const png = await save('png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Width and height from the IHDR chunk: drawn at twice the chart's size.
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
    expect(png.length).toBeGreaterThan(10_000);

    const csv = (await save('csv')).toString('utf8');
    const lines = csv
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('year,mckinsey_low_gw,mckinsey_high_gw,your_assumption_gw,iea_electricity_twh,article_claim_gw');
    expect(lines.find((l) => l.startsWith('2030,'))).toMatch(/^2030,171,219,[\d.]+,945,171$/);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('moves the live 2030 value and multiple with the global growth slider', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await openProjections(page);
    const [gwBefore, multipleBefore] = liveFigures(await text(page, '[data-user-2030]'));
    const slider = page.locator('[data-projection-user-growth]');
    await slider.focus();
    for (let i = 0; i < 10; i++) await slider.press('ArrowRight');
    await expect.poll(async () => liveFigures(await text(page, '[data-user-2030]'))[0]).toBeGreaterThan(gwBefore);
    const [gwAfter, multipleAfter] = liveFigures(await text(page, '[data-user-2030]'));
    expect(multipleAfter).toBeGreaterThan(multipleBefore);
    expect(multipleAfter).toBeCloseTo(gwAfter / 60, 1);
    expect(await page.locator('[data-projection-user-growth-value]').textContent()).toBe('21.5 %/yr');
    // A view setting, not an edit: nothing to undo.
    expect(await page.locator('[data-undo]').isDisabled()).toBe(true);
    // Back to the topology: the canvas is there again.
    await page.click('[data-centre-view="topology"]');
    await expect.poll(() => page.locator('.svelte-flow').isVisible()).toBe(true);
    expect(await page.locator('[data-projections]').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
