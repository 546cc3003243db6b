// The Cytoscape wrapper, kept small: owns the `cy` instance, adds elements without duplicates,
// runs layouts and restyles. Visibility, sizing, labels, fitting, input and export live in their
// own modules.
import { signal } from '@preact/signals';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EdgeElement, Elements, NodeElement } from '../../../common/wire.ts';
import type { LayoutName, StyleState } from '../app/types.ts';
import { BasemapLayer } from './basemap.ts';
import { HIGHLIGHT_CHANGED } from './chosen.ts';
import { canvasCovers } from './covers.ts';
import { calloutLeaders } from './callouts.ts';
import { declutterLabels, drawnBoxes } from './declutter.ts';
import type { Point } from './geo-fan.ts';
import { clearMarkers, keptKey, markMapNodes, placeMarkers, zoomIntoCluster } from './geo-markers.ts';
import { projectionFor, snapToLayout, type GeoProjection } from './geo-layout.ts';
import { fitView, freeRegion, shapeToFreeRegion } from './fit.ts';
import { rememberFit } from './frame-memory.ts';
import { displayLabel, distinctLabels, fullLabel, type Labelled } from './labels.ts';
import { layoutOptions, setAside, startForceLayout, unlinkedNodes, withSeededRandom } from './layouts.ts';
import { hangingLeaves, placeLeaves } from './leaves.ts';
import { separateOverlaps } from './overlap.ts';
import { applySizes } from './sizing.ts';
import { BIG_GRAPH, stylesheet } from './style.ts';
import { mapNodes, shown } from './visibility.ts';
import { bindWheelZoom } from './wheel-zoom.ts';
import { drawLabelsStraight } from './label-cache.ts';
import { bindLinkFocus } from './link-focus.ts';
import { bindRingEnds } from './ring-ends.ts';
import { nodesAnswerFirst } from './hit-order.ts';
import { clearHighlightedLinks } from './link-clearance.ts';

cytoscape.use(fcose);

/**
 * Counts the times the map's markers were placed on screen (marked, fanned, gathered): the legend
 * lists the marks drawn, and a shared map's markers come after its last canvas change (walk 18, 5:
 * opened from a share link, the legend had no 'On the map' part). Pictures' placements do not count.
 */
export const markersPlaced = signal(0);

/** Layouts that set nodes without a link aside, in rows under the graph. */
const ASIDE_LAYOUTS = new Set<LayoutName>(['fcose', 'concentric', 'breadthfirst']);

export interface CanvasOptions {
  /** Cytoscape's WebGL renderer (for large graphs; nodes and edges drawn by the GPU path). */
  webgl?: boolean;
}

export class Canvas {
  readonly cy: cytoscape.Core;
  style: StyleState = { sizeBy: 'degree', labelMode: 'canonical', edgeLabels: false };
  layoutName: LayoutName = 'fcose';
  readonly basemap: BasemapLayer;
  private large = false;
  private styledZoom = 0;
  /** The nodes kept out of the map's clusters when its markers were last drawn (keptKey). */
  private keptMarkers = '';
  private running: cytoscape.Layouts | undefined;
  private settled: Promise<void> = Promise.resolve();
  private layoutToken = 0;
  /** Under the map: each node's true point (model coordinates), fanned out on screen by zoom. */
  private geoHomes: Map<string, Point> | null = null;
  /** The projection the basemap is drawn through (and the map's places placed by), when it shows. */
  mapProjection: GeoProjection | undefined;

