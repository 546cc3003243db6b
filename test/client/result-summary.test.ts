// What the console's summary says a result put on the canvas (walk 21: "(8 new)" read as nothing).
import { describe, expect, it } from 'vitest';
import { drawnText } from '../../client/src/features/console/ResultView.tsx';

describe('a result on the canvas, in words', () => {
  const drawn = (added: number) => ({ nodes: 5, edges: 4, added, ids: [] });
  it('says how many of its elements it added to the canvas, or that all were there', () => {
    expect(drawnText(drawn(8), 'lit')).toBe(
      '5 nodes and 4 relationships highlighted on the canvas (orange outline, the rest faded; 8 of them added to the canvas), the view fitted to them',
    );
    expect(drawnText(drawn(0), 'cleared')).toBe(
      '5 nodes and 4 relationships drawn on the canvas (all on the canvas already); the highlight has been cleared',
    );
  });
});
