import type { Plugin, Rolldown } from 'vite';
import { escapeForInlineScript } from './inlineScript.js';
import { allowInlineElement, policyInHtml, replacePolicyInHtml, withSources, type Policy } from './contentSecurityPolicy.js';

const SCRIPT_RE = /<script\b[^>]*\bsrc="\.\/([^"]+)"[^>]*><\/script>/g;
const STYLESHEET_RE = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\.\/([^"]+)"[^>]*>/g;

function inlineStyleText(css: string, fileName: string): string {
  if (/<\/style/i.test(css)) throw new Error(`${fileName} contains "</style", which cannot be inlined in a <style>`);
  return css;
}

/**
 * What a page whose everything is inline needs beyond the hosted policy:
 * each inline element by its hash, and the engine worker from a Blob URL.
 * A Blob-URL worker runs under its page's policy (CSP Level 3, "Initialize a
 * global object's CSP list": local schemes inherit), whereas the hosted
 * worker has its own file's: so the page's policy must also let the worker
 * compile HiGHS ('wasm-unsafe-eval') and fetch data: URLs (the HiGHS binary,
 * which its Emscripten loader fetches, and the bundled presets).
 */
function singleFilePolicy(hosted: Policy, scripts: readonly string[], styles: readonly string[]): Policy {
  let policy = withSources(hosted, 'worker-src', ['blob:']);
  policy = withSources(policy, 'script-src', ["'wasm-unsafe-eval'"]);
  policy = withSources(policy, 'connect-src', ['data:']);
  for (const text of scripts) policy = allowInlineElement(policy, 'script', text);
  for (const text of styles) policy = allowInlineElement(policy, 'style', text);
  return policy;
}

type OutputAsset = Rolldown.OutputAsset;
type OutputChunk = Rolldown.OutputChunk;

function take<T extends OutputChunk | OutputAsset>(bundle: Rolldown.OutputBundle, fileName: string, type: T['type']): T {
  const output = bundle[fileName];
  if (output?.type !== type) throw new Error(`the page refers to ${fileName}, which is not a ${type} of the bundle`);
  delete bundle[fileName];
  return output as T;
}

const assetText = (asset: OutputAsset) => (typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source));

/**
 * Turns the built index.html into one self-contained page, `fileName`: its
 * module script and its stylesheet are put inline, and its CSP meta tag
 * gets the policy that lets exactly those run. The build must already have
 * inlined everything else (one chunk, assets as data: URLs, the worker as a
 * Blob URL): anything left in the bundle stops the build, so a file that
 * would be missing from disk is found here and not by a user.
 */
export function singleFilePlugin(fileName: string): Plugin {
  return {
    name: 'tierscape:single-file',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = take<OutputAsset>(bundle, 'index.html', 'asset');
      const scripts: string[] = [];
      const styles: string[] = [];
      let html = assetText(page)
        .replace(SCRIPT_RE, (_, src: string) => {
          const text = escapeForInlineScript(take<OutputChunk>(bundle, src, 'chunk').code, src);
          scripts.push(text);
          return `<script type="module">${text}</script>`;
        })
        .replace(STYLESHEET_RE, (_, href: string) => {
          const text = inlineStyleText(assetText(take<OutputAsset>(bundle, href, 'asset')), href);
          styles.push(text);
          return `<style>${text}</style>`;
        });
      const hosted = policyInHtml(html);
      if (hosted === undefined) this.error('index.html has no Content-Security-Policy meta tag to derive the single file’s policy from');
      html = replacePolicyInHtml(html, singleFilePolicy(hosted, scripts, styles));
      const left = Object.keys(bundle);
      if (left.length > 0) this.error(`the single file would need these files beside it: ${left.join(', ')}`);
      this.emitFile({ type: 'asset', fileName, source: html });
    },
  };
}
