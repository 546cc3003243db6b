// Where a story view's saved viewport goes on the presentation screen: the part of the graph the
// view showed (its zoom and pan over the canvas it was saved on) is fitted into the part of the
// screen the slide's title box, controls and legend leave free. A zoomed-in view stays zoomed in,
// scaled to the projector's size, and nothing of it lies under the title or the legend.
import type cytoscape from 'cytoscape';
import type { StoryView } from '../../app/types.ts';
import { canvasCovers } from '../../canvas/covers.ts';
import { FIT_MAX_ZOOM, fitView, freeRegion, nameHalfWidth, showFit, type Region } from '../../canvas/fit.ts';
import { LABEL_PX, labelScale } from '../../canvas/style.ts';
import { shown } from '../../canvas/visibility.ts';

const PADDING = 24;

/** The model rectangle a view showed in the canvas's free region, or null for a view saved without it. */
export function savedRect(view: StoryView): Region | null {
  const f = view.frame;
  if (!f || view.zoom <= 0) return null;
  return {
    x: (f.x - view.pan.x) / view.zoom,
    y: (f.y - view.pan.y) / view.zoom,
    w: f.w / view.zoom,
    h: f.h / view.zoom,
  };
}

/** Room for a name below its node's body, screen px at the canvas's label size. */
const NAME_ROOM = LABEL_PX + 6;

type Box = { x1: number; y1: number; x2: number; y2: number };

/**
 * Where the view's nodes and their names were when it was saved, model coordinates: each node at
 * its saved point (a place off the map at its mark on the rim), its name at the canvas's label size
 * for the saved zoom. Read from the view alone, never from the labels Cytoscape holds at the moment:
 * those change with the label scale and with which names the last declutter hid, so Present and
 * each picture cut the rectangle differently and gathered the map's markers for different zooms
 * (walk 10, 7b: 'Bắc Ninh +4' in Present, 'Bắc Ninh +3' in the PNG).
 */
function savedNodesBox(cy: cytoscape.Core, view: StoryView, names = true): Box | null {
  let box: Box | null = null;
  for (const v of view.nodes) {
    const n = cy.getElementById(v.id);
    if (n.empty()) continue;
    // A mark off the map is named beside it, on its inner side where the outer has no room (declutter.ts).
    const offMap = n.hasClass('geo-offmap');
    const at = offMap ? n.position() : v;
    const body = (Number(n.data('size')) || 30) / 2 + 2;
    const named = names && !offMap;
    const half = named ? Math.max(body, nameHalfWidth(n, LABEL_PX) / view.zoom) : body;
    const below = named ? NAME_ROOM / view.zoom : 0;
    const [x1, y1, x2, y2] = [at.x - half, at.y - body, at.x + half, at.y + body + below];
    box = box
      ? { x1: Math.min(box.x1, x1), y1: Math.min(box.y1, y1), x2: Math.max(box.x2, x2), y2: Math.max(box.y2, y2) }
      : { x1, y1, x2, y2 };
  }
  return box;
}

/**
 * The saved rectangle cut to where the view's nodes (with their names) were: empty canvas the view
 * happened to leave, such as the part a details card took when it was saved, is not framed. A
 * zoomed-in view, whose nodes run past its rectangle, keeps the rectangle. One answer per view,
 * whenever it is asked (Present, each picture): see savedNodesBox.
 */
export function slideRect(cy: cytoscape.Core, view: StoryView): Region | null {
  const rect = savedRect(view);
  const bb = rect && savedNodesBox(cy, view);
  if (!rect || !bb) return rect;
  const x1 = Math.max(rect.x, bb.x1);
  const y1 = Math.max(rect.y, bb.y1);
  const x2 = Math.min(rect.x + rect.w, bb.x2);
  const y2 = Math.min(rect.y + rect.h, bb.y2);
  return x2 > x1 && y2 > y1 ? { x: x1, y: y1, w: x2 - x1, h: y2 - y1 } : rect;
}

/**
 * `rect` widened about its centre to take in the names of the view's nodes, when all of them lie in
 * it (a whole map at Fit): its picture names the places at its edge as Present does, which fits
 * such a view whole with room for their names (walk 10, 7b: the PNG, cut at the saved frame, left
 * Xaysomboun and the Chinese bodies at its top unnamed). A view zoomed in, whose nodes run past its
 * rectangle, keeps the rectangle: its picture shows what it showed (walk 6, 5).
 */
export function withNames(cy: cytoscape.Core, view: StoryView, rect: Region): Region {
  const bodies = savedNodesBox(cy, view, false);
  const named = savedNodesBox(cy, view);
  const inside = (b: Box) => b.x1 >= rect.x && b.y1 >= rect.y && b.x2 <= rect.x + rect.w && b.y2 <= rect.y + rect.h;
  if (!bodies || !named || !inside(bodies)) return rect;
  const [cx, cy0] = [rect.x + rect.w / 2, rect.y + rect.h / 2];
  const hw = Math.max(rect.w / 2, cx - named.x1, named.x2 - cx);
  const hh = Math.max(rect.h / 2, cy0 - named.y1, named.y2 - cy0);
  return { x: cx - hw, y: cy0 - hh, w: 2 * hw, h: 2 * hh };
}

