// Label decluttering: at any zoom, no two shown labels overlap and no label covers another node.
// Nodes are ranked (selected, then by degree, then by size). Each label tries the places a map
// labeller tries, below its node, then above, right, left and the four corners; it takes the first whose box (in
// screen pixels, as Cytoscape draws it) lies on the canvas and touches no box already placed (with
// 2 px of air, so two labels stay LABEL_AIR apart) and has no other node as near as its own (else
// the name reads as that node's), else it gets the `label-hidden` class. A hovered node's label
// and a selected one rank first, then the hovered node's neighbours (hover.tsx).
import type cytoscape from 'cytoscape';
import { chosenNodes, HIGHLIGHT, isSelected, SELECTED } from './chosen.ts';
import { canvasCovers } from './covers.ts';
import {
  boxGap,
  CALLOUT_CLASS,
  calloutBoxes,
  candidateBoxes,
  grownBy,
  LABEL_AIR,
  LABEL_PLACES,
  overlaps,
  PLACE_CLASSES,
  placeLabels,
  type Box,
  type Item,
} from './label-boxes.ts';
import { LABEL_FAR } from './label-place-style.ts';
import { callOut, leaderBoxes, tieLeaders } from './callouts.ts';
import { BODY_ONLY, LABEL_ONLY } from './rendered-boxes.ts';
import { cappedScale } from './style.ts';
import { namesHidden, unnamedOnScreen } from './names-hidden.ts';
import { shown } from './visibility.ts';

/** How many of the highest-ranked nodes always keep their labels (about the top eighth). */
export const mustShowCount = (shownNodes: number) => Math.max(3, Math.ceil(shownNodes * 0.12));

/**
 * Where each shown link's arrowhead is drawn, in the canvas's pixels: no label covers one (a link
 * entering a node from below would otherwise end under the node's name). The box spans the
 * arrowhead back from its tip along the link.
 */
function arrowheadBoxes(cy: cytoscape.Core): { id: string; box: Box }[] {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const size = 9; // px: the triangle at arrow-scale 0.9 on the widest link, and a little air
  // An edge whose end is hidden (a map cluster member) has no rendered endpoints: it draws nothing.
  const drawn = shown(cy.edges()).filter((e) => e.source().visible() && e.target().visible());
  return (drawn.toArray() as cytoscape.EdgeSingular[]).flatMap((e) => {
    const tip = e.targetEndpoint() as cytoscape.Position | undefined;
    const from = e.sourceEndpoint() as cytoscape.Position | undefined;
    if (!tip || !from) return []; // not yet drawn (its ends still being placed)
    const len = Math.hypot(tip.x - from.x, tip.y - from.y) * zoom || 1;
    const x = tip.x * zoom + pan.x;
    const y = tip.y * zoom + pan.y;
    const bx = x - ((tip.x - from.x) * zoom * size) / len;
    const by = y - ((tip.y - from.y) * zoom * size) / len;
    const r = 3;
    const box = { x1: Math.min(x, bx) - r, y1: Math.min(y, by) - r, x2: Math.max(x, bx) + r, y2: Math.max(y, by) + r };
    return [{ id: e.id(), box }];
  });
}

/**
 * Off the map, the names a reader looks for first: the corridor's countries, then its provinces
 * (walk 7, 6: Present's projector-sized names hid the Việt Nam star and provinces behind
 * organisations' long names). On the Map the basemap names the countries and `mapPlace` ranks.
 */
const PLACE_STANDING: Record<string, number> = { Country: 0.75, Province: 0.5 };
const placeStanding = (n: cytoscape.NodeSingular) => PLACE_STANDING[String(n.data('kind'))] ?? 0;

/** Whether the graph is drawn on the Map (its nodes carry the map's classes). */
const onMap = (nodes: cytoscape.NodeCollection) => nodes.filter('.geo-marker, .geo-cluster, .geo-offmap').nonempty();

/**
 * Whose names come first: the hovered node, the keyboard's, the selection, a place off the map (its
 * marker beyond the rim would read as its location without "→ United States, off the map"), a
 * highlighted result, the hovered neighbourhood, then (off the map) countries and provinces.
 */
const standing = (n: cytoscape.NodeSingular, map: boolean) =>
  32 * Number(n.hasClass('hover-focus')) +
  16 * Number(n.hasClass('keyboard-focus')) +
  // A selected link's ends rank as selected (walk 9, 2: Quảng Ninh unnamed beside the clusters' names).
  8 * Number(isSelected(n) || n.connectedEdges(SELECTED).nonempty()) +
  4 * Number(n.hasClass('geo-offmap')) +
  2 * Number(n.hasClass(HIGHLIGHT)) +
  Number(n.hasClass('hover-near')) +
  (map ? 0 : placeStanding(n));

