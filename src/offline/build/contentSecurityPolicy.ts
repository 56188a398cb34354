import { createHash } from 'node:crypto';

/**
 * A Content-Security-Policy as directive → sources, read from and written
 * back to the text of a `<meta http-equiv="Content-Security-Policy">` tag.
 * Used at build time to derive the single-file edition's policy from the one
 * index.html sets for the hosted page.
 */
export type Policy = ReadonlyMap<string, readonly string[]>;

export function parsePolicy(text: string): Policy {
  const policy = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function serialisePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy with `sources` added to `directive` (created if missing). */
export function withSources(policy: Policy, directive: string, sources: readonly string[]): Policy {
  const next = new Map(policy);
  const current = policy.get(directive) ?? [];
  next.set(directive, [...current, ...sources.filter((s) => !current.includes(s))]);
  return next;
}

/**
 * The policy allowing one inline `<script>` or `<style>` element by the hash
 * of its exact text, added to the directive that decides whether it runs:
 * `script-src-elem` / `style-src-elem` if the policy has one, else
 * `script-src` / `style-src` (CSP Level 3, "Get the effective directive for
 * inline checks"). A directive that already allows 'unsafe-inline' is left
 * alone: a hash beside it would switch 'unsafe-inline' off.
 */
export function allowInlineElement(policy: Policy, kind: 'script' | 'style', text: string): Policy {
  const directive = policy.has(`${kind}-src-elem`) ? `${kind}-src-elem` : `${kind}-src`;
  if (policy.get(directive)?.includes("'unsafe-inline'")) return policy;
  return withSources(policy, directive, [`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`]);
}

const META_RE = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)("\s*\/?>)/i;

/** The policy an HTML page sets in its CSP meta tag; undefined if it has none. */
export function policyInHtml(html: string): Policy | undefined {
  const match = META_RE.exec(html);
  return match === null ? undefined : parsePolicy(match[2]);
}

/** The page with its CSP meta tag's policy replaced. */
export function replacePolicyInHtml(html: string, policy: Policy): string {
  return html.replace(META_RE, (_, open: string, _old: string, close: string) => `${open}${serialisePolicy(policy)}${close}`);
}

/** The page without its CSP meta tag. */
export function removePolicyFromHtml(html: string): string {
  return html.replace(new RegExp(`\\s*${META_RE.source}`, 'i'), '');
}
