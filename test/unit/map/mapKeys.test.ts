import { describe, expect, it } from 'vitest';
import { mapKeyAction, nudgeOf, PAN_STEP_LARGE_PX, PAN_STEP_PX } from '../../../src/ui/map/mapKeys';

const key = (k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('mapKeyAction(event)', () => {
  it('pans the view the way the arrow points (the map slides the other way), further with Shift', () => {
    expect(mapKeyAction(key('ArrowRight'))).toEqual({ kind: 'pan', dx: -PAN_STEP_PX, dy: 0 });
    expect(mapKeyAction(key('ArrowUp', { shiftKey: true }))).toEqual({ kind: 'pan', dx: 0, dy: PAN_STEP_LARGE_PX });
  });
  it('zooms with + (or =) and − and fits with 0', () => {
    expect(mapKeyAction(key('+'))).toEqual({ kind: 'zoom', factor: 1.5 });
    expect(mapKeyAction(key('='))).toEqual({ kind: 'zoom', factor: 1.5 });
    expect(mapKeyAction(key('-'))).toEqual({ kind: 'zoom', factor: 1 / 1.5 });
    expect(mapKeyAction(key('0'))).toEqual({ kind: 'fit' });
  });
  it('leaves other keys and chords alone (Ctrl+− is the browser’s zoom; 1–3 switch views)', () => {
    expect(mapKeyAction(key('-', { ctrlKey: true }))).toBeNull();
    expect(mapKeyAction(key('2'))).toBeNull();
  });
});

describe('nudgeOf(event)', () => {
  it('moves by 8 px, or 40 px with Shift', () => {
    expect(nudgeOf(key('ArrowLeft'))).toEqual([-8, 0]);
    expect(nudgeOf(key('ArrowDown', { shiftKey: true }))).toEqual([0, 40]);
    expect(nudgeOf(key('Enter'))).toBeNull();
  });
});