/**
 * On the map, a place (a province, city or country at its coordinates) names its ground before the
 * officials, bodies and events placed there by association: zoomed into the border, Bắc Giang
 * province lost its name to "Bắc Giang City" and the "Bắc Giang Department of…", Hà Nội to the
 * "Hanoi People's Committee". A cluster comes first of all, whatever it gathers: unnamed, its
 * marker says nothing (an events cluster "10th Vietnam-China… +16" lost its name to the provinces
 * around it in Present).
 */
const mapPlace = (n: cytoscape.NodeSingular) =>
  n.hasClass('geo-cluster') ? 2 : Number(n.hasClass('geo-marker') && !n.hasClass('geo-derived'));

const NOWHERE: Box = { x1: 0, y1: 0, x2: 0, y2: 0 };
/** The indexes of the places tucked over a node's own marker (label-boxes.ts). */
const TUCKED = LABEL_PLACES.flatMap((p, i) => (p.endsWith('-in') ? [i] : []));

/**
 * The places of a name off the map that lie beyond its marker, away from the map's middle (`centre`
 * on screen), as a mark beyond the rim reads: "→ United States, off the map" centred below its
 * marker lay half inside the map's disc, mid-sea, in a zoomed view (walk 9, 5). The others are its
 * `fallback`, which placeLabels tries only when no place beyond is free (cut by the canvas's edge,
 * under a panel or the details card, or taken by a name): a mark in the free canvas is always named
 * (walk 12, 12: "→ United States, off the map" beside the details card, its outer sides under the
 * card, went unnamed; deciding here whether a place beyond "fits" disagreed with placeLabels' test).
 */
function outward(boxes: Box[], body: Box, centre: { x: number; y: number }): { labels: Box[]; fallback: Box[] } {
  const mid = { x: (body.x1 + body.x2) / 2, y: (body.y1 + body.y2) / 2 };
  const len = Math.hypot(mid.x - centre.x, mid.y - centre.y) || 1;
  const [dx, dy] = [(mid.x - centre.x) / len, (mid.y - centre.y) / len];
  const along = (x: number, y: number) => (x - centre.x) * dx + (y - centre.y) * dy;
  const r = Math.max(body.x2 - body.x1, body.y2 - body.y1) / 2;
  const beyond = (b: Box) =>
    Math.min(along(b.x1, b.y1), along(b.x2, b.y1), along(b.x1, b.y2), along(b.x2, b.y2)) >= along(mid.x, mid.y) - r;
  return {
    labels: boxes.map((b) => (beyond(b) ? b : NOWHERE)),
    fallback: boxes.map((b) => (beyond(b) ? NOWHERE : b)),
  };
}

/** Shows the nodes' names below them, none hidden or moved (the stylesheet's default), their boxes read afresh. */
export function unplaceLabels(nodes: cytoscape.NodeCollection): void {
  const placed = nodes.filter(`.label-hidden, .${[...PLACE_CLASSES, CALLOUT_CLASS].join(', .')}`);
  if (placed.nonempty()) placed.removeClass(['label-hidden', ...PLACE_CLASSES, CALLOUT_CLASS].join(' '));
  settleStyle(placed);
}

/**
 * Shows every label below its node for one synchronous reading of Cytoscape's rendered label
 * boxes (its own text measurement, font and outline included), then places or hides each: nothing
 * is painted in between, as Cytoscape draws on the next animation frame. An export's picture has
 * no panels over it: `overlays: false` places labels where the panels are too.
 */
