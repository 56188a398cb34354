import type { TierId } from '../../engine/catalogue/tiers';

/** The one visual language for tiers: a colour token, an icon path (24×24) and a short tag. */
export interface TierLook {
  readonly colorVar: string;
  readonly tag: string;
  readonly iconPath: string;
}

export const TIER_LOOK: Record<TierId, TierLook> = {
  device: {
    colorVar: '--tier-device',
    tag: 'DEV',
    // A phone / camera body
    iconPath: 'M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm0 3v13h8V5zm4 14.2a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8z',
  },
  farEdge: {
    colorVar: '--tier-far-edge',
    tag: 'FAR',
    // A building with a server
    iconPath: 'M3 21V8l9-5 9 5v13h-6v-6H9v6zm6-10h6V9H9z',
  },
  nearEdge: {
    colorVar: '--tier-near-edge',
    tag: 'MEC',
    // A radio mast
    iconPath:
      'M11 10.3a2 2 0 1 1 2 0L17 22h-2.1l-.9-2.7h-4L9.1 22H7zm.6 2.1-1 4.9h2.8l-1-4.9zM6.3 3.9l1.4 1.4a6 6 0 0 0 0 8.4l-1.4 1.4a8 8 0 0 1 0-11.2zm11.4 0a8 8 0 0 1 0 11.2l-1.4-1.4a6 6 0 0 0 0-8.4z',
  },
  regionalDc: {
    colorVar: '--tier-regional',
    tag: 'RDC',
    // A server rack
    iconPath: 'M4 3h16v5H4zm0 6.5h16v5H4zM4 16h16v5H4zM7 5v1h2V5zm0 6.5v1h2v-1zM7 18v1h2v-1z',
  },
  cloud: {
    colorVar: '--tier-cloud',
    tag: 'CLD',
    // A cloud
    iconPath: 'M7 19a5 5 0 0 1-.6-9.96A6.5 6.5 0 0 1 18.9 9.5 4.75 4.75 0 0 1 18 19z',
  },
};
