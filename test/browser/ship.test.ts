import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PrecacheManifest } from '../../src/offline/precacheManifest';
import { launchChromium, leaveStartScreen, openPreset, settled } from './setup/page';
import { dragSlider } from './setup/slider';
import { startStaticServer, type StaticServer } from './setup/staticServer';
import { openWatched } from './setup/watch';

/** The single-file edition under test: `npm run build:offline` writes it. */
const SINGLE_FILE = resolve(process.env.TIERSCAPE_OFFLINE_FILE ?? 'dist-offline/tierscape.html');
/** Deep enough that a root-relative URL anywhere in the build would miss. */
const SUB_PATH = '/deep/nested/tierscape/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The policy a page sets in its CSP meta tag, as directive → sources. */
async function pagePolicy(page: Page): Promise<Map<string, string[]>> {
  const text = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  return new Map(
    text
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** The workload cards' p95 figures, once the engine has answered. */
async function p95Figures(page: Page): Promise<string[]> {
  await page.waitForSelector('[data-workload-result] [data-p95]');
  await leaveStartScreen(page);
  await settled(page);
  return page.locator('[data-workload-result] [data-p95]').allTextContents();
}

async function openPresetFromMenu(page: Page, presetId: string, workloadId: string): Promise<void> {
  await page.click('[data-tab="results"]');
  await openPreset(page, presetId);
  await page.waitForSelector(`[data-workload-result="${workloadId}"] [data-p95]`);
  await settled(page);
}

/** Runs the all-workloads optimiser, which loads HiGHS (WebAssembly) in the worker. */
async function optimiseAllWorkloads(page: Page): Promise<void> {
  await page.click('[data-tab="optimise"]');
  await page.selectOption('[data-optimise-workload]', '__all__');
  await page.click('[data-optimise-run]');
  await expect.poll(() => page.locator('[data-milp-result]').getAttribute('data-milp-result'), { timeout: 30_000 }).toBe('optimal');
}

/** The manifest the build wrote into sw.js's first line. */
function builtManifest(dist: string): PrecacheManifest {
  const firstLine = readFileSync(join(dist, 'sw.js'), 'utf8').split('\n')[0];
  const json = /^const PRECACHE_MANIFEST = (.*);$/.exec(firstLine)?.[1];
  if (json === undefined) throw new Error(`sw.js does not start with its precache manifest: ${firstLine.slice(0, 80)}`);
  return JSON.parse(json) as PrecacheManifest;
}

/** Waits until the service worker is active and controls the page, reloading once if it activated after the page loaded. */
async function controlledByServiceWorker(page: Page): Promise<string> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if ((await page.evaluate(() => navigator.serviceWorker.controller)) === null) {
    await page.reload();
    await page.waitForSelector('[data-workload-result]');
  }
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

describe('the hosted build', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(inject('distDir'), SUB_PATH);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sets a strict Content-Security-Policy in its page', async () => {
    const watched = await openWatched(browser);
    await watched.page.goto(server.url);
    const policy = await pagePolicy(watched.page);
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'self'"],
      // No 'wasm-unsafe-eval': HiGHS compiles in the worker, which is loaded from its own file and so is not under this policy.
      'script-src': ["'self'"],
      'worker-src': ["'self'"],
      'style-src': ["'self'"],
      // The hash of `display: contents`, the style of the wrapper Svelte puts round a component given CSS custom properties.
      'style-src-attr': ["'unsafe-hashes'", "'sha256-tcbDxjMo+xKqM21aCGYbs/QAJqB7yUXC06oPWDapBgc='"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'connect-src': ["'self'"],
      'font-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });

    // The browser enforces it, and the test sees a breach: an injected inline script does not run, and is reported.
    await watched.page.waitForSelector('[data-workload-result]');
    const ran = await watched.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.name = "injected"';
      document.head.append(script);
      return window.name === 'injected';
    });
    expect(ran).toBe(false);
    await expect.poll(() => watched.problems.some((problem) => problem.startsWith('CSP violation: script-src-elem'))).toBe(true);
    await watched.close();
  });

  it('works from a nested sub-path, asks only its own folder for anything, and breaks no policy', async () => {
    const watched = await openWatched(browser);
    const { page } = watched;
    await page.goto(server.url);
    expect((await p95Figures(page)).length).toBe(3);

    await optimiseAllWorkloads(page);
    await openPresetFromMenu(page, 'genai-assistant', 'cloud-llm');
    expect(await page.locator('[data-workload-result]').count()).toBe(2);

    // Everything came from the page's own folder on its own host: the worker, the WebAssembly, the preset.
    const fetched = watched.requests.filter((url) => !url.startsWith('data:'));
    expect(fetched.filter((url) => !url.startsWith(server.url))).toEqual([]);
    const inFolder = fetched.map((url) => url.slice(server.url.length));
    expect(inFolder).toEqual(
      expect.arrayContaining([
        '',
        expect.stringMatching(/^assets\/engine\.worker-[\w-]+\.js$/),
        expect.stringMatching(/^assets\/highs-[\w-]+\.wasm$/),
        'presets/genai-assistant.json',
      ]),
    );
    expect(watched.problems).toEqual([]);
    await watched.close();
  });
});

