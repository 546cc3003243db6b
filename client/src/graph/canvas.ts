// The Cytoscape wrapper, kept small: owns the `cy` instance, adds elements without duplicates,
// runs layouts and restyles. Filters, sizing, labels, input and export live in their own modules.
import { shown } from './filters.ts';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EdgeElement, Elements, NodeElement } from '../../../common/wire.ts';
import type { LayoutName, StyleState } from '../events.ts';
import { displayLabel, type Labelled } from './labels.ts';
import { layoutOptions } from './layouts.ts';
import { applySizes } from './sizing.ts';
import { BIG_GRAPH, stylesheet } from './style.ts';

cytoscape.use(fcose);

export class Canvas {
  readonly cy: cytoscape.Core;
  style: StyleState = { sizeBy: 'degree', labelMode: 'canonical', edgeLabels: false };
  layoutName: LayoutName = 'fcose';
  private large = false;
  private running: cytoscape.Layouts | undefined;
  private settled: Promise<void> = Promise.resolve();

  /** Resolves when no layout is moving nodes (a share link must capture final positions). */
  idle(): Promise<void> {
    return this.settled;
  }

  constructor(container: HTMLElement) {
    this.cy = cytoscape({
      container,
      style: stylesheet({ edgeLabels: false, large: false }),
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 6,
      boxSelectionEnabled: true,
      // Viewport options for big graphs: rendering stays responsive while panning and zooming.
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      pixelRatio: 'auto',
    });
  }

  /** Adds what is not on the canvas yet; edges only when both ends are there. Returns what was added. */
  add(elements: Elements, near?: { x: number; y: number }): cytoscape.CollectionReturnValue {
    const cy = this.cy;
    const fresh: cytoscape.ElementDefinition[] = [];
    const have = new Set<string>(cy.nodes().map((n) => n.id()));
    elements.nodes.forEach((n: NodeElement, i) => {
      if (cy.getElementById(n.data.id).nonempty() || fresh.some((f) => f.data.id === n.data.id)) return;
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
    const added = cy.add(fresh);
    this.afterChange();
    return added;
  }

  /** Re-adds exactly what a share link or undo holds, positions and classes included. */
  restore(defs: cytoscape.ElementDefinition[]): cytoscape.CollectionReturnValue {
    const added = this.cy.add(defs.map((d) => (d.group === 'nodes' ? { ...d, data: { ...d.data, display: displayLabel(d.data as Labelled, this.style.labelMode) } } : d)));
    this.afterChange();
    return added;
  }

  afterChange(): void {
    const large = this.cy.elements().length > BIG_GRAPH;
    if (large !== this.large) {
      this.large = large;
      this.applyStylesheet();
      // Cytoscape reads these viewport options live from the core's private options.
      const opts = (this.cy as unknown as { _private: { options: Record<string, unknown> } })._private.options;
      opts.textureOnViewport = large;
      opts.hideEdgesOnViewport = large;
    }
    applySizes(this.cy, this.style.sizeBy);
  }

  setStyle(style: StyleState): void {
    const labelsChanged = style.labelMode !== this.style.labelMode;
    const edgeLabelsChanged = style.edgeLabels !== this.style.edgeLabels;
    this.style = { ...style };
    if (labelsChanged) this.cy.batch(() => this.cy.nodes().forEach((n) => void n.data('display', displayLabel(n.data(), style.labelMode))));
    if (edgeLabelsChanged) this.applyStylesheet();
    applySizes(this.cy, style.sizeBy);
  }

  private applyStylesheet(): void {
    this.cy.style(stylesheet({ edgeLabels: this.style.edgeLabels, large: this.large }));
  }

  /** Lays out the visible elements; `incremental` keeps current positions as the start (after an expand). */
  layout(name: LayoutName = this.layoutName, opts: { incremental?: boolean } = {}): Promise<void> {
    this.layoutName = name;
    const eles = shown(this.cy.elements());
    if (eles.empty()) return Promise.resolve();
    this.running?.stop();
    const options = layoutOptions(this.cy, name, eles);
    if (opts.incremental && name === 'fcose') Object.assign(options, { randomize: false });
    const layout = eles.layout(options);
    const done = new Promise<void>((resolve) =>
      layout.one('layoutstop', () => {
        if (this.cy.zoom() > 1.4) fitView(this.cy, eles);
        resolve();
      }),
    );
    this.running = layout;
    this.settled = done.then(() => {
      if (this.running === layout) this.running = undefined;
    });
    layout.run();
    return done;
  }
}

/** Fit to the given elements without blowing two nodes up to fill the screen. */
export function fitView(cy: cytoscape.Core, eles: cytoscape.CollectionArgument = shown(cy.elements()), padding = 50): void {
  cy.fit(eles, padding);
  if (cy.zoom() > 1.4) {
    cy.zoom(1.4);
    cy.center(eles);
  }
}

/** After the canvas element changes size (a panel opened or closed), keep the same point in the middle. */
export function resizeKeepingCenter(cy: cytoscape.Core): void {
  const before = { w: cy.width(), h: cy.height() };
  const pan = cy.pan();
  const zoom = cy.zoom();
  const center = { x: (before.w / 2 - pan.x) / zoom, y: (before.h / 2 - pan.y) / zoom };
  cy.resize();
  cy.pan({ x: cy.width() / 2 - center.x * zoom, y: cy.height() / 2 - center.y * zoom });
}
