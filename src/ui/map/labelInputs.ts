import type { AppState } from '../state/app.svelte';
import { loadBand } from '../visual/media';
import type { MapArc } from './arcs';
import { linkLabelText, siteLabelText } from './labelText';
import type { LinkLabelInput, SiteLabelInput } from './mapLabels';
import type { PlacedSite } from './placedSite';
import type { Point } from './viewTransform';

/** Whether a link, or a site at either end of it, is failed for a what-if. */
export function isLinkFailed(app: AppState, linkId: string): boolean {
  const link = app.linkById.get(linkId);
  return link !== undefined && (app.isFailed('link', linkId) || app.isFailed('site', link.from) || app.isFailed('site', link.to));
}

/** Every placed site's label, with what makes it worth placing first. */
export function siteLabelInputs(app: AppState, placed: readonly PlacedSite[], points: ReadonlyMap<string, Point>): SiteLabelInput[] {
  const selection = app.selection;
  return placed.map((site) => {
    const utilisation = app.siteUtilisation(site.id);
    const failed = app.isFailed('site', site.id);
    return {
      id: site.id,
      text: siteLabelText(site, utilisation, failed),
      tier: site.tier,
      point: points.get(site.id)!,
      selected: selection?.kind === 'site' && selection.id === site.id,
      notable: failed || utilisation >= 0.8,
    };
  });
}

/**
 * Links worth a label: busy ones (80 % and more), failed or selected ones;
 * in a large topology only saturated ones besides, as on the canvas.
 */
export function linkLabelInputs(app: AppState, arcs: readonly MapArc[]): LinkLabelInput[] {
  const selection = app.selection;
  const inputs: LinkLabelInput[] = [];
  for (const arc of arcs) {
    const utilisation = app.linkUtilisation(arc.id);
    const band = loadBand(utilisation);
    const failed = isLinkFailed(app, arc.id);
    const selected = selection?.kind === 'link' && selection.id === arc.id;
    const busy = band === 'saturated' || (band === 'high' && !app.manyLinks);
    if (!busy && !failed && !selected) continue;
    inputs.push({
      id: arc.id,
      text: linkLabelText(arc.link, utilisation, failed),
      mid: arc.mid,
      selected,
      saturated: band === 'saturated' || failed,
    });
  }
  return inputs;
}
