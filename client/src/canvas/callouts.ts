// Names called out from their markers on the map: where a place's name has no honest spot beside
// its marker, the declutter (declutter.ts) sets it apart, tied to the marker by a leader line. Here:
// the name's offset for the stylesheet, its leader (model units) for the map's layer over the graph,
// and the leaders as obstacles for the map's own words.
import type cytoscape from 'cytoscape';
import { CALLOUT_CLASS, type Box, type Callout } from './label-boxes.ts';
import { CALLOUT_SCRATCH, type CalloutPlace } from './label-place-style.ts';
import { LABEL_ONLY } from './rendered-boxes.ts';

/** Sets a name on its callout: the label's centre moved there, its leader kept in model units. */
export function callOut(n: cytoscape.NodeSingular, c: Callout, cy: cytoscape.Core): void {
  const [zoom, pan] = [cy.zoom(), cy.pan()];
  const model = (p: { x: number; y: number }) => ({ x: (p.x - pan.x) / zoom, y: (p.y - pan.y) / zoom });
  const centre = model({ x: (c.box.x1 + c.box.x2) / 2, y: (c.box.y1 + c.box.y2) / 2 });
  const [from, to] = [model(c.from), model(c.to)];
  const at = n.position();
  const place: CalloutPlace = {
    dx: centre.x - at.x,
    dy: centre.y - at.y,
    leader: { x1: from.x, y1: from.y, x2: to.x, y2: to.y },
  };
  n.scratch(CALLOUT_SCRATCH, place);
  n.addClass(CALLOUT_CLASS);
}

/**
 * Ends each called-out name's leader 2 px short of the name as drawn (the box the declutter planned
 * is an estimate: the leader stopped 8 px short of "Bắc Giang +1" and read as nobody's line).
 */
export function tieLeaders(nodes: cytoscape.NodeCollection, cy: cytoscape.Core): void {
  const [zoom, pan] = [cy.zoom(), cy.pan()];
  nodes.filter(`.${CALLOUT_CLASS}`).forEach((n) => {
    const place = n.scratch(CALLOUT_SCRATCH) as CalloutPlace;
    const box = n.renderedBoundingBox(LABEL_ONLY);
    const from = { x: place.leader.x1 * zoom + pan.x, y: place.leader.y1 * zoom + pan.y };
    const near = { x: Math.min(Math.max(from.x, box.x1), box.x2), y: Math.min(Math.max(from.y, box.y1), box.y2) };
    const len = Math.hypot(near.x - from.x, near.y - from.y);
    if (len < 3) return;
    const k = (len - 2) / len;
    const to = { x: from.x + (near.x - from.x) * k, y: from.y + (near.y - from.y) * k };
    place.leader = { ...place.leader, x2: (to.x - pan.x) / zoom, y2: (to.y - pan.y) / zoom };
  });
}

/** The leader lines of the called-out names shown, as SVG path data in model units (the basemap draws them). */
export function calloutLeaders(cy: cytoscape.Core): string {
  return cy
    .nodes(`.${CALLOUT_CLASS}`)
    .filter((n) => n.visible() && !n.hasClass('label-hidden'))
    .map((n) => {
      const l = (n.scratch(CALLOUT_SCRATCH) as CalloutPlace).leader;
      return `M${l.x1.toFixed(2)} ${l.y1.toFixed(2)}L${l.x2.toFixed(2)} ${l.y2.toFixed(2)}`;
    })
    .join('');
}

/** The called-out names' leaders as small boxes along them (screen px): a count or a country name keeps off them too. */
export function leaderBoxes(nodes: cytoscape.NodeCollection, cy: cytoscape.Core): Box[] {
  const [zoom, pan] = [cy.zoom(), cy.pan()];
  return nodes.toArray().flatMap((n) => {
    const l = (n.scratch(CALLOUT_SCRATCH) as CalloutPlace).leader;
    const [x1, y1, x2, y2] = [l.x1 * zoom + pan.x, l.y1 * zoom + pan.y, l.x2 * zoom + pan.x, l.y2 * zoom + pan.y];
    const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 4));
    return Array.from({ length: steps + 1 }, (_, i) => {
      const [x, y] = [x1 + ((x2 - x1) * i) / steps, y1 + ((y2 - y1) * i) / steps];
      return { x1: x - 2, y1: y - 2, x2: x + 2, y2: y + 2 };
    });
  });
}
