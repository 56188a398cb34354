import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, leaveStartScreen, openApp, settled } from './setup/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const scenarioName = (page: Page) => page.locator('input[aria-label="Scenario name"]').inputValue();
const variantCount = (page: Page) => page.locator('[data-variant]').count();
const totalCost = async (page: Page) => (await page.locator('[data-total-cost]').textContent()) ?? '';
const devicesFactor = async (page: Page) =>
  Number.parseFloat(((await page.locator('[data-driver-value="deviceCountFactor"]').textContent()) ?? '').replace(/[^\d.]/g, ''));

/** Drags a range input's thumb with the mouse to `fraction` of its width. */
async function dragSlider(page: Page, selector: string, fraction: number): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 8; step++)
    await page.mouse.move(box.x + box.width * (0.5 + ((fraction - 0.5) * step) / 8), box.y + box.height / 2);
  await page.mouse.up();
}

describe('autosave, restore and undo in the page', () => {
  it('restores the last state after a reload, variants included', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    await page.locator('input[aria-label="Scenario name"]').fill('Lyon pitch');
    await page.click('[data-variant-duplicate]');
    await expect.poll(() => variantCount(page)).toBe(2);
    await dragSlider(page, '[data-driver="deviceCountFactor"]', 0.7);
    await settled(page);
    const shownCost = await totalCost(page);
    await expect.poll(() => page.locator('[data-save-status]').getAttribute('data-save-status')).toBe('saved');

    await page.reload();
    await page.waitForSelector('[data-workload-result]');
    await settled(page);
    expect(await variantCount(page)).toBe(2);
    expect(await scenarioName(page)).toBe('Lyon pitch');
    expect(await totalCost(page)).toBe(shownCost);
    expect(await devicesFactor(page)).toBeGreaterThan(1.3);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('undoes and redoes edits with Ctrl+Z and Shift+Ctrl+Z; a whole slider drag is one step', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    const before = await totalCost(page);
    const factor = () => devicesFactor(page);
    await dragSlider(page, '[data-driver="deviceCountFactor"]', 0.7);
    await settled(page);
    expect(await factor()).toBeGreaterThan(1.3);
    await page.click('[data-variant-duplicate]');
    await expect.poll(() => variantCount(page)).toBe(2);

    await page
      .locator('body')
      .click({ position: { x: 5, y: 5 } })
      .catch(() => undefined);
    await page.keyboard.press('Control+z');
    await expect.poll(() => variantCount(page)).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(factor).toBe(1);
    // The undone edit's evaluation may not have started yet when the factor shows: wait for its figure.
    await expect.poll(() => totalCost(page)).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(factor).toBeGreaterThan(1.3);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => variantCount(page)).toBe(2);
    // The buttons do the same.
    await page.click('[data-undo]');
    await expect.poll(() => variantCount(page)).toBe(1);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('keeps more than 200 steps', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    // 205 separate edits: each duplicate adds a variant.
    for (let i = 0; i < 205; i++) await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-variant-duplicate]')!.click());
    await expect.poll(() => variantCount(page)).toBe(206);
    for (let i = 0; i < 205; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => variantCount(page)).toBe(1);
    expect(await page.locator('[data-undo]').isDisabled()).toBe(true);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('reports storage that is full, and keeps working', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'tierscape:workspace') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('[data-workload-result]');
    await leaveStartScreen(page);
    await settled(page);
    await page.click('[data-variant-duplicate]');
    await expect.poll(() => page.locator('[data-save-status]').getAttribute('data-save-status')).toBe('failed');
    expect(await page.locator('.notice.error').textContent()).toMatch(/storage for this page is full/);
    expect(await variantCount(page)).toBe(2);
    await context.close();
  });

  it('reports storage that is blocked, and starts from the preset', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('[data-workload-result]');
    await expect.poll(() => page.locator('.notice.error').textContent()).toMatch(/Autosave is off/);
    expect(await scenarioName(page)).toMatch(/\S/);
    await context.close();
  });

  it('opens a scenario file of an older version (migrated), and refuses a bad one without changing anything', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    const before = await scenarioName(page);
    await page.locator('[data-open-scenario]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion":1,"name":"x","sites":[{"id":3}]}'),
    });
    await expect.poll(() => page.locator('.notice.error').textContent()).toMatch(/broken\.json was not opened: sites\[0\]/);
    expect(await scenarioName(page)).toBe(before);

    const old = { name: 'From an older Tierscape', sites: [], links: [], workloads: [] };
    await page
      .locator('[data-open-scenario]')
      .setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)) });
    await expect.poll(() => scenarioName(page)).toBe('From an older Tierscape');
    expect(await page.locator('.notice').textContent()).toMatch(/format version 0; it was brought up to date/);
    // Opening is one undo step: the scenario before comes back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => scenarioName(page)).toBe(before);
    await app.close();
  });

  it('leaves the saved workspace alone in an embedded view: nothing restored, nothing overwritten', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await settled(page);
    await page.click('[data-variant-duplicate]');
    // Saved once the stored workspace has both variants (the start-up save may already show "Saved").
    const storedVariants = () =>
      page.evaluate(() => (JSON.parse(localStorage.getItem('tierscape:workspace') ?? '{}').workspace?.variants ?? []).length);
    await expect.poll(storedVariants).toBe(2);
    const saved = await page.evaluate(() => localStorage.getItem('tierscape:workspace'));
    await page.goto(`${inject('baseUrl')}?embed`);
    await page.waitForSelector('[data-workload-result]');
    await settled(page);
    await page.waitForTimeout(800);
    expect(await page.locator('.notice').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('tierscape:workspace'))).toBe(saved);
    await app.close();
  });
});
