// Keyboard reach to nodes: the canvas takes focus (Tab), arrows move between neighbours in the
// arrow's direction (to the nearest node there if the focused one has no neighbour that way),
// Enter shows details, Delete hides (nothing is selected in its place; the next arrow goes on from
// where it was), Space selects, the Menu key (or Shift+F10) opens the menu.
// Keyboard and selection are one truth, so the selection bar names what Delete and Enter act on:
// the node the keyboard moves to becomes the selection (Shift+arrow adds it), and a selection made
// any other way (a click, a search, a query) takes the keyboard with it, or drops it. The hint on
// the status line goes with its node when that node is hidden, filtered out or removed.
import type cytoscape from 'cytoscape';
import { hideElements } from '../../app/canvas-actions.ts';
import type { StatusMessage } from '../../app/types.ts';
import { details, setStatus, showDetails, status, statusAge } from '../../app/store.ts';
import { bringIntoView } from '../../canvas/fit.ts';
import { shown } from '../../canvas/visibility.ts';
import { zoomAt, ZOOM_STEP } from '../../canvas/wheel-zoom.ts';
import { menuAt } from './ContextMenu.tsx';
import { edgeStatementOf } from '../../ui/edge-statement.tsx';

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
let enterCanvas: (nodeId?: string, quiet?: boolean) => void = () => {};

/**
 * Focus on the canvas, on `nodeId` if given: the view pans only if the node is out of sight and
 * never zooms, so entering the graph does not move it under the reader's eyes. `quiet`: the keyboard
 * rests on the node without selecting it (a menu closed by Esc: selecting opened the details card,
 * which at 1024 covered the node, and the view jumped 255 px to bring it back, walk 34, B5).
 */
export function focusCanvas(nodeId?: string, quiet = false): void {
  enterCanvas(nodeId, quiet);
}

/**
 * After a step taken from a button or a key: if focus was lost (on the page's body, or on the button
 * the step disabled, as Redo is after the last redo) the canvas takes it (walk 34, C2: Ctrl+Shift+Z
 * on Redo left the keyboard on the page's body).
 */
export function keepKeyboardAfterStep(): void {
  requestAnimationFrame(() => {
    const at = document.activeElement as HTMLButtonElement | null;
    if (!at || at === document.body || at.disabled) focusCanvas();
  });
}

/**
 * Closes the details card. Focus inside it (its close button, "Read in the article" the reader gave
 * focus back to) goes to the canvas, on the node the card showed: removed with the card it fell to
 * the page's body, and the arrows did nothing (walk 11, 9).
 */
export function closeDetails(): void {
  const card = details.peek();
  const active = document.activeElement;
  const inCard = active === document.body || active?.closest('#details') != null;
  showDetails(null);
  if (inCard) focusCanvas(card?.group === 'nodes' ? card.id : undefined);
}

/** Hides `sel`; the status line names what went (`then`: what the keyboard does next). */
function hideSelection(sel: cytoscape.CollectionReturnValue, then = ''): void {
  const one = sel.length === 1 ? sel[0]! : null;
  const what = one?.isEdge()
    ? `the link ${edgeStatementOf(one)}`
    : one
      ? String(one.data('label'))
      : `${sel.length} selected elements`;
  hideElements(sel);
  setStatus({ kind: 'done', message: `Hid ${what} (Ctrl+Z brings it back, or "Show hidden").${then}` });
}

const KEYS_HINT = 'Arrow keys: move between nodes · Enter: details · Delete: hide · Tab: leave the canvas.';

/** Where the keyboard is, and the status-line hint that names it. */
class KeyboardFocus {
  node: cytoscape.NodeSingular | null = null;
  /** Whether the node had its ring when the canvas last lost focus (a menu opened by the Menu key). */
  ringOnBlur = false;
  /**
   * Where the keyboard was when Delete hid its node (and the node, for its neighbours): nothing is
   * selected in its place (as in Bloom or Linkurious), and the next arrow goes on from there.
   */
  left: { node: cytoscape.NodeSingular; at: { x: number; y: number } } | null = null;
  private hint: StatusMessage | null = null;
  /** True while the keyboard itself selects: its own selection changes do not move it. */
  private own = false;

  constructor(private readonly cy: cytoscape.Core) {}

  /** Runs `fn` as the keyboard's own selection change. */
  selecting<T>(fn: () => T): T {
    this.own = true;
    try {
      return fn();
    } finally {
      this.own = false;
    }
  }

  get selectingNow(): boolean {
    return this.own;
  }

  /** On `n` with its ring and hint; `n` becomes the selection (added to it with `extend`). */
  moveTo(n: cytoscape.NodeSingular, extend = false): void {
    this.node?.removeClass('keyboard-focus');
    this.node = n;
    this.left = null;
    n.addClass('keyboard-focus');
    this.selecting(() => {
      const sel = this.cy.$(':selected');
      if (!extend && !(sel.length === 1 && sel.same(n))) sel.unselect();
      n.select();
    });
    bringIntoView(this.cy, n);
    this.hint = {
      kind: 'info',
      message: `${n.data('label')} (${n.data('kind')}, ${linksText(n)}): arrows move, Enter details, Delete hides.`,
    };
    setStatus(this.hint);
  }