export function declutterLabels(cy: cytoscape.Core, opts: { overlays?: boolean } = {}): void {
  const nodes = shown(cy.nodes()) as cytoscape.NodeCollection;
  if (nodes.empty()) return;
  unplaceLabels(nodes);
  const map = onMap(nodes);
  const ranked = nodes.sort(
    (a, b) =>
      standing(b, map) - standing(a, map) ||
      mapPlace(b) - mapPlace(a) ||
      b.degree(false) - a.degree(false) ||
      Number(b.data('size')) - Number(a.data('size')),
  );
  const chosen = chosenNodes(cy);
  // A label cut by the canvas's edge tries another place (nodes off screen need no label).
  const bounds = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
  // The far places' extra room on screen, as the stylesheet draws it (label-place-style.ts).
  const far = LABEL_FAR * cy.zoom() * cappedScale(cy);
  const covers = opts.overlays === false ? [] : canvasCovers(cy);
  // A node whose middle is off the canvas or under a panel is not named: its name alone, at the
  // picture's edge or beside the panel, read as nobody's (walk 29: a zoomed view's PNG).
  const unseen = (body: Box) => {
    const c = { x: (body.x1 + body.x2) / 2, y: (body.y1 + body.y2) / 2 };
    const inside = (b: Box) => c.x >= b.x1 && c.x <= b.x2 && c.y >= b.y1 && c.y <= b.y2;
    return !inside(bounds) || covers.some(inside);
  };
  const items = ranked.map((n: cytoscape.NodeSingular, i) => {
    const body = n.renderedBoundingBox(BODY_ONLY);
    const boxes = candidateBoxes(n.renderedBoundingBox(LABEL_ONLY), body, far);
    // Only a map's place may tuck its name over its own marker's side: elsewhere a name over its
    // node covers the links that enter it.
    if (!(map && mapPlace(n) === 1) || n.hasClass('geo-offmap')) TUCKED.forEach((i) => (boxes[i] = NOWHERE));
    const { labels, fallback } = unseen(body)
      ? { labels: [], fallback: undefined }
      : n.hasClass('geo-offmap')
        ? outward(boxes, body, cy.pan())
        : { labels: boxes, fallback: undefined };
    // A name that says where its node is not (off the map), what a cluster's pie stands for, or which
    // node the user chose (walk 7: Lạng Sơn selected and unnamed): as a last resort over lesser markers
    // (at 1024 the events cluster beside Quảng Ninh found no free spot); the selection's ring says whose it is.
    // So do the ends of a selected link and a highlighted path's nodes, on every layout (walk 8, 3: the
    // path's end Bắc Ninh unnamed on the map): chosen.ts says which.
    const isChosen = chosen.contains(n);
    // A place or cluster on the map with no honest spot beside its marker is called out on a leader.
    const callouts =
      map && mapPlace(n) >= 1 && !n.hasClass('geo-offmap') && labels.length ? calloutBoxes(boxes[0]!, body) : undefined;
    // Off the map a country's or a province's name may cover lesser markers too (drawn above them:
    // at 1024 the crowded core left Quảng Ninh and Hải Phòng no free spot); a highlighted path's name
    // shows over an arrowhead if need be.
    const country = !map && placeStanding(n) > 0;
    const overMarkers = n.hasClass('geo-offmap') || n.hasClass('geo-cluster') || isChosen || country;
    const first = !map && (placeStanding(n) > 0 || n.hasClass(HIGHLIGHT));
    // On the map a province standing alone names its ground over the markers placed there by
    // association (walk 9, 5: Hà Nội, Hải Phòng, Lạng Sơn unnamed at Fit 1024, Hải Phòng and Hưng Yên
    // in Present and on the PDF page); as a last resort over other markers (drawn above them), never
    // over a name.
    // While a node is hovered, its neighbours' names show (walk 10, 10: Guangxi's events unnamed)
    // over the dimmed markers round them, as a place's name over a minor marker: a faded marker
    // does not take a bright neighbour's name for its own. Never over a name.
    const place = map && n.data('kind') === 'Province' && n.hasClass('geo-marker') && mapPlace(n) === 1;
    const overMinor = place || (map && n.hasClass('geo-cluster')) || n.hasClass('hover-near');
    const minor = n.hasClass('hover-dim') || (map && n.hasClass('geo-derived') && !n.hasClass('geo-cluster'));
    const mustShow = overMarkers || overMinor || first || i < mustShowCount(nodes.length);
    // Off the map, a highlighted or chosen node's marker is never under another name (walk 14, 4).
    const guarded = !map && (isChosen || n.hasClass(HIGHLIGHT));
    return {
      id: n.id(),
      labels,
      fallback,
      body,
      mustShow,
      overMarkers: overMarkers || place,
      overMinor,
      minor,
      guarded,
      standing: placeStanding(n),
      // Its standing is all that lets it cover markers: only lesser ones (not Guangxi's by Lạng Sơn's).
      coversLesser: country && !(n.hasClass('geo-offmap') || n.hasClass('geo-cluster') || isChosen),
      callouts,
      chosen: isChosen,
    };
  });
  const heads = arrowheadBoxes(cy);
  const overlays: Item[] = [
    ...covers.map((b, i) => ({
      id: `overlay ${i}`,
      labels: [],
      body: b,
      hard: true,
    })),
    ...heads.map(({ id, box }) => ({ id: `arrow ${id}`, labels: [], body: box, arrow: true })),
  ];
  const forcedIds = new Set(items.filter((it) => it.mustShow).map((it) => it.id));
  const keep = placeLabels([...overlays, ...items], bounds);
  applyPlaces(cy, ranked, keep, items, forcedIds);
  settleStyle(ranked);
  tieLeaders(ranked, cy);
  verifyDrawn(ranked, keep, [...overlays, ...items], bounds);
  raiseCoveringNames(ranked);
  raiseCoveredArrows(cy, ranked, heads);
  if (opts.overlays !== false) namesHidden.value = unnamedOnScreen(cy, ranked);
}