/**
 * The model rectangle Present fits a view into its slide, and its pictures draw (story-export.ts). A
 * graph view: slideRect. A map view: the part of the map the user framed, whole, with the names of
 * its places at its edge (withNames), never cut to its nodes: the map around them is what it shows
 * (walk 16, 1: a view of Liu Yun and two neighbours, framed with the coast and the border as Show,
 * the PNG and the PDF give it, was presented about 6x closer, its three nodes and no map left).
 */
export function presentRect(cy: cytoscape.Core, view: StoryView): Region | null {
  if (view.layout !== 'geo') return slideRect(cy, view);
  const rect = savedRect(view);
  return rect && withNames(cy, view, rect);
}

/** The view's nodes (its drawn markers under the map), when all of them lie in its saved rectangle. */
function wholeInRect(cy: cytoscape.Core, view: StoryView): cytoscape.NodeCollection | null {
  const rect = savedRect(view);
  const ids = new Set(view.nodes.map((n) => n.id));
  const nodes = shown(cy.nodes())
    .not('.geo-clustered')
    .filter((n) => ids.has(n.id()));
  if (!rect || nodes.empty()) return null;
  const bb = nodes.boundingBox({ includeLabels: false });
  const slack = 2 / view.zoom;
  const inside =
    bb.x1 >= rect.x - slack &&
    bb.y1 >= rect.y - slack &&
    bb.x2 <= rect.x + rect.w + slack &&
    bb.y2 <= rect.y + rect.h + slack;
  return inside ? nodes : null;
}

/** The view's nodes its saved rectangle framed (drawn markers under the map): what a slide must keep clear of its covers. */
function framedNodes(cy: cytoscape.Core, view: StoryView, rect: Region): cytoscape.NodeCollection {
  const ids = new Set(view.nodes.map((n) => n.id));
  const drawn = shown(cy.nodes()).not('.geo-clustered') as cytoscape.NodeCollection;
  return drawn.filter((n: cytoscape.NodeSingular) => {
    const p = n.position();
    return ids.has(n.id()) && p.x >= rect.x && p.x <= rect.x + rect.w && p.y >= rect.y && p.y <= rect.y + rect.h;
  });
}

/** The most a saved view is shrunk below its fit to keep its nodes clear of the slide's covers. */
const LEAST_SCALE = 0.6;
const SHRINK_STEP = 0.95;

/** Whether any of `nodes`, as drawn, meets a cover (the title box, the controls, the legend). */
function underCover(nodes: cytoscape.NodeCollection, covers: Box[]) {
  return nodes.some((n) => {
    const b = n.renderedBoundingBox({ includeLabels: false });
    return covers.some((c) => b.x1 < c.x2 && b.x2 > c.x1 && b.y1 < c.y2 && b.y2 > c.y1);
  });
}

/**
 * Shows the view's saved rectangle as large as the free region allows, centred in it, then a little
 * smaller while any node it framed (a marker drawn at its screen size, a node at the rectangle's
 * edge) would still meet the title box, the controls or the legend: nothing the view showed lands
 * under them, and nothing is hidden (walk 8, 7: hiding what lay under them could hide an important
 * node; the view's surroundings, drawn up to the screen's edges, may pass under a cover). A view
 * that showed all its nodes is fitted as Fit does, around what covers the slide: as large as the
 * screen allows with no node under any of them, reaching past a cover's corner where it has none.
 */
export function showSavedViewport(cy: cytoscape.Core, view: StoryView): void {
  const rect = presentRect(cy, view);
  if (!rect) return fitView(cy);
  const region = freeRegion(cy);
  const fit = Math.min((region.w - 2 * PADDING) / rect.w, (region.h - 2 * PADDING) / rect.h);
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), fit));
  // A map view that showed all its nodes is never shown closer than its frame: fitting its few
  // nodes as Fit does would drop the map the user framed around them (walk 16, 1).
  const whole = wholeInRect(cy, view);
  const covers = canvasCovers(cy);
  if (whole) {
    fitView(cy, whole, PADDING, view.layout === 'geo' ? zoom : Math.max(zoom, FIT_MAX_ZOOM));
    return towardMiddle(cy, whole, covers);
  }
  const framed = framedNodes(cy, view, rect);
  const centre = { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 };
  const show = (z: number) =>
    cy.viewport({
      zoom: z,
      pan: { x: region.x + region.w / 2 - centre.x * z, y: region.y + region.h / 2 - centre.y * z },
    });
  show(zoom);
  for (let z = zoom * SHRINK_STEP; z >= zoom * LEAST_SCALE && underCover(framed, covers); z *= SHRINK_STEP) show(z);
  fitFramedAroundCovers(cy, framed, covers, zoom);
  if (view.layout !== 'geo' && framed.nonempty()) towardMiddle(cy, framed, covers);
}

