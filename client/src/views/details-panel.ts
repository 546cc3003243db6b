// Details of the selected node or edge: its properties and each source quote with its article and
// date; "read" opens the article with the quote highlighted.
import type cytoscape from 'cytoscape';
import type { NodeDetailResponse } from '../../../common/wire.ts';
import { api } from '../api/client.ts';
import { byId, h, type AppContext } from '../context.ts';
import { resizeKeepingCenter } from '../graph/canvas.ts';
import { EDGE_COLOR, NODE_STYLE } from '../graph/palette.ts';
import type { EdgeType, NodeKind } from '../../../common/model.ts';
import { fetchArticle } from './article-viewer.ts';

const HIDDEN_KEYS = new Set(['id', 'label', 'display', 'size', 'searchText', 'source', 'target', 'quote', 'article', 'articles']);

function props(data: Record<string, unknown>): HTMLElement {
  const dl = h('dl', {});
  for (const [k, v] of Object.entries(data)) {
    if (HIDDEN_KEYS.has(k) || v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    dl.append(h('dt', {}, k), h('dd', {}, Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v)));
  }
  return dl;
}

function quoteBlock(ctx: AppContext, articleId: string, quote: string, heading?: Node | string): HTMLElement {
  const source = h('div', { class: 'muted' }, `${articleId}`);
  void fetchArticle(articleId)
    .then((a) => (source.textContent = `${a.title} — ${a.outlet}, ${a.published}`))
    .catch(() => undefined);
  return h(
    'div',
    { class: 'quote' },
    heading ? h('div', {}, heading) : null,
    h('blockquote', {}, `“${quote}”`),
    source,
    h('button', { type: 'button', class: 'read-article', onclick: () => ctx.bus.emit('article:open', { articleId, quote }) }, 'Read in the article'),
  );
}

export function mountDetailsPanel(ctx: AppContext): { close(): void } {
  const root = byId('details');
  let seq = 0;
  const close = () => {
    if (root.hidden) return;
    root.hidden = true;
    root.replaceChildren();
    resizeKeepingCenter(ctx.canvas.cy);
  };
  const closeButton = () => h('button', { type: 'button', class: 'close-x', 'aria-label': 'Close details', onclick: close }, '×');

  const showNode = async (n: cytoscape.NodeSingular) => {
    const mine = ++seq;
    const kind = n.data('kind') as NodeKind;
    const quotes = h('div', {}, h('p', { class: 'muted' }, 'Loading sources…'));
    root.replaceChildren(
      closeButton(),
      h('h2', {}, n.data('label')),
      h('div', { class: 'muted' }, h('span', { class: 'swatch', style: `background:${NODE_STYLE[kind]?.color}` }), ` ${kind}`),
      props(n.data()),
      h('div', { class: 'row' }, h('button', { type: 'button', onclick: () => ctx.bus.emit('node:expand', { id: n.id() }) }, 'Expand neighbours')),
      h('h3', {}, 'Sources'),
      quotes,
    );
    try {
      const detail: NodeDetailResponse = await api.node(n.id());
      if (mine !== seq) return;
      quotes.replaceChildren(
        ...(detail.edges.length
          ? detail.edges.map((c) =>
              quoteBlock(
                ctx,
                c.edge.data.article,
                c.edge.data.quote,
                h('span', {}, h('strong', { style: `color:${EDGE_COLOR[c.edge.data.type]}` }, c.edge.data.type), c.direction === 'out' ? ' → ' : ' ← ', c.other.data.label, c.edge.data.date ? ` · ${c.edge.data.date}` : ''),
              ),
            )
          : [h('p', { class: 'muted' }, 'No links cite this entity.')]),
      );
    } catch (err) {
      if (mine === seq) quotes.replaceChildren(h('p', { class: 'error' }, `Sources could not be loaded: ${err instanceof Error ? err.message : String(err)}`));
    }
  };

  const showEdge = (e: cytoscape.EdgeSingular) => {
    ++seq;
    const type = e.data('type') as EdgeType;
    root.replaceChildren(
      closeButton(),
      h('h2', {}, h('span', { style: `color:${EDGE_COLOR[type]}` }, type)),
      h('div', {}, `${e.source().data('label')} → ${e.target().data('label')}`),
      props(e.data()),
      h('h3', {}, 'Source'),
      quoteBlock(ctx, e.data('article'), e.data('quote')),
    );
  };

  ctx.bus.on('details:show', (target) => {
    if (!target) return close();
    const el = ctx.canvas.cy.getElementById(target.id);
    if (el.empty()) return close();
    if (root.hidden) {
      root.hidden = false;
      resizeKeepingCenter(ctx.canvas.cy);
    }
    if (el.isNode()) void showNode(el);
    else showEdge(el as cytoscape.EdgeSingular);
  });
  return { close };
}
