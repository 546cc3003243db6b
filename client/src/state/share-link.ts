// The share link: the whole view (elements with their data and positions, classes, filters, layout,
// style, zoom and pan) as JSON, deflated and base64url-encoded in the URL's fragment. The fragment
// never reaches the server, and the link restores the view exactly without another query.
import type cytoscape from 'cytoscape';
import type { FilterState, LayoutName, StyleState } from '../events.ts';

export interface ViewState {
  v: 1;
  elements: { g: 'n' | 'e'; data: Record<string, unknown>; pos?: { x: number; y: number }; cls?: string }[];
  filters: FilterState;
  layout: LayoutName;
  style: StyleState;
  zoom: number;
  pan: { x: number; y: number };
}

// 'filtered' too: a path drawn over the filters stays drawn, exactly as it was shared.
const KEPT_CLASSES = ['pinned', 'hidden', 'filtered'];
const VIEW_ONLY = new Set(['display', 'size']);

export function captureView(cy: cytoscape.Core, rest: Omit<ViewState, 'v' | 'elements' | 'zoom' | 'pan'>): ViewState {
  const elements: ViewState['elements'] = [];
  cy.elements().forEach((el) => {
    const data = Object.fromEntries(Object.entries(el.data()).filter(([k, v]) => !VIEW_ONLY.has(k) && v !== undefined));
    const cls = KEPT_CLASSES.filter((c) => el.hasClass(c)).join(' ');
    if (el.isNode()) elements.push({ g: 'n', data, pos: { ...el.position() }, ...(cls ? { cls } : {}) });
    else elements.push({ g: 'e', data, ...(cls ? { cls } : {}) });
  });
  return { v: 1, elements, ...rest, zoom: cy.zoom(), pan: { ...cy.pan() } };
}

export function viewToElements(view: ViewState): cytoscape.ElementDefinition[] {
  return view.elements.map((e) => ({
    group: e.g === 'n' ? 'nodes' : 'edges',
    data: e.data as cytoscape.ElementDefinition['data'],
    ...(e.pos ? { position: e.pos } : {}),
    ...(e.cls ? { classes: e.cls } : {}),
    ...(e.cls?.includes('pinned') ? { locked: true } : {}),
  }));
}

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(b, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export async function encodeView(view: ViewState): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(view)), new CompressionStream('deflate-raw')));
}

export async function decodeView(encoded: string): Promise<ViewState> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw'))));
  } catch (err) {
    throw new Error(`the link's view could not be read (cut short when copied?): ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const v = parsed as Partial<ViewState>;
  if (v.v !== 1 || !Array.isArray(v.elements) || !v.filters || !v.style) throw new Error('the link holds a view this version cannot read');
  // Links made before the switch existed showed every node: keep them as they were shared.
  return { ...(v as ViewState), filters: { ...v.filters, hideUnlinked: v.filters.hideUnlinked ?? false } };
}

export const VIEW_PARAM = 'view';

export function viewFromLocation(loc: Location = location): string | null {
  return new URLSearchParams(loc.hash.replace(/^#/, '')).get(VIEW_PARAM);
}

export function shareUrl(encoded: string, loc: Location = location): string {
  return `${loc.origin}${loc.pathname}#${VIEW_PARAM}=${encoded}`;
}
