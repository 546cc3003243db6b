// The selection bar, one row: what is selected, and the steps that apply to it. Node-only steps
// (expand, pin, select neighbours) are disabled unless a node is selected.
import { hideElements, removeElements, selectNeighbors, showHidden, togglePin } from '../../app/canvas-actions.ts';
import { canvas } from '../../app/context.ts';
import { canvasVersion, selection } from '../../app/store.ts';
import { expandNode } from '../expand/expand.ts';

export function SelectionBar() {
  void canvasVersion.value;
  const s = selection.value;
  const count = s.nodes.length + s.edges.length;
  const info =
    count === 0
      ? 'Nothing selected'
      : count === 1
        ? `Selected: ${s.label}`
        : `${s.nodes.length} nodes, ${s.edges.length} links selected`;
  const noNode = s.nodes.length === 0;
  const nothing = count === 0;
  const cy = canvas().cy;
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
        title="Expand neighbours (double-click a node)"
        onClick={() => s.nodes[0] && void expandNode(s.nodes[0])}
      >
        Expand
      </button>
      <button data-action="select-neighbors" disabled={noNode} onClick={() => selectNeighbors()}>
        Neighbours
      </button>
      <button data-action="pin" disabled={noNode} onClick={() => togglePin()}>
        {allPinned ? 'Unpin' : 'Pin'}
      </button>
      <button data-action="hide" disabled={nothing} onClick={() => hideElements()}>
        Hide
      </button>
      <button data-action="remove" disabled={nothing} onClick={() => removeElements()}>
        Remove
      </button>
      <button data-action="show-hidden" disabled={hiddenCount === 0} onClick={showHidden}>
        Show hidden{hiddenCount ? ` (${hiddenCount})` : ''}
      </button>
    </div>
  );
}
