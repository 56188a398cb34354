/**
 * Takes screenshots of the built page in headless Chromium, for looking at
 * what we ship: `npx tsx scripts/screenshot.ts [out-dir]` after `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { startStaticServer } from '../test/browser/setup/staticServer';
import { launchChromium } from '../test/browser/setup/chromium';

const outDir = process.argv[2] ?? '/tmp/tierscape-shots';
mkdirSync(outDir, { recursive: true });
const server = await startStaticServer('dist');
const browser = await launchChromium();
try {
  for (const theme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: theme });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
    await page.goto(server.url);
    await page.waitForSelector('[data-workload-result]');
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${outDir}/main-${theme}.png` });
    for (const preset of ['genai-assistant', 'hospital-imaging']) {
      await page.selectOption('[data-preset-menu]', preset);
      await page.waitForTimeout(900);
      await page.screenshot({ path: `${outDir}/${preset}-${theme}.png` });
    }
    await page.locator('[data-workload-result] button.title').first().click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outDir}/workload-selected-${theme}.png` });
    await page.locator('button.close[aria-label="Close inspector"]').click();
    await page.locator('.svelte-flow__edge').first().click({ force: true });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outDir}/link-selected-${theme}.png` });
    await page.locator('button.close[aria-label="Close inspector"]').click();
    await page.locator('[data-total-energy]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${outDir}/results-scrolled-${theme}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${outDir}`);
