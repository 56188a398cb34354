import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, settled } from './setup/page';

/**
 * Every main view, in both themes, checked by axe-core (Deque's rules for
 * WCAG 2.x A and AA and best practice). A view passes with no violation of
 * impact serious or critical; the moderate and minor ones are reported only.
 */

const require = createRequire(import.meta.url);
let axeSource: string;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
});
afterAll(async () => {
  await browser?.close();
});

type Theme = 'light' | 'dark';

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Opens the page in a theme, waits for the first result and closes the start screen a first visit shows. */
async function open(theme: Theme, query = ''): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: theme });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}${query}`);
  await page.waitForSelector('[data-workload-result]');
  await closeStartScreen(page);
  await settled(page);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
  return { page, close: () => context.close() };
}

async function closeStartScreen(page: Page): Promise<void> {
  if ((await page.locator('[data-gallery]').count()) === 0) return;
  await page.keyboard.press('Escape');
  if ((await page.locator('[data-gallery]').count()) > 0)
    await page.evaluate(() => document.querySelector<HTMLButtonElement>('[data-gallery] button')?.click());
  await page.waitForSelector('[data-gallery]', { state: 'detached' });
}

/**
 * Runs axe on the page as it is. The source is evaluated through the
 * DevTools protocol, which the page's Content-Security-Policy (no inline
 * script) does not govern; a <script> tag would be refused.
 */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  // Let transitions and the engine settle so colours are the final ones.
  await page.waitForTimeout(150);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as never;
  });
}

function describeViolations(view: string, violations: readonly AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${view}: [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .slice(0, 8)
          .map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
          .join('\n') +
        (v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : ''),
    )
    .join('\n');
}

/** Fails on serious or critical violations, printing every violation so the failure says what to fix. */
async function expectAccessible(page: Page, view: string): Promise<void> {
  const violations = await axeViolations(page);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = violations.filter((v) => !blocking.includes(v));
  if (minor.length > 0) console.info(`${view}, not blocking: ${minor.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(', ')}`);
  // The rule ids alone in the diff; the message carries the targets and help text.
  expect(
    blocking.map((v) => v.id),
    describeViolations(view, blocking),
  ).toEqual([]);
}

const RESULT_TABS = ['results', 'compare', 'optimise', 'n1', 'sensitivity', 'assumptions'] as const;

describe.each<Theme>(['light', 'dark'])('accessibility (axe-core) in the %s theme', (theme) => {
  it('the topology canvas with the results panel', async () => {
    const { page, close } = await open(theme);
    await expectAccessible(page, `canvas (${theme})`);
    await close();
  });

  it('the canvas with a site selected and the inspector open', async () => {
    const { page, close } = await open(theme);
    await page.locator('.svelte-flow__node').first().click();
    await page.waitForSelector('[data-site-id]');
    await expectAccessible(page, `canvas, site selected (${theme})`);
    await close();
  });

  it.each(RESULT_TABS)('the %s tab of the results panel', async (tab) => {
    const { page, close } = await open(theme);
    if (tab === 'compare') {
      // Two variants compared, so the table has something in it.
      await page.click('[data-variant-duplicate]');
      await page.locator('[data-variant-compare]').nth(1).check();
      await settled(page);
    }
    await page.click(`[data-tab="${tab}"]`);
    if (tab === 'compare') await page.waitForSelector('[data-compare-table]');
    if (tab === 'optimise') {
      // With an answer and the scatter of every placement on screen.
      await page.click('[data-optimise-run]');
      await page.waitForSelector('[data-optimise-result]');
      await page.waitForSelector('[data-pareto-point]').catch(() => undefined);
    }
    if (tab === 'sensitivity') await page.waitForSelector('.tornado svg, .tornado .empty');
    if (tab === 'n1') await page.waitForSelector('.n1 table, .n1 .empty');
    await expectAccessible(page, `${tab} tab (${theme})`);
    await close();
  });

  it('the projections view', async () => {
    const { page, close } = await open(theme);
    await page.click('[data-centre-view="projections"]');
    await page.waitForSelector('[data-projections-status="idle"] [data-chart="backhaul"]');
    await expectAccessible(page, `projections (${theme})`);
    await close();
  });

  it('the embed view', async () => {
    const { page, close } = await open(theme, '?embed');
    await expectAccessible(page, `embed (${theme})`);
    await close();
  });

  it('the keyboard shortcuts overlay', async () => {
    const { page, close } = await open(theme);
    await page.click('[data-open-help]');
    await page.waitForSelector('[data-help-overlay]');
    await expectAccessible(page, `help overlay (${theme})`);
    await close();
  });

  it('the map view', async () => {
    const { page, close } = await open(theme);
    await page.click('[data-centre-view="map"]');
    await page.waitForTimeout(500);
    await expectAccessible(page, `map (${theme})`);
    await close();
  });

  it('the template gallery', async () => {
    const { page, close } = await open(theme);
    await page.click('[data-open-gallery]');
    await page.waitForSelector('[data-gallery]');
    await page.waitForTimeout(300);
    await expectAccessible(page, `template gallery (${theme})`);
    await close();
  });

  it('the presentation', async () => {
    const { page, close } = await open(theme);
    await page.click('[data-present]');
    await page.waitForTimeout(500);
    await expectAccessible(page, `presentation (${theme})`);
    await close();
  });
});

/** A site node's position on the canvas, from the transform Svelte Flow gives it. */
async function nodePosition(page: Page, siteId: string): Promise<{ x: number; y: number }> {
  const transform = await page.locator(`.svelte-flow__node[data-id="${siteId}"]`).evaluate((el) => (el as HTMLElement).style.transform);
  const [, x, y] = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(transform) ?? [];
  return { x: Number(x), y: Number(y) };
}

describe('keyboard operation', () => {
  it('selects a site with Enter, moves it with the arrow keys as one undo step, and clears with Escape', async () => {
    const { page, close } = await open('light');
    const node = page.locator('.svelte-flow__node').first();
    const id = (await node.getAttribute('data-id'))!;
    // Focus as Tab would: after a key press, so the ring shows.
    await page.keyboard.press('Shift');
    await node.focus();
    expect(await node.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    expect(await node.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

    await page.keyboard.press('Enter');
    await expect.poll(() => node.getAttribute('class')).toContain('selected');
    const before = await nodePosition(page, id);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => nodePosition(page, id)).toEqual({ x: before.x + 20, y: before.y + 100 });
    expect(await page.locator('[data-canvas-announcement]').textContent()).toMatch(/^Moved .+ down, to x/);
    // Focus stays on the site through the edits.
    expect(await node.evaluate((el) => el === document.activeElement)).toBe(true);

    // The burst is one undo step.
    await page.click('[data-undo]');
    await expect.poll(() => nodePosition(page, id)).toEqual(before);

    await node.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => node.getAttribute('class')).not.toContain('selected');
    await close();
  });

  it('removes the selected site with Delete and keeps the keyboard in the canvas', async () => {
    const { page, close } = await open('light');
    const count = await page.locator('.svelte-flow__node').count();
    const node = page.locator('.svelte-flow__node').last();
    await node.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => node.getAttribute('class')).toContain('selected');
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.svelte-flow__node').count()).toBe(count - 1);
    expect(await page.evaluate(() => document.activeElement?.closest('.canvas') !== null)).toBe(true);
    expect(await page.locator('[data-canvas-announcement]').textContent()).toMatch(/^Removed /);
    await close();
  });

  it('shows a metric tooltip on keyboard focus and closes it with Escape', async () => {
    const { page, close } = await open('dark');
    const trigger = page.locator('[data-info-tip="p95"]').first();
    await trigger.focus();
    const tipId = (await trigger.getAttribute('aria-describedby'))!;
    const tip = page.locator(`[id="${tipId}"]`);
    await expect.poll(() => tip.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.textContent()).toMatch(/95th percentile/);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await close();
  });

  it('opens the shortcuts as a modal dialog that keeps focus and gives it back on Escape', async () => {
    const { page, close } = await open('light');
    const opener = page.locator('[data-open-help]');
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[data-help-overlay]');
    await expect.poll(() => dialog.evaluate((el) => (el as HTMLDialogElement).open && el.matches(':modal'))).toBe(true);
    expect(await dialog.locator('kbd').count()).toBeGreaterThan(10);
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-help-overlay]').count()).toBe(0);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await close();
  });
});
