/**
 * The tab a key moves to in a tab list, as the WAI-ARIA Authoring Practices
 * tabs pattern has it: Left and Right step and wrap, Home and End jump to the
 * ends; null for any other key.
 * https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function tabAfterKey<T>(tabs: readonly T[], current: T, key: string): T | null {
  const i = tabs.indexOf(current);
  if (i < 0 || tabs.length === 0) return null;
  if (key === 'ArrowRight') return tabs[(i + 1) % tabs.length];
  if (key === 'ArrowLeft') return tabs[(i - 1 + tabs.length) % tabs.length];
  if (key === 'Home') return tabs[0];
  if (key === 'End') return tabs[tabs.length - 1];
  return null;
}
