// What every view gets: the event bus, the canvas, the undo history, and the current filters.
import type { EventBus, FilterState } from './events.ts';
import type { Canvas } from './graph/canvas.ts';
import type { History } from './graph/history.ts';

export interface AppContext {
  bus: EventBus;
  canvas: Canvas;
  history: History;
  filters: () => FilterState;
}

/** Small DOM helper: element with attributes and children, so views read as structure. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined | ((ev: Event) => void)> = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') el.className = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}: client/index.html and the views are out of step`);
  return el as T;
}
