import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';

/**
 * Opens the page in a fresh context and records every page error and console
 * error, so a test can fail on any of them.
 */
export async function openApp(browser: Browser, url: string, options: { colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  await page.goto(url);
  await page.waitForSelector('[data-workload-result]');
  await leaveStartScreen(page);
  return { page, errors, close: () => context.close() };
}

/**
 * A first visit opens on the template gallery, over the example scenario:
 * closes it as a user keeping the example would. Does nothing when the page
 * restored a session or opened a link (no start screen).
 */
export async function leaveStartScreen(page: Page): Promise<void> {
  const start = page.locator('[data-gallery="start"]');
  // The gallery opens once the session has started, right after the first result.
  await start.waitFor({ timeout: 1500 }).catch(() => undefined);
  if ((await start.count()) > 0) {
    await page.click('[data-keep-example]');
    await start.waitFor({ state: 'detached' });
  }
}

/** Opens an example scenario through the template gallery. */
export async function openPreset(page: Page, presetId: string): Promise<void> {
  await page.click('[data-open-gallery]');
  await page.click(`[data-preset="${presetId}"]`);
  await page.locator('[data-gallery]').waitFor({ state: 'detached' });
}

export { launchChromium };

/** The p95 figure a workload's card shows, as text. */
export async function p95Text(page: Page, workloadId: string): Promise<string> {
  return (await page.locator(`[data-workload-result="${workloadId}"] [data-p95]`).textContent()) ?? '';
}

/** Waits until the engine has answered the latest edit. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-engine-status="idle"]');
}
