import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEMPLATE_IDS } from '../../src/document/templates/templateIds';
import { launchChromium, openApp, settled } from './setup/page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const variantNames = (page: Page) => page.locator('[data-variant-name]').allTextContents();

/** Opens a fresh page and waits for its start screen (a first visit). */
async function firstVisit() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(inject('baseUrl'));
  await page.waitForSelector('[data-gallery="start"] [data-template-card]');
  return { page, errors, close: () => context.close() };
}

describe('the start screen', () => {
  it('greets a first visit with every template, a blank canvas and the examples', async () => {
    const { page, errors, close } = await firstVisit();
    expect(await page.locator('[data-template-card]').count()).toBe(TEMPLATE_IDS.length);
    expect(await page.locator('[data-preset]').count()).toBeGreaterThanOrEqual(3);
    // The dialog is modal: the page behind cannot be clicked or tabbed to.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-gallery]') !== null)).toBe(true);
    await page.click('[data-blank-canvas]');
    await expect.poll(() => page.locator('[data-gallery]').count()).toBe(0);
    expect(await page.locator('.svelte-flow__node').count()).toBe(0);
    expect(await page.locator('[data-workload-result]').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('closes with Escape and leaves the example on the canvas', async () => {
    const { page, errors, close } = await firstVisit();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-gallery]').count()).toBe(0);
    expect(await page.locator('.svelte-flow__node').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('does not come back after a reload: the session is restored instead', async () => {
    const { page, close } = await firstVisit();
    await page.click('[data-keep-example]');
    await expect.poll(() => page.locator('[data-save-status]').getAttribute('data-save-status')).toBe('saved');
    await page.reload();
    await page.waitForSelector('[data-workload-result]');
    await page.waitForTimeout(600);
    expect(await page.locator('[data-gallery]').count()).toBe(0);
    await close();
  });
});

describe('every template', () => {
  it.each(TEMPLATE_IDS)('%s opens as a baseline and an edge variant, compared, with results', async (id) => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await page.click('[data-open-gallery]');
    await page.click(`[data-open-template="${id}"]`);
    await expect.poll(() => page.locator('[data-gallery]').count()).toBe(0);
    await settled(page);
    const names = await variantNames(page);
    expect(names).toHaveLength(2);
    const title = await page.locator('[data-scenario-name], input[aria-label="Scenario name"]').first().inputValue();
    expect(title.length).toBeGreaterThan(0);
    await page.waitForSelector('[data-workload-result] [data-p95]');
    expect(await page.locator('.svelte-flow__node').count()).toBeGreaterThan(1);
    // The comparison table shows both variants.
    await page.click('[data-tab="compare"]');
    for (const name of names) await expect.poll(() => page.locator('[data-compare-table]').textContent()).toContain(name);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('the presentation', () => {
  it('walks a template’s story to the end with the keyboard, one headline number per step, and leaves with Escape', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await page.click('[data-open-gallery]');
    await page.click('[data-open-template="smart-city-urllc"]');
    await settled(page);
    await page.keyboard.press('p');
    await page.waitForSelector('[data-presentation] [data-step="baseline"]');
    expect(await page.locator('[data-step-counter]').textContent()).toBe('Step 1 of 5');
    const seen: { step: string; headline: string; caption: string }[] = [];
    for (let i = 0; i < 5; i++) {
      const step = (await page.locator('[data-step]').getAttribute('data-step')) ?? '';
      const headline = (await page.locator('[data-step-figure="headline"] [data-figure-after]').textContent()) ?? '';
      const caption = (await page.locator('[data-step-caption]').textContent()) ?? '';
      seen.push({ step, headline, caption });
      await page.keyboard.press('ArrowRight');
    }
    expect(seen.map((s) => s.step)).toEqual(['baseline', 'edge', 'cut', 'slice', 'projection']);
    for (const s of seen) {
      expect(s.headline).toMatch(/\d/);
      expect(s.caption.length).toBeGreaterThan(40);
    }
    // The move to the edge: a lower p95, said in the caption as "p95 latency a → b".
    const [base, edge] = seen.slice(0, 2).map((s) => Number.parseFloat(s.headline));
    expect(edge).toBeLessThan(base);
    expect(seen[1].caption).toMatch(/p95 latency [\d.]+ m?s → [\d.]+ m?s/);
    expect(await page.locator('[data-step-figure="headline"] [data-figure-change]').textContent()).toMatch(/points|%/);
    // The cut step names the cut link; the end stays at the end; back and Home work.
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-step]').getAttribute('data-step')).toBe('projection');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('[data-step]').getAttribute('data-step')).toBe('cut');
    expect(await page.locator('[data-cut-badge]').textContent()).toMatch(/Cut: .+ – .+/);
    await page.keyboard.press('Home');
    expect(await page.locator('[data-step]').getAttribute('data-step')).toBe('baseline');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-presentation]').count()).toBe(0);
    // Nothing in the workspace changed.
    expect(await variantNames(page)).toHaveLength(2);
    expect(await page.locator('[data-undo]').isDisabled()).toBe(false);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('offers the stories to choose from when no template is open, and steps with the buttons too', async () => {
    const app = await openApp(browser, inject('baseUrl'));
    const { page } = app;
    await page.click('[data-present]');
    await page.click('[data-presentation] [data-present-template="training-burst"]');
    await page.waitForSelector('[data-step="baseline"]');
    expect(await page.locator('[data-step-counter]').textContent()).toBe('Step 1 of 4');
    await page.click('[data-step-next]');
    expect(await page.locator('[data-step] h2').textContent()).toBe('Burst to Stockholm on demand');
    await page.click('[data-step-dot="projection"]');
    expect(await page.locator('[data-step-next]').isDisabled()).toBe(true);
    await page.click('[data-presentation-close]');
    await expect.poll(() => page.locator('[data-presentation]').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
