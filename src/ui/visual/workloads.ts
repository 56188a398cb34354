/** Workload colours, told apart from the tier and medium colours; cycled by workload index. */
const WORKLOAD_COLOURS = ['#e4572e', '#17bebb', '#ffc914', '#76b041', '#9d4edd', '#ff7bac', '#2e86ab', '#a0522d'];

export function workloadColour(index: number): string {
  return WORKLOAD_COLOURS[((index % WORKLOAD_COLOURS.length) + WORKLOAD_COLOURS.length) % WORKLOAD_COLOURS.length];
}

/** Short tag for a workload on a badge: W1, W2, … */
export function workloadTag(index: number): string {
  return `W${index + 1}`;
}
