// A small entity picker (text input with suggestions) for forms such as the path finder: it holds
// the chosen node's id, or can take the node selected on the canvas.
import type { NodeElement, SearchResponse } from '../../../common/wire.ts';
import { api } from '../api/client.ts';
import { h, type AppContext } from '../context.ts';

export interface EntityPicker {
  el: HTMLElement;
  value(): NodeElement | null;
  set(node: NodeElement | null): void;
}

export function entityPicker(ctx: AppContext, name: string, label: string): EntityPicker {
  let chosen: NodeElement | null = null;
  let hits: SearchResponse['hits'] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const input = h('input', { type: 'text', name, placeholder: 'type a name…', autocomplete: 'off', 'aria-label': label });
  const list = h('ul', { class: 'suggestions', role: 'listbox', hidden: true });
  const set = (node: NodeElement | null) => {
    chosen = node;
    input.value = node?.data.label ?? '';
    list.hidden = true;
  };
  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) return void (list.hidden = true);
    timer = setTimeout(async () => {
      try {
        hits = (await api.search(q, 6)).hits;
      } catch {
        hits = [];
      }
      list.replaceChildren(
        ...(hits.length
          ? hits.map((hit) => h('li', { role: 'option', 'data-id': hit.node.data.id, onmousedown: (ev) => (ev.preventDefault(), set(hit.node)) }, hit.node.data.label, h('span', { class: 'kind' }, hit.node.data.kind)))
          : [h('li', { class: 'empty' }, 'No match')]),
      );
      list.hidden = false;
    }, 150);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && hits[0]) {
      ev.preventDefault();
      set(hits[0].node);
    }
  });
  input.addEventListener('blur', () => setTimeout(() => (list.hidden = true), 100));
  const fromCanvas = h(
    'button',
    {
      type: 'button',
      title: 'Use the node selected on the canvas',
      onclick: () => {
        const n = ctx.canvas.cy.nodes(':selected')[0];
        if (n) set({ data: n.data() } as NodeElement);
      },
    },
    'selected',
  );
  const el = h('label', {}, label, h('div', { class: 'row' }, h('div', { class: 'search', style: 'flex:1' }, input, list), fromCanvas));
  return { el, value: () => chosen, set };
}
