import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/svelte';

export type CanvasImageKind = 'png' | 'svg';

/** Longest side of an exported picture, px: sharp on a slide, small enough to attach to an email. */
const MAX_SIDE_PX = 2400;
const MIN_SIDE_PX = 800;

/**
 * The whole topology as a picture (a data: URL), whatever part of it is in
 * view: the viewport element is drawn with a transform that fits every node,
 * as Svelte Flow's "download image" example does with html-to-image.
 */
export async function canvasImage(
  viewport: HTMLElement,
  nodes: readonly Node[],
  kind: CanvasImageKind,
  backgroundColor: string,
): Promise<string> {
  const bounds = getNodesBounds([...nodes]);
  const aspect = bounds.height > 0 && bounds.width > 0 ? bounds.width / bounds.height : 16 / 9;
  const width = Math.round(Math.min(MAX_SIDE_PX, Math.max(MIN_SIDE_PX, aspect >= 1 ? MAX_SIDE_PX : MAX_SIDE_PX * aspect)));
  const height = Math.round(Math.min(MAX_SIDE_PX, Math.max(MIN_SIDE_PX * 0.5, width / aspect)));
  const fit = getViewportForBounds(bounds, width, height, 0.05, 2, 0.06);
  const options = {
    backgroundColor,
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})` },
  };
  // html-to-image is loaded on the first export, not with the page.
  const { toPng, toSvg } = await import('html-to-image');
  return kind === 'png' ? toPng(viewport, options) : toSvg(viewport, options);
}
