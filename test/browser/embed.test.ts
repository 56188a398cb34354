import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './setup/page';
import { startStaticServer, type StaticServer } from './setup/staticServer';
import type { ResultSummary } from '../../src/ui/embed/summary';

/** A message the host page received, and which of its frames sent it (-1: none of them). */
interface Received {
  readonly origin: string;
  readonly frame: number;
  readonly data: { type?: string; [key: string]: unknown };
}

declare global {
  interface Window {
    __received?: Received[];
  }
}

let browser: Browser;
/** Serves the built page again on other ports: a host page there is of another origin than the app. */
let host: StaticServer;
let stranger: StaticServer;
beforeAll(async () => {
  browser = await launchChromium();
  const dist = process.env.TIERSCAPE_DIST ?? 'dist';
  host = await startStaticServer(dist);
  stranger = await startStaticServer(dist);
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await stranger?.close();
});

const appUrl = () => inject('baseUrl');
const appOrigin = () => new URL(appUrl()).origin;

/** The README's two-tier example, with `patch` applied to its link. */
function twoTier(linkPatch: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    name: 'Two-tier example',
    sites: [
      {
        id: 'phones',
        name: 'Phones',
        tier: 'device',
        location: { lat: 51.51, lon: -0.13 },
        jurisdiction: 'UK',
        compute: { acceleratorId: 'phone-npu', count: 1 },
        pue: 1,
        deviceCount: 1000,
      },
      {
        id: 'mec',
        name: 'London MEC',
        tier: 'nearEdge',
        location: { lat: 51.52, lon: -0.1 },
        jurisdiction: 'UK',
        compute: { acceleratorId: 'l4', count: 4 },
        pue: 2,
      },
    ],
    links: [{ id: 'ran', from: 'phones', to: 'mec', medium: '5g-embb', capacityMbps: 500, ...linkPatch }],
    workloads: [
      {
        id: 'vision',
        name: 'Image classification',
        sourceSiteId: 'phones',
        requestsPerSecondPerDevice: 0.2,
        inputKB: 150,
        returnsToDevice: true,
        latencyObjectiveP95Ms: 100,
        stages: [{ id: 'classify', name: 'ResNet-50', gflopsPerRequest: 8.18, outputKB: 1, inputDataClass: 'rawPersonal', siteId: 'mec' }],
      },
    ],
  };
}

/**
 * A fresh context whose top page records every message it receives (installed
 * before any of its scripts, so the first `ready` is not missed) and every
 * error in the page and its frames. With `loadOnReady`, the page answers
 * `ready` with that scenario in the same task, as an eager host would.
 */
async function openHost(
  url: string,
  options: { loadOnReady?: unknown } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1300, height: 1000 }, colorScheme: 'light' });
  await context.addInitScript(
    ({ loadOnReady }) => {
      if (window !== window.top) return;
      window.__received = [];
      addEventListener('message', (event) => {
        const frame = [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === event.source);
        window.__received!.push({ origin: event.origin, frame, data: event.data });
        if (loadOnReady !== undefined && event.data?.type === 'tierscape:ready') {
          (event.source as Window).postMessage({ type: 'tierscape:load', scenario: loadOnReady }, event.origin);
        }
      });
    },
    { loadOnReady: options.loadOnReady },
  );
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url);
  return { context, page, problems };
}

const received = (page: Page) => page.evaluate(() => window.__received ?? []);
const ofType = async (page: Page, type: string, frame = 0) =>
  (await received(page)).filter((m) => m.data?.type === type && m.frame === frame).map((m) => m.data);

/** The example host page on the host server, embedding the app (of another origin). */
const exampleUrl = (server: StaticServer) => `${server.url}embed-example.html?app=${encodeURIComponent(appUrl())}`;

const workloadIds = (frame: FrameLocator) =>
  frame.locator('[data-workload-result]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-workload-result')));

const SMART_CITY = { name: 'Smart-city intersection safety', workloads: ['alerts', 'counts', 'clips'] };
const TWO_TIER = { name: 'Two-tier example', workloads: ['vision'] };

/**
 * Waits until the app in the frame shows this scenario with the result of its
 * own workloads, and is idle (an answer for the document before can be on
 * screen for a moment after a load).
 */