/**
 * The framed nodes fitted as Fit does, around the covers (reaching past the corner of a caption box
 * the largest free rectangle stops at), when that shows them larger, none under a cover: a tall
 * caption on a small screen left the view's rectangle a strip below it, and the map around it filled
 * the screen, unrelated places beside and under the caption (walk 10, 7: Lào Cai and Laibin at 1024).
 */
function fitFramedAroundCovers(cy: cytoscape.Core, framed: cytoscape.NodeCollection, covers: Box[], zoom: number) {
  if (framed.length < 2) return;
  const before = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const fitted = showFit(cy, framed, PADDING, Math.max(zoom, FIT_MAX_ZOOM), false);
  if (!fitted || fitted.zoom <= before.zoom * 1.02 || underCover(framed, covers)) cy.viewport(before);
}

/**
 * A slide fitted beside a cover (the legend in a corner) moved toward the screen's middle, as far as
 * no node, with room for its name, meets a cover or the screen's edge (walks 29, 30: a view fitted
 * left of the legend sat in the left two thirds of the projector, the right third empty).
 */
function towardMiddle(cy: cytoscape.Core, nodes: cytoscape.NodeCollection, covers: Box[]): void {
  const bb = nodes.renderedBoundingBox({ includeLabels: false });
  const away = { x: cy.width() / 2 - (bb.x1 + bb.x2) / 2, y: cy.height() / 2 - (bb.y1 + bb.y2) / 2 };
  const room = LABEL_PX * PROJECTOR_SCALE * 1.5; // a name under its node, or half of one beside it
  // Each node's body with room for a name, and its name as drawn now (a long one reaches further).
  const boxes = nodes.map((n) => {
    const b = n.renderedBoundingBox({ includeLabels: false });
    const l = n.renderedBoundingBox({ includeLabels: true });
    return {
      x1: Math.min(b.x1 - room, l.x1),
      y1: Math.min(b.y1, l.y1),
      x2: Math.max(b.x2 + room, l.x2),
      y2: Math.max(b.y2 + room, l.y2),
    };
  });
  const clearAt = (dx: number, dy: number) =>
    boxes.every((b) => {
      const g = { x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy };
      const onScreen = g.x1 >= 0 && g.y1 >= 0 && g.x2 <= cy.width() && g.y2 <= cy.height();
      return onScreen && !covers.some((c) => g.x1 < c.x2 && g.x2 > c.x1 && g.y1 < c.y2 && g.y2 > c.y1);
    });
  const t = [1, 0.75, 0.5, 0.25].find((f) => clearAt(away.x * f, away.y * f));
  if (t) cy.panBy({ x: away.x * t, y: away.y * t });
}

/** The label scale Present draws a graph view with: names grown for a projector (style.ts). */
export const PROJECTOR_SCALE = 1.6;

/** Names are never drawn smaller than the canvas draws them, whatever the picture's size (a PDF page clamps its own for print). */
const LEAST_NAME_SCALE = 1;

/**
 * One rule for how a saved map view is drawn at `zoom`, in Present, its PNG and its PDF page: as its
 * saved screen, magnified. Markers gather and fan for the zoom over their scale (geo-markers.ts), so
 * at zoom / saved zoom they gather into the groups the saved screen showed, at any size. Present's
 * projector scale gathered the places the presenter had framed apart (walk 28, 1: "10th Vietnam-…
 * +17" in Present and in the PDF for "+5", "Conference… +4" and "Nguyễn Hữu… +2" on the saved
 * screen; 36 places shown there, 30 in Present).
 */
export const mapMarkerScale = (view: StoryView, zoom: number): number => (view.zoom > 0 ? zoom / view.zoom : 1);

/** The names of a map view drawn at `zoom`: its saved screen's, magnified (mapMarkerScale), never smaller than on the canvas. */
export const mapNameScale = (view: StoryView, zoom: number): number =>
  Math.max(LEAST_NAME_SCALE, mapMarkerScale(view, zoom));

/** Sets the label scale of the slide on screen once showSavedViewport has shown `view`: a map view's names and markers as above; a graph view's names PROJECTOR_SCALE. */
export function setSlideScale(cy: cytoscape.Core, view: StoryView): void {
  const geo = view.layout === 'geo';
  labelScale.value = geo ? mapNameScale(view, cy.zoom()) : PROJECTOR_SCALE;
  labelScale.markers = geo ? mapMarkerScale(view, cy.zoom()) : undefined;
}