/** Sets each name at the place placeLabels gave it (a class, or a callout), or hides it. */
function applyPlaces(
  cy: cytoscape.Core,
  ranked: cytoscape.NodeCollection,
  keep: Map<string, number>,
  items: Item[],
  forcedIds: Set<string>,
): void {
  const calloutsOf = new Map(items.map((it) => [it.id, it.callouts]));
  cy.batch(() =>
    ranked.forEach((n) => {
      const at = keep.get(n.id());
      if (at === undefined) n.addClass('label-hidden');
      else if (at >= LABEL_PLACES.length) callOut(n, calloutsOf.get(n.id())![at - LABEL_PLACES.length]!, cy);
      else if (at > 0) n.addClass(PLACE_CLASSES[at - 1]!);
      // A name that must show is drawn above the lesser markers it may cover.
      if (forcedIds.has(n.id()) !== n.hasClass('label-first')) n.toggleClass('label-first', forcedIds.has(n.id()));
    }),
  );
}

/**
 * A name shown over another node's marker (a place's last resort) is drawn above that marker: drawn
 * in the nodes' order, "Quảng Ninh" lay half under Hải Phòng's hexagon and "Bắc Ninh" under a
 * cluster's pie at Fit (walk 22, 8). A node is drawn with its name, so a name over a marker whose own
 * name covers a third marker goes a level higher still: "Bắc Ninh +1" lay under "Bắc Giang +1"'s pie
 * where its own pie lay under "Hải Phòng" and it was left unraised (walk 28, 2). Two names each
 * over the other's marker cannot both be above: the first met is.
 */
function raiseCoveringNames(ranked: cytoscape.NodeCollection): void {
  type Mark = { id: string; box: Box };
  const named = ranked.filter((n) => n.visible() && !n.hasClass('label-hidden') && !!n.style('label'));
  const bodies: Mark[] = ranked
    .filter((n) => n.visible())
    .map((n) => ({ id: n.id(), box: n.renderedBoundingBox(BODY_ONLY) }));
  // Each name's id, and the markers its box lies on.
  const under = new Map(
    named.map((n) => {
      const box = n.renderedBoundingBox(LABEL_ONLY);
      return [n.id(), bodies.filter((b) => b.id !== n.id() && onMarker(box, b.box)).map((b) => b.id)] as const;
    }),
  );
  const level = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (id: string): number => {
    if (level.has(id)) return level.get(id)!;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const covered = under.get(id) ?? [];
    const d = covered.length ? 1 + Math.max(...covered.map(depth)) : 0;
    visiting.delete(id);
    level.set(id, d);
    return d;
  };
  ranked.forEach((n) => {
    const d = Math.min(depth(n.id()), OVER_LEVELS.length);
    OVER_LEVELS.forEach((cls, i) => {
      if (n.hasClass(cls) !== (d === i + 1)) n.toggleClass(cls, d === i + 1);
    });
  });
}

/** The classes of a name over markers, one level above the markers it covers (style.ts). */
const OVER_LEVELS = ['label-over', 'label-over-2', 'label-over-3', 'label-over-4', 'label-over-5', 'label-over-6'];

/** Whether a name's box lies on a marker's shape (taken as the disc its box holds: a box's corners are empty). */
function onMarker(name: Box, body: Box): boolean {
  const [cx, cy, r] = [
    (body.x1 + body.x2) / 2,
    (body.y1 + body.y2) / 2,
    Math.min(body.x2 - body.x1, body.y2 - body.y1) / 2,
  ];
  const dx = Math.max(name.x1 - cx, 0, cx - name.x2);
  const dy = Math.max(name.y1 - cy, 0, cy - name.y2);
  return Math.hypot(dx, dy) < r;
}

