import { toCsv } from '../../../common/export/csv.ts';
import { toCytoscapeJson } from '../../../common/export/cytoscape-json.ts';
import { toGraphml } from '../../../common/export/graphml.ts';
// The export panel: PNG (1-4x, white or transparent), SVG, Cytoscape JSON, GraphML and CSV of the
// current view, with an optional title, caption, legend and numbered sources on the pictures.
import { shown } from '../graph/filters.ts';
import { EDGE_TYPES, NODE_KINDS } from '../../../common/model.ts';
import { byId, h, type AppContext } from '../context.ts';
import type { Annotations } from '../export/annotations.ts';
import { download, fileStem } from '../export/download.ts';
import { graphToPng } from '../export/png.ts';
import { sourcesFor } from '../export/sources.ts';
import { graphToSvg } from '../export/svg.ts';
import { canvasElements } from '../export/canvas-elements.ts';

export function mountExportPanel(ctx: AppContext): void {
  const root = byId('panel-export');
  const title = h('input', { type: 'text', name: 'export-title', placeholder: 'e.g. Bắc Ninh and its Chinese partners' });
  const caption = h('textarea', { name: 'export-caption', rows: 2, placeholder: 'One or two sentences for the slide' });
  const legend = h('input', { type: 'checkbox', name: 'export-legend', checked: true });
  const sources = h('input', { type: 'checkbox', name: 'export-sources', checked: true });
  const scale = h('select', { name: 'export-scale' }, ...[1, 2, 3, 4].map((s) => h('option', { value: s, selected: s === 2 }, `${s}×`)));
  const bg = h('select', { name: 'export-bg' }, h('option', { value: 'white' }, 'white'), h('option', { value: 'transparent' }, 'transparent'));
  const note = h('p', { id: 'export-note', class: 'muted', role: 'status' });

  const annotations = (): Annotations => ({ title: title.value.trim() || undefined, caption: caption.value.trim() || undefined, legend: legend.checked, sources: sources.checked });
  const stem = () => fileStem(title.value);
  const guard = (fn: () => Promise<void> | void) => async () => {
    if (shown(ctx.canvas.cy.elements()).empty()) {
      note.textContent = 'The canvas is empty: put something on it first.';
      note.className = 'error';
      return;
    }
    note.className = 'muted';
    note.textContent = 'Exporting…';
    try {
      await fn();
    } catch (err) {
      note.className = 'error';
      note.textContent = `Export failed: ${err instanceof Error ? err.message : String(err)}`;
    }
  };

  const png = guard(async () => {
    const a = annotations();
    const src = a.sources ? await sourcesFor(shown(ctx.canvas.cy.edges())) : [];
    const res = await graphToPng(ctx.canvas.cy, { ...a, scale: Number(scale.value), background: bg.value as 'white' | 'transparent' }, src);
    download(res.blob, `${stem()}.png`);
    note.textContent = `PNG ${res.width}×${res.height} px` + (res.clamped ? ` — scale reduced to ${res.scaleUsed.toFixed(2)}× to stay within the browser's image size limit (${8000} px a side).` : '.');
  });
  const svg = guard(async () => {
    const a = annotations();
    const src = a.sources ? await sourcesFor(shown(ctx.canvas.cy.edges())) : [];
    download(graphToSvg(ctx.canvas.cy, { ...a, edgeLabels: ctx.canvas.style.edgeLabels, background: bg.value as 'white' | 'transparent' }, src), `${stem()}.svg`, 'image/svg+xml');
    note.textContent = 'SVG saved (vector, labels as text).';
  });
  const data = (what: 'json' | 'graphml' | 'nodes' | 'edges') =>
    guard(() => {
      const cy = ctx.canvas.cy;
      const elements = canvasElements(cy, { positions: true });
      if (what === 'json') download(toCytoscapeJson(elements, { name: title.value || undefined }), `${stem()}.cyjs`, 'application/json');
      if (what === 'graphml') download(toGraphml(elements), `${stem()}.graphml`, 'application/xml');
      if (what === 'nodes') download(toCsv(elements, 'nodes'), `${stem()}-nodes.csv`, 'text/csv');
      if (what === 'edges') download(toCsv(elements, 'edges'), `${stem()}-edges.csv`, 'text/csv');
      note.textContent = `Saved ${shown(cy.nodes()).length} nodes and ${shown(cy.edges()).length} edges.`;
    });

  const serverLinks = h('div', { class: 'row', id: 'server-export' });
  const renderServerLinks = () => {
    const f = ctx.filters();
    const q = new URLSearchParams();
    if (f.types.length < EDGE_TYPES.length) q.set('types', f.types.join(','));
    if (f.kinds.length < NODE_KINDS.length) q.set('kinds', f.kinds.join(','));
    if (f.fromYear !== null) q.set('since', String(f.fromYear));
    if (f.toYear !== null) q.set('until', String(f.toYear));
    const link = (label: string, params: Record<string, string>) => {
      const p = new URLSearchParams(q);
      for (const [k, v] of Object.entries(params)) p.set(k, v);
      return h('a', { href: `/api/export?${p}`, download: '' }, label);
    };
    serverLinks.replaceChildren(link('GraphML', { format: 'graphml' }), link('CSV nodes', { format: 'csv', part: 'nodes' }), link('CSV edges', { format: 'csv', part: 'edges' }), link('JSON', { format: 'json' }));
  };
  renderServerLinks();
  ctx.bus.on('filters:changed', renderServerLinks);

  root.replaceChildren(
    h('h2', {}, 'Export the view'),
    h(
      'div',
      { class: 'stack' },
      h('label', {}, 'Title', title),
      h('label', {}, 'Caption', caption),
      h('div', { class: 'row' }, h('label', {}, legend, ' legend'), h('label', {}, sources, ' numbered sources')),
      h('div', { class: 'row' }, h('label', {}, 'PNG scale ', scale), h('label', {}, 'background ', bg)),
      h('div', { class: 'row' }, h('button', { type: 'button', id: 'btn-export-png', class: 'primary', onclick: png }, 'PNG'), h('button', { type: 'button', id: 'btn-export-svg', class: 'primary', onclick: svg }, 'SVG')),
      h('h3', {}, 'Data'),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', id: 'btn-export-json', onclick: data('json') }, 'Cytoscape JSON'),
        h('button', { type: 'button', id: 'btn-export-graphml', onclick: data('graphml') }, 'GraphML'),
        h('button', { type: 'button', id: 'btn-export-nodes', onclick: data('nodes') }, 'CSV nodes'),
        h('button', { type: 'button', id: 'btn-export-edges', onclick: data('edges') }, 'CSV edges'),
      ),
      note,
      h('p', { class: 'muted' }, 'Exports hold what is visible on the canvas (filtered and hidden elements are left out).'),
      h('h3', {}, 'Whole graph from the server'),
      serverLinks,
      h('p', { class: 'muted' }, 'Everything in the database within the current filters, not only the canvas.'),
    ),
  );
}