  constructor(container: HTMLElement, opts: CanvasOptions = {}) {
    this.cy = cytoscape({
      container,
      style: stylesheet({ edgeLabels: false, large: false }),
      minZoom: 0.05,
      maxZoom: 6,
      boxSelectionEnabled: true,
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      pixelRatio: 'auto',
      ...(opts.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    bindWheelZoom(container.parentElement ?? container, this.cy);
    bindLinkFocus(this.cy);
    bindRingEnds(this.cy);
    nodesAnswerFirst(this.cy);
    drawLabelsStraight(this.cy, true);
    this.basemap = new BasemapLayer(container.parentElement ?? container, this.cy);
    // Labels keep their size on screen (LABEL_PX) at any zoom; which ones show is decided again once
    // a zoom, pan or resize settles (the next frame), and when the selection or the highlight, which
    // rank first, change (a result fitted to the view it already had moved nothing: walk 13, 8).
    let pending = 0;
    this.cy.on(`viewport resize select unselect ${HIGHLIGHT_CHANGED}`, () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => this.relabel());
    });
  }

  /** Resolves when no layout is moving nodes (a share link must capture final positions). */
  idle(): Promise<void> {
    return this.settled;
  }

  /** Adds what is not on the canvas yet; edges only when both ends are there. Returns what was added. */
  add(elements: Elements, near?: { x: number; y: number }): cytoscape.CollectionReturnValue {
    const cy = this.cy;
    const fresh: cytoscape.ElementDefinition[] = [];
    const have = new Set<string>(cy.nodes().map((n) => n.id()));
    elements.nodes.forEach((n: NodeElement, i) => {
      if (have.has(n.data.id)) return;
      const angle = (i * 2.4) % (2 * Math.PI);
      fresh.push({
        group: 'nodes',
        data: { ...n.data, display: displayLabel(n.data, this.style.labelMode), size: 30 },
        position: near ? { x: near.x + 80 * Math.cos(angle), y: near.y + 80 * Math.sin(angle) } : undefined,
      });
      have.add(n.data.id);
    });
    for (const e of elements.edges as EdgeElement[]) {
      if (cy.getElementById(e.data.id).nonempty() || !have.has(e.data.source) || !have.has(e.data.target)) continue;
      fresh.push({ group: 'edges', data: { ...e.data } });
    }
    this.beforeAdding(fresh.length);
    const added = cy.add(fresh);
    this.nameNodes();
    this.afterChange();
    return added;
  }

  /**
   * Switches to the large-graph stylesheet before a big addition rather than after it: else every
   * new element is styled twice, once by each stylesheet.
   */
  private beforeAdding(count: number): void {
    if (!this.large && this.cy.elements().length + count > BIG_GRAPH) this.setLarge(true);
  }

  /** Re-adds exactly what a share link or undo holds, positions and classes included. */
  restore(defs: cytoscape.ElementDefinition[]): cytoscape.CollectionReturnValue {
    this.beforeAdding(defs.length);
    const added = this.cy.add(
      defs.map((d) =>
        d.group === 'nodes'
          ? { ...d, data: { ...d.data, display: displayLabel(d.data as Labelled, this.style.labelMode) } }
          : d,
      ),
    );
    this.nameNodes();
    this.afterChange();
    return added;
  }

  /** Each node's drawn label: its name form, shortened so that no two names read the same. */
  private nameNodes(): void {
    if (this.large) return;
    const mode = this.style.labelMode;
    const nodes = this.cy.nodes();
    const names = distinctLabels(nodes.map((n) => fullLabel(n.data(), mode)));
    this.cy.batch(() =>
      nodes.forEach((n) => {
        const label = names.get(fullLabel(n.data(), mode))!;
        if (n.data('display') !== label) n.data('display', label);
      }),
    );
  }

  afterChange(): void {
    const large = this.cy.elements().length > BIG_GRAPH;
    if (large !== this.large) this.setLarge(large);
    applySizes(this.cy, this.style.sizeBy);
    this.relabel();
  }

  setStyle(style: StyleState): void {
    const labelsChanged = style.labelMode !== this.style.labelMode;
    const edgeLabelsChanged = style.edgeLabels !== this.style.edgeLabels;
    this.style = { ...style };
    if (labelsChanged) this.nameNodes();
    if (edgeLabelsChanged) this.applyStylesheet();
    applySizes(this.cy, style.sizeBy);
    this.relabel();
  }

  /**
   * Fit (the buttons): the whole shown graph into the free region. The map's markers, fanned and
   * gathered for the zoom just taken, reach beyond their true points: the map is fitted again to
   * where they are drawn, as after its layout (walk 9, 5: a marker half under the selection bar).
   */
  fit(): void {
    // No highlighted link drawn through a node it does not join (walk 13, 7; off the map only).
    clearHighlightedLinks(this.cy);
    if (!this.fitMarkers(() => fitView(this.cy))) return;
    rememberFit(this.cy, () => this.fit(), freeRegion(this.cy));
  }

  /**
   * Runs `fit`; on the map, fits again to where the markers, fanned and gathered for the zoom just
   * taken, are drawn (a result's node fanned out from its province ended past the bottom edge, walk
   * 10, 4), until the zoom settles. True when the map was fitted again.
   */
  fitMarkers(fit: () => void): boolean {
    fit();
    if (!this.geoHomes) return false;
    // Each fit's zoom fans the markers anew: fitted again until the zoom settles (a pass or two).
    for (let i = 0, was = 0; i < 3 && Math.abs(this.cy.zoom() - was) > was * 0.01; i++) {
      was = this.cy.zoom();
      this.relabel();
      fit();
    }
    this.relabel();
    return true;
  }

  /** Screen-constant label size, then hide the labels that would collide (lower-ranked first). */
  relabel(force = false, overlays = true): void {
    if (force) this.styledZoom = 0;
    if (this.large) return;
    const zoom = this.cy.zoom();
    // The stylesheet's font sizes are functions of the zoom: re-evaluate them.
    // Drawn again at a new zoom, and when the nodes kept out of clusters change (a path found, a
    // selection): a node of the path or selected is never hidden inside a cluster; and when the
    // nodes shown change (a filter).
    // And once the map's land is known (markers moved aside are set on land, not at sea).
    const land = this.basemap.landFor(this.mapProjection);
    const kept = this.geoHomes ? `${keptKey(this.cy)}|${land ? 'land' : ''}` : '';
    if (zoom !== this.styledZoom || kept !== this.keptMarkers) {
      const restyle = zoom !== this.styledZoom;
      this.styledZoom = zoom;
      this.keptMarkers = kept;
      if (restyle) this.cy.style().update();
      if (this.geoHomes) this.basemap.setLeaders(placeMarkers(this.cy, this.geoHomes, land));
      if (this.geoHomes && overlays) markersPlaced.value++;
    }
    declutterLabels(this.cy, { overlays });
    this.placeMapText(overlays);
  }

  /**
   * Country names and the counts on lines to clusters keep clear of the markers, the shown names and
   * (on screen) what floats over the canvas: a name placed under the legend is a name not seen. Again
   * whenever the names move (a hover shows the neighbours': "×3" then stood 2 px after one).
   */
  placeMapText(overlays = true): void {
    if (!this.basemap.current) return;
    this.basemap.setNameLeaders(calloutLeaders(this.cy));
    const covers = overlays ? canvasCovers(this.cy) : [];
    this.basemap.placeNames([...drawnBoxes(this.cy), ...covers]);
  }

  /**
   * The canvas's nodes now stand at their true points (a share link or a story view restored), under
   * the map (`onMap`) or not: the map's markers are marked, fanned and gathered for this zoom as a
   * layout would have left them, or cleared.
   */
  adoptMap(onMap = true): void {
    if (onMap) snapToLayout(mapNodes(this.cy), this.cy.nodes());
    this.markGeo(onMap ? mapNodes(this.cy) : null);
    this.relabel(true);
  }

  /** A cluster on the map was clicked: zoom in on its members until it splits. */
  zoomIntoCluster(node: cytoscape.NodeSingular): void {
    if (this.geoHomes) zoomIntoCluster(this.cy, node, this.geoHomes, freeRegion(this.cy), () => this.relabel());
  }

  /**
   * The map under the geographic layout, through the same projection; other layouts have none. The
   * one place a projection is chosen for the canvas, from the map's nodes (mapNodes): off-map marks
   * (markGeo) are read through the same one, so a place marked off the map is never drawn inside the disc (a shared map drawn for every node put Singapore
   * inside a larger disc). Resolves once the map is drawn.
   */
  syncBasemap(name: LayoutName, nodes: cytoscape.NodeCollection = mapNodes(this.cy)): Promise<void> {
    this.layoutName = name;
    const projection = name === 'geo' ? projectionFor(nodes) : undefined;
    this.mapProjection = projection;
    // The markers placed before the countries came are placed again on their land.
    if (projection) return this.basemap.show(projection).then(() => this.relabel());
    this.basemap.hide();
    return Promise.resolve();
  }

  private setLarge(large: boolean): void {
    this.large = large;
    this.applyStylesheet();
    // Cytoscape reads these viewport options live from the core's private options.
    const opts = (this.cy as unknown as { _private: { options: Record<string, unknown> } })._private.options;
    opts.textureOnViewport = large;
    opts.hideEdgesOnViewport = large;
    drawLabelsStraight(this.cy, !large);
  }

  /** The map's markers: their true points are where the geographic layout just put them. */
  private markGeo(nodes: cytoscape.NodeCollection | null): void {
    if (!nodes && !this.geoHomes) return; // not under the map, and was not
    this.cy.nodes('.geo-marker').removeClass('geo-marker geo-derived geo-offmap');
    this.cy.edges('.geo-link').removeClass('geo-link');
    clearMarkers(this.cy);
    this.basemap.setLeaders(null);
    this.geoHomes = nodes && new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
    markMapNodes(this.cy, nodes, this.geoHomes);
    this.styledZoom = 0; // fan out for the zoom the fit chooses
  }

  private applyStylesheet(): void {
    this.cy.style(stylesheet({ edgeLabels: this.style.edgeLabels, large: this.large }));
  }

  /** Lays out the visible elements; `incremental` keeps current positions as the start (after an expand). */
  layout(name: LayoutName = this.layoutName, opts: { incremental?: boolean; fit?: boolean } = {}): Promise<void> {
    this.layoutName = name;
    const eles = shown(this.cy.elements());
    if (eles.empty()) return Promise.resolve();
    this.running?.stop();
    this.syncBasemap(name).catch(() => undefined); // said by basemapFailed
    const token = ++this.layoutToken;
    const done = this.runLayout(name, eles, !!opts.incremental).then(async () => {
      // Labels keep their size on screen, so the room they take in the layout depends on the zoom
      // it is shown at: a small force layout runs a second, incremental pass with the labels sized
      // for the zoom the first pass is fitted at.
      const zoomBefore = opts.incremental ? this.cy.zoom() : 1; // a fresh pass sizes names for zoom 1
      this.finishLayout(name, eles, opts);
      const small = eles.length < 400;
      if (name !== 'fcose' || opts.incremental || !small || token !== this.layoutToken) return;
      if (Math.abs(this.cy.zoom() / zoomBefore - 1) < 0.1) return;
      this.relabel(true);
      await this.runLayout(name, eles, true);
      this.finishLayout(name, eles, opts);
    });
    this.settled = done.then(() => {
      if (token === this.layoutToken) this.running = undefined;
    });
    return done;
  }

  private runLayout(
    name: LayoutName,
    eles: cytoscape.CollectionReturnValue,
    incremental: boolean,
  ): Promise<cytoscape.Layouts> {
    // Nodes with no link on the canvas are set aside in rows under the graph rather than floating
    // among it (and a large force layout would lay each one out as a component of its own).
    let isolated = ASIDE_LAYOUTS.has(name) ? unlinkedNodes(eles) : this.cy.collection();
    if (isolated.length >= eles.nodes().length - 1) isolated = this.cy.collection(); // nothing to set aside from
    const laidOut = isolated.empty() ? eles : eles.not(isolated);
    const options = layoutOptions(this.cy, name, laidOut, mapNodes(this.cy));
    if (incremental && name === 'fcose') Object.assign(options, { randomize: false });
    // We fit ourselves, into the part of the canvas no panel or legend covers.
    Object.assign(options, { fit: false, animate: false });
    // A large fresh force layout leaves out the nodes hanging on one neighbour; they are set around it after.
    const leaves = name === 'fcose' && !incremental && laidOut.length > BIG_GRAPH ? hangingLeaves(laidOut) : new Map();
    const hanging = leaves.size ? laidOut.nodes().filter((n) => leaves.has(n.id())) : this.cy.collection();
    const core = hanging.empty() ? laidOut : laidOut.not(hanging.union(hanging.connectedEdges()));
    const restore =
      name === 'fcose'
        ? startForceLayout(this.cy, laidOut.nodes(), { fresh: !incremental, sizeNames: !this.large })
        : undefined;
    const layout = core.layout(options);
    this.running = layout;
    // Pinned nodes are locked only while a layout runs: the user can still drag them. The map sets
    // every node by its coordinates or links, pinned or not: a place pinned in the force layout
    // would otherwise stand at its force position, read as a real spot (Laos in the sea).
    const pinned = (name === 'geo' ? this.cy.collection() : laidOut.nodes('.pinned')).lock();
    const stopped = new Promise<cytoscape.Layouts>((resolve) =>
      layout.one('layoutstop', () => {
        pinned.unlock();
        placeLeaves(this.cy, leaves);
        if (isolated.nonempty()) setAside(this.cy, isolated, laidOut.nodes(), this.large);
        resolve(layout);
      }),
    );
    withSeededRandom(() => layout.run());
    if (restore) {
      restore();
      this.styledZoom = 0; // names were styled for the zoom the layout sized them at
    }
    return stopped;
  }

  private finishLayout(
    name: LayoutName,
    eles: cytoscape.CollectionReturnValue,
    opts: { incremental?: boolean; fit?: boolean },
  ): void {
    this.markGeo(name === 'geo' ? mapNodes(this.cy) : null);
    const shaped =
      !opts.incremental && (name === 'fcose' || name === 'concentric') ? shapeToFreeRegion(this.cy, eles) : undefined;
    // The map draws places at their points (its fan and clusters keep markers apart there).
    const separated = name !== 'geo' && separateOverlaps(eles.nodes());
    // A large graph is fitted to the bounds shaping has just measured rather than read again from every node.
    if (opts.fit !== false) fitView(this.cy, eles, undefined, undefined, false, separated ? undefined : shaped);
    this.relabel();
    // The map's markers, fanned and gathered for the zoom just taken, reach beyond their true points
    // (a fan, an off-map mark): the map is fitted again to where they are drawn, as Fit does (walk 8, 4).
    if (name === 'geo' && opts.fit !== false) this.fit();
  }
}
