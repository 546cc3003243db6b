// The context menu (right-click or long-press on a node or link, or the Menu key on the focused
// node): expand by type, hide, pin, find paths from here, open sources.
import { signal } from '@preact/signals';
import type cytoscape from 'cytoscape';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { EdgeType } from '../../../../common/model.ts';
import { EDGE_TYPES } from '../../../../common/model.ts';
import { hideElements, togglePin } from '../../app/canvas-actions.ts';
import { canvas } from '../../app/context.ts';
import { showDetails } from '../../app/store.ts';
import { readArticle } from '../details/article.ts';
import { expandNode } from '../expand/expand.ts';
import { pathFrom } from '../paths/path-request.ts';

export const menuAt = signal<{ id: string; x: number; y: number } | null>(null);

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

function Item(props: { label: string; run(): void; disabled?: boolean }) {
  return (
    <li role="none">
      <button
        type="button"
        role="menuitem"
        disabled={props.disabled}
        onClick={() => {
          closeMenu();
          props.run();
        }}
      >
        {props.label}
      </button>
    </li>
  );
}

export function ContextMenu() {
  const at = menuAt.value;
  const ref = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => void (ref.current && at && placeInside(ref.current, at)), [at]);
  if (!at) return null;
  const el = canvas().cy.getElementById(at.id) as cytoscape.SingularElementReturnValue;
  if (el.empty()) return null;
  const d = el.data() as Record<string, string>;
  const isNode = el.isNode();
  const name = isNode ? String(d.label) : String(d.type);
  const types: EdgeType[] = [...EDGE_TYPES];
  return (
    <ul
      ref={ref}
      id="context-menu"
      class="context-menu"
      role="menu"
      aria-label={`Actions for ${name}`}
      style={{ left: `${at.x}px`, top: `${at.y}px` }}
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
              {types.map((t) => (
                <Item label={t} run={() => void expandNode(at.id, [t])} />
              ))}
            </ul>
          </li>
          <Item
            label={el.hasClass('pinned') ? 'Unpin' : 'Pin'}
            run={() => togglePin(el.nodes() as unknown as cytoscape.NodeCollection)}
          />
          <Item label="Find paths from here" run={() => pathFrom(el.data())} />
        </>
      ) : (
        <Item
          label="Open the source"
          disabled={!d.article || d.basis === 'reference'}
          run={() => readArticle(d.article!, d.quote)}
        />
      )}
      <Item
        label="Details and sources"
        run={() => (
          canvas().cy.$(':selected').unselect(),
          el.select(),
          showDetails({ id: at.id, group: isNode ? 'nodes' : 'edges' })
        )}
      />
      <Item label="Hide" run={() => hideElements(el as unknown as cytoscape.CollectionReturnValue)} />
    </ul>
  );
}
