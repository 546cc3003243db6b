// The source numbers of an exported picture, on the view: each numbered link's spot (cite-place.ts)
// from its drawn path, the nodes, arrowheads and names, and the frame; where no spot is free the
// number is left off the picture (and the numbered list says so). Cytoscape draws it there (a label
// margin from the link's middle, where it puts an edge label) for the PNG, and the SVG reads the box back.
import type cytoscape from 'cytoscape';
import type { AggregateLink } from '../../canvas/geo-fan.ts';
import type { Box } from '../../canvas/label-boxes.ts';
import { countText } from '../../canvas/link-counts.ts';
import { citeModelPx } from '../../canvas/style.ts';
import { shown } from '../../canvas/visibility.ts';
import { type Ground, type Point, type Size, placeApart, pointOnLink } from './cite-place.ts';

const BODY = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false };
const TEXT = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
/** Half the side of the box kept clear around an arrowhead's tip, in model units at zoom 1. */
const ARROW_R = 9;

/** Edge data: the label a link's number would have had, left off the picture for want of room. */
export const CITE_UNDRAWN = 'citeUndrawn';

/**
 * Screen px kept between two source numbers: two numbers end to end read as one ("12" "3" as "123").
 * 3 rather than 2: the boxes placed here are estimates, and as drawn they came out up to 0.6 px nearer.
 */
export const CITE_AIR = 3;

/** Screen px a number keeps from a name where it can: closer, the two read as one ("Goertek 5"). */
const NAME_AIR = 6;

/** Screen px between two spots tried along a link. */
const CITE_STEP = 2;

const citeOrder = (e: cytoscape.EdgeSingular) => parseInt(String(e.data('cite')), 10) || 0;

const leaveOff = (e: cytoscape.EdgeSingular) => void e.data(CITE_UNDRAWN, e.data('cite')).removeData('cite');

/** Edge data: the other links a link's number label stands for with it (sources.ts citeBundles), whose paths it may sit on. */
export const CITE_WITH = 'citeWith';

/** Edge data: the name of the map cluster a link left off is drawn inside ("Bắc Ninh +1"), for the list to say. */
export const CITE_INSIDE = 'citeInside';

/** The cluster marker whose members hold both of the link's ends, if any. */
function clusterHolding(cy: cytoscape.Core, e: cytoscape.EdgeSingular): cytoscape.NodeSingular | undefined {
  const ends = [e.source().id(), e.target().id()];
  return cy
    .nodes('.geo-cluster')
    .filter((h) => ends.every((id) => (h.data('mapCluster')?.members as string[] | undefined)?.includes(id)))
    .toArray()[0] as cytoscape.NodeSingular | undefined;
}

/** The hard and soft obstacles of the view and its frame, in model units. */
function groundOf(cy: cytoscape.Core, drawn: cytoscape.EdgeCollection): Ground {
  const r = ARROW_R / cy.zoom();
  const nodes = shown(cy.nodes()).filter((n) => n.visible()) as cytoscape.NodeCollection;
  const named = nodes.filter((n) => !n.hasClass('label-hidden') && !!n.style('label'));
  const heads: Box[] = drawn.map((e) => {
    const p = e.targetEndpoint();
    return { x1: p.x - r, y1: p.y - r, x2: p.x + r, y2: p.y + r };
  });
  return {
    hard: [...nodes.map((n) => n.boundingBox(BODY)), ...heads],
    soft: named.map((n) => n.boundingBox(TEXT)),
    nameAir: NAME_AIR / cy.zoom(),
    air: CITE_AIR / cy.zoom(),
    step: CITE_STEP / cy.zoom(),
    within: cy.extent(),
  };
}

/** A map's line to a cluster that stands for numbered links: the numbers it carries and their box. */
interface CitedLine {
  line: AggregateLink;
  edges: cytoscape.EdgeSingular[];
  text: string;
  size: Size;
}

/** The lines drawn to a map's clusters in the picture whose links carry numbers (geo-markers.ts). */
let citedLines: CitedLine[] = [];

/** Each line to a cluster with numbered links: its count and their numbers, lowest first, as one label ("×3: 2, 5"). */
function linesWithNumbers(cy: cytoscape.Core, lines: AggregateLink[]): CitedLine[] {
  const font = citeModelPx(cy);
  return lines.flatMap((line) => {
    const edges = line.edges
      .map((id) => cy.getElementById(id) as cytoscape.EdgeSingular)
      .filter((e) => e.nonempty() && !!e.data('cite'));
    const numbers = [...new Set(edges.map((e) => String(e.data('cite'))))].sort(
      (a, b) => parseInt(a, 10) - parseInt(b, 10),
    );
    if (!numbers.length) return [];
    // The line's count stays before its numbers: "×4: 12, 55" (walk 22, 3: "55" alone in place of
    // "×4" lost the count, and read as one link).
    const text = `${line.count > 1 ? `${countText(line)}: ` : ''}${numbers.join(', ')}`;
    // A bold digit is about 0.62 em wide; the box as Cytoscape's own number labels measure.
    return [
      {
        line,
        edges,
        text,
        size: { w: 0.62 * font * text.length + 2, h: 1.25 * font },
      },
    ];
  });
}

