// The canvas and the undo history, made once by main.tsx and reached from here by the features.
import type { Canvas } from '../canvas/canvas.ts';
import { fitView, freeRegion } from '../canvas/fit.ts';
import { History } from '../canvas/history.ts';
import { shown } from '../canvas/visibility.ts';
import { canvasChanged, redoLabel, undoLabel } from './store.ts';

let current: Canvas | undefined;

export function setCanvas(c: Canvas): void {
  current = c;
}

export function canvas(): Canvas {
  if (!current) throw new Error('the canvas is not mounted yet: main.tsx makes it before the views');
  return current;
}

/** The canvas, or none before main.tsx made it. */
export function mountedCanvas(): Canvas | undefined {
  return current;
}

export const history = new History((last, next) => {
  undoLabel.value = last?.label ?? null;
  redoLabel.value = next?.label ?? null;
});

/**
 * After an undo or redo changed what is on the canvas: a graph left partly out of view, or shrunk
 * to a corner of it (undoing "Whole graph" left 5 tiny nodes), is fitted again; one that still
 * fills the view keeps the user's zoom.
 */
function refitIfLost(): void {
  const cy = canvas().cy;
  const els = shown(cy.elements());
  if (els.empty()) return;
  const bb = els.renderedBoundingBox({ includeLabels: false });
  const r = freeRegion(cy);
  const outside = bb.x1 < r.x || bb.y1 < r.y || bb.x2 > r.x + r.w || bb.y2 > r.y + r.h;
  const small = bb.w < r.w / 3 && bb.h < r.h / 3;
  if (outside || small) fitView(cy, els);
}

/** Records a step that added elements: undo removes them again. */
export function pushAdded(label: string, added: ReturnType<Canvas['add']>): void {
  if (added.empty()) return;
  history.push({
    label,
    undo: () => {
      canvas().cy.remove(added);
      canvas().afterChange();
      refitIfLost();
      canvasChanged();
    },
    redo: () => {
      added.restore();
      canvas().afterChange();
      refitIfLost();
      canvasChanged();
    },
  });
}
