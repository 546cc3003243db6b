// Keyboard reach to nodes: the canvas takes focus (Tab), arrows move between neighbours in the
// arrow's direction (to the nearest node there if the focused one has no neighbour that way),
// Enter shows details, Delete hides, Space selects, the Menu key (or Shift+F10) opens the menu.
import type cytoscape from 'cytoscape';
import { hideElements } from '../../app/canvas-actions.ts';
import { setStatus, showDetails } from '../../app/store.ts';
import { bringIntoView } from '../../canvas/fit.ts';
import { shown } from '../../canvas/visibility.ts';
import { menuAt } from './ContextMenu.tsx';

const DIRS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** The candidate best placed in direction (dx, dy) from `from`: small angle, then short distance. */
export function nextInDirection(
  from: { x: number; y: number },
  dir: [number, number],
  candidates: { id: string; x: number; y: number }[],
): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const c of candidates) {
    const vx = c.x - from.x;
    const vy = c.y - from.y;
    const d = Math.hypot(vx, vy);
    if (d < 1) continue;
    const cos = (vx * dir[0] + vy * dir[1]) / d;
    if (cos < 0.35) continue;
    const score = d * (2 - cos);
    if (!best || score < best.score) best = { id: c.id, score };
  }
  return best?.id;
}

/** Set by bindKeyboardNav: moves the keyboard into the canvas (from the skip link or a search). */
let enterCanvas: (nodeId?: string) => void = () => {};

/**
 * Focus on the canvas, on `nodeId` if given: the view pans only if the node is out of sight and
 * never zooms, so entering the graph does not move it under the reader's eyes.
 */
export function focusCanvas(nodeId?: string): void {
  enterCanvas(nodeId);
}

function hideSelection(sel: cytoscape.CollectionReturnValue): void {
  const what =
    sel.length === 1 && sel[0]!.isEdge()
      ? `the link ${sel[0]!.source().data('label')} —${sel[0]!.data('type')}→ ${sel[0]!.target().data('label')}`
      : `${sel.length} selected element${sel.length === 1 ? '' : 's'}`;
  hideElements(sel);
  setStatus({ kind: 'done', message: `Hid ${what} (Ctrl+Z brings it back, or "Show hidden").` });
}

/** Hides the node under the keyboard; the keyboard stays in the graph: on the nearest neighbour, else the nearest node. */
function hideAndMoveOn(gone: cytoscape.NodeSingular, nodes: cytoscape.NodeCollection): cytoscape.NodeSingular | null {
  const p = gone.position();
  const dist = (n: cytoscape.NodeSingular) => Math.hypot(n.position('x') - p.x, n.position('y') - p.y);
  const near = shown(gone.neighborhood('node'));
  const pool = near.nonempty() ? near : nodes.not(gone);
  hideElements(gone as unknown as cytoscape.CollectionReturnValue);
  const next = pool.nonempty() ? (pool.min(dist).ele as cytoscape.NodeSingular) : null;
  return next && shown(next).nonempty() ? next : null;
}

export function bindKeyboardNav(cy: cytoscape.Core, host: HTMLElement): void {
  host.tabIndex = 0;
  host.setAttribute('role', 'application');
  host.setAttribute('aria-roledescription', 'graph canvas');
  let focused: cytoscape.NodeSingular | null = null;
  enterCanvas = (nodeId) => {
    host.focus({ preventScroll: true });
    const n = nodeId ? cy.getElementById(nodeId) : cy.collection();
    if (n.nonempty() && n.isNode() && shown(n).nonempty()) focus(n as unknown as cytoscape.NodeSingular);
  };
  const focus = (n: cytoscape.NodeSingular) => {
    focused?.removeClass('keyboard-focus');
    focused = n;
    n.addClass('keyboard-focus');
    bringIntoView(cy, n);
    const links = shown(n.connectedEdges()).length;
    setStatus({
      kind: 'info',
      message: `${n.data('label')} (${n.data('kind')}, ${links} link${links === 1 ? '' : 's'}): arrows move, Enter details, Delete hides.`,
    });
  };
  host.addEventListener('blur', () => focused?.removeClass('keyboard-focus'));
  // A click or tap takes over from the keyboard: Delete then acts on the clicked selection, not on a
  // node the arrows reached earlier.
  cy.on('tap', () => {
    focused?.removeClass('keyboard-focus');
    focused = null;
  });
  host.addEventListener('keydown', (ev) => {
    const nodes = shown(cy.nodes());
    if (nodes.empty()) return;
    // Delete with something selected and no node under the keyboard (a clicked link, a box
    // selection): it hides the selection, as the Hide button does. A node the arrows reached wins:
    // the status line names it, so Delete, Enter and the Menu key act on it.
    const selected = cy.$(':selected');
    const keyboardOn = focused !== null && !focused.removed() && nodes.contains(focused);
    if ((ev.key === 'Delete' || ev.key === 'Backspace') && selected.nonempty() && !keyboardOn) {
      ev.preventDefault();
      return hideSelection(selected);
    }
    if (!focused || focused.removed() || !nodes.contains(focused)) {
      if (!(ev.key in DIRS) && ev.key !== 'Enter') return;
      ev.preventDefault();
      return focus(
        (cy.$('node:selected')[0] as cytoscape.NodeSingular | undefined) ??
          (nodes.max((n) => n.degree(false)).ele as cytoscape.NodeSingular),
      );
    }
    const dir = DIRS[ev.key];
    if (dir) {
      ev.preventDefault();
      const p = focused.position();
      const near = shown(focused.neighborhood('node'));
      const pick = (pool: cytoscape.NodeCollection) =>
        nextInDirection(
          p,
          dir,
          pool.map((n) => ({ id: n.id(), ...n.position() })),
        );
      const id = pick(near) ?? pick(nodes.not(focused));
      if (id) focus(cy.getElementById(id) as cytoscape.NodeSingular);
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      cy.$(':selected').unselect();
      focused.select();
      showDetails({ id: focused.id(), group: 'nodes' });
    } else if (ev.key === ' ') {
      ev.preventDefault();
      if (focused.selected()) focused.unselect();
      else focused.select();
    } else if (ev.key === 'Delete' || ev.key === 'Backspace') {
      ev.preventDefault();
      const gone = focused;
      focused = null;
      gone.removeClass('keyboard-focus');
      const next = hideAndMoveOn(gone, nodes);
      if (next) focus(next);
    } else if (ev.key === 'ContextMenu' || (ev.shiftKey && ev.key === 'F10')) {
      ev.preventDefault();
      const r = focused.renderedPosition();
      menuAt.value = { id: focused.id(), x: r.x, y: r.y };
    }
  });
}