  /**
   * The canvas reached by keyboard, on no node yet: says how the keys reach the nodes (walk 16, 3:
   * nothing did, and a new user tabbed on past the canvas).
   */
  announceKeys(): void {
    // Not over what was just said: a menu's item gives the canvas its focus back after its action's
    // own line ("Filters folded to make room for the details…" went at once: walk 28, 7).
    if (statusAge() < 300 && status.peek()) return;
    this.hint = { kind: 'info', message: KEYS_HINT };
    setStatus(this.hint);
  }

  /** Leaving the canvas: the keys' hint goes if it is still showing (a node's stays with its ring's node). */
  forgetKeysHint(): void {
    if (this.hint?.message === KEYS_HINT && status.peek() === this.hint) setStatus(null);
  }

  /** Off the graph: no ring, and the hint goes if it is still showing. */
  drop(): void {
    const was = this.node;
    this.node = null; // first: the ring's removal is a class change the canvas reports back
    was?.removeClass('keyboard-focus');
    if (this.hint && status.peek() === this.hint) setStatus(null);
    this.hint = null;
  }

  /** Whether the keyboard is on a node the canvas shows. */
  get onShownNode(): boolean {
    return this.node !== null && !this.node.removed() && shown(this.node).nonempty();
  }

  /**
   * On `n` quietly (no ring until a key is pressed, no selection, no pan); a node the keyboard was
   * on already (its menu opened by the Menu key) gets its ring back.
   */
  restOn(n: cytoscape.NodeSingular): void {
    if (this.node?.same(n) && this.ringOnBlur) return this.moveTo(n);
    if (this.node?.same(n)) return;
    this.drop();
    this.node = n;
    this.left = null;
  }

  /**
   * A selection made other than by the keyboard: the keyboard follows a single shown node (quietly:
   * no ring until a key is pressed, no pan, no hint) and leaves anything else.
   */
  follow(): void {
    const sel = this.cy.$(':selected');
    const one =
      sel.length === 1 && sel[0]!.isNode() && shown(sel).nonempty() ? (sel[0] as cytoscape.NodeSingular) : null;
    if (one && this.node?.same(one)) return;
    this.drop();
    this.node = one;
    if (sel.nonempty()) this.left = null;
  }
}

/** Where the keyboard enters the graph: the selected node, a selected link's source, else the best-linked node. */
function entryNode(cy: cytoscape.Core, nodes: cytoscape.NodeCollection): cytoscape.NodeSingular {
  const sel = shown(cy.$(':selected'));
  const start = sel.nodes()[0] ?? sel.edges()[0]?.source();
  return start && nodes.contains(start) ? start : (nodes.max((n) => n.degree(false)).ele as cytoscape.NodeSingular);
}

/** Follows selections made elsewhere; lets go of a node that is hidden, filtered out or removed. */
function bindFollowing(cy: cytoscape.Core, kb: KeyboardFocus): void {
  let queued = false;
  cy.on('select unselect', () => {
    if (kb.selectingNow || queued) return;
    queued = true;
    // After the whole change (an unselect-all then a select is one choice).
    queueMicrotask(() => {
      queued = false;
      kb.follow();
    });
  });
  cy.on('class remove', 'node', (ev) => {
    if (kb.node && ev.target.same(kb.node) && !kb.onShownNode) kb.drop();
  });
  // A click on the background takes over from the keyboard.
  cy.on('tap', (ev) => {
    if (ev.target !== cy) return;
    kb.drop();
    kb.left = null;
  });
}

/**
 * Delete: what the selection bar names goes (the node the keyboard is on when nothing else is
 * selected), and nothing takes its place in the selection: a second Delete hides nothing the user
 * did not pick. The keyboard remembers where its node was, for the next arrow.
 */
function deleteSelection(kb: KeyboardFocus, selected: cytoscape.CollectionReturnValue): void {
  const on = kb.onShownNode ? kb.node : null;
  const target = on && selected.empty() ? (on as unknown as cytoscape.CollectionReturnValue) : selected;
  const keyboardGoes = on !== null && target.contains(on);
  kb.selecting(() => hideSelection(target, keyboardGoes ? ' Nothing selected: the arrows go on from there.' : ''));
  if (!keyboardGoes) return;
  kb.drop();
  kb.left = { node: on, at: { ...on.position() } };
}

/** The node an arrow goes to from `from` (a node, or where one was): a neighbour that way, else the nearest node that way. */
function arrowTarget(
  from: { node: cytoscape.NodeSingular; at: { x: number; y: number } },
  dir: [number, number],
  nodes: cytoscape.NodeCollection,
): string | undefined {
  const pick = (pool: cytoscape.NodeCollection) =>
    nextInDirection(
      from.at,
      dir,
      pool.map((n) => ({ id: n.id(), ...n.position() })),
    );
  return pick(shown(from.node.neighborhood('node'))) ?? pick(nodes.not(from.node));
}

