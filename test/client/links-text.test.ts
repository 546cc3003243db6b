// The keyboard hint's count of a node's links: those shown, and the graph's when it has more.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { linksText } from '../../client/src/features/selection/keyboard-nav.ts';

describe('linksText', () => {
  const cy = cytoscape({
    headless: true,
    elements: [
      { data: { id: 'bac-ninh', degree: 9 } },
      { data: { id: 'china', degree: 1 } },
      { data: { id: 'alone' } },
      { data: { id: 'e1', source: 'china', target: 'bac-ninh' } },
    ],
  });

  it('says how many of the graph links show when the canvas shows fewer (walk 27: "0 links" for a node with 9)', () => {
    expect(linksText(cy.getElementById('bac-ninh'))).toBe('1 link shown of 9');
    expect(linksText(cy.getElementById('china'))).toBe('1 link');
  });

  it('counts the shown links alone when the graph count is unknown', () => {
    expect(linksText(cy.getElementById('alone'))).toBe('0 links');
  });
});
