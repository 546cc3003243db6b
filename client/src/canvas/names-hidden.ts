// Names the declutter left out on screen, counted for the selection bar's note.
import { signal } from '@preact/signals';
import type cytoscape from 'cytoscape';

/** How many shown nodes on screen have their names left out (the selection bar says so: walk 34, B4). */
export const namesHidden = signal(0);

/** The nodes drawn within the canvas whose names are left out (one off screen needs none). */
export function unnamedOnScreen(cy: cytoscape.Core, nodes: cytoscape.NodeCollection): number {
  const [w, h] = [cy.width(), cy.height()];
  return nodes.filter((n) => {
    if (!n.visible() || !n.hasClass('label-hidden')) return false;
    const p = n.renderedPosition();
    return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h;
  }).length;
}
