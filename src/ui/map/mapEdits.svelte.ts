import { tick } from 'svelte';
import { addSite, updateSite } from '../../document/edits';
import type { TierId } from '../../engine/catalogue/tiers';
import type { MapViewState } from './mapState.svelte';
import { toScreen, type Point } from './viewTransform';

/** A site on its way onto the map. */
export interface Placing {
  readonly siteId: string;
  /** Where it would land, px in the map; null while a carried site is outside the map. */
  readonly at: Point | null;
  /** Carried by the pointer (dropped on release), or picked up by a click or Enter (dropped by a click or Enter). */
  readonly carried: boolean;
}

/**
 * What the map changes in the document: a site placed from the tray, a
 * placed site dragged or nudged, a new site dropped from the palette. Each
 * is an `app.edit`, so it validates, undoes and saves like any other.
 */
export class MapEdits {
  readonly #map: MapViewState;
  placing = $state.raw<Placing | null>(null);
  #pendingMove: { siteId: string; at: Point } | null = null;
  #moveFrame = 0;

  constructor(map: MapViewState) {
    this.#map = map;
  }

  get #app() {
    return this.#map.app;
  }

  /** Picks an unplaced site up (a click or Enter in the tray): it waits at the middle of the map for arrow keys, a click or Enter. */
  pickUp(siteId: string): void {
    if (!this.#map.editable) return;
    const { width, height } = this.#map.size;
    this.placing = { siteId, at: [width / 2, height / 2], carried: false };
    void tick().then(() => this.#map.surface?.focus());
  }

  /** Starts carrying an unplaced site with the pointer (a drag from the tray). */
  carry(siteId: string): void {
    if (this.#map.editable) this.placing = { siteId, at: null, carried: true };
  }

  /** The pointer carrying a site moved, or a picked-up site follows the pointer over the map. */
  placeAt(at: Point | null): void {
    if (this.placing !== null) this.placing = { ...this.placing, at };
  }

  nudgePlacing(dx: number, dy: number): void {
    const at = this.placing?.at;
    if (this.placing === null || at == null) return;
    const { width, height } = this.#map.size;
    this.placing = { ...this.placing, at: [Math.min(width, Math.max(0, at[0] + dx)), Math.min(height, Math.max(0, at[1] + dy))] };
  }

  cancelPlacing(): void {
    this.placing = null;
  }

  /** Puts the site being placed where it is over the map. */
  drop(): void {
    const placing = this.placing;
    if (placing === null) return;
    if (placing.at === null) {
      // Released outside the map: back to the tray.
      this.placing = null;
      return;
    }
    const location = this.#map.locationAtScreen(placing.at);
    if (location === null) {
      // Off the globe: a carried site goes back to the tray; one placed by keyboard waits for a better spot.
      if (placing.carried) this.placing = null;
      this.#app.say('error', 'That point is outside the world map: drop the site inside the outline.');
      return;
    }
    this.placing = null;
    if (this.#app.edit(updateSite(this.#app.scenario, placing.siteId, { location })).length > 0) return;
    this.#app.select({ kind: 'site', id: placing.siteId });
    // Placed by keyboard: focus goes to the site, whose arrow keys then nudge it.
    if (!placing.carried) void tick().then(() => this.#map.focusSite(placing.siteId));
  }

  /** Moves a placed site to a viewport point while it is dragged: one undo step per drag, at most one edit a frame. */
  dragSite(siteId: string, at: Point): void {
    this.#pendingMove = { siteId, at };
    if (this.#moveFrame === 0) this.#moveFrame = requestAnimationFrame(() => this.#applyMove());
  }

  /** The drag is over: the last position is applied now, not a frame later. */
  endSiteDrag(): void {
    cancelAnimationFrame(this.#moveFrame);
    this.#applyMove();
  }

  #applyMove(): void {
    this.#moveFrame = 0;
    const move = this.#pendingMove;
    this.#pendingMove = null;
    if (move !== null) this.#moveTo(move.siteId, move.at);
  }

  /** Moves a placed site by some px on screen (arrow keys on a focused site). */
  nudgeSite(siteId: string, dx: number, dy: number): void {
    const point = this.#map.points.get(siteId);
    if (point === undefined) return;
    const [x, y] = toScreen(this.#map.view, point);
    this.#moveTo(siteId, [x + dx, y + dy]);
  }

  #moveTo(siteId: string, at: Point): void {
    const location = this.#map.locationAtScreen(at);
    if (location === null || !this.#map.editable) return;
    this.#app.edit(updateSite(this.#app.scenario, siteId, { location }), `map-move:${siteId}`);
  }

  /** A tier dragged from the palette and dropped on the map: a new site, already placed there. */
  addAt(tier: TierId, at: Point): void {
    const location = this.#map.locationAtScreen(at);
    if (!this.#map.editable || location === null) return;
    // Its canvas position: the middle of the canvas's view, as the palette's click gives it.
    const added = addSite(this.#app.scenario, tier, this.#app.canvas?.viewportCentre() ?? { x: 0, y: 0 });
    if (this.#app.edit(updateSite(added.doc, added.siteId, { location })).length === 0)
      this.#app.select({ kind: 'site', id: added.siteId });
  }
}
