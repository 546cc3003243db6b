// One writer per format, for both sides: the file the server's /api/export gives for a selection is
// the file the explorer saves when the same elements are on its canvas (positions aside, which only
// the explorer has). The canvas here is a headless Cytoscape fed the /api/graph answer, read back
// through the explorer's own export adapter.
import cytoscape from 'cytoscape';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasElements } from '../../client/src/features/export/canvas-elements.ts';
import { toCsv } from '../../common/export/csv.ts';
import { toCytoscapeJson } from '../../common/export/cytoscape-json.ts';
import { toGraphml } from '../../common/export/graphml.ts';
import { ArticleCatalogueResponse, GraphResponse, type ArticleCatalogue } from '../../common/wire.ts';
import { citedArticleIds } from '../../common/export/element-rows.ts';
import { asText, seededApi, type ApiUnderTest } from '../api/api-app.ts';

let api: ApiUnderTest;
let canvas: cytoscape.Core;
const FILTER = 'types=SIGNED,INVESTED_IN,HOLDS_POST';

/** The server's file as text, whatever its content type. */
async function serverFile(query: string): Promise<string> {
  const res = await request(api.app).get(`/api/export?${query}&${FILTER}`).buffer(true).parse(asText).expect(200);
  return res.body as string;
}

beforeAll(async () => {
  api = await seededApi();
  const graph = GraphResponse.parse((await request(api.app).get(`/api/graph?${FILTER}`).expect(200)).body);
  canvas = cytoscape({ headless: true, elements: JSON.parse(JSON.stringify(graph.elements)) });
  // The canvas adds its own drawing fields; they must not reach a file: a display label and size, a
  // map cluster (walk 6, 15), numbered-source badges (drawn and left undrawn).
  canvas.nodes().forEach((n) => void n.data({ display: `${n.data('label')}!`, size: 42, mapCluster: { n: 2 } }));
  canvas.edges().forEach((e, i) => void e.data(i % 2 ? { cite: String(i) } : { citeUndrawn: String(i) }));
});
afterAll(async () => api?.db.close());

describe('the same selection exported by the server and by the explorer', () => {
  // As the explorer's Export does (export-actions.ts): the canvas's elements and the catalogue of the articles they cite.
  let catalogue: ArticleCatalogue = {};
  beforeAll(async () => {
    const ids = citedArticleIds(canvasElements(canvas, { positions: false }).edges);
    expect(ids.length).toBeGreaterThan(0);
    const res = await request(api.app).post('/api/articles/catalogue').send({ ids }).expect(200);
    catalogue = ArticleCatalogueResponse.parse(res.body).articles;
  });
  const explorer = () => ({ ...canvasElements(canvas, { positions: false }), articles: catalogue });

  it('is the same GraphML', async () => {
    const server = await serverFile('format=graphml');
    expect(server).toContain('<edge ');
    expect(toGraphml(explorer())).toBe(server);
  });

  it('is the same CSV, nodes and edges', async () => {
    for (const part of ['nodes', 'edges'] as const) {
      const server = await serverFile(`format=csv&part=${part}`);
      expect(server.split('\r\n').length).toBeGreaterThan(3);
      expect(toCsv(explorer(), part)).toBe(server);
    }
  });

  it('is the same Cytoscape JSON', async () => {
    const server = await serverFile('format=json');
    expect(JSON.parse(server).elements.edges.length).toBeGreaterThan(0);
    expect(toCytoscapeJson(explorer())).toBe(server);
  });

  it('adds the canvas positions only when asked, to the Cytoscape JSON alone, saying why (walk 6, 15)', () => {
    const withPositions = canvasElements(canvas, { positions: true });
    const cyjs = JSON.parse(toCytoscapeJson(withPositions));
    expect(cyjs.elements.nodes[0].position).toEqual(expect.objectContaining({ x: expect.any(Number) }));
    expect(cyjs.data.positions).toMatch(/not part of the data/);
    // The flat files carry the model's fields only: no x/y columns, the same as the server's.
    expect(toCsv(withPositions, 'nodes')).toBe(toCsv(canvasElements(canvas, { positions: false }), 'nodes'));
    expect(toGraphml(withPositions)).toBe(toGraphml(canvasElements(canvas, { positions: false })));
    expect(toGraphml(withPositions)).not.toMatch(/attr\.name="(x|y|cite|citeUndrawn|mapCluster)"/);
  });
});
