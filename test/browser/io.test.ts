import { readFileSync } from 'node:fs';
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

const scenarioName = (page: Page) => page.locator('input[aria-label="Scenario name"]').inputValue();

/** Chooses an action in the File menu and returns the file it downloads, as text or bytes. */
async function download(page: Page, action: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.selectOption('[data-file-menu]', action)]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

describe('import, export and share links in the page', () => {
  it('shares the scenario in a link that restores exactly it, and refuses a damaged link without changing anything', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    await page.locator('input[aria-label="Scenario name"]').fill('Shared pitch');
    await page.selectOption('[data-file-menu]', 'share');
    const url = await page.locator('[data-share-url]').inputValue();
    expect(url).toMatch(/#s1=[\w-]+$/);
    const saved = (await download(page, 'save')).bytes.toString('utf8');

    const other = await openApp(browser, url);
    await settled(other.page);
    expect(await scenarioName(other.page)).toBe('Shared pitch');
    // The very document: saving it there gives the same file.
    expect((await download(other.page, 'save')).bytes.toString('utf8')).toBe(saved);
    // The fragment is taken out of the address once opened.
    expect(new URL(other.page.url()).hash).toBe('');
    await other.close();

    const damaged = await openApp(browser, `${url.slice(0, -12)}AAAA`);
    await expect.poll(() => damaged.page.locator('.notice.error').textContent()).toMatch(/shared link could not be opened/);
    expect(await scenarioName(damaged.page)).not.toBe('Shared pitch');
    await damaged.close();
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('offers a file instead of a link for a scenario too large for one', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    const big = syntheticScenario(400, 7);
    await page.evaluate((s) => window.postMessage({ type: 'tierscape:load', scenario: s }, location.origin), big);
    await expect.poll(() => scenarioName(page), { timeout: 30_000 }).toBe(big.name);
    await page.selectOption('[data-file-menu]', 'share');
    expect(await page.locator('[data-share-too-large]').textContent()).toMatch(/too large for a link/);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-share-save-file]')]);
    expect(file.suggestedFilename()).toMatch(/\.json$/);
    await app.close();
  });

  it('imports a Topology Zoo GraphML file: sites placed from coordinates, the licence credited', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    const abilene = readFileSync('test/fixtures/topology-zoo/Abilene.graphml');
    await page.locator('[data-import-graphml]').setInputFiles({ name: 'Abilene.graphml', mimeType: 'application/xml', buffer: abilene });
    await expect.poll(() => page.locator('.svelte-flow__node').count()).toBe(11);
    expect(await page.locator('.svelte-flow__edge').count()).toBe(14);
    expect(await page.locator('.notice').textContent()).toMatch(/Imported 11 sites and 14 links from Abilene\.graphml/);
    const saved = JSON.parse((await download(page, 'save')).bytes.toString('utf8'));
    expect(saved.description).toMatch(/Topology Zoo/);
    // A broken file is refused and changes nothing.
    await page
      .locator('[data-import-graphml]')
      .setInputFiles({ name: 'bad.graphml', mimeType: 'application/xml', buffer: Buffer.from('<graphml><graph>') });
    await expect.poll(() => page.locator('.notice.error').textContent()).toMatch(/bad\.graphml was not imported/);
    expect(await page.locator('.svelte-flow__node').count()).toBe(11);
    await app.close();
  });

  it('exports the results as CSV and JSON, and the canvas as PNG and SVG', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    const workloads = (await download(page, 'csv-workloads')).bytes.toString('utf8');
    const header = workloads.replace(/^\uFEFF/, '').split('\r\n')[0];
    expect(header).toMatch(/p95Ms/);
    expect(workloads.trim().split('\r\n').length).toBe(1 + (await page.locator('[data-workload-result]').count()));
    const links = (await download(page, 'csv-links')).bytes.toString('utf8');
    expect(links).toMatch(/utilisation/i);
    const json = JSON.parse((await download(page, 'json-results')).bytes.toString('utf8'));
    expect(json.format).toBe('tierscape-results');
    expect(json.workloads.length).toBeGreaterThan(0);

    const png = await download(page, 'png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(10_000);
    const svg = await download(page, 'svg');
    expect(svg.name).toMatch(/\.svg$/);
    expect(svg.bytes.toString('utf8')).toMatch(/^<svg|^data:|<foreignObject/);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('shows hostile names from a GraphML file or a shared link as text: no markup, no script', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    const payload = '<img src=x onerror="window.__pwned=1">';
    const escaped = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const graphml = `<?xml version="1.0"?><graphml><key attr.name="label" attr.type="string" for="node" id="d0"/><key attr.name="Latitude" attr.type="double" for="node" id="d1"/><key attr.name="Longitude" attr.type="double" for="node" id="d2"/><graph edgedefault="undirected"><node id="a"><data key="d0">${escaped}</data><data key="d1">48.8</data><data key="d2">2.3</data></node><node id="b"><data key="d0">Lyon</data><data key="d1">45.7</data><data key="d2">4.8</data></node><edge source="a" target="b"/></graph></graphml>`;
    await page
      .locator('[data-import-graphml]')
      .setInputFiles({ name: 'hostile.graphml', mimeType: 'application/xml', buffer: Buffer.from(graphml) });
    await expect.poll(() => page.locator('.svelte-flow__node').count()).toBe(2);
    expect(await page.locator('.svelte-flow__node', { hasText: 'onerror' }).count()).toBe(1);
    expect(await page.locator('.svelte-flow__node img').count()).toBe(0);

    // The same name through a share link opened in a new page.
    await page.selectOption('[data-file-menu]', 'share');
    const url = await page.locator('[data-share-url]').inputValue();
    // A topology without workloads: wait for its sites rather than for result cards.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const other = await context.newPage();
    await other.goto(url);
    await expect.poll(() => other.locator('.svelte-flow__node', { hasText: 'onerror' }).count()).toBe(1);
    expect(await other.locator('.svelte-flow__node img').count()).toBe(0);
    expect(await other.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await context.close();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
