// What the console's summary says a result put on the canvas (walk 21: "(8 new)" read as nothing).
import { describe, expect, it } from 'vitest';
import { drawnText } from '../../client/src/features/console/ResultView.tsx';

describe('a result on the canvas, in words', () => {
  const drawn = (nodes: number, edges = 0) => ({ nodes: 5, edges: 4, added: { nodes, edges }, ids: [] });
  it('says how many of its elements it added to the canvas, or that all were there', () => {
    expect(drawnText(drawn(5, 3), 'lit')).toBe(
      '5 nodes and 4 relationships highlighted on the canvas (orange outline, the rest faded; 5 nodes and 3 relationships of them new on the canvas), the view fitted to them',
    );
    // Counted apart, never summed: "10 of them added" for 6 nodes and 4 relationships (walk 34, C4).
    expect(drawnText(drawn(1), 'lit')).toContain('; 1 node of them new on the canvas)');
    expect(drawnText(drawn(0, 2), 'lit')).toContain('; 2 relationships of them new on the canvas)');
    expect(drawnText(drawn(0), 'cleared')).toBe(
      '5 nodes and 4 relationships drawn on the canvas (all on the canvas already); the highlight has been cleared',
    );
  });
});
