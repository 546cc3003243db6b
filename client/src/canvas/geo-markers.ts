// The map's markers on the canvas, redrawn for each zoom from their true points (geo-cluster.ts
// decides): a marker alone sits on its point; a small fanned group is tied to its points by
// leader lines; a cluster is drawn by its best-ranked member (the `geo-cluster` class: a round
// marker showing the kinds inside, labelled "Bắc Ninh +12") at the group's true centroid, the other
// members hidden (`geo-clustered`). Links touching a cluster are drawn to it, one line per pair of
// drawn ends with the number of links it stands for, in the basemap layer (and the exports).
import type cytoscape from 'cytoscape';
import { HIGHLIGHT, isSelected, SELECTED } from './chosen.ts';
import { anchorPlaces, GEO_ANCHOR } from './geo-anchor.ts';
import { clusterPx, markerGroups, type MarkerGroup } from './geo-cluster.ts';
import { markerPx, type AggregateLink, type Leaders, type Point } from './geo-fan.ts';
import { shorten } from './labels.ts';
import { markOffMap } from './map-style.ts';
import { NODE_STYLE } from './palette.ts';
import { labelScale } from './style.ts';

const CLASSES = 'geo-cluster geo-clustered geo-cluster-edge';
/** The longest head name a cluster's label keeps (the whole name is its tooltip). */
const CLUSTER_LABEL = 14;

/** What a cluster marker carries (node data `mapCluster`; hidden from the details panel). */
export interface MapCluster {
  members: string[];
  /** Its name on the map, the head's name cut short ("10th Vietnam-… +9"). */
  label: string;
  /** The head's whole name and the count (its tooltip). */
  title: string;
  px: number;
  /** Up to four slices: colour and share (percent) of the kinds inside, largest first. */
  pie: { color: string; percent: number }[];
}

const hasPoint = (n: cytoscape.NodeSingular) => typeof n.data('lat') === 'number' && typeof n.data('lon') === 'number';

/** Best first: places with coordinates, then more links on the canvas, then bigger, then by id. */
function ranked(nodes: cytoscape.NodeCollection): cytoscape.NodeSingular[] {
  const score = (n: cytoscape.NodeSingular) => [hasPoint(n) ? 1 : 0, n.degree(false), Number(n.data('size')) || 0];
  return nodes.toArray().sort((a, b) => {
    const [sa, sb] = [score(a), score(b)];
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i]! - sa[i]!;
    return a.id().localeCompare(b.id());
  });
}

function pieOf(members: cytoscape.NodeSingular[]): MapCluster['pie'] {
  const counts = new Map<string, number>();
  members.forEach((m) => counts.set(String(m.data('kind')), (counts.get(String(m.data('kind'))) ?? 0) + 1));
  const kinds = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = kinds.slice(0, 3).map(([k, c]) => ({
    color: NODE_STYLE[k as keyof typeof NODE_STYLE]?.color ?? '#888',
    percent: (100 * c) / members.length,
  }));
  const rest = kinds.slice(3).reduce((s, [, c]) => s + c, 0);
  return rest ? [...top, { color: '#bbbbbb', percent: (100 * rest) / members.length }] : top;
}

/** Gathers a cluster onto its head node; the others are hidden at their true points. */
function gather(cy: cytoscape.Core, g: MarkerGroup, toModel: (p: Point) => Point): void {
  const members = g.ids.map((id) => cy.getElementById(id) as cytoscape.NodeSingular);
  const head = members[0]!;
  const name = String(head.data('display') ?? head.data('label'));
  const cluster: MapCluster = {
    members: g.ids,
    // Cut shorter than a node's name: a long cluster name took the room of the provinces around it
    // (walk 9, 5: Hà Giang and Lạng Sơn unnamed beside "10th Vietnam-China… +9" at 1024).
    label: `${shorten(name, CLUSTER_LABEL)} +${g.ids.length - 1}`,
    title: `${String(head.data('label') ?? name)} +${g.ids.length - 1}`,
    px: clusterPx(g.ids.length),
    pie: pieOf(members),
  };
  head.data('mapCluster', cluster);
  head.addClass('geo-cluster').unselect().unselectify();
  head.position(toModel(g.at ?? g.centre));
  members.slice(1).forEach((m) => m.addClass('geo-clustered'));
}

