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

/** Switches the centre column to the map and waits for the world atlas under it. */
async function openMap(page: Page): Promise<void> {
  await page.click('[data-centre-view="map"]');
  await page.waitForSelector('[data-map-svg]:not([data-map-atlas="loading"])');
}

/** The map's zoom, "k x y". */
const transform = (page: Page) => page.locator('[data-map-svg]').getAttribute('data-map-transform');
const zoomK = async (page: Page) => Number((await transform(page))!.split(' ')[0]);
const marker = (page: Page, siteId: string) => page.locator(`[data-map-site="${siteId}"]`);
const pressed = (page: Page, siteId: string) => marker(page, siteId).getAttribute('aria-pressed');
const latitude = (page: Page) => page.locator('[data-inspector="site"]').getByLabel('Latitude', { exact: true });

/** Presses at the middle of one element and releases at a point, moving in steps as a hand would. */
async function dragTo(page: Page, selector: string, to: { x: number; y: number }): Promise<void> {
  const from = (await page.locator(selector).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('[data-map-svg]').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('the Map view', () => {
  it('draws every site as a marker and every link as a great-circle arc, from files on this page’s own origin', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(inject('baseUrl')) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await settled(page);
    const sites = await page.locator('.svelte-flow__node').count();
    const links = await page.locator('[data-link-id]').count();
    expect(sites).toBe(4);
    await openMap(page);
    expect(await page.locator('.svelte-flow').isVisible()).toBe(false);
    expect(await page.locator('[data-map-site]').count()).toBe(sites);
    expect(await page.locator('path[data-map-link]').count()).toBe(links);
    expect(await page.locator('[data-map-land]').getAttribute('d')).toMatch(/^M/);
    // Each marker is a named, focusable button; the legend says what the arcs are.
    expect(await marker(page, 'mec-bcn').getAttribute('aria-label')).toMatch(
      /^Near edge \(telco MEC\) Barcelona MEC, 41\.4036° N, 2\.1744° E$/,
    );
    expect(await marker(page, 'mec-bcn').getAttribute('tabindex')).toBe('0');
    expect(await page.locator('[data-map-legend]').textContent()).toContain('great-circle arcs');
    expect(foreign).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('shares the selection with the canvas, both ways', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    await page.click('.svelte-flow__node[data-id="pop-lyon"]');
    await page.locator('[data-inspector="site"]').waitFor();
    await openMap(page);
    expect(await pressed(page, 'pop-lyon')).toBe('true');
    expect(await pressed(page, 'cloud-par')).toBe('false');

    await marker(page, 'cloud-par').click();
    expect(await pressed(page, 'cloud-par')).toBe('true');
    await expect.poll(() => page.locator('[data-inspector="site"] input[type="text"]').first().inputValue()).toBe('Cloud region Paris');
    await page.click('[data-centre-view="topology"]');
    await expect.poll(() => page.locator('.svelte-flow').isVisible()).toBe(true);
    expect(await page.locator('[data-inspector="site"] input[type="text"]').first().inputValue()).toBe('Cloud region Paris');
    expect(await page.locator('.svelte-flow__node[data-id="cloud-par"]').getAttribute('class')).toContain('selected');

    // By keyboard: a focused marker selects with Enter; a link selects with a click on its arc.
    await openMap(page);
    await marker(page, 'mec-bcn').focus();
    await page.keyboard.press('Enter');
    expect(await pressed(page, 'mec-bcn')).toBe('true');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('zooms to a country, a city and back, with the mouse wheel and the keyboard', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await openPreset(page, 'hospital-imaging');
    await settled(page);
    await openMap(page);
    const countries = await page.locator('[data-map-zoom-to] optgroup[label="Countries with sites"] option').allTextContents();
    expect(countries).toEqual(['Germany', 'United States of America']);
    // Across the Atlantic the link is a great circle, resampled into a curve, not a two-point line.
    expect(await page.locator('path[data-map-link="internet-us"]').getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){5,}$/);

    const fitted = await transform(page);
    // Choices zoom with a short animation.
    await page.selectOption('[data-map-zoom-to]', 'sites-in:Germany');
    await expect.poll(() => zoomK(page), { timeout: 5000 }).toBeGreaterThan(10);
    // Deep in a city, the two sites 100 m apart in Heidelberg are told apart on screen.
    await page.selectOption('[data-map-zoom-to]', 'city:Frankfurt');
    await expect.poll(() => page.locator('[data-map-svg]').getAttribute('data-map-atlas'), { timeout: 5000 }).toBe('50m');
    await page.selectOption('[data-map-zoom-to]', 'area:scanners');
    await expect
      .poll(async () => {
        const a = (await marker(page, 'scanners').boundingBox())!;
        const b = (await marker(page, 'hospital-server').boundingBox())!;
        return Math.hypot(a.x - b.x, a.y - b.y);
      })
      .toBeGreaterThan(30);
    await expect.poll(() => page.locator('[data-map-scale]').getAttribute('data-map-scale'), { timeout: 5000 }).toMatch(/^\d+ m$/);

    // Keys work while the map itself has focus: − zooms out, 0 fits all the sites again.
    await page.locator('[data-map-svg]').focus();
    const deep = await zoomK(page);
    await page.keyboard.press('-');
    await expect.poll(() => zoomK(page)).toBeLessThan(deep);
    const before = await transform(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => transform(page)).not.toBe(before);
    await page.keyboard.press('0');
    await expect.poll(() => transform(page), { timeout: 5000 }).toBe(fitted);
    // The wheel zooms in about the pointer.
    const centre = await mapCentre(page);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => zoomK(page)).toBeGreaterThan(Number(fitted!.split(' ')[0]));
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('places a new site by dragging it from the tray, as one undoable edit, and moves it by dragging on the map', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    await openMap(page);
    expect(await page.locator('[data-map-tray]').count()).toBe(0);
    await page.click('[data-tier="farEdge"]');
    const tray = page.locator('[data-map-unplaced="far-edge-1"]');
    await tray.waitFor();
    expect(await latitude(page).inputValue()).toBe('');
    expect(await page.locator('[data-map-site]').count()).toBe(4);

    await dragTo(page, '[data-map-unplaced="far-edge-1"]', await mapCentre(page));
    await marker(page, 'far-edge-1').waitFor();
    expect(await page.locator('[data-map-tray]').count()).toBe(0);
    await expect.poll(async () => Number(await latitude(page).inputValue())).not.toBe(0);
    const lat = Number(await latitude(page).inputValue());
    expect(lat).toBeGreaterThan(-90);
    expect(lat).toBeLessThan(90);
    expect(await pressed(page, 'far-edge-1')).toBe('true');

    // Moving it on the map is one edit per drag, however many frames the drag takes.
    const box = (await marker(page, 'far-edge-1').boundingBox())!;
    await dragTo(page, '[data-map-site="far-edge-1"]', { x: box.x + box.width / 2 + 60, y: box.y + box.height / 2 + 40 });
    await expect.poll(async () => Number(await latitude(page).inputValue())).not.toBe(lat);
    await page.click('[data-undo]');
    await expect.poll(async () => Number(await latitude(page).inputValue())).toBe(lat);
    // And the placing itself is undone by the next step: back in the tray.
    await page.click('[data-undo]');
    await tray.waitFor();
    expect(await latitude(page).inputValue()).toBe('');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('places a site with the keyboard alone: Enter in the tray, arrow keys, Enter', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    await openMap(page);
    await page.click('[data-tier="regionalDc"]');
    const tray = page.locator('[data-map-unplaced="regional-dc-1"]');
    await tray.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-map-placing="regional-dc-1"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-map-svg'))).toBe(true);
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await marker(page, 'regional-dc-1').waitFor();
    await expect.poll(async () => (await latitude(page).inputValue()) !== '').toBe(true);
    // Focus is on the placed site: arrow keys now nudge it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-map-site'))).toBe('regional-dc-1');
    const lon = Number(await page.locator('[data-inspector="site"]').getByLabel('Longitude', { exact: true }).inputValue());
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => Number(await page.locator('[data-inspector="site"]').getByLabel('Longitude', { exact: true }).inputValue()))
      .toBeGreaterThan(lon);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('reads well in the dark theme too, and says so when the scenario has no sites', async () => {
    const app = await openApp(browser, inject('baseUrl'), { colorScheme: 'dark' });
    const { page } = app;
    await settled(page);
    await openMap(page);
    const colours = await page.evaluate(() => {
      const fill = (selector: string) => getComputedStyle(document.querySelector(selector)!).fill;
      return { sea: fill('[data-map-svg] .sea'), land: fill('[data-map-land]') };
    });
    expect(colours.sea).not.toBe(colours.land);
    expect(await page.locator('[data-map-empty]').count()).toBe(0);

    const empty = { schemaVersion: 1, name: 'Empty', sites: [], links: [], workloads: [] };
    await page.locator('[data-open-scenario]').setInputFiles({
      name: 'empty.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(empty)),
    });
    await page.locator('[data-map-empty]').waitFor();
    expect(await page.locator('[data-map-empty]').textContent()).toContain('No sites yet');
    expect(await page.locator('[data-map-site]').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
