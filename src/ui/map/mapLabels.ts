import type { TierId } from '../../engine/catalogue/tiers';
import { besideBoxes, centredBox, placeLabels, type Box, type LabelRequest } from './labels';
import { textWidthPx } from './textWidth';
import { toScreen, type Point, type Size, type View } from './viewTransform';

export interface SiteLabelInput {
  readonly id: string;
  readonly text: string;
  readonly tier: TierId;
  /** Base units. */
  readonly point: Point;
  readonly selected: boolean;
  /** Failed, saturated or busy: worth a label before a quiet site. */
  readonly notable: boolean;
}

export interface LinkLabelInput {
  readonly id: string;
  readonly text: string;
  /** The arc's middle, base units. */
  readonly mid: Point;
  readonly selected: boolean;
  readonly saturated: boolean;
}

export interface SiteLabel {
  readonly side: 'right' | 'left';
  /** Sites on the same spot whose labels were left out. */
  readonly more: number;
}

export interface MapLabels {
  readonly sites: ReadonlyMap<string, SiteLabel>;
  readonly links: ReadonlySet<string>;
}

/** Marker radius, px, and the gap from a marker's centre to its label. */
export const MARKER_RADIUS_PX = 10;
/** Clear of the selection ring (radius 14, 3 px wide). */
export const LABEL_GAP_PX = MARKER_RADIUS_PX + 7;
const SITE_LABEL_HEIGHT_PX = 15;
export const LINK_LABEL_HEIGHT_PX = 18;
/** A link label's pill: text plus its padding, px. */
export const linkLabelWidthPx = (text: string) => textWidthPx(text, 'link') + 24;

/** Larger tiers are the landmarks of a map: label them first. */
const TIER_PRIORITY: Record<TierId, number> = { cloud: 50, regionalDc: 40, nearEdge: 30, farEdge: 20, device: 10 };
/** Beyond the edge by this much, px, a site is not considered for a label at all. */
const OFF_SCREEN_PX = 40;

/**
 * Which labels fit on screen at a view, without overlapping each other or
 * any marker: the selection first, then busy links, then sites by tier.
 * Run when the view comes to rest, not on every frame of a zoom.
 */
export function mapLabels(sites: readonly SiteLabelInput[], links: readonly LinkLabelInput[], view: View, viewport: Size): MapLabels {
  const near = ([x, y]: Point) =>
    x > -OFF_SCREEN_PX && y > -OFF_SCREEN_PX && x < viewport.width + OFF_SCREEN_PX && y < viewport.height + OFF_SCREEN_PX;
  const markers: Box[] = [];
  const requests: LabelRequest[] = [];
  for (const site of sites) {
    const anchor = toScreen(view, site.point);
    if (!near(anchor)) continue;
    markers.push([anchor[0] - MARKER_RADIUS_PX, anchor[1] - MARKER_RADIUS_PX, anchor[0] + MARKER_RADIUS_PX, anchor[1] + MARKER_RADIUS_PX]);
    requests.push({
      id: `site:${site.id}`,
      anchor,
      candidates: besideBoxes(anchor, textWidthPx(site.text, 'site'), SITE_LABEL_HEIGHT_PX, LABEL_GAP_PX),
      priority: (site.selected ? 1000 : 0) + (site.notable ? 60 : 0) + TIER_PRIORITY[site.tier],
      stacks: true,
    });
  }
  for (const link of links) {
    const anchor = toScreen(view, link.mid);
    if (!near(anchor)) continue;
    requests.push({
      id: `link:${link.id}`,
      anchor,
      candidates: [centredBox(anchor, linkLabelWidthPx(link.text), LINK_LABEL_HEIGHT_PX)],
      priority: (link.selected ? 1000 : 0) + (link.saturated ? 200 : 100),
    });
  }
  const placed = placeLabels(requests, markers, viewport);
  const siteLabels = new Map<string, SiteLabel>();
  const linkLabels = new Set<string>();
  for (const [key, label] of placed) {
    if (key.startsWith('site:')) siteLabels.set(key.slice(5), { side: label.candidate === 0 ? 'right' : 'left', more: label.more });
    else linkLabels.add(key.slice(5));
  }
  return { sites: siteLabels, links: linkLabels };
}
