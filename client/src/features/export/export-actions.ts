// What the export panel's buttons do: a PNG or SVG of the view (optional title, caption, legend,
// numbered sources: numbers on the cited edges with their list, the basemap under a map) and the view's data through
// the common writers, the same ones the server's /api/export uses. Each returns the note to show.
import { toCsv } from '../../../../common/export/csv.ts';
import { toCytoscapeJson } from '../../../../common/export/cytoscape-json.ts';
import { toGraphml } from '../../../../common/export/graphml.ts';
import { citedArticleIds } from '../../../../common/export/element-rows.ts';
import { api } from '../../api/client.ts';
import type cytoscape from 'cytoscape';
import { canvas } from '../../app/context.ts';
import { withSelectionUnmarked } from '../../canvas/chosen.ts';
import { shown } from '../../canvas/visibility.ts';
import type { Annotations } from './annotations.ts';
import { canvasElements } from './canvas-elements.ts';
import { canvasFileStem, download } from './download.ts';
import { inPictureView } from './picture-view.ts';
import { graphToPng, MAX_SIDE } from './png.ts';
import { citableEdges, sourcesFor, withCiteNumbers, type SourceEntry } from './sources.ts';
import { graphToSvg } from './svg.ts';

export interface PictureOptions extends Annotations {
  scale: number;
  background: 'white' | 'transparent';
}

export type DataFormat = 'json' | 'graphml' | 'nodes' | 'edges';

/** Numbers on the cited edges only with the list that explains them (a number with no list says nothing). */
const numberedIf = <T>(o: PictureOptions, cy: cytoscape.Core, list: SourceEntry[], fn: () => Promise<T> | T) =>
  o.sources ? withCiteNumbers(cy, list, fn) : Promise.resolve(fn());

export async function exportPng(o: PictureOptions): Promise<string> {
  const cy = canvas().cy;
  const list = await sourcesFor(citableEdges(cy));
  const res = await numberedIf(o, cy, list, () => graphToPng(cy, { ...o, basemap: canvas().basemap.current }, list));
  download(res.blob, `${canvasFileStem(o.title)}.png`);
  return (
    `PNG ${res.width}×${res.height} px` +
    (res.clamped
      ? ` — scale reduced to ${res.scaleUsed.toFixed(2)}× to stay within the browser's image size limit (${MAX_SIDE} px a side).`
      : '.')
  );
}

export async function exportSvg(o: PictureOptions): Promise<string> {
  const cy = canvas().cy;
  const list = await sourcesFor(citableEdges(cy));
  const basemap = canvas().basemap.current;
  // As the PNG takes its picture (png.ts): the selection's outlines off, its names kept.
  const text = await numberedIf(o, cy, list, () =>
    withSelectionUnmarked(cy, () =>
      // The map's lines to clusters as the picture's view placed them (with their source numbers), as the PNG's.
      inPictureView({ fitAll: !basemap }, () =>
        graphToSvg(cy, { ...o, basemap: basemap && { ...basemap, leaders: canvas().basemap.current?.leaders } }, list),
      ),
    ),
  );
  download(text, `${canvasFileStem(o.title)}.svg`, 'image/svg+xml');
  return 'SVG saved (vector, labels as text).';
}

export async function exportData(what: DataFormat, title: string): Promise<string> {
  const cy = canvas().cy;
  const stem = canvasFileStem(title);
  const drawn = canvasElements(cy, { positions: true });
  // Each citation with its article's headline and address, to be followed outside the app (walk 30, 2).
  const { articles } = await api.articleCatalogue(citedArticleIds(drawn.edges));
  const elements = { ...drawn, articles };
  if (what === 'json')
    download(toCytoscapeJson(elements, { name: title || undefined }), `${stem}.cyjs`, 'application/json');
  if (what === 'graphml') download(toGraphml(elements), `${stem}.graphml`, 'application/xml');
  if (what === 'nodes') download(toCsv(elements, 'nodes'), `${stem}-nodes.csv`, 'text/csv');
  if (what === 'edges') download(toCsv(elements, 'edges'), `${stem}-edges.csv`, 'text/csv');
  return `Saved ${shown(cy.nodes()).length} nodes and ${shown(cy.edges()).length} edges.`;
}
