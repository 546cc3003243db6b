// The canvas and the undo history, made once by main.tsx and reached from here by the features.
import type { Canvas } from '../canvas/canvas.ts';
import { History } from '../canvas/history.ts';
import { canvasChanged, redoLabel, undoLabel } from './store.ts';

let current: Canvas | undefined;

export function setCanvas(c: Canvas): void {
  current = c;
}

export function canvas(): Canvas {
  if (!current) throw new Error('the canvas is not mounted yet: main.tsx makes it before the views');
  return current;
}

export const history = new History((last, next) => {
  undoLabel.value = last?.label ?? null;
  redoLabel.value = next?.label ?? null;
});

/** Records a step that added elements: undo removes them again. */
export function pushAdded(label: string, added: ReturnType<Canvas['add']>): void {
  if (added.empty()) return;
  history.push({
    label,
    undo: () => {
      canvas().cy.remove(added);
      canvas().afterChange();
      canvasChanged();
    },
    redo: () => {
      added.restore();
      canvas().afterChange();
      canvasChanged();
    },
  });
}
