import type { Browser, BrowserContext, Page } from 'playwright-core';

/** What a page did while a test drove it: every request it made and everything that went wrong. */
export interface WatchedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request URL the page, its workers and its service worker made, in order. */
  readonly requests: string[];
  /** Content-Security-Policy violations, console errors (page and workers) and uncaught page errors. */
  readonly problems: string[];
  close(): Promise<void>;
}

declare global {
  interface Window {
    /** Installed by watchContext: reports a CSP violation to the test. */
    __reportPolicyViolation?: (text: string) => void;
  }
}

/**
 * Opens a page in a fresh context that records every request and every
 * problem, including Content-Security-Policy violations (reported by a
 * listener installed before any of the page's own scripts run, through a
 * binding, so they survive reloads).
 */
export async function openWatched(browser: Browser, options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light', ...options });
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.exposeBinding('__reportPolicyViolation', (_source, text: string) => problems.push(`CSP violation: ${text}`));
  await context.addInitScript(() => {
    window.addEventListener('securitypolicyviolation', (event) =>
      window.__reportPolicyViolation?.(
        `${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} in ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error') problems.push(`worker console error: ${message.text()}`);
    }),
  );
  return { context, page, requests, problems, close: () => context.close() };
}
