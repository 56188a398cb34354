import { select } from 'd3-selection';
// Gives selections .transition(), for animated zooms.
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Point, Size, View } from './viewTransform';

export interface MapZoomOptions {
  readonly viewport: () => Size;
  /** Base-space box the view may not be panned far beyond. */
  readonly translateExtent: readonly [Point, Point];
  /** Whether a mouse or touch press may start a pan (not on a site being dragged). */
  readonly mayPan: (event: Event) => boolean;
  /** Every step of a zoom or pan. */
  readonly onZoom: (view: View) => void;
  /** When a zoom or pan comes to rest. */
  readonly onSettle: (view: View) => void;
}

/** Zoom and pan of the map: d3-zoom on the SVG, driven by mouse, wheel, touch and the calls below. */
export interface MapZoom {
  set(view: View, animate: boolean): void;
  panBy(dxPx: number, dyPx: number): void;
  scaleBy(factor: number): void;
  setScaleExtent(minK: number, maxK: number): void;
  destroy(): void;
}

const ANIMATION_MS = 650;
const asView = (t: ZoomTransform): View => ({ k: t.k, x: t.x, y: t.y });

/**
 * The only place D3 touches the map's DOM: it listens on the SVG and reports
 * views; Svelte draws them (see the style guide, "D3 computes, Svelte renders").
 */
export function createMapZoom(svg: SVGSVGElement, options: MapZoomOptions): MapZoom {
  const selection = select(svg);
  const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const behaviour = zoom<SVGSVGElement, unknown>()
    .extent(() => {
      const { width, height } = options.viewport();
      return [
        [0, 0],
        [width, height],
      ];
    })
    .translateExtent([[...options.translateExtent[0]], [...options.translateExtent[1]]])
    .filter((event: Event) => {
      const mouse = event as MouseEvent;
      // d3-zoom's own rule (no secondary buttons; Ctrl only with the wheel), and no pan from a draggable site.
      return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button && options.mayPan(event);
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => options.onZoom(asView(event.transform)))
    .on('end', (event: D3ZoomEvent<SVGSVGElement, unknown>) => options.onSettle(asView(event.transform)));
  selection.call(behaviour);

  return {
    set(view, animate) {
      const target = zoomIdentity.translate(view.x, view.y).scale(view.k);
      if (animate && !reducedMotion()) selection.transition().duration(ANIMATION_MS).call(behaviour.transform, target);
      else selection.interrupt().call(behaviour.transform, target);
    },
    panBy(dxPx, dyPx) {
      const { k } = zoomTransform(svg);
      selection.interrupt().call(behaviour.translateBy, dxPx / k, dyPx / k);
    },
    scaleBy(factor) {
      selection.interrupt().call(behaviour.scaleBy, factor);
    },
    setScaleExtent(minK, maxK) {
      behaviour.scaleExtent([minK, maxK]);
    },
    destroy() {
      selection.interrupt().on('.zoom', null);
    },
  };
}
