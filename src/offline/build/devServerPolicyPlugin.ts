import type { Plugin } from 'vite';
import { removePolicyFromHtml } from './contentSecurityPolicy.js';

/**
 * Drops index.html's CSP meta tag on the Vite dev server, whose hot reload
 * injects `<style>` elements and scripts the policy rightly refuses. The
 * built page keeps the policy, and the browser tests check it there.
 */
export function devServerPolicyPlugin(): Plugin {
  return {
    name: 'tierscape:dev-server-policy',
    apply: 'serve',
    transformIndexHtml: { order: 'pre', handler: removePolicyFromHtml },
  };
}
