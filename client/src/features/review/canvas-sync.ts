// After an approval or a retraction the canvas shows the graph as it now is: the approved
// article's facts come onto the canvas, and every link of the nodes its facts touch is read again
// (a fact now cited by one more or one fewer outlet, a conflict flagged or gone, a link or an
// entity that left the graph with the article).
import type { EdgeElement } from '../../../../common/wire.ts';
import { ApiError, api } from '../../api/client.ts';
import { afterCanvasChange } from '../../app/canvas-actions.ts';
import { canvas, pushAdded } from '../../app/context.ts';
import { forgetArticle } from '../details/article.ts';

/** Data fields the canvas sets on links itself (labels, citation numbers), not the server. */
const CANVAS_OWN = new Set(['display', 'size', 'cite', 'citeWith']);

/** The node ids of facts named "TYPE from to". */
export const endsOf = (facts: string[]): string[] => [...new Set(facts.flatMap((f) => f.split(' ').slice(1, 3)))];

export async function showApproved(articleId: string, facts: string[]): Promise<void> {
  forgetArticle(articleId);
  const article = await api.article(articleId);
  const cv = canvas();
  // New nodes start around the middle of the view; on an empty canvas there is nothing to keep, so
  // the layout starts afresh (an incremental one from a single point draws every node on one line).
  const wasEmpty = cv.cy.nodes().empty();
  const view = cv.cy.extent();
  const added = cv.add(
    article.elements,
    wasEmpty ? undefined : { x: (view.x1 + view.x2) / 2, y: (view.y1 + view.y2) / 2 },
  );
  pushAdded('approve article', added);
  await refreshNodes(endsOf(facts));
  if (added.nodes().nonempty()) await cv.layout(undefined, { incremental: !wasEmpty });
}

export async function showRetracted(articleId: string, facts: string[]): Promise<void> {
  forgetArticle(articleId);
  await refreshNodes(endsOf(facts));
}

/** Reads each node's links again and makes the canvas agree: gone links go, changed ones update. */
async function refreshNodes(ids: string[]): Promise<void> {
  const cy = canvas().cy;
  for (const id of ids) {
    const node = cy.getElementById(id);
    if (node.empty()) continue;
    let edges: EdgeElement[];
    try {
      edges = (await api.node(id)).edges.map((c) => c.edge);
    } catch (err) {
      // The entity left the graph with the article.
      if (err instanceof ApiError && err.status === 404) cy.remove(node);
      else throw err;
      continue;
    }
    const now = new Map(edges.map((e) => [e.data.id, e]));
    node.connectedEdges().forEach((e) => {
      const fresh = now.get(e.id());
      if (!fresh) return void cy.remove(e);
      // What the link no longer has goes (a conflict resolved); what the canvas adds itself stays.
      for (const k of Object.keys(e.data())) if (!(k in fresh.data) && !CANVAS_OWN.has(k)) e.removeData(k);
      e.data({ ...fresh.data });
    });
    canvas().add({ nodes: [], edges: edges.filter((e) => cy.getElementById(e.data.id).empty()) });
  }
  afterCanvasChange();
}
