import type { Scenario } from '../../src/engine/scenario/schema';
import { EDIT_TO_RESULT } from '../../src/ui/perf/editTiming';
import { launchChromium } from '../../test/browser/setup/chromium';
import { startStaticServer } from '../../test/browser/setup/staticServer';
import { median, quantile } from '../stats';
import { formatTable } from '../table';

export interface EditLatencyPlan {
  readonly scenario: Scenario;
  /** Mouse moves in one slider drag, one per frame or so. */
  readonly moves: number;
  readonly drags: number;
}

interface DragFigures {
  readonly editToResultMs: number[];
  readonly longTaskMs: number[];
  readonly edits: number;
}

/**
 * Edit-to-result latency in Chromium: the built page loads the scenario
 * (through its message API), then the "Devices" driver slider is dragged
 * with the mouse, back and forth, as a person would. The page measures each
 * result from the edit it answers to the frame that shows it (User Timing,
 * src/ui/perf/editTiming.ts); long tasks (> 50 ms on the main thread) are
 * recorded by a PerformanceObserver for the whole drag.
 */
export async function editLatencySection(plan: EditLatencyPlan): Promise<string> {
  const server = await startStaticServer('dist');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.waitForSelector('[data-workload-result]');
    await page.waitForSelector('[data-engine-status="idle"]');
    await page.evaluate((scenario) => window.postMessage({ type: 'tierscape:load', scenario }, location.origin), plan.scenario);
    // Loaded when the header shows its name.
    await page.waitForFunction(
      (name) => document.querySelector<HTMLInputElement>('input[aria-label="Scenario name"]')?.value === name,
      plan.scenario.name,
      { timeout: 60_000 },
    );
    await page.waitForSelector('[data-engine-status="idle"]');
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
    });

    const slider = page.locator('[data-driver="deviceCountFactor"]');
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    const figures: DragFigures[] = [];
    for (let drag = 0; drag < plan.drags; drag++) {
      await page.evaluate((name) => {
        performance.clearMeasures(name);
        (window as unknown as { longTasks: number[] }).longTasks = [];
      }, EDIT_TO_RESULT);
      const y = box.y + box.height / 2;
      await page.mouse.move(box.x + box.width * 0.5, y);
      await page.mouse.down();
      for (let i = 1; i <= plan.moves; i++) {
        // Out to ×4 and back, one step a frame.
        const t = i / plan.moves;
        const along = t < 0.5 ? 0.5 + t * 0.8 : 0.9 - (t - 0.5) * 0.8;
        await page.mouse.move(box.x + box.width * along, y);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
      await page.waitForSelector('[data-engine-status="idle"]');
      await page.waitForTimeout(300);
      figures.push(
        await page.evaluate((name) => {
          const w = window as unknown as { longTasks: number[] };
          return {
            editToResultMs: performance.getEntriesByName(name).map((e) => e.duration),
            longTaskMs: [...w.longTasks],
            edits: performance.getEntriesByName(name).length,
          };
        }, EDIT_TO_RESULT),
      );
    }
    const all = figures.flatMap((f) => f.editToResultMs);
    const longTasks = figures.flatMap((f) => f.longTaskMs);
    const row = [
      plan.scenario.sites.length,
      plan.scenario.links.length,
      plan.scenario.workloads.length,
      plan.drags * plan.moves,
      all.length,
      median(all),
      quantile(all, 0.95),
      Math.max(...all),
      longTasks.length,
      longTasks.length === 0 ? '–' : Math.max(...longTasks),
    ];
    return formatTable(
      'Edit to result on screen in Chromium, dragging the "Devices" slider (performance marks in the page; long tasks = main-thread tasks over 50 ms)',
      ['sites', 'links', 'workloads', 'slider moves', 'results shown', 'median ms', 'p95 ms', 'max ms', 'long tasks', 'longest ms'],
      [row],
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
