// The context menu (right-click or long-press on a node or link, or the Menu key on the focused
// node): expand by type, pin, select neighbours, find paths from here, open sources, hide, remove:
// what the selection bar offers for a selection, here for the element under the pointer (walk 11, 11).
import { signal } from '@preact/signals';
import type cytoscape from 'cytoscape';
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { EdgeType } from '../../../../common/model.ts';
import { api } from '../../api/client.ts';
import { hideElements, removeElements, selectNeighbors, togglePin } from '../../app/canvas-actions.ts';
import { canvasEmpty } from '../../app/canvas-empty.ts';
import { canvas } from '../../app/context.ts';
import { showDetails } from '../../app/store.ts';
import { readArticle } from '../details/article.ts';
import { expandNode } from '../expand/expand.ts';
import { pathFrom } from '../paths/path-request.ts';
import { saveViewFromCanvas } from '../present/StoryPanel.tsx';
import { focusCanvas } from './keyboard-nav.ts';
import { edgeStatementOf } from '../../ui/edge-statement.tsx';

export const menuAt = signal<{ id: string; x: number; y: number } | null>(null);
/** menuAt's id for the menu of the canvas itself (a right-click on no node or link). */
export const CANVAS_MENU = '';
/** The node's links in the graph by type, for "Expand by type" (only the types it has). */
const linkTypes = signal<{ id: string; counts: [EdgeType, number][] } | null>(null);

async function loadLinkTypes(id: string): Promise<void> {
  if (linkTypes.value?.id === id) return;
  linkTypes.value = null;
  try {
    const res = await api.node(id);
    const byType = new Map<string, Set<string>>();
    for (const c of res.edges)
      (byType.get(c.edge.data.type) ?? byType.set(c.edge.data.type, new Set()).get(c.edge.data.type)!).add(
        c.edge.data.id,
      );
    const counts = [...byType].map(([t, ids]) => [t as EdgeType, ids.size] as [EdgeType, number]);
    if (menuAt.value?.id === id) linkTypes.value = { id, counts: counts.sort((a, b) => b[1] - a[1]) };
  } catch {
    linkTypes.value = null;
  }
}

export function closeMenu(): boolean {
  if (!menuAt.value) return false;
  menuAt.value = null;
  return true;
}

/**
 * Keeps the menu inside the window: it opens upward when there is no room below the pointer, to
 * the left when there is none on the right, and scrolls when the window is shorter than the menu.
 */
function placeInside(menu: HTMLElement, at: { x: number; y: number }): void {
  const margin = 4;
  const host = (menu.offsetParent ?? document.body).getBoundingClientRect();
  menu.style.maxHeight = `${window.innerHeight - 2 * margin}px`;
  menu.style.overflowY = 'auto';
  const { width, height } = menu.getBoundingClientRect();
  let left = host.left + at.x;
  let top = host.top + at.y;
  if (left + width > window.innerWidth - margin) left = Math.max(margin, left - width);
  if (top + height > window.innerHeight - margin)
    top = Math.max(margin, Math.min(top, window.innerHeight - margin) - height);
  menu.style.left = `${left - host.left}px`;
  menu.style.top = `${top - host.top}px`;
}

/**
 * The clicked item's button is gone with the menu, and focus with it (to the page's body: the
 * arrows then did nothing). Unless the action took focus itself (a dialog, a panel), the keyboard
 * goes back to the canvas, on the node the menu was for while it is still shown.
 */
function keepKeyboard(id: string | undefined): void {
  requestAnimationFrame(() => {
    const at = document.activeElement;
    if (at && at !== document.body) return;
    const el = id ? canvas().cy.getElementById(id) : undefined;
    focusCanvas(el?.nonempty() && el.isNode() && el.visible() ? id : undefined);
  });
}

function Item(props: { label: string; run(): void; disabled?: boolean }) {
  return (
    <li role="none">
      <button
        type="button"
        role="menuitem"
        disabled={props.disabled}
        onClick={() => {
          const back = menuAt.peek()?.id;
          closeMenu();
          props.run();
          keepKeyboard(back);
        }}
      >
        {props.label}
      </button>
    </li>
  );
}

const menuItems = (menu: HTMLElement | null): HTMLButtonElement[] =>
  menu ? [...menu.querySelectorAll<HTMLButtonElement>('button[role="menuitem"]:not(:disabled)')] : [];

