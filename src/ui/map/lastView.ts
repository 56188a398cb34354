import type { Point, View } from './viewTransform';

/** The map's view when it was last closed, for the document then open: switching views and back keeps the zoom. */
interface Remembered {
  readonly view: View;
  /** Base point at the middle of the viewport: a resized window shows the same place in its middle. */
  readonly centre: Point;
  readonly loadCount: number;
}

let remembered: Remembered | null = null;

export function rememberView(view: View, centre: Point, loadCount: number): void {
  remembered = { view, centre, loadCount };
}

/** The remembered view, unless another document has been loaded since. */
export function recallView(loadCount: number): Remembered | null {
  return remembered?.loadCount === loadCount ? remembered : null;
}
