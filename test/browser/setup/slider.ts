import type { Page } from 'playwright-core';

/** Drags a range input's thumb with the mouse, from its centre to `fraction` of its width, in small steps as a hand would. */
export async function dragSlider(page: Page, selector: string, fraction: number): Promise<void> {
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 8; step++) {
    await page.mouse.move(box.x + box.width * (0.5 + ((fraction - 0.5) * step) / 8), box.y + box.height / 2);
  }
  await page.mouse.up();
}
