import type { AppState } from '../state/app.svelte';
import { ArcCache } from './arcs';
import { FINE_ATLAS_FROM_K, loadAtlas, type Atlas, type AtlasDetail } from './atlas';
import { clipArcs } from './clippedArcs';
import { CountryLookup } from './countries';
import { linkLabelInputs, siteLabelInputs } from './labelInputs';
import { recallView, rememberView } from './lastView';
import { MapEdits } from './mapEdits.svelte';
import { mapLabels } from './mapLabels';
import type { MapZoom } from './mapZoom';
import { isPlaced } from './placedSite';
import { locationAt, pointsById, type LatLon } from './projection';
import {
  centreOn,
  fitView,
  isInView,
  samePadding,
  toBase,
  type Bounds,
  type Padding,
  type Point,
  type Size,
  type View,
} from './viewTransform';
import { WORLD_BOUNDS, zoomTargets, type ZoomTarget } from './zoomTargets';

/** Room round a fitted view, px. */
const FIT_MARGIN_PX = 48;
/** Deepest zoom: about 115 px per km, so edge sites a few hundred metres apart are told apart. */
export const MAX_K = 4000;
/**
 * Total length of dashed links on screen, px, past which they are drawn
 * solid: about fifty links across the screen. Measured in Chromium's
 * software rasteriser, 1,800 dashed links cost 0.9–4.5 s a frame.
 */
const DASH_BUDGET_PX = 60_000;
/** A selected site nearer the edge than this, px, is brought into view. */
const IN_VIEW_MARGIN_PX = 24;

/**
 * The map view's state: the zoom, the sites and arcs in base space, the
 * labels that fit, and the places to zoom to. Shapes are $derived from the
 * document; D3 only reports the view (mapZoom.ts); edits are in mapEdits.
 */
export class MapViewState {
  readonly app: AppState;
  size = $state.raw<Size>({ width: 0, height: 0 });
  /** The view on screen, every frame of a zoom. */
  view = $state.raw<View>({ k: 1, x: 0, y: 0 });
  /** The view when it last came to rest: labels and the atlas's detail follow this one. */
  settled = $state.raw<View>({ k: 1, x: 0, y: 0 });
  atlasError = $state<string | null>(null);
  /** The legend's height, px: a fitted view keeps the sites above it. */
  legendHeightPx = $state(0);
  #atlases = $state.raw<Partial<Record<AtlasDetail, Atlas>>>({});
  #zoom: MapZoom | null = null;
  surface: SVGSVGElement | null = null;
  readonly #arcCache = new ArcCache();
  readonly #countryLookup = new CountryLookup();
  /** Sites being placed and moved: the map's edits. */
  readonly edits: MapEdits = new MapEdits(this);

