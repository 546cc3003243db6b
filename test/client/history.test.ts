// Undo and redo's step list (canvas/history.ts): a gesture's steps merged into one.
import { describe, expect, it, vi } from 'vitest';
import { History } from '../../client/src/canvas/history.ts';

describe('history', () => {
  const counter = () => {
    const state = { value: 0 };
    const step = (from: number, to: number, merge?: string) => ({
      label: `${from}->${to}`,
      undo: () => void (state.value = from),
      redo: () => void (state.value = to),
      ...(merge ? { merge } : {}),
    });
    return { state, step };
  };

  it('merges steps of one gesture pushed in a row: one undo takes the gesture back, one redo does it again', () => {
    const { state, step } = counter();
    const h = new History(() => undefined);
    h.push(step(-1, 0));
    for (let i = 0; i < 5; i++) h.push(step(i, i + 1, 'years'));
    state.value = 5;
    expect(h.size).toBe(2);
    h.undo();
    expect(state.value).toBe(0);
    h.redo();
    expect(state.value).toBe(5);
  });

  it('keeps apart steps without a key, with other keys, or a while apart', () => {
    vi.useFakeTimers();
    try {
      const { step } = counter();
      const h = new History(() => undefined);
      h.push(step(0, 1));
      h.push(step(1, 2));
      h.push(step(2, 3, 'years'));
      h.push(step(3, 4, 'kinds'));
      h.push(step(4, 5, 'kinds'));
      expect(h.size).toBe(4);
      vi.advanceTimersByTime(2000);
      h.push(step(5, 6, 'kinds'));
      expect(h.size).toBe(5);
    } finally {
      vi.useRealTimers();
    }
  });
});
