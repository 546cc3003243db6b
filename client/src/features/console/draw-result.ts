// A console or named-query result on the canvas: its nodes and relationships, the ends of any
// relationship it returned without them, and (for node-only results and named queries) the links
// between what it returned and the entities it was asked about; laid out, one undo step, then what
// the rows returned is highlighted (the rest, context links included, faded) and fitted at a sane
// zoom (app/highlight.ts). Nothing is selected: a result is shown, not chosen. A result re-run
// under another panel (a share link's) is only read: its names and what of it the canvas holds.
import type { CypherResponse, Elements } from '../../../../common/wire.ts';
import { api } from '../../api/client.ts';
import { afterCanvasChange, clearHighlight } from '../../app/canvas-actions.ts';
import { canvas, pushAdded } from '../../app/context.ts';
import { canvasChanged } from '../../app/store.ts';
import { fitResult, highlightResult } from '../../app/highlight.ts';
import { collectNames, relsWithUnknownEnds, type NameIndex } from './cells.ts';

/**
 * A result's relationships whose ends it did not return, with both ends: sent through the console's
 * endpoint like the query itself (Neo4j enforces read-only and the time limit), parameterised.
 */
const RELATIONSHIPS_WITH_ENDS = `// Relationships by element id, with both of their ends.
MATCH (a)-[r]->(b) WHERE elementId(r) IN $relElementIds
RETURN a, r, b`;

export interface DrawnResult {
  names: NameIndex;
  /** How many of its nodes and of its relationships were new on the canvas. */
  added: { nodes: number; edges: number };
  nodes: number;
  edges: number;
  /** What of the result the canvas holds: the highlight it set, or would set (ResultView asks whether it still shows). */
  ids: string[];
}

function merge(a: Elements, b: Elements): Elements {
  return { nodes: [...a.nodes, ...b.nodes], edges: [...a.edges, ...b.edges] };
}

/** A result's elements: what its rows returned (with their relationships' ends), and the context drawn with them. */
async function resultElements(
  res: CypherResponse,
  entityIds: string[],
): Promise<{ names: NameIndex; elements: Elements; shownAs: Elements }> {
  const names = collectNames(res.rows);
  let elements = res.elements;
  const missing = relsWithUnknownEnds(res.rows, names);
  if (missing.length) {
    const ends = await api.cypher(RELATIONSHIPS_WITH_ENDS, { relElementIds: missing });
    collectNames(ends.rows, names);
    elements = merge(elements, ends.elements);
  }
  // What the rows returned (with the ends of their relationships): exactly this is highlighted. A
  // node-only result also counts the links between its nodes (it has no relationship of its own).
  const returned = elements;
  const nodeOnly = elements.nodes.length > 1 && !elements.edges.length;
  if (entityIds.length || nodeOnly) {
    const ids = [...new Set([...elements.nodes.map((n) => n.data.id), ...entityIds])];
    elements = merge(elements, (await api.links(ids)).elements);
  }
  return { names, elements, shownAs: nodeOnly ? elements : returned };
}

const idsOf = (e: Elements) => new Set([...e.nodes.map((n) => n.data.id), ...e.edges.map((x) => x.data.id)]);

/**
 * `label`: the undo step's name; `name`: the highlight's, in words ("query Investment into a
 * province", "query result": an export's file name says it).
 */
export async function drawResult(
  res: CypherResponse,
  opts: { label: string; name: string; entityIds?: string[] },
): Promise<DrawnResult> {
  const { names, elements, shownAs } = await resultElements(res, opts.entityIds ?? []);
  const cv = canvas();
  clearHighlight();
  const wasEmpty = cv.cy.nodes().empty();
  const added = cv.add(elements);
  pushAdded(opts.label, added);
  afterCanvasChange();
  const ids = idsOf(shownAs);
  const drawn = () => cv.cy.elements().filter((e) => ids.has(e.id()));
  cv.cy.$(':selected').unselect();
  if (added.nonempty()) await cv.layout(undefined, { incremental: !wasEmpty, fit: false });
  highlightResult(cv.cy, drawn(), true, opts.name);
  canvasChanged();
  fitResult(cv.cy, drawn());
  const on = drawn();
  // Counted among the result's own nodes and relationships, as the summary says "N of them" (walk 22,
  // 6: "4 nodes and 2 relationships … 7 of them added": the links between them came along).
  const fresh = added.filter((e) => ids.has(e.id()));
  const newly = { nodes: fresh.nodes().length, edges: fresh.edges().length };
  return { names, added: newly, nodes: on.nodes().length, edges: on.edges().length, ids: on.map((e) => e.id()) };
}

/** The result read without drawing it: the canvas keeps its view (and another panel's highlight). */
export async function readResult(res: CypherResponse, entityIds: string[] = []): Promise<DrawnResult> {
  const { names, shownAs } = await resultElements(res, entityIds);
  const ids = idsOf(shownAs);
  const there = canvas()
    .cy.elements()
    .filter((e) => ids.has(e.id()));
  return {
    names,
    added: { nodes: 0, edges: 0 },
    nodes: there.nodes().length,
    edges: there.edges().length,
    ids: there.map((e) => e.id()),
  };
}