/** The link's path as Cytoscape draws it (straight, or curved through its control points). */
function drawnPath(e: cytoscape.EdgeSingular): (u: number) => Point {
  const ctrl = (e.controlPoints() as Point[] | undefined) ?? [];
  return (u: number) => pointOnLink(e.sourceEndpoint(), e.targetEndpoint(), ctrl, u);
}

const along = (l: AggregateLink) => (u: number) => ({ x: l.x1 + (l.x2 - l.x1) * u, y: l.y1 + (l.y2 - l.y1) * u });

/**
 * Moves each numbered link's number (edge[cite]) to its spot, in model units, or leaves it off. On a
 * map, links drawn as one line to a cluster (`lines`, the basemap layer's) carry their numbers on that
 * line: walk 18, 1 found 39 of 63 numbers "not drawn on the picture" at the map's Fit, most of them
 * links to a cluster's head or members.
 */
export function placeCiteNumbers(cy: cytoscape.Core, lines: AggregateLink[] = []): void {
  // An edge Cytoscape has not drawn (its ends on one spot, or not yet placed) has no endpoints.
  const drawn = shown(cy.edges()).filter(
    (e) => !!e.sourceEndpoint() && !!e.targetEndpoint(),
  ) as cytoscape.EdgeCollection;
  restoreUndrawn(cy);
  const cited = drawn.filter((e) => !!e.data('cite') && e.source().visible() && e.target().visible());
  citedLines = linesWithNumbers(cy, lines);
  const onLines = new Set(citedLines.flatMap((l) => l.edges.map((e) => e.id())));
  // A numbered link the picture does not draw (inside one of a map's clusters) is listed as not
  // drawn, with the cluster it is inside.
  cy.edges('[cite]')
    .not(cited)
    .filter((e) => !onLines.has(e.id()))
    .forEach((e) => {
      const holder = clusterHolding(cy, e);
      if (holder) e.data(CITE_INSIDE, String(holder.data('mapCluster').title));
      leaveOff(e);
    });
  if (cited.empty() && !citedLines.length) return;
  // Lower numbers first where links have as much room (a range by its first number).
  const edges = (cited.toArray() as cytoscape.EdgeSingular[]).sort((a, b) => citeOrder(a) - citeOrder(b));
  const paths = edges.map(drawnPath);
  const links = [
    ...edges.map((e, i) => {
      const box = e.boundingBox(TEXT);
      const others = ((e.data(CITE_WITH) as string[] | undefined) ?? []).map((id) => cy.getElementById(id));
      const alt = others.filter((x) => drawn.contains(x)) as cytoscape.EdgeSingular[];
      return { at: paths[i]!, size: { w: box.w, h: box.h }, alt: alt.map(drawnPath) };
    }),
    ...citedLines.map((l) => ({ at: along(l.line), size: l.size })),
  ];
  const spots = placeApart(links, groundOf(cy, drawn));
  cy.batch(() =>
    edges.forEach((e, i) => {
      const spot = spots[i];
      if (!spot) return leaveOff(e);
      const mid = paths[i]!(0.5);
      e.style({ 'text-margin-x': spot.x - mid.x, 'text-margin-y': spot.y - mid.y });
    }),
  );
  citedLines.forEach((l, k) => {
    const spot = spots[edges.length + k];
    if (spot) l.line.cite = { text: l.text, x: spot.x, y: spot.y, size: citeModelPx(cy) };
    else l.edges.forEach(leaveOff);
  });
}

/** The numbers left off an earlier picture back on their links (a new picture places them anew). */
export function restoreUndrawn(cy: cytoscape.Core): void {
  cy.edges(`[${CITE_UNDRAWN}]`).forEach(
    (e) => void e.data('cite', e.data(CITE_UNDRAWN)).removeData(`${CITE_UNDRAWN} ${CITE_INSIDE}`),
  );
}

/** The numbers back at the links' middles (the picture is taken; what was left off stays marked). */
export function clearCiteSpots(cy: cytoscape.Core): void {
  cy.batch(() => cy.edges().removeStyle('text-margin-x text-margin-y'));
  citedLines.forEach((l) => delete l.line.cite);
  citedLines = [];
}
