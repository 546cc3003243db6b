// Search with suggestions as you type. The server folds diacritics (Lucene's standard-folding), so
// "bac ninh" finds "Bắc Ninh"; each suggestion shows its kind. Choosing one puts it on the canvas.
import type { SearchResponse } from '../../../common/wire.ts';
import { api } from '../api/client.ts';
import { byId, h, type AppContext } from '../context.ts';
import { NODE_STYLE } from '../graph/palette.ts';

type Hit = SearchResponse['hits'][number];

export function mountSearchBox(ctx: AppContext): void {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('search-list');
  const box = input.parentElement!;
  let hits: Hit[] = [];
  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    box.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const render = (message?: string) => {
    list.replaceChildren();
    if (message) list.append(h('li', { class: 'empty', role: 'presentation' }, message));
    hits.forEach((hit, i) => {
      const d = hit.node.data;
      const alias = d.aliases.find((a) => a !== d.name);
      list.append(
        h(
          'li',
          { role: 'option', id: `sugg-${i}`, 'aria-selected': String(i === active), 'data-id': d.id, onmousedown: (ev) => (ev.preventDefault(), choose(i)) },
          h('span', { class: 'swatch', style: `background:${NODE_STYLE[d.kind].color}` }),
          h('span', {}, d.label, alias ? h('span', { class: 'aka' }, ` · ${alias}`) : null),
          h('span', { class: 'kind' }, d.kind),
        ),
      );
    });
    list.hidden = false;
    box.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-activedescendant', active >= 0 ? `sugg-${active}` : '');
  };
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    close();
    input.value = '';
    ctx.canvas.add({ nodes: [hit.node], edges: [] }, ctx.canvas.cy.nodes().length ? { x: 0, y: 0 } : undefined);
    ctx.bus.emit('node:add', { id: hit.node.data.id });
  };
  const lookup = async (q: string) => {
    const mine = ++seq;
    render('Searching…');
    try {
      const res = await api.search(q, 8);
      if (mine !== seq) return;
      hits = res.hits;
      active = hits.length ? 0 : -1;
      render(hits.length ? undefined : `Nothing matches “${q}”`);
    } catch (err) {
      if (mine !== seq) return;
      hits = [];
      render(`Search failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      hits = [];
      close();
      return;
    }
    timer = setTimeout(() => void lookup(q), 150);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!hits.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (ev.key === 'Escape') {
      close();
      input.blur();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
