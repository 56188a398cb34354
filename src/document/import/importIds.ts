/**
 * Readable, unique ids for imported sites and links, from their names:
 * "New York" → `new-york`, a second "New York" → `new-york-2`. The schema
 * asks for 1–64 characters; these are ASCII and at most 60.
 */

const MAX_BASE_CHARS = 48;

/** Lower-case ASCII letters and digits joined by hyphens; accents dropped; empty when nothing is left. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_BASE_CHARS)
    .replace(/^-+|-+$/g, '');
}

export class IdAllocator {
  readonly #taken = new Set<string>();
  /** Next suffix to try per base, so many equal names stay linear. */
  readonly #nextSuffix = new Map<string, number>();

  /** `slug(name)`, or `fallback` when that is empty, made unique with -2, -3, … */
  allocate(name: string, fallback: string): string {
    const base = slug(name) || slug(fallback) || 'item';
    let id = base;
    let n = this.#nextSuffix.get(base) ?? 2;
    while (this.#taken.has(id)) id = `${base}-${n++}`;
    this.#nextSuffix.set(base, n);
    this.#taken.add(id);
    return id;
  }
}
