import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp, openPreset, p95Text, settled } from './setup/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the editor, driven as a person would', () => {
  it('opens with the smart-city preset and live results', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await expect.poll(() => page.locator('.svelte-flow__node').count()).toBe(4);
    expect(await page.locator('[data-workload-result]').count()).toBe(3);
    expect(await page.locator('[data-workload-result="alerts"] [data-verdict]').textContent()).toContain('PASS');
    expect(await p95Text(page, 'alerts')).toMatch(/\d+(\.\d+)? ms/);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('loads another preset from the menu', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await openPreset(page, 'hospital-imaging');
    await expect.poll(() => page.inputValue('input[aria-label="Scenario name"]')).toMatch(/hospital/i);
    await settled(page);
    await expect.poll(() => page.locator('[data-warning="sovereignty"]').count()).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('adds a site, connects it, moves a stage onto it and shows the latency change', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    const before = await p95Text(page, 'alerts');

    // Drag a near-edge site from the palette onto empty canvas below the others.
    const pane = page.locator('.svelte-flow__pane');
    const box = (await pane.boundingBox())!;
    await page.locator('[data-tier="nearEdge"]').dragTo(pane, { targetPosition: { x: box.width * 0.55, y: box.height * 0.82 } });
    await expect.poll(() => page.locator('.svelte-flow__node').count()).toBe(5);
    const added = page.locator('.svelte-flow__node[data-id="near-edge-1"]');
    await expect.poll(() => added.count()).toBe(1);
    await expect.poll(() => page.locator('[data-inspector="site"]').count()).toBe(1);

    // Drag from the MEC's right handle to the new site's left handle, then pick the medium.
    const from = page.locator('.svelte-flow__node[data-id="mec-bcn"] .svelte-flow__handle[data-handleid="r"]');
    const to = added.locator('.svelte-flow__handle[data-handleid="l"]');
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
    await page.mouse.up();
    await page.getByRole('dialog').getByText('Metro fibre').click();
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect.poll(() => page.locator('.svelte-flow__edge').count()).toBe(5);
    await expect.poll(() => page.locator('[data-inspector="link"]').count()).toBe(1);

    // Drag the fusion stage's badge from the MEC onto the new site.
    await page.locator('[data-stage="alerts/fuse"]').dragTo(added);
    await expect.poll(() => added.locator('[data-stage="alerts/fuse"]').count()).toBe(1);
    await settled(page);
    await expect.poll(() => p95Text(page, 'alerts')).not.toBe(before);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('refuses an invalid value in the inspector and keeps the scenario', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await page.locator('[data-link-label="ran-bcn"]').click();
    const capacity = page.getByLabel('Capacity per direction');
    await capacity.fill('0');
    await expect.poll(() => page.locator('[data-inspector="link"] [role="alert"]').textContent()).toContain('must be > 0');
    // Below the 50 Mbit/s the slice reserves: refused with the reason, the document unchanged.
    await capacity.fill('5');
    await expect.poll(() => page.locator('[data-inspector="link"] [role="alert"]').textContent()).toContain('must not exceed capacityMbps');
    // 60 Mbit/s leaves 10 for best effort: the clips saturate it, the alerts in the slice do not notice.
    await capacity.fill('60');
    await settled(page);
    await expect.poll(() => page.locator('[data-warning="saturation"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-workload-result="clips"] [data-verdict]').textContent()).toContain('FAIL');
    expect(await page.locator('[data-workload-result="alerts"] [data-verdict]').textContent()).toContain('PASS');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