describe('the hosted build offline, after one visit', () => {
  let copy: string;
  let server: StaticServer;
  beforeAll(async () => {
    // A copy, so the update test can put a new build's service worker in place.
    copy = mkdtempSync(join(tmpdir(), 'tierscape-offline-'));
    cpSync(inject('distDir'), copy, { recursive: true });
    server = await startStaticServer(copy, SUB_PATH);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(copy, { recursive: true, force: true });
  });

  it('precaches every file the app needs under a cache named for the build', async () => {
    const manifest = builtManifest(copy);
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
    expect(manifest.files).toEqual(
      expect.arrayContaining([
        'index.html',
        expect.stringMatching(/^assets\/index-[\w-]+\.js$/),
        expect.stringMatching(/^assets\/index-[\w-]+\.css$/),
        expect.stringMatching(/^assets\/engine\.worker-[\w-]+\.js$/),
        expect.stringMatching(/^assets\/highs-[\w-]+\.js$/),
        expect.stringMatching(/^assets\/highs-[\w-]+\.wasm$/),
        'presets/smart-city.json',
        'presets/genai-assistant.json',
        'presets/hospital-imaging.json',
        'schema/scenario.schema.json',
      ]),
    );
    expect(manifest.files).not.toContain('sw.js');

    const watched = await openWatched(browser);
    const { page } = watched;
    await page.goto(server.url);
    await page.waitForSelector('[data-workload-result]');
    expect(await controlledByServiceWorker(page)).toBe(`${server.url}sw.js`);
    expect(await cacheNames(page)).toEqual([`tierscape-${manifest.version}`]);
    const cached = await page.evaluate(
      (name) =>
        caches
          .open(name)
          .then((cache) => cache.keys())
          .then((keys) => keys.map((r) => r.url)),
      `tierscape-${manifest.version}`,
    );
    expect(cached.sort()).toEqual(manifest.files.map((file) => `${server.url}${file}`).sort());
    expect(watched.problems).toEqual([]);
    await watched.close();
  });

  it('loads, evaluates, opens a preset and optimises with the network off', async () => {
    const watched = await openWatched(browser);
    const { context, page } = watched;
    await page.goto(server.url);
    await page.waitForSelector('[data-workload-result]');
    await controlledByServiceWorker(page);

    await context.setOffline(true);
    const offlineFrom = watched.requests.length;
    await page.reload();
    expect((await p95Figures(page)).length).toBeGreaterThan(0);
    await optimiseAllWorkloads(page);
    await openPresetFromMenu(page, 'hospital-imaging', 'triage');
    expect(watched.requests.length).toBeGreaterThan(offlineFrom);
    expect(watched.problems).toEqual([]);
    // The network really was off: a file the service worker does not hold cannot be had.
    const outside = await page.evaluate(() =>
      fetch('not-in-the-build.json').then(
        () => 'fetched',
        () => 'failed',
      ),
    );
    expect(outside).toBe('failed');
    await watched.close();
  });

  it('replaces the previous build’s cache once no tab runs the previous build', async () => {
    const first = await openWatched(browser);
    await first.page.goto(server.url);
    await first.page.waitForSelector('[data-workload-result]');
    await controlledByServiceWorker(first.page);
    const previous = builtManifest(copy).version;
    expect(await cacheNames(first.page)).toEqual([`tierscape-${previous}`]);

    // A new build: its service worker is byte-different, with a new version.
    const sw = join(copy, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(`"version":"${previous}"`, `"version":"${previous}-next"`));
    await first.page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    // Installed, but waiting: the open tab still runs the previous build, whose files stay cached.
    await expect
      .poll(() => first.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state ?? 'none')), {
        timeout: 20_000,
      })
      .toBe('installed');
    expect((await cacheNames(first.page)).sort()).toEqual([`tierscape-${previous}`, `tierscape-${previous}-next`].sort());

    // With that tab closed, the next visit activates the new worker, which deletes the old cache.
    await first.page.close();
    const page = await first.context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-workload-result]');
    await expect.poll(() => cacheNames(page), { timeout: 20_000 }).toEqual([`tierscape-${previous}-next`]);
    expect(first.problems).toEqual([]);
    await first.close();
  });
});

