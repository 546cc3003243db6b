// Stories: save the canvas as a view (what is shown, where, at which zoom) with a title and a
// caption; present the views one by one with the chrome hidden and labels sized for a projector.
import { canvas } from '../../app/context.ts';
import { addStoryView, layoutName, present, presenting, setLayout, story } from '../../app/store.ts';
import type { LayoutName, StoryView } from '../../app/types.ts';
import { fitView } from '../../canvas/fit.ts';
import { labelScale } from '../../canvas/style.ts';
import { shown } from '../../canvas/visibility.ts';

export const PROJECTOR_SCALE = 1.6;

export function captureStoryView(title: string, caption: string): StoryView {
  const cy = canvas().cy;
  const nodes = shown(cy.nodes()).map((n) => ({
    id: n.id(),
    x: Math.round(n.position('x')),
    y: Math.round(n.position('y')),
  }));
  return { title, caption, nodes, zoom: cy.zoom(), pan: { ...cy.pan() }, layout: layoutName.peek() };
}

export function saveView(title = `View ${story.value.length + 1}`, caption = ''): void {
  addStoryView(captureStoryView(title, caption));
}

/** Shows a story view on the canvas: its nodes (and the links between them) where they were. */
export function applyView(view: StoryView, fit = true): void {
  const cy = canvas().cy;
  const ids = new Map(view.nodes.map((n) => [n.id, n]));
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const v = ids.get(n.id());
      n.toggleClass('hidden', !v);
      if (v) n.position({ x: v.x, y: v.y });
    });
    cy.edges().forEach((e) => void e.toggleClass('hidden', !ids.has(e.source().id()) || !ids.has(e.target().id())));
  });
  // The view's own layout, and the basemap only under the map (views saved before this default to force).
  const layout = view.layout ?? 'fcose';
  setLayout(layout);
  canvas().syncBasemap(layout);
  canvas().relabel(true);
  if (fit) fitView(cy);
  else cy.viewport({ zoom: view.zoom, pan: view.pan });
}

export function startPresenting(): void {
  if (!story.value.length) saveView('The canvas', '');
  present(0);
}

/** The working canvas before presenting (hidden elements, positions, viewport), given back after. */
let before: {
  hidden: Set<string>;
  pos: Map<string, { x: number; y: number }>;
  zoom: number;
  pan: { x: number; y: number };
  layout: LayoutName;
} | null = null;

function snapshot(): void {
  const cy = canvas().cy;
  before = {
    hidden: new Set(cy.$('.hidden').map((e) => e.id())),
    pos: new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
    zoom: cy.zoom(),
    pan: { ...cy.pan() },
    layout: layoutName.peek(),
  };
}

function giveBack(): void {
  if (!before) return;
  const cy = canvas().cy;
  const b = before;
  cy.batch(() => {
    cy.elements().forEach((e) => void e.toggleClass('hidden', b.hidden.has(e.id())));
    cy.nodes().forEach((n) => void (b.pos.has(n.id()) && n.position(b.pos.get(n.id())!)));
  });
  setLayout(b.layout);
  canvas().syncBasemap(b.layout);
  cy.viewport({ zoom: b.zoom, pan: b.pan });
  before = null;
}

/** Follows the store: the presenting class, the projector label size, the view on screen. */
export function syncPresentation(): void {
  const at = presenting.value;
  const on = at !== null;
  if (on && !before) snapshot();
  document.body.classList.toggle('presenting', on);
  labelScale.value = on ? PROJECTOR_SCALE : 1;
  const cv = canvas();
  cv.cy.resize();
  if (on) {
    cv.cy.$(':selected').unselect();
    const view = story.value[at];
    if (view) applyView(view);
  } else {
    giveBack();
    cv.relabel(true);
  }
}