/** The zoom keys the zoom buttons name ("Zoom in (+)"), with = and _ (the same keys unshifted). */
const ZOOM_KEYS: Record<string, number> = { '+': ZOOM_STEP, '=': ZOOM_STEP, '-': 1 / ZOOM_STEP, _: 1 / ZOOM_STEP };

function onKey(ev: KeyboardEvent, cy: cytoscape.Core, kb: KeyboardFocus): void {
  const nodes = shown(cy.nodes());
  if (nodes.empty()) return;
  if (ev.key in ZOOM_KEYS && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
    ev.preventDefault();
    return zoomAt(cy, ZOOM_KEYS[ev.key]!);
  }
  const selected = shown(cy.$(':selected'));
  if (ev.key === 'Delete' || ev.key === 'Backspace') {
    if (selected.empty() && !kb.onShownNode) return;
    ev.preventDefault();
    return deleteSelection(kb, selected);
  }
  const focused = kb.onShownNode ? kb.node! : null;
  if (!focused) {
    if (!(ev.key in DIRS) && ev.key !== 'Enter') return;
    ev.preventDefault();
    // Right after a Delete the arrows go on from where the hidden node was.
    const id = kb.left && selected.empty() && DIRS[ev.key] ? arrowTarget(kb.left, DIRS[ev.key]!, nodes) : undefined;
    return kb.moveTo(id ? (cy.getElementById(id) as cytoscape.NodeSingular) : entryNode(cy, nodes));
  }
  // A node the keyboard follows quietly (chosen by mouse) gets its ring with the first arrow.
  if (ev.key in DIRS && !focused.hasClass('keyboard-focus')) {
    ev.preventDefault();
    return kb.moveTo(focused);
  }
  const dir = DIRS[ev.key];
  if (dir) {
    ev.preventDefault();
    const id = arrowTarget({ node: focused, at: focused.position() }, dir, nodes);
    if (id) kb.moveTo(cy.getElementById(id) as cytoscape.NodeSingular, ev.shiftKey);
  } else if (ev.key === 'Enter') {
    ev.preventDefault();
    kb.moveTo(focused);
    showDetails({ id: focused.id(), group: 'nodes' }, true);
  } else if (ev.key === ' ') {
    ev.preventDefault();
    kb.selecting(() => (focused.selected() ? focused.unselect() : focused.select()));
  } else if (ev.key === 'ContextMenu' || (ev.shiftKey && ev.key === 'F10')) {
    ev.preventDefault();
    const r = focused.renderedPosition();
    menuAt.value = { id: focused.id(), x: r.x, y: r.y };
  }
}

export function bindKeyboardNav(cy: cytoscape.Core, host: HTMLElement): void {
  host.tabIndex = 0;
  host.setAttribute('role', 'application');
  host.setAttribute('aria-roledescription', 'graph canvas');
  const kb = new KeyboardFocus(cy);
  enterCanvas = (nodeId, quiet) => {
    host.focus({ preventScroll: true });
    const n = nodeId ? cy.getElementById(nodeId) : cy.collection();
    if (n.empty() || !n.isNode() || shown(n).empty()) return;
    if (quiet) return kb.restOn(n as unknown as cytoscape.NodeSingular);
    // A node within a larger selection (its neighbours, selected from the menu) keeps it whole.
    if (n.selected() && cy.$(':selected').length > 1) return;
    kb.moveTo(n as unknown as cytoscape.NodeSingular);
  };
  // Only a focus not made by a click gets the keys' hint: a click focuses the canvas too, and its
  // own status (a node's, an expansion's) would be overwritten.
  let byPointer = false;
  host.addEventListener('pointerdown', () => (byPointer = true), true);
  host.addEventListener('blur', () => {
    kb.ringOnBlur = !!kb.node?.hasClass('keyboard-focus');
    kb.node?.removeClass('keyboard-focus');
    kb.forgetKeysHint();
    byPointer = false;
  });
  host.addEventListener('focus', () => {
    if (!byPointer && !kb.onShownNode && shown(cy.nodes()).nonempty()) kb.announceKeys();
    byPointer = false;
  });
  bindFollowing(cy, kb);
  // A selection made with the mouse takes the keyboard with it (walk 9: Cytoscape's pointer
  // handling kept focus on the page's body, so Delete did nothing and Ctrl+Z undid an older step).
  // The keyboard follows the selection quietly (KeyboardFocus.follow): no ring, no pan.
  cy.on('tap cxttap boxend', () => {
    if (document.activeElement !== host) host.focus({ preventScroll: true });
  });
  host.addEventListener('keydown', (ev) => onKey(ev, cy, kb));
}

/**
 * A node's links as the hint says them: those shown, and those in the graph when there are more
 * ("0 links shown of 9": walk 27 read "Bắc Ninh (Province, 0 links)" as a node with no link at all).
 */
export function linksText(n: cytoscape.NodeSingular): string {
  const shownLinks = shown(n.connectedEdges()).length;
  const inGraph = typeof n.data('degree') === 'number' ? Number(n.data('degree')) : shownLinks;
  const plural = (k: number) => `${k} link${k === 1 ? '' : 's'}`;
  return inGraph > shownLinks ? `${plural(shownLinks)} shown of ${inGraph}` : plural(shownLinks);
}
