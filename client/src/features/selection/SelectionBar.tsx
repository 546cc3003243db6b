// The selection bar, one row: what is selected, and the steps that apply to it. Node-only steps
// (expand, pin, select neighbours) are disabled unless a node is selected. "Show hidden" lists
// what is hidden, to bring back one at a time or all.
import type cytoscape from 'cytoscape';
import { hideElements, removeElements, selectNeighbors, showHidden, togglePin } from '../../app/canvas-actions.ts';
import { canvas } from '../../app/context.ts';
import { namesHidden } from '../../canvas/names-hidden.ts';
import { canvasVersion, selection } from '../../app/store.ts';
import { expandNode } from '../expand/expand.ts';
import { edgeStatementOf } from '../../ui/edge-statement.tsx';

export function SelectionBar() {
  void canvasVersion.value;
  const s = selection.value;
  const count = s.nodes.length + s.edges.length;
  const cy = canvas().cy;
  // Kept selected while Play's year window leaves it out (walk 8, 10): the bar says it is not shown.
  const out = [...s.nodes, ...s.edges].filter((id) => cy.getElementById(id).hasClass('filtered')).length;
  const outText = !out ? '' : count === 1 ? ' (filtered out for now)' : ` (${out} filtered out for now)`;
  const info =
    (count === 0
      ? 'Nothing selected'
      : count === 1
        ? `Selected: ${s.label}`
        : `${s.nodes.length} nodes, ${s.edges.length} links selected`) + outText;
  // Expand, Neighbours and Pin act on selected nodes shown now; a node a filter leaves out waits (walk 14, 5).
  const noNode = s.nodes.every((id) => cy.getElementById(id).hasClass('filtered'));
  const nodeTitle = s.nodes.length > 0 && noNode ? 'Not shown now (filtered out)' : undefined;
  const nothing = count === 0;
  // What is selected is not on show now: hiding or removing it would act on nothing the user sees.
  const allOut = count > 0 && out === count;
  const outTitle = allOut ? 'Not shown now (filtered out): nothing to act on until a filter shows it' : '';
  // Hidden nodes, and links hidden on their own: a hidden node's links go with it, not counted apart.
  const hiddenCount =
    cy.$('node.hidden').length +
    cy.edges('.hidden').filter((e) => !e.source().hasClass('hidden') && !e.target().hasClass('hidden')).length;
  const allPinned = s.nodes.length > 0 && s.nodes.every((id) => cy.getElementById(id).hasClass('pinned'));
  return (
    <div class="node-actions" role="toolbar" aria-label="Selection">
      <span id="selection-info" title={info}>
        {info}
      </span>
      <button
        data-action="expand"
        disabled={noNode}
        title={nodeTitle ?? 'Expand neighbours (double-click a node)'}
        onClick={() => s.nodes[0] && void expandNode(s.nodes[0])}
      >
        Expand
      </button>
      <button
        data-action="select-neighbors"
        disabled={noNode}
        title={nodeTitle ?? 'Select the neighbours shown on the canvas (Expand adds the others)'}
        onClick={() => selectNeighbors()}
      >
        Neighbours
      </button>
      <button data-action="pin" disabled={noNode} title={nodeTitle} onClick={() => togglePin()}>
        {allPinned ? 'Unpin' : 'Pin'}
      </button>
      <button
        data-action="hide"
        disabled={nothing || allOut}
        title={outTitle || 'Hide the selection (Show hidden brings it back)'}
        onClick={() => hideElements()}
      >
        Hide
      </button>
      <button
        data-action="remove"
        disabled={nothing || allOut}
        title={outTitle || 'Remove the selection from the canvas'}
        onClick={() => removeElements()}
      >
        Remove
      </button>
      <HiddenMenu count={hiddenCount} />
      <NamesHidden />
    </div>
  );
}

/**
 * Names left out where they would overlap, said where the analyst looks (walk 34, B4: 11 of 56 nodes
 * unnamed at Fit, 17 at 1024, with no sign that names were left out or how to read them). Not "zoom
 * in": on the map a zoom opens clusters, and the count rose (walk 35, C1).
 */
function NamesHidden() {
  const n = namesHidden.value;
  if (!n) return null;
  return (
    <span
      id="names-hidden"
      title="Names that would overlap others are left out at this zoom: hover a node for its name and its neighbours', or zoom in on the part you read (on the map, a zoom also opens clusters, whose members bring names of their own)."
    >
      {n === 1 ? '1 name hidden' : `${n} names hidden`} (hover to read)
    </span>
  );
}

/** What is hidden, each to bring back on its own (a node with its links), and all at once. */
function HiddenMenu({ count }: { count: number }) {
  if (count === 0)
    return (
      <button data-action="show-hidden" disabled>
        Show hidden
      </button>
    );
  const cy = canvas().cy;
  const items = [
    ...cy.$('node.hidden').map((n) => ({ id: n.id(), text: String(n.data('label')) })),
    ...cy
      .edges('.hidden')
      .filter((e: cytoscape.EdgeSingular) => !e.source().hasClass('hidden') && !e.target().hasClass('hidden'))
      .map((e: cytoscape.EdgeSingular) => ({
        id: e.id(),
        text: edgeStatementOf(e),
      })),
  ].sort((a, b) => a.text.localeCompare(b.text));
  const close = (ev: Event) => (ev.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
  return (
    <details class="menu hidden-menu" id="hidden-menu">
      <summary data-action="show-hidden" title="What is hidden: show one again, or all">
        Show hidden ({count})
      </summary>
      <div class="menu-body stack">
        <button type="button" data-action="show-all-hidden" onClick={(ev) => (close(ev), showHidden())}>
          Show all ({count})
        </button>
        <ul class="hidden-list">
          {items.map(({ id, text }) => (
            <li key={id}>
              <button type="button" data-show-id={id} onClick={() => showHidden(cy.getElementById(id))}>
                {text}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
