// The kinds and types visible on the canvas (and whether a shown link's sources disagree), and the
// map's own marks: what the legend, the PNG and the SVG list. The marks' icons and words are kept
// here once (MAP_MARK_ENTRIES), for the canvas legend and the pictures' legends alike (walk 12, 14).
import type cytoscape from 'cytoscape';
import { EDGE_TYPES, NODE_KINDS, type EdgeType, type NodeKind } from '../../../../common/model.ts';
import { shown } from '../../canvas/visibility.ts';

/** The map's own marks on the canvas now (map-style.ts draws them), each explained by the legend. */
export interface MapMarks {
  /** A hollow marker with a dashed outline: placed by its links (PLACED_BY_LINKS). */
  derived: boolean;
  /** A marker beyond the map's rim with a dashed ring: a place too far away, in its true direction. */
  offMap: boolean;
  /** A round marker with a pie, "Bắc Ninh +3": several places drawn as one at this zoom. */
  clusters: boolean;
}

/**
 * A mark's icon as a ring (its outline dashed or not, round a fill) and, for a cluster, a pie slice:
 * drawn as SVG by the canvas legend and the pictures, and by pdf-lib in a story PDF's legend.
 */
export interface MarkIcon {
  stroke: string;
  fill: string;
  fillOpacity: number;
  dashed: boolean;
  /** A pie slice inside the ring (SVG path round (0, 0)), in the node colour. */
  slice?: { path: string; fill: string };
}

/** The icon as SVG, round (0, 0), 16 units across, as map-style.ts draws the marks. */
export function markIconSvg(i: MarkIcon): string {
  const dash = i.dashed ? ' stroke-dasharray="2.5 1.8"' : '';
  const ring = `<circle r="${i.dashed ? 5.5 : 6}" fill="${i.fill}" fill-opacity="${i.fillOpacity}" stroke="${i.stroke}" stroke-width="${i.dashed ? 2 : 1.5}"${dash}/>`;
  return ring + (i.slice ? `<path d="${i.slice.path}" fill="${i.slice.fill}"/>` : '');
}

const dashed = (stroke: string, fill: string, fillOpacity: number): MarkIcon => ({
  stroke,
  fill,
  fillOpacity,
  dashed: true,
});

/**
 * What a dashed marker's place means, said the same in the legend, the hover and the details card:
 * it stands near ONE place (geo-anchor.ts), on a spot of its own beside it, not at the mean of its
 * links nor at a point on the ground.
 */
export const PLACED_BY_LINKS =
  'placed by its links, drawn near the one place it belongs to (a national body near its capital), not at coordinates of its own';

/** The heading the map's marks go under, in every legend. */
export const MAP_MARKS_HEADING = 'On the map';

/**
 * Each map mark's icon and words, in the order the legends list them; `short`: the words where a
 * legend lists them in narrow columns (a story PDF's page); `onCanvas`: what the canvas lets one do
 * with it, said on the canvas only (a picture is not clicked).
 */
export const MAP_MARK_ENTRIES: readonly {
  mark: keyof MapMarks;
  icon: MarkIcon;
  text: string;
  short: string;
  onCanvas?: string;
}[] = [
  {
    mark: 'derived',
    icon: dashed('#3b82c4', '#3b82c4', 0.3),
    text: `dashed outline: ${PLACED_BY_LINKS}`,
    short: 'placed by its links',
  },
  {
    mark: 'offMap',
    icon: dashed('#333333', '#787878', 0.35),
    text: 'outside the rim: beyond the map, drawn in its direction',
    short: 'beyond the map',
  },
  {
    mark: 'clusters',
    icon: {
      stroke: '#333333',
      fill: '#ffffff',
      fillOpacity: 1,
      dashed: false,
      slice: { path: 'M0,0 L0,-4.5 A4.5,4.5 0 0,1 4.5,0 Z', fill: '#3b82c4' },
    },
    // The count on a line to a cluster (geo-markers.ts draws links to its members as one line)
    // is said on the canvas and in the PNG and SVG: unexplained, "2", "3" read as nothing (walk 20, 14).
    text: '"Name +N": N more nodes drawn as one here; "×N" on a line to it: the N links that line stands for',
    // One line in a story PDF's narrow legend column: the longer words were cut there (walk 21, 4).
    short: '"+N": N more here',
    onCanvas: 'click it to zoom in',
  },
];

/** The entries for the marks drawn, in the legends' order. */
export const mapMarkEntries = (marks: MapMarks) => MAP_MARK_ENTRIES.filter((e) => marks[e.mark]);

/** Whether a node's body lies, at least in part, in the canvas's viewport. */
function inViewport(cy: cytoscape.Core, n: cytoscape.NodeSingular): boolean {
  const b = n.renderedBoundingBox({ includeLabels: false });
  return b.x2 > 0 && b.y2 > 0 && b.x1 < cy.width() && b.y1 < cy.height();
}

/**
 * The map's marks drawn now. `inView`: only those in the viewport, for a picture of it (the
 * exports draw the viewport and explain only the marks they draw).
 */
export function mapMarks(cy: cytoscape.Core, opts: { inView?: boolean } = {}): MapMarks {
  const visible = shown(cy.nodes()).filter((n: cytoscape.NodeSingular) => n.visible());
  const drawn = opts.inView ? visible.filter((n: cytoscape.NodeSingular) => inViewport(cy, n)) : visible;
  return {
    derived: drawn.filter('.geo-derived').not('.geo-cluster').nonempty(),
    offMap: drawn.filter('.geo-offmap').nonempty(),
    clusters: drawn.filter('.geo-cluster').nonempty(),
  };
}

export function visibleKindsAndTypes(cy: cytoscape.Core): { kinds: NodeKind[]; types: EdgeType[]; conflicts: boolean } {
  const nodes = shown(cy.nodes());
  const edges = shown(cy.edges());
  const kinds = new Set(nodes.map((n) => n.data('kind')));
  const types = new Set(edges.map((e) => e.data('type')));
  return {
    kinds: NODE_KINDS.filter((k) => kinds.has(k)),
    types: EDGE_TYPES.filter((t) => types.has(t)),
    // Whether a shown link's sources disagree (the legend then explains its mark).
    conflicts: edges.some((e) => e.data('conflict') === true),
  };
}