  /** The finer atlas once zoomed in and loaded; the coarse one otherwise. */
  readonly atlas = $derived<Atlas | null>(
    (this.settled.k >= FINE_ATLAS_FROM_K ? this.#atlases['50m'] : undefined) ?? this.#atlases['110m'] ?? this.#atlases['50m'] ?? null,
  );
  readonly editable = $derived.by(() => !this.app.readOnly);
  readonly placed = $derived.by(() => this.app.sites.filter(isPlaced));
  readonly unplaced = $derived.by(() => this.app.sites.filter((s) => !isPlaced(s)));
  /** Each placed site's point, base units. */
  readonly points = $derived(pointsById(this.placed));
  readonly arcs = $derived.by(() => this.#arcCache.arcsFor(this.app.links, this.app.siteById));
  readonly #fitPadding = $derived<Padding>({
    top: FIT_MARGIN_PX,
    right: FIT_MARGIN_PX,
    bottom: Math.max(FIT_MARGIN_PX, this.legendHeightPx + 28),
    left: FIT_MARGIN_PX,
  });
  /** Base box near the view at rest: the screen and a screen's width and height round it, so a pan finds arcs already drawn. */
  readonly #nearBox = $derived.by<Bounds>(() => {
    const { width, height } = this.size;
    return [toBase(this.settled, [-width, -height]), toBase(this.settled, [2 * width, 2 * height])];
  });
  /** The arcs drawn at the view at rest, each cut to the part near the screen. */
  readonly drawnArcs = $derived(clipArcs(this.arcs, this.#nearBox, this.settled.k));
  /** Whether links keep their dash patterns: dashing costs time by length on screen, so past a budget links are drawn solid. */
  readonly dashed = $derived(this.drawnArcs.reduce((sum, a) => sum + a.screenLengthPx, 0) <= DASH_BUDGET_PX);
  /** The least zoom: the whole world a little smaller than the viewport. */
  readonly minK = $derived(0.9 * fitView(WORLD_BOUNDS, this.size, samePadding(FIT_MARGIN_PX), 0, Infinity).k);
  readonly #countries = $derived(this.#atlases['50m']?.countries ?? this.#atlases['110m']?.countries ?? []);
  readonly countriesWithSites = $derived(
    this.#countryLookup.countriesOf(
      this.#countries,
      this.placed.map((s) => s.location),
    ),
  );
  readonly zoomTargets = $derived(
    zoomTargets({
      placed: this.placed.map((s) => ({ id: s.id, name: s.name, ...s.location })),
      countriesWithSites: this.countriesWithSites,
      countries: this.#countries,
    }),
  );

  readonly #siteLabelInputs = $derived.by(() => siteLabelInputs(this.app, this.placed, this.points));
  readonly #linkLabelInputs = $derived.by(() => linkLabelInputs(this.app, this.arcs));
  /** The labels that fit at the view at rest. */
  readonly labels = $derived(mapLabels(this.#siteLabelInputs, this.#linkLabelInputs, this.settled, this.size));

  constructor(app: AppState) {
    this.app = app;
  }

  /** Loads an atlas once; the coarse one at once, the fine one when zoomed in. */
  async loadAtlas(detail: AtlasDetail): Promise<void> {
    if (this.#atlases[detail] !== undefined) return;
    try {
      const atlas = await loadAtlas(detail);
      this.#atlases = { ...this.#atlases, [detail]: atlas };
      this.atlasError = null;
    } catch (error) {
      this.atlasError = `The world map could not be loaded (${(error as Error).message}). Sites and links are still drawn.`;
    }
  }

  /** Whether the view is deep enough for the finer atlas. */
  get wantsFineAtlas(): boolean {
    return this.settled.k >= FINE_ATLAS_FROM_K;
  }

  /** Takes the zoom behaviour once the SVG is there, and shows the view the map had last time, or the scenario fitted. */
  attachZoom(zoom: MapZoom): () => void {
    this.#zoom = zoom;
    zoom.setScaleExtent(this.minK, MAX_K);
    const recalled = recallView(this.app.loadCount);
    if (recalled !== null) zoom.set(centreOn(recalled.view, recalled.centre, this.size), false);
    else this.fit(false);
    this.showSelection(false);
    return () => {
      rememberView(this.view, toBase(this.view, [this.size.width / 2, this.size.height / 2]), this.app.loadCount);
      this.#zoom = null;
    };
  }

  /** Keeps the least zoom in step with the viewport's size. */
  updateScaleExtent(): void {
    this.#zoom?.setScaleExtent(this.minK, MAX_K);
  }

  onZoom(view: View): void {
    this.view = view;
  }

  onSettle(view: View): void {
    this.view = view;
    this.settled = view;
  }

  /** The scenario's placed sites filling the view, or the world when none is placed. */
  fit(animate = true): void {
    const target = this.zoomTargets[0].targets[0];
    this.zoomToBounds(target.bounds, animate);
  }

  zoomToBounds(bounds: ZoomTarget['bounds'], animate = true): void {
    if (this.size.width === 0) return;
    this.#zoom?.set(fitView(bounds, this.size, this.#fitPadding, this.minK, MAX_K), animate);
  }

  zoomTo(key: string): void {
    const target = this.zoomTargets.flatMap((g) => g.targets).find((t) => t.key === key);
    if (target !== undefined) this.zoomToBounds(target.bounds);
  }

  panBy(dxPx: number, dyPx: number): void {
    this.#zoom?.panBy(dxPx, dyPx);
  }

  scaleBy(factor: number): void {
    this.#zoom?.scaleBy(factor);
  }

  /** Brings the selected site into view if it is placed and off screen (the map opened, or it was selected elsewhere). */
  showSelection(animate = true): void {
    const selection = this.app.selection;
    if (selection?.kind !== 'site' || this.size.width === 0) return;
    const point = this.points.get(selection.id);
    if (point === undefined || isInView(this.view, point, this.size, IN_VIEW_MARGIN_PX)) return;
    this.#zoom?.set(centreOn(this.view, point, this.size), animate);
  }

  /** A viewport point, px, from a pointer event's client coordinates; null outside the map. */
  localPoint(clientX: number, clientY: number): Point | null {
    const box = this.surface?.getBoundingClientRect();
    if (box === undefined) return null;
    const at: Point = [clientX - box.left, clientY - box.top];
    return at[0] >= 0 && at[1] >= 0 && at[0] <= box.width && at[1] <= box.height ? at : null;
  }

  /** The location under a viewport point, or null off the globe. */
  locationAtScreen(at: Point): LatLon | null {
    return locationAt(toBase(this.view, at));
  }

  focusSite(siteId: string): void {
    this.surface?.querySelector<SVGGElement>(`[data-map-site="${CSS.escape(siteId)}"]`)?.focus();
  }
}
