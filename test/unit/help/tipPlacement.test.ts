import { describe, expect, it } from 'vitest';
import { EDGE_MARGIN_PX, GAP_PX, placeTip } from '../../../src/ui/help/tipPlacement';

const viewport = { width: 1000, height: 800 };
const tip = { width: 300, height: 120 };

describe('placeTip(trigger, tip, viewport)', () => {
  it('centres the tip under its trigger when there is room', () => {
    expect(placeTip({ left: 490, top: 100, width: 20, height: 16 }, tip, viewport)).toEqual({ left: 350, top: 116 + GAP_PX });
  });

  it('moves it sideways to stay inside the window at either edge', () => {
    expect(placeTip({ left: 5, top: 100, width: 16, height: 16 }, tip, viewport).left).toBe(EDGE_MARGIN_PX);
    expect(placeTip({ left: 980, top: 100, width: 16, height: 16 }, tip, viewport).left).toBe(1000 - 300 - EDGE_MARGIN_PX);
  });

  it('puts it above the trigger when there is no room below, and never above the window', () => {
    expect(placeTip({ left: 490, top: 750, width: 20, height: 16 }, tip, viewport).top).toBe(750 - GAP_PX - 120);
    expect(placeTip({ left: 490, top: 60, width: 20, height: 16 }, { width: 300, height: 760 }, viewport).top).toBe(EDGE_MARGIN_PX);
  });
});