describe('the single-file offline edition', () => {
  beforeAll(() => {
    if (!existsSync(SINGLE_FILE)) throw new Error(`${SINGLE_FILE} is missing: run \`npm run build:offline\` before the browser tests`);
  });

  it('works opened from disk, with everything inline and the engine worker from a Blob URL', async () => {
    const watched = await openWatched(browser);
    const { page } = watched;
    const url = pathToFileURL(SINGLE_FILE).href;
    await page.goto(url);
    const before = await p95Figures(page);
    expect(before.length).toBe(3);
    expect(before.every((text) => /\d/.test(text))).toBe(true);
    expect(page.workers().map((worker) => worker.url())).toEqual([expect.stringMatching(/^blob:/), expect.stringMatching(/^blob:/)]);

    // More devices, more load: the alerts workload's p95 moves.
    const alertsP95 = page.locator('[data-workload-result="alerts"] [data-p95]');
    const alertsBefore = await alertsP95.textContent();
    await dragSlider(page, '[data-driver="deviceCountFactor"]', 0.65);
    await settled(page);
    expect(await page.locator('[data-driver-value="deviceCountFactor"]').textContent()).not.toBe('×1.00');
    await expect.poll(() => alertsP95.textContent()).not.toBe(alertsBefore);

    await optimiseAllWorkloads(page);
    await openPresetFromMenu(page, 'genai-assistant', 'edge-llm');
    // A lazily loaded part (the map and its atlas) loads from inside the file too.
    await page.click('[data-centre-view="map"]');
    await page.waitForSelector('[data-map-svg]:not([data-map-atlas="loading"])');
    expect(await page.locator('[data-map-land]').getAttribute('d')).toMatch(/^M/);

    // Nothing was loaded from beside the file, nor from anywhere else.
    expect(watched.requests.filter((request) => request !== url && !/^(data|blob):/.test(request))).toEqual([]);
    expect(watched.problems).toEqual([]);
    await watched.close();
  });

  it('sets a policy that allows only its own inline script, by hash, and workers from Blob URLs', async () => {
    const html = readFileSync(SINGLE_FILE, 'utf8');
    const watched = await openWatched(browser);
    await watched.page.goto(pathToFileURL(SINGLE_FILE).href);
    const policy = await pagePolicy(watched.page);
    const scriptSources = policy.get('script-src') ?? [];
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");
    expect(scriptSources).toContain("'wasm-unsafe-eval'");
    expect(scriptSources.filter((source) => source.startsWith("'sha256-"))).toHaveLength(1);
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('connect-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    // One inline module script and no file referenced beside the page.
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/\s(src|href)="(?!data:)/);
    expect(watched.problems).toEqual([]);
    await watched.close();
  });
});
