import { describe, expect, it } from 'vitest';
import { keyParts } from '../../../src/ui/help/keyText';
import { ARROW_STEP, canvasKeyAction, keyboardMoveKey, SHIFT_STEPS } from '../../../src/ui/canvas/keyboard';
import { tabAfterKey } from '../../../src/ui/results/tabKeys';
import { WIDGET_KEYS } from '../../../src/ui/shortcuts/keymap';

const key = (k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('keyParts(keys)', () => {
  it('splits chords into keys joined by +, and alternatives by their words', () => {
    expect(keyParts('Shift+Ctrl+Z or Ctrl+Y')).toEqual([
      { key: 'Shift' },
      { text: '+' },
      { key: 'Ctrl' },
      { text: '+' },
      { key: 'Z' },
      { text: ' or ' },
      { key: 'Ctrl' },
      { text: '+' },
      { key: 'Y' },
    ]);
    expect(keyParts('→ or Space / ←')).toEqual([{ key: '→' }, { text: ' or ' }, { key: 'Space' }, { text: ' / ' }, { key: '←' }]);
    expect(keyParts('?')).toEqual([{ key: '?' }]);
    expect(keyParts('Arrow keys')).toEqual([{ key: 'Arrow keys' }]);
  });
});

describe('canvasKeyAction(event)', () => {
  it('selects with Enter or Space and clears with Escape', () => {
    expect(canvasKeyAction(key('Enter'))).toEqual({ kind: 'activate' });
    expect(canvasKeyAction(key(' '))).toEqual({ kind: 'activate' });
    expect(canvasKeyAction(key('Escape'))).toEqual({ kind: 'clear' });
  });

  it('moves by one step per arrow, ten with Shift, as the help overlay says', () => {
    expect(canvasKeyAction(key('ArrowLeft'))).toEqual({ kind: 'move', dx: -ARROW_STEP, dy: 0, word: 'left' });
    expect(canvasKeyAction(key('ArrowDown', { shiftKey: true }))).toEqual({
      kind: 'move',
      dx: 0,
      dy: ARROW_STEP * SHIFT_STEPS,
      word: 'down',
    });
    const arrows = WIDGET_KEYS.find((k) => k.where === 'Canvas' && k.keys === 'Arrow keys')!;
    expect(arrows.does).toContain(`${ARROW_STEP} units (Shift: ${ARROW_STEP * SHIFT_STEPS})`);
  });

  it('leaves other keys and chords with Ctrl, ⌘ or Alt to the rest of the page (Delete goes to Svelte Flow)', () => {
    expect(canvasKeyAction(key('Delete'))).toBeNull();
    expect(canvasKeyAction(key('z', { ctrlKey: true }))).toBeNull();
    expect(canvasKeyAction(key('ArrowUp', { metaKey: true }))).toBeNull();
  });

  it('gives each site its own undo key, so a burst of presses on one site is one step', () => {
    expect(keyboardMoveKey('a')).toBe(keyboardMoveKey('a'));
    expect(keyboardMoveKey('a')).not.toBe(keyboardMoveKey('b'));
  });
});

describe('tabAfterKey(tabs, current, key)', () => {
  const tabs = ['results', 'compare', 'n1'] as const;
  it('steps with the arrows, wrapping at the ends, and jumps with Home and End', () => {
    expect(tabAfterKey(tabs, 'results', 'ArrowRight')).toBe('compare');
    expect(tabAfterKey(tabs, 'n1', 'ArrowRight')).toBe('results');
    expect(tabAfterKey(tabs, 'results', 'ArrowLeft')).toBe('n1');
    expect(tabAfterKey(tabs, 'compare', 'Home')).toBe('results');
    expect(tabAfterKey(tabs, 'compare', 'End')).toBe('n1');
  });
  it('ignores other keys', () => {
    expect(tabAfterKey(tabs, 'results', 'Enter')).toBeNull();
  });
});