/** One line per pair of drawn ends for the links that touch a cluster (model coordinates). */
function clusterLinks(cy: cytoscape.Core, groupOf: Map<string, MarkerGroup>, toModel: (p: Point) => Point) {
  const links = new Map<string, AggregateLink>();
  const end = (n: cytoscape.NodeSingular): [string, Point] => {
    const g = groupOf.get(n.id());
    return g?.mode === 'cluster' ? [`c:${g.ids[0]}`, toModel(g.at ?? g.centre)] : [n.id(), n.position()];
  };
  cy.edges()
    .not('.filtered, .hidden')
    .forEach((e) => {
      const [s, t] = [groupOf.get(e.source().id()), groupOf.get(e.target().id())];
      if (s?.mode !== 'cluster' && t?.mode !== 'cluster') return;
      if (e.source().hasClass('filtered') || e.target().hasClass('filtered')) return;
      e.addClass('geo-cluster-edge');
      if (s === t) return; // inside one cluster
      const ends = [end(e.source()), end(e.target())].sort((x, y) => x[0].localeCompare(y[0]));
      const [a, b] = [ends[0]![1], ends[1]![1]];
      const key = `${ends[0]![0]}|${ends[1]![0]}`;
      const link = links.get(key) ?? { x1: a.x, y1: a.y, x2: b.x, y2: b.y, count: 0, edges: [] };
      link.count++;
      link.edges.push(e.id());
      links.set(key, link);
    });
  return [...links.values()];
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** A leader line from a true point to where its marker is drawn, and a dot at the point (model coordinates). */
function addLeader(leaders: Leaders, from: Point, to: Point): void {
  leaders.lines += `M${from.x.toFixed(2)} ${from.y.toFixed(2)}L${to.x.toFixed(2)} ${to.y.toFixed(2)}`;
  leaders.dots += `M${from.x.toFixed(2)} ${from.y.toFixed(2)}l0 0`;
}

/**
 * Never hidden in a cluster: a selected node, the ends of a selected link (a link picked in the
 * timeline had both ends inside "Quảng Ninh +8" at 1024, walk 9, 2), a node of a highlighted result
 * (a path keeps its legs).
 */
const kept = (n: cytoscape.NodeSingular) =>
  isSelected(n) || n.hasClass(HIGHLIGHT) || n.connectedEdges(SELECTED).nonempty();

/**
 * Which nodes are kept out of clusters now, and which are shown: when either changes, the markers
 * are drawn again (filters that hide every place left their leader lines and dots behind, walk 8, 8).
 */
export const keptKey = (cy: cytoscape.Core): string => {
  const ids = (nodes: cytoscape.NodeCollection) =>
    nodes
      .map((n) => n.id())
      .sort()
      .join(' ');
  const chosen = cy.nodes(`${SELECTED}, .${HIGHLIGHT}`).union(cy.edges(SELECTED).connectedNodes());
  return `${ids(chosen)}|${ids(cy.nodes().not('.filtered, .hidden'))}`;
};

/** Draws the map's markers for the current zoom; returns the lines the basemap layer draws for them. */
export function placeMarkers(
  cy: cytoscape.Core,
  homes: Map<string, Point>,
  landOf?: (model: Point) => number,
): Leaders {
  // Markers are placed as for a zoom the label scale smaller: labels grown for a projector or a
  // page (style.ts) need that much more room, so a crowd that leaves no room for its names gathers
  // into a named cluster sooner and a fan spreads wider (marker sizes stay).
  const k = labelScale.markers ?? labelScale.value;
  const zoom = cy.zoom() / k;
  const pan = { x: cy.pan().x / k, y: cy.pan().y / k };
  const toModel = (p: Point) => ({ x: (p.x - pan.x) / zoom, y: (p.y - pan.y) / zoom });
  const leaders: Leaders = { lines: '', dots: '', links: [] };
  cy.batch(() => {
    cy.elements(`.${CLASSES.split(' ').join(', .')}`).removeClass(CLASSES);
    cy.nodes().forEach((n) => {
      if (n.data('mapCluster')) n.removeData('mapCluster').selectify();
    });
    const nodes = ranked(
      cy.nodes().filter((n) => homes.has(n.id()) && !n.hasClass('filtered') && !n.hasClass('hidden')),
    );
    const shown = new Set(nodes.map((n) => n.id()));
    const onScreen = (id: string) => {
      const h = homes.get(id)!;
      return { x: h.x * zoom + pan.x, y: h.y * zoom + pan.y };
    };
    const items = nodes.map((n) => {
      // A node placed by its links: the shown place it stands beside (its cluster is centred on it),
      // else the shown places it links to.
      const beside = n.scratch(GEO_ANCHOR) as string | undefined;
      const anchors = hasPoint(n)
        ? undefined
        : beside && shown.has(beside)
          ? [{ id: beside, home: onScreen(beside) }]
          : n
              .neighborhood()
              .nodes()
              .filter((m) => shown.has(m.id()) && hasPoint(m))
              .map((m) => ({ id: m.id(), home: onScreen(m.id()) }));
      return {
        id: n.id(),
        home: onScreen(n.id()),
        r: markerPx(Number(n.data('size')) || 30) / 2 + 1,
        anchored: hasPoint(n),
        keep: kept(n),
        anchors,
      };
    });
    const land = landOf && ((p: Point) => landOf(toModel(p)));
    const groups = markerGroups(items, cy.zoom() < cy.maxZoom() * 0.999, land);
    const groupOf = new Map(groups.flatMap((g) => g.ids.map((id) => [id, g] as const)));
    for (const g of groups) {
      if (g.mode === 'cluster') {
        g.ids.forEach((id) => cy.getElementById(id).position(homes.get(id)!));
        gather(cy, g, toModel);
        // A cluster set beside the places' markers is tied to its centroid like a fanned marker.
        if (g.at && dist(g.at, g.centre) >= 0.5) addLeader(leaders, toModel(g.centre), toModel(g.at));
        continue;
      }
      for (const [id, p] of g.drawn) {
        const model = toModel(p);
        cy.getElementById(id).position(model);
        const h = homes.get(id)!;
        if (Math.hypot(model.x - h.x, model.y - h.y) * zoom >= 0.5) addLeader(leaders, h, model);
      }
    }
    leaders.links = clusterLinks(cy, groupOf, toModel);
  });
  return leaders;
}

/** Clears the map's marker classes (on leaving the map). */
export function clearMarkers(cy: cytoscape.Core): void {
  cy.batch(() => {
    cy.elements(`.${CLASSES.split(' ').join(', .')}`).removeClass(CLASSES);
    cy.nodes().forEach((n) => {
      if (n.data('mapCluster')) n.removeData('mapCluster').selectify();
    });
  });
}

/** Each step of a click's zoom into a cluster: the zoom grows by this much until its members stand apart. */
const SPLIT_STEP = 1.5;

/**
 * A cluster was clicked: zoom in on its members' points, centred in the free part of the canvas
 * (`region`: clear of the panels and the legend), a step at a time, only until none of them is
 * gathered into a cluster any more (`place` draws the markers for the view set), at most as far as
 * fits their spread. Zooming to fit the spread at once went 8 to 17 times closer (walk 18); stopping
 * once the cluster merely split left its members in new clusters, a click each (walk 19, 6).
 */
export function zoomIntoCluster(
  cy: cytoscape.Core,
  head: cytoscape.NodeSingular,
  homes: Map<string, Point>,
  region: { x: number; y: number; w: number; h: number },
  place: () => void,
): void {
  const cluster = head.data('mapCluster') as MapCluster | undefined;
  if (!cluster) return;
  const pts = cluster.members.map((id) => homes.get(id)).filter((p): p is Point => !!p);
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  const pad = Math.min(120, region.w / 4, region.h / 4);
  const fit = Math.min((region.w - 2 * pad) / Math.max(w, 1e-6), (region.h - 2 * pad) / Math.max(h, 1e-6));
  const most = Math.min(cy.maxZoom(), Math.max(fit, cy.zoom() * 2));
  const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const show = (z: number) => {
    const pan = { x: region.x + region.w / 2 - centre.x * z, y: region.y + region.h / 2 - centre.y * z };
    cy.viewport({ zoom: z, pan });
    place();
  };
  const gathered = () =>
    cluster.members.some((id) => {
      const n = cy.getElementById(id);
      return n.hasClass('geo-clustered') || n.hasClass('geo-cluster');
    });
  for (let z = cy.zoom() * SPLIT_STEP; z < most; z *= SPLIT_STEP) {
    show(z);
    if (!gathered()) return;
  }
  show(most);
}

/** Node scratch key: the node's true point under the map (model coordinates). */
export const GEO_HOME = 'geoHome';

/** Where a node truly is: under the map its true point, wherever the fan or a cluster draws it. */
export const truePosition = (n: cytoscape.NodeSingular): { x: number; y: number } =>
  (n.scratch(GEO_HOME) as { x: number; y: number } | undefined) ?? n.position();

/**
 * Marks the map's nodes as the geographic layout just placed them (`homes`: their true points), or
 * clears the marks (`nodes` null): markers, those placed by their links, those off the map.
 */
export function markMapNodes(
  cy: cytoscape.Core,
  nodes: cytoscape.NodeCollection | null,
  homes: Map<string, { x: number; y: number }> | null,
): void {
  // A share link keeps each node's true point, not where the fan or a cluster draws it.
  cy.nodes().forEach((n) => void n.removeScratch(GEO_HOME));
  nodes?.forEach((n) => void n.scratch(GEO_HOME, homes!.get(n.id())));
  nodes?.addClass('geo-marker');
  // Drawn hollow and dashed: placed near the one place each belongs to, not at coordinates of their own.
  const derived = nodes?.filter((n) => typeof n.data('lat') !== 'number' || typeof n.data('lon') !== 'number');
  derived?.addClass('geo-derived');
  // The one place each stands beside (the layout's anchor): its cluster is drawn by that place.
  const anchors = derived?.nonempty() ? anchorPlaces(cy.nodes()) : undefined;
  cy.nodes().forEach((n) => void n.removeScratch(GEO_ANCHOR));
  derived?.forEach((n) => void n.scratch(GEO_ANCHOR, anchors?.get(n.id())?.id()));
  if (nodes) markOffMap(nodes, homes!);
  // Under the map, links keep their width on screen at any zoom (map-style.ts).
  nodes?.connectedEdges().addClass('geo-link');
}
