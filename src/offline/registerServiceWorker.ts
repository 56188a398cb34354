import { isSingleFileEdition } from './edition';
import { SERVICE_WORKER_FILE } from './precacheManifest';

/**
 * Registers the service worker that keeps the page working offline after one
 * visit. Only a built, hosted page has one: not the Vite dev server (nothing
 * is precached there), not a page opened from disk (file:// cannot register
 * one) and not the single-file edition (it has no files to cache). The URL is
 * relative to the page, so the worker's scope is the folder the page is
 * served from, on any sub-path.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || isSingleFileEdition) return;
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  if (!('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker.register(SERVICE_WORKER_FILE).catch((error: unknown) => {
      // Offline use is a bonus: the page works without it, so a warning, not an error.
      console.warn(`Tierscape will not work offline: ${(error as Error).message}`);
    });
  // After load, so precaching does not compete with the first render for the network.
  if (document.readyState === 'complete') void register();
  else addEventListener('load', () => void register(), { once: true });
}