async function frameShows(frame: FrameLocator, expected: { name: string; workloads: string[] }): Promise<void> {
  const shown = async () => ({
    name: await frame.locator('[data-embed-results] h2').textContent(),
    workloads: await workloadIds(frame),
    idle: (await frame.locator('[data-engine-status="idle"]').count()) === 1,
  });
  await expect.poll(shown, { timeout: 15_000 }).toEqual({ ...expected, idle: true });
}

describe('the embed API, driven from a host page of another origin', () => {
  it('says ready, loads a valid scenario and answers with its result, refuses an invalid one, and evaluates on request', async () => {
    const { context, page, problems } = await openHost(exampleUrl(host));
    const frame = page.frameLocator('#tierscape');

    // Ready, from the app's origin, to the host's.
    await expect
      .poll(() => ofType(page, 'tierscape:ready'), { timeout: 15_000 })
      .toEqual([{ type: 'tierscape:ready', version: 1, readOnly: false }]);

    // A valid scenario at once, while the page's own start-up scenario may still be evaluating:
    // its result comes back with its workloads. (A result of the start-up scenario may cross the
    // load on its way; the unit tests of EmbedBridge show none is posted once the load is in.)
    const sentAt = await page.evaluate(
      ({ origin, scenario }) => {
        document.querySelector<HTMLIFrameElement>('#tierscape')!.contentWindow!.postMessage({ type: 'tierscape:load', scenario }, origin);
        return window.__received!.length;
      },
      { origin: appOrigin(), scenario: twoTier() },
    );
    const resultsSince = async () =>
      (await received(page))
        .slice(sentAt)
        .filter((m) => m.data.type === 'tierscape:result')
        .map((m) => m.data.result as ResultSummary);
    await expect.poll(async () => (await resultsSince()).some((r) => r.scenarioName === 'Two-tier example')).toBe(true);
    const loaded = (await resultsSince()).find((r) => r.scenarioName === 'Two-tier example')!;
    expect(loaded.workloads.map((w) => [w.id, w.name, w.meetsObjective])).toEqual([['vision', 'Image classification', true]]);
    expect(loaded.workloads[0].p95Ms).toBeGreaterThan(0);
    expect(loaded.workloads[0].p95Ms).toBeLessThanOrEqual(100);
    expect((await received(page)).every((m) => m.origin === appOrigin())).toBe(true);
    await frameShows(frame, TWO_TIER);
    expect((await resultsSince()).at(-1)).toEqual(loaded);
    // The example page shows what it received.
    await expect.poll(() => page.locator('#status').getAttribute('data-status')).toBe('ready');
    await expect.poll(() => page.locator('#workloads tr[data-workload="vision"] td').first().textContent()).toBe('Image classification');

    // An invalid scenario through the example page's button: an error naming the path, and the frame keeps what it showed.
    const resultCount = (await ofType(page, 'tierscape:result')).length;
    await page.locator('#scenario').fill(JSON.stringify(twoTier({ capacityMbps: -1 })));
    await page.click('#load');
    await expect.poll(() => ofType(page, 'tierscape:error')).toHaveLength(1);
    const [error] = await ofType(page, 'tierscape:error');
    expect(error).toMatchObject({ reason: 'invalidScenario', errors: [{ path: 'links[0].capacityMbps' }] });
    expect(error.message).toContain('links[0].capacityMbps');
    await expect.poll(() => page.locator('#error-paths li').first().textContent()).toMatch(/^links\[0\]\.capacityMbps: /);
    expect(await frame.locator('[data-embed-results] h2').textContent()).toBe('Two-tier example');
    expect(await workloadIds(frame)).toEqual(['vision']);

    // A malformed message of the API is answered too; one for another app on the channel is not.
    await page.evaluate((origin) => {
      const target = document.querySelector<HTMLIFrameElement>('#tierscape')!.contentWindow!;
      target.postMessage({ type: 'tierscape:lod', scenario: {} }, origin);
      target.postMessage({ type: 'someone-else:load', scenario: {} }, origin);
    }, appOrigin());
    await expect.poll(() => ofType(page, 'tierscape:error')).toHaveLength(2);
    expect((await ofType(page, 'tierscape:error'))[1]).toMatchObject({ reason: 'malformedMessage', errors: [{ path: 'type' }] });

    // Evaluate: the latest result again, through the example page's button.
    expect(await ofType(page, 'tierscape:result')).toHaveLength(resultCount);
    await page.click('#evaluate');
    await expect.poll(async () => (await ofType(page, 'tierscape:result')).length).toBe(resultCount + 1);
    expect((await ofType(page, 'tierscape:result')).at(-1)!.result).toEqual(loaded);

    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps the scenario of a host that sends it the moment the page says ready: the page's start-up never replaces it", async () => {
    const { context, page, problems } = await openHost(exampleUrl(host), { loadOnReady: twoTier() });
    const frame = page.frameLocator('#tierscape');
    await frameShows(frame, TWO_TIER);
    // Whatever the start-up still had to do has had ample time to land; the host's scenario stays.
    await page.waitForTimeout(750);
    await frameShows(frame, TWO_TIER);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('ignores every message from an origin it does not allow: no ready, no answer, no change', async () => {
    // The stranger's own example frame (#tierscape) allows it: the control that shows each message arrives and works.
    const { context, page, problems } = await openHost(exampleUrl(stranger));
    await expect.poll(() => ofType(page, 'tierscape:ready', 0), { timeout: 15_000 }).toHaveLength(1);
    // A second frame of the same app that allows only the host server's origin, not the stranger's.
    await page.evaluate(
      ({ app, allowed }) => {
        const other = document.createElement('iframe');
        other.id = 'not-allowing';
        other.width = '800';
        other.height = '500';
        other.src = `${app}?embed=1&origins=${encodeURIComponent(allowed)}`;
        document.body.append(other);
      },
      { app: appUrl(), allowed: new URL(host.url).origin },
    );
    const other = page.frameLocator('#not-allowing');
    await frameShows(other, SMART_CITY);
    const before = await workloadIds(other);
    expect(before).toEqual(['alerts', 'counts', 'clips']);

    await page.evaluate(
      ({ origin, scenario }) => {
        for (const frame of document.querySelectorAll('iframe')) {
          frame.contentWindow!.postMessage({ type: 'tierscape:load', scenario }, origin);
          frame.contentWindow!.postMessage({ type: 'tierscape:load', scenario: { broken: true } }, origin);
          frame.contentWindow!.postMessage({ type: 'tierscape:evaluate' }, origin);
          frame.contentWindow!.postMessage({ type: 'tierscape:bogus' }, origin);
        }
      },
      { origin: appOrigin(), scenario: twoTier() },
    );
    // The allowing frame has answered all of it, in order (the load's result, which also answers evaluate, then two errors)…
    await expect.poll(async () => (await ofType(page, 'tierscape:error', 0)).length).toBe(2);
    await expect
      .poll(
        async () =>
          (await ofType(page, 'tierscape:result', 0)).filter(
            (m) => (m.result as { scenarioName: string }).scenarioName === 'Two-tier example',
          ).length,
      )
      .toBeGreaterThanOrEqual(1);
    await frameShows(page.frameLocator('#tierscape'), TWO_TIER);
    // …in that time the other frame said nothing and changed nothing.
    expect((await received(page)).filter((m) => m.frame === 1)).toEqual([]);
    expect(await other.locator('[data-embed-results] h2').textContent()).toBe('Smart-city intersection safety');
    expect(await workloadIds(other)).toEqual(before);

    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('embed mode in the page', () => {
  it('shows the canvas and results without header, menus, sidebar or variant bar, side by side or stacked', async () => {
    const { context, page, problems } = await openHost(exampleUrl(host));
    const frame = page.frameLocator('#tierscape');
    await frameShows(frame, SMART_CITY);
    for (const chrome of [
      'header.top',
      '[data-open-gallery]',
      '[data-gallery]',
      '[data-tier]',
      '[data-driver]',
      '[data-variant-duplicate]',
      '[data-tab="optimise"]',
    ]) {
      expect(await frame.locator(chrome).count(), chrome).toBe(0);
    }
    expect(await frame.locator('.svelte-flow__node').count()).toBe(4);

    // 800 × 500: the results beside the canvas, both inside the frame.
    const canvas = (await frame.locator('.canvas').boundingBox())!;
    const results = (await frame.locator('aside.right').boundingBox())!;
    const frameBox = (await page.locator('#tierscape').boundingBox())!;
    expect(results.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 1);
    expect(Math.abs(results.y - canvas.y)).toBeLessThan(2);
    expect(results.x + results.width).toBeLessThanOrEqual(frameBox.x + frameBox.width + 1);
    expect(canvas.height).toBeGreaterThan(400);

    // A narrow frame stacks the results under the canvas.
    await page.evaluate(() => document.querySelector('#tierscape')!.setAttribute('width', '420'));
    await expect.poll(async () => (await frame.locator('aside.right').boundingBox())!.y).toBeGreaterThan(canvas.y + 150);
    const stackedCanvas = (await frame.locator('.canvas').boundingBox())!;
    const stackedResults = (await frame.locator('aside.right').boundingBox())!;
    expect(stackedResults.y).toBeGreaterThanOrEqual(stackedCanvas.y + stackedCanvas.height - 1);
    expect(stackedResults.y + stackedResults.height).toBeLessThanOrEqual(frameBox.y + frameBox.height + 1);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('in read-only mode prevents every edit by the viewer, while the host can still load', async () => {
    const { context, page, problems } = await openHost(exampleUrl(host));
    await expect.poll(() => ofType(page, 'tierscape:ready'), { timeout: 15_000 }).toHaveLength(1);
    await page.check('#readonly');
    await expect.poll(() => ofType(page, 'tierscape:ready')).toHaveLength(2);
    expect((await ofType(page, 'tierscape:ready'))[1]).toEqual({ type: 'tierscape:ready', version: 1, readOnly: true });
    const frame = page.frameLocator('#tierscape');
    await frameShows(frame, SMART_CITY);
    await frame.locator('[data-embed-readonly]').waitFor();

    // Dragging a site does not move it on the canvas (the drag pans the view instead).
    const node = frame.locator('.svelte-flow__node[data-id="cloud-par"]');
    const placeOf = () => node.evaluate((n) => (n as HTMLElement).style.transform);
    const place = await placeOf();
    expect(place).toMatch(/translate/);
    const start = (await node.boundingBox())!;
    await page.mouse.move(start.x + start.width / 2, start.y + 12);
    await page.mouse.down();
    await page.mouse.move(start.x + start.width / 2 - 120, start.y + 90, { steps: 10 });
    await page.mouse.up();
    expect(await placeOf()).toBe(place);

    // Selected, its inspector shows every field disabled; Delete removes nothing.
    await node.click();
    const inspector = frame.locator('[data-inspector="site"]');
    await inspector.waitFor();
    const fields = inspector.locator('input, select, button');
    expect(await fields.count()).toBeGreaterThan(5);
    expect(await fields.evaluateAll((all) => all.every((f) => (f as HTMLInputElement).matches(':disabled')))).toBe(true);
    await page.keyboard.press('Delete');
    await page.keyboard.press('Backspace');
    expect(await frame.locator('.svelte-flow__node').count()).toBe(4);

    // A stage badge cannot be picked up, and a site refuses a stage dropped on it (even one dragged in from another window).
    const pickedUp = await frame.locator('[data-stage="alerts/fuse"]').evaluate((badge) => {
      const event = new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer: new DataTransfer() });
      badge.dispatchEvent(event);
      return !event.defaultPrevented;
    });
    expect(pickedUp).toBe(false);
    const accepted = await frame.locator('.svelte-flow__node[data-id="pop-lyon"] .site').evaluate((site) => {
      const data = new DataTransfer();
      data.setData('application/x-tierscape-stage', JSON.stringify(['alerts', 'fuse']));
      const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data });
      site.dispatchEvent(over);
      site.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
      return over.defaultPrevented;
    });
    expect(accepted).toBe(false);
    await frame.locator('[data-engine-status="idle"]').waitFor();
    expect(await frame.locator('.svelte-flow__node[data-id="pop-lyon"] [data-stage="alerts/fuse"]').count()).toBe(0);
    expect(await frame.locator('.svelte-flow__node[data-id="mec-bcn"] [data-stage="alerts/fuse"]').count()).toBe(1);
    // The connection dots are hidden, so no link can be drawn.
    expect(await frame.locator('.svelte-flow__handle').first().isVisible()).toBe(false);
    expect(await frame.locator('.svelte-flow__edge').count()).toBe(4);

    // The host's scenario is still shown when it sends one.
    await page.click('#load');
    await frameShows(frame, TWO_TIER);
    expect(problems).toEqual([]);
    await context.close();
  });
});
