/** Items for a sentence: "a, b and c", at most `max` of them, then "and 12 more". */
export function listed(items: readonly string[], max = 8): string {
  if (items.length <= max) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  }
  return `${items.slice(0, max).join(', ')} and ${(items.length - max).toLocaleString('en')} more`;
}

/** "1 edge", "3 edges". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}