/**
 * Applies the style a class change left pending before any box is read. Cytoscape applies it
 * lazily: a box read first is computed from the label's old anchor with its new alignment and then
 * cached, while the canvas draws the label at its new place ("China" and "Government of China"
 * drawn end to end though their boxes, as read, stood apart). Reading a style property applies it,
 * which drops the cached box and marks the label's position for recalculation.
 */
function settleStyle(nodes: cytoscape.NodeCollection): void {
  nodes.forEach((n) => void n.style('label'));
}

/** The markers and the shown labels as drawn, in screen pixels (what the map's country names keep clear of). */
export function drawnBoxes(cy: cytoscape.Core): Box[] {
  const nodes = shown(cy.nodes()).filter((n) => n.visible()) as cytoscape.NodeCollection;
  settleStyle(nodes);
  const labels = nodes.filter((n) => !n.hasClass('label-hidden') && !!n.style('label'));
  return [
    ...nodes.map((n) => n.renderedBoundingBox(BODY_ONLY)),
    ...labels.map((n) => n.renderedBoundingBox(LABEL_ONLY)),
    ...leaderBoxes(labels.filter(`.${CALLOUT_CLASS}`), cy),
  ].map(({ x1, y1, x2, y2 }) => ({ x1, y1, x2, y2 }));
}

/** A link whose arrowhead a name had to cover is drawn above the nodes and their names. */
function raiseCoveredArrows(
  cy: cytoscape.Core,
  ranked: cytoscape.NodeCollection,
  heads: { id: string; box: Box }[],
): void {
  const labels = ranked.filter((n) => !n.hasClass('label-hidden')).map((n) => n.renderedBoundingBox(LABEL_ONLY));
  const covered = new Set(heads.filter((h) => labels.some((l) => overlaps(l, h.box))).map((h) => h.id));
  cy.batch(() =>
    cy.edges().forEach((e) => {
      if (covered.has(e.id()) !== e.hasClass('arrow-over')) e.toggleClass('arrow-over', covered.has(e.id()));
    }),
  );
}

/**
 * The boxes of labels moved beside or above their node were derived, not measured: read every
 * label as drawn and hide any that, after all, leaves the canvas, touches another label or a node
 * or panel, or lies nearer another node than its own (the invariant holds on what Cytoscape draws, not on an estimate).
 */
function verifyDrawn(ranked: cytoscape.NodeCollection, keep: Map<string, number>, items: Item[], bounds: Box): void {
  const solid = items.filter((it) => !it.arrow);
  const bodyOf = new Map(solid.map((it) => [it.id, it.body]));
  const overMarkers = new Set(items.filter((it) => it.overMarkers).map((it) => it.id));
  const lesserThan = new Map(items.filter((it) => it.coversLesser).map((it) => [it.id, it.standing ?? 0]));
  const overMinor = new Set(items.filter((it) => it.overMinor).map((it) => it.id));
  const air = (b: Box): Box => grownBy(b, 1);
  // In rank order: of two labels that touch as drawn, or come within LABEL_AIR of each other, the
  // lower-ranked one hides.
  const kept: Box[] = [];
  ranked.forEach((n) => {
    const id = n.id();
    if (!keep.has(id)) return;
    const box = n.renderedBoundingBox(LABEL_ONLY);
    const mine = air(box);
    const apart = grownBy(box, LABEL_AIR);
    // A called-out name's leader says whose it is: no other marker need be farther than its own.
    const own = n.hasClass(CALLOUT_CLASS) ? -Infinity : boxGap(box, bodyOf.get(id)!) - 0.5;
    const hit =
      box.x1 < bounds.x1 ||
      box.y1 < bounds.y1 ||
      box.x2 > bounds.x2 ||
      box.y2 > bounds.y2 ||
      kept.some((b) => overlaps(apart, b)) ||
      solid.some(
        (it) =>
          it.id !== id &&
          (it.hard || it.guarded || !overMarkers.has(id) || (it.standing ?? 0) >= (lesserThan.get(id) ?? Infinity)) &&
          (it.hard || !it.minor || !overMinor.has(id)) &&
          (overlaps(mine, it.body) || (!it.hard && boxGap(box, it.body) < own)),
      );
    if (!hit) {
      kept.push(box);
      return;
    }
    n.removeClass([...PLACE_CLASSES, CALLOUT_CLASS].join(' ')).addClass('label-hidden');
  });
}
