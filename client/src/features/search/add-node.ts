// Putting a node found by search (or picked elsewhere) on the canvas: with its links to the nodes
// already there, as one step that Undo takes back; then it is selected and its details shown.
import type { EdgeElement, NodeElement } from '../../../../common/wire.ts';
import { afterCanvasChange, clearHighlight, errorText } from '../../app/canvas-actions.ts';
import { linksToCanvas } from '../../app/canvas-links.ts';
import { canvas, pushAdded } from '../../app/context.ts';
import { canvasChanged, filters, setStatus, showDetails } from '../../app/store.ts';
import { whyFiltered } from '../../canvas/visibility.ts';

export async function addNodeWithLinks(node: NodeElement): Promise<void> {
  const cv = canvas();
  const id = node.data.id;
  clearHighlight();
  let edges: EdgeElement[] = [];
  try {
    // Only the links whose other end is on the canvas already; the neighbours themselves stay out.
    edges = await linksToCanvas([id]);
  } catch (err) {
    setStatus({ kind: 'error', message: `${node.data.label} is added without its links: ${errorText(err)}` });
  }
  const first = cv.cy.nodes().empty();
  const anchor = cv.cy.nodes().filter((n) => edges.some((e) => e.data.source === n.id() || e.data.target === n.id()));
  const near = anchor.nonempty() ? anchor.boundingBox({}) : undefined;
  const added = cv.add(
    { nodes: [node], edges },
    near ? { x: (near.x1 + near.x2) / 2, y: (near.y1 + near.y2) / 2 } : undefined,
  );
  pushAdded(`add ${node.data.label}`, added);
  afterCanvasChange();
  const el = cv.cy.getElementById(id);
  cv.cy.$(':selected').unselect();
  // A node heading a cluster on the map cannot be selected as drawn (walk 10, 2: "Bắc Giang +1"
  // kept it, the card open and the bar saying "Nothing selected"): picked, it is selectable again
  // and, selected, kept out of the cluster (geo-markers.ts).
  if (!el.selectable()) el.selectify();
  el.select();
  const hiddenBecause = whyFiltered(el, filters.value);
  if (hiddenBecause)
    setStatus({ kind: 'info', message: `${el.data('display') ?? id} is on the canvas but hidden: ${hiddenBecause}.` });
  else if (added.edges().nonempty())
    setStatus({
      kind: 'done',
      message: `Added ${node.data.label} with ${added.edges().length} link${added.edges().length === 1 ? '' : 's'} to the canvas.`,
    });
  if (first) cv.cy.center(el);
  else if (added.nonempty()) await cv.layout(undefined, { incremental: true });
  // Picked from the search list while working in a panel (Filters, Export): the panel stays and the
  // card shows compact beside it where both do not fit (walk 11, 8: folding it sent the analyst
  // back to its tab after every name). With no panel open the card shows in full.
  showDetails({ id, group: 'nodes' });
  canvasChanged();
}