/** Arrows (and Home/End) move between the items, Esc closes the menu and gives focus back to the node. */
function menuKey(ev: KeyboardEvent, id: string): void {
  const items = menuItems(ev.currentTarget as HTMLElement);
  const at = items.indexOf(document.activeElement as HTMLButtonElement);
  const step: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 };
  if (ev.key in step && items.length) {
    ev.preventDefault();
    items[(step[ev.key]! + items.length) % items.length]!.focus();
  } else if (ev.key === 'Escape' || ev.key === 'Tab') {
    ev.preventDefault();
    closeMenu();
    const el = canvas().cy.getElementById(id);
    // Back to the node it was opened on (a link: back to the canvas), the view as it was.
    focusCanvas(el.nonempty() && el.isNode() ? id : undefined, true);
  }
}

export function ContextMenu() {
  const at = menuAt.value;
  const ref = useRef<HTMLUListElement>(null);
  const types = at && linkTypes.value?.id === at.id ? linkTypes.value.counts : [];
  useLayoutEffect(() => void (ref.current && at && placeInside(ref.current, at)), [at, types.length]);
  const el = at && (canvas().cy.getElementById(at.id) as cytoscape.SingularElementReturnValue);
  useEffect(() => void (at && el?.nonempty() && el.isNode() && loadLinkTypes(at.id)), [at?.id]);
  // A menu takes the keyboard when it opens (as a desktop menu does): its first item has focus.
  useEffect(() => void (at && menuItems(ref.current)[0]?.focus()), [at?.id, at?.x, at?.y]);
  if (at?.id === CANVAS_MENU) return <CanvasMenu at={at} menuRef={ref} />;
  if (!at || !el || el.empty()) return null;
  const d = el.data() as Record<string, string>;
  const isNode = el.isNode();
  // A link by what it states, in its direction (walk 24, 6: the menu said only "INVESTED_IN").
  const name = isNode ? String(d.label) : edgeStatementOf(el as unknown as cytoscape.EdgeSingular);
  return (
    <ul
      ref={ref}
      id="context-menu"
      class="context-menu"
      role="menu"
      aria-label={`Actions for ${name}`}
      style={{ left: `${at.x}px`, top: `${at.y}px` }}
      onKeyDown={(ev) => menuKey(ev, at.id)}
    >
      <li class="menu-title" role="none">
        {name}
      </li>
      {isNode ? (
        <>
          <Item label="Expand all links" run={() => void expandNode(at.id)} />
          <li role="none" class="submenu">
            <span>Expand by type</span>
            <ul role="menu">
              {types.length ? (
                types.map(([t, n]) => <Item label={`${t} (${n})`} run={() => void expandNode(at.id, [t])} />)
              ) : (
                <Item label="reading its links…" disabled run={() => undefined} />
              )}
            </ul>
          </li>
          <Item
            label={el.hasClass('pinned') ? 'Unpin' : 'Pin'}
            run={() => togglePin(el.nodes() as unknown as cytoscape.NodeCollection)}
          />
          <Item
            label="Select neighbours"
            run={() => selectNeighbors(el.nodes() as unknown as cytoscape.NodeCollection)}
          />
          <Item label="Find paths from here" run={() => pathFrom(el.data())} />
        </>
      ) : (
        <Item
          label="Open the source"
          disabled={!d.article || d.basis === 'reference'}
          run={() => readArticle(d.article!, d.quote, edgeStatementOf(el as cytoscape.EdgeSingular))}
        />
      )}
      <Item
        label="Details and sources"
        run={() => (
          canvas().cy.$(':selected').unselect(),
          el.select(),
          showDetails({ id: at.id, group: isNode ? 'nodes' : 'edges' }, true)
        )}
      />
      <Item label="Hide" run={() => hideElements(el as unknown as cytoscape.CollectionReturnValue)} />
      <Item label="Remove" run={() => removeElements(el as unknown as cytoscape.CollectionReturnValue)} />
    </ul>
  );
}

/** The canvas's own menu: what acts on the view as a whole. */
function CanvasMenu(props: { at: { x: number; y: number }; menuRef: RefObject<HTMLUListElement | null> }) {
  const empty = canvasEmpty();
  return (
    <ul
      ref={props.menuRef}
      id="context-menu"
      class="context-menu"
      role="menu"
      aria-label="Actions for the view"
      style={{ left: `${props.at.x}px`, top: `${props.at.y}px` }}
      onKeyDown={(ev) => menuKey(ev, CANVAS_MENU)}
    >
      <li class="menu-title" role="none">
        This view
      </li>
      <Item label="Save to the story" disabled={empty} run={saveViewFromCanvas} />
      <Item label="Fit" disabled={empty} run={() => canvas().fit()} />
    </ul>
  );
}
