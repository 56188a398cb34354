import { MAX_COMPARED, nextVariantId, uniqueVariantName, type Variant } from '../../document/variants';
import type { Scenario } from '../../engine/scenario/schema';

/**
 * The workspace's variants: named alternatives of the scenario, one of them
 * active (the one on the canvas), one the baseline others are compared with,
 * and up to four chosen for the side-by-side comparison.
 */
export class VariantStore {
  variants = $state.raw<readonly Variant[]>([]);
  activeId = $state('');
  baselineId = $state('');
  comparedIds = $state.raw<readonly string[]>([]);

  readonly active = $derived(this.variants.find((v) => v.id === this.activeId) ?? null);
  readonly baseline = $derived(this.variants.find((v) => v.id === this.baselineId) ?? null);
  readonly compared = $derived(this.comparedIds.map((id) => this.variants.find((v) => v.id === id)).filter((v) => v !== undefined));

  /** Starts over with one variant, the baseline: a new document replaces the whole workspace. */
  reset(scenario: Scenario, name = 'Baseline'): void {
    this.variants = [{ id: 'v1', name, scenario }];
    this.activeId = 'v1';
    this.baselineId = 'v1';
    this.comparedIds = ['v1'];
  }

  /** Keeps the active variant's document in step with the edited scenario. */
  updateActive(scenario: Scenario): void {
    this.variants = this.variants.map((v) => (v.id === this.activeId ? { ...v, scenario } : v));
  }

  /** Adds a copy of a variant (the active one by default) under a new name, makes it active unless told not to, and compares it if there is room. */
  duplicate(name?: string, scenario?: Scenario, fromId: string = this.activeId, activate = true): Variant {
    const from = this.variants.find((v) => v.id === fromId);
    const variant: Variant = {
      id: nextVariantId(this.variants),
      name: uniqueVariantName(this.variants, name ?? `${from?.name ?? 'Variant'} copy`),
      scenario: scenario ?? from?.scenario ?? this.variants[0].scenario,
    };
    this.variants = [...this.variants, variant];
    if (activate) this.activeId = variant.id;
    if (this.comparedIds.length < MAX_COMPARED) this.comparedIds = [...this.comparedIds, variant.id];
    return variant;
  }

  rename(id: string, name: string): void {
    const others = this.variants.filter((v) => v.id !== id);
    const unique = uniqueVariantName(others, name);
    this.variants = this.variants.map((v) => (v.id === id ? { ...v, name: unique } : v));
  }

  /** Removes a variant; the last one stays. The baseline and the active variant fall back to the first left. */
  remove(id: string): void {
    if (this.variants.length <= 1) return;
    this.variants = this.variants.filter((v) => v.id !== id);
    this.comparedIds = this.comparedIds.filter((c) => c !== id);
    if (this.baselineId === id) this.baselineId = this.variants[0].id;
    if (this.activeId === id) this.activeId = this.variants[0].id;
  }

  setBaseline(id: string): void {
    if (this.variants.some((v) => v.id === id)) this.baselineId = id;
  }

  /** Adds a variant to the comparison or takes it out; refuses a fifth. Returns whether it is compared now. */
  toggleCompared(id: string): boolean {
    if (this.comparedIds.includes(id)) {
      this.comparedIds = this.comparedIds.filter((c) => c !== id);
      return false;
    }
    if (this.comparedIds.length >= MAX_COMPARED) return false;
    this.comparedIds = [...this.comparedIds, id];
    return true;
  }
}
