import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { History } from '../../../src/document/history';

describe('History', () => {
  it('undoes and redoes in order, and a new edit drops what could be redone', () => {
    const h = new History('a');
    h.push('b', null, 0);
    h.push('c', null, 10_000);
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
    expect(h.undo()).toBeNull();
    expect(h.redo()).toBe('b');
    h.push('d', null, 20_000);
    expect(h.canRedo).toBe(false);
    expect(h.present).toBe('d');
    expect(h.undo()).toBe('b');
  });

  it('keeps at least 200 steps (its limit), dropping the oldest beyond', () => {
    const h = new History(0, { limit: 500, coalesceMs: 0 });
    for (let i = 1; i <= 700; i++) h.push(i, null, i);
    expect(h.undoSteps).toBe(500);
    let last = 700;
    while (h.canUndo) last = h.undo()!;
    expect(last).toBe(200);
  });

  it('makes one step of a drag: pushes with the same key within the window coalesce, and a pause starts a new step', () => {
    const h = new History(1, { limit: 500, coalesceMs: 800 });
    h.push(2, 'drivers.devices', 0);
    h.push(3, 'drivers.devices', 300);
    h.push(4, 'drivers.devices', 600);
    expect(h.undoSteps).toBe(1);
    h.push(5, 'drivers.devices', 2_000);
    expect(h.undoSteps).toBe(2);
    h.push(6, 'drivers.rate', 2_100);
    expect(h.undoSteps).toBe(3);
    expect(h.undo()).toBe(5);
    expect(h.undo()).toBe(4);
    expect(h.undo()).toBe(1);
  });

  it('behaves as a list with a cursor for any run of pushes, undos and redos (no coalescing)', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('push' as const), value: fc.integer() }),
      fc.constantFrom({ kind: 'undo' as const }, { kind: 'redo' as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const h = new History<number>(-1, { limit: 1_000, coalesceMs: 0 });
        let list = [-1];
        let at = 0;
        let clock = 0;
        for (const o of ops) {
          if (o.kind === 'push') {
            h.push(o.value, null, (clock += 10));
            list = [...list.slice(0, at + 1), o.value];
            at++;
          } else if (o.kind === 'undo') {
            const got = h.undo();
            expect(got).toBe(at > 0 ? list[at - 1] : null);
            if (at > 0) at--;
          } else {
            const got = h.redo();
            expect(got).toBe(at < list.length - 1 ? list[at + 1] : null);
            if (at < list.length - 1) at++;
          }
          expect(h.present).toBe(list[at]);
        }
      }),
    );
  });
});
