// The share link's state, made small: node ids once (sorted), positions as 16-bit integers,
// relationships as "every one between these nodes" minus the few that were not on the canvas
// (8-character id prefixes), only the filters and style that differ from the defaults, the open
// panel, and the story's views as bitmasks over the node list (the nodes a view moved too, their
// positions only following, against the canvas's or its layout's earlier views': story-positions.ts;
// the links it left out but for those its own filters hide), and the console's result on show as
// the run that made it and the path finder's search (link-heads.ts). Binary,
// deflated with a preset dictionary of the words links hold (link-dictionary.ts; fflate, since the
// browser's CompressionStream takes no dictionary), base64url: the seed graph with a two-view story
// stays under 2,000 characters.
import { deflateSync, inflateSync } from 'fflate';
import type { EdgeType } from '../../../../common/model.ts';
import { ALL_FILTERS, DEFAULT_STYLE } from '../../app/store.ts';
import type { ConsoleRun } from '../console/console-actions.ts';
import { LINK_DICTIONARY_D1 } from './link-dictionary.ts';
import { fromPathsHead, pathsHead, runFlags, runHead, type PathsHead, type RunHead } from './link-heads.ts';
import { bestBase, mergeMembers, type Positions } from './story-positions.ts';
import type { ElementRef, FilterState, LayoutName, PanelName, StoryView, StyleState } from '../../app/types.ts';

export interface SharedNode {
  id: string;
  x: number;
  y: number;
  pinned?: boolean;
  hidden?: boolean;
  /** Brought by "Whole graph" with no link (the unlinked-nodes switch sets it aside). */
  linkless?: boolean;
  /** Not on the canvas, only in a story view: the link carries it for the view (walk 15, 1). */
  storyOnly?: boolean;
}

/** The path finder's search: its ends by id and options, and whether its result was on show. */
export interface SharedPaths {
  from: string | null;
  to: string | null;
  hops: number;
  mode: 'shortest' | 'all';
  types: EdgeType[];
  includeReference: boolean;
  /** The search's result was on show: opening the link runs it again. */
  found: boolean;
  /** Its highlight was on (under Paths), or was to come back when Paths opened again. */
  lit: boolean;
}

export interface SharedState {
  nodes: SharedNode[];
  /** Ids of relationships between two shared nodes that the canvas did not show. */
  missingEdges: string[];
  filters: FilterState;
  style: StyleState;
  layout: LayoutName;
  panel: PanelName | null;
  zoom: number;
  pan: { x: number; y: number };
  /** The model rectangle the sender's view framed: fitted into the recipient's free region. */
  frame?: { x: number; y: number; w: number; h: number };
  story: StoryView[];
  /** The story's exports number their sources (the Story panel's "numbered sources"). */
  storySources?: boolean;
  /**
   * Per story view, the links between its nodes that were on the canvas but not in the view (the
   * link keeps these, shortened, instead of every link the view shows); restoring the link gives
   * each view the other links between its nodes again.
   */
  storyLeftOut?: (string[] | undefined)[];
  /**
   * Ids of the selected nodes and links, and the element whose details card is open. Read back from
   * a link, a selected link's id is its 8-character prefix (see isListed).
   */
  selected?: string[];
  details?: ElementRef | null;
  /** The console's result on show: its named query or query with parameters, run again on opening. */
  run?: ConsoleRun | null;
  /** The console result's highlight was on under another panel (Story keeps it): it comes back. */
  runLit?: boolean;
  /**
   * Under the Cypher panel, the result's highlight had been cleared (a layout change, Clear
   * highlight): its table comes back, the canvas untouched (walk 17, 4: the link lit it again).
   */
  runOff?: boolean;
  /** The path finder's search, if it had an end chosen. */
  paths?: SharedPaths | null;
}

interface Head {
  /** 3: a view's moved nodes are a bitmask (`om`); 2 (older links): an index before each position. */
  v: 2 | 3;
  ids: string;
  f?: Partial<FilterState>;
  s?: Partial<StyleState>;
  l: LayoutName;
  p: PanelName | null;
  z: number;
  pan: [number, number];
  /** The frame (SharedState.frame): x, y, w, h rounded. */
  fm?: [number, number, number, number];
  pin?: number[];
  hid?: number[];
  lk?: number[];
  /** The nodes only a story view holds (SharedNode.storyOnly). */
  so?: number[];
  x?: string[];
  /** v2: the selection's ids. */
  sel?: string[];
  /** v3: the selected nodes (a bitmask over the node list) and the selected links' id prefixes. */
  sn?: string;
  se?: string[];
  d?: ElementRef;
  /** The console's run: a named query's file name (`n`) or a query's text (`q`), and its parameters. */
  r?: RunHead;
  /** The path finder: ends (`a`, `b`), hops, "all" mode, edge types, reference links, found, lit. */
  pf?: PathsHead;
  /** The story's exports number their sources. */
  ss?: 1;
  st?: {
    t: string;
    c: string;
    z: number;
    pan: [number, number];
    m: string;
    x?: string[];
    /** v2: how many moved nodes follow, each as index, x, y. */
    o?: number;
    /** v3: which nodes the view moved (a bitmask over the node list); their x, y follow in order. */
    om?: string;
    /** The view's positions are written against where the earlier views in its layout put each node (bestBase); else the canvas's. */
    pb?: 1;
    l?: LayoutName;
    /** The view's filters, as far as they differ from the defaults. */
    f?: Partial<FilterState>;
    xe?: string[];
    fr?: [number, number, number, number];
    /** The view's highlight: its nodes (a bitmask over the node list) and its links' id prefixes. */
    h?: { n?: string; e?: string[] };
  }[];
}

const PREFIX = 8;
const clamp16 = (v: number) => Math.max(-32768, Math.min(32767, Math.round(v)));

function diff<T extends object>(value: T, base: T): Partial<T> | undefined {
  const out: Partial<T> = {};
  for (const k of Object.keys(value) as (keyof T)[])
    if (JSON.stringify(value[k]) !== JSON.stringify(base[k])) out[k] = value[k];
  return Object.keys(out).length ? out : undefined;
}

function mask(indexes: Iterable<number>, size: number): string {
  const bytes = new Uint8Array(Math.ceil(size / 8));
  for (const i of indexes) bytes[i >> 3]! |= 1 << (i & 7);
  return [...bytes]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .replace(/(00)+$/, '');
}

function unmask(hex: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hex.length / 2; i++) {
    const b = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
    for (let j = 0; j < 8; j++) if (b & (1 << j)) out.push(i * 8 + j);
  }
  return out;
}

export function toBytes(state: SharedState): Uint8Array {
  const nodes = [...state.nodes].sort((a, b) => a.id.localeCompare(b.id));
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const ints: number[] = nodes.flatMap((n) => [n.x, n.y]);
  const round = (v: number, d = 3) => Number(v.toFixed(d));
  const canvasAt: Positions = nodes.map((n) => ({ x: clamp16(n.x), y: clamp16(n.y) }));
  // Per layout, where the views in it put each node, once read back: what later views may build on.
  const layoutAt = new Map<string, Positions>();
  const st = state.story.map((view, vi) => {
    const layout = view.layout ?? '';
    const { onLayout, overrides } = bestBase(view, index, canvasAt, layoutAt.get(layout));
    const at = [...(onLayout ? layoutAt.get(layout)! : canvasAt)];
    for (const o of overrides) {
      ints.push(o.x, o.y);
      at[index.get(o.id)!] = { x: clamp16(o.x), y: clamp16(o.y) };
    }
    layoutAt.set(layout, mergeMembers(layoutAt.get(layout) ?? canvasAt, at, view.nodes, index));
    return {
      t: view.title,
      c: view.caption,
      z: round(view.zoom),
      pan: [Math.round(view.pan.x), Math.round(view.pan.y)] as [number, number],
      m: mask(
        view.nodes.map((n) => index.get(n.id)).filter((i): i is number => i !== undefined),
        nodes.length,
      ),
      ...(overrides.length
        ? {
            om: mask(
              overrides.map((o) => index.get(o.id)!),
              nodes.length,
            ),
          }
        : {}),
      ...(onLayout ? { pb: 1 as const } : {}),
      ...(view.layout ? { l: view.layout } : {}),
      ...(view.frame
        ? { fr: [view.frame.x, view.frame.y, view.frame.w, view.frame.h] as [number, number, number, number] }
        : {}),
      ...(view.filters ? { f: diff(view.filters, ALL_FILTERS) ?? {} } : {}),
      ...(state.storyLeftOut?.[vi] ? { xe: state.storyLeftOut[vi]!.map((e) => e.slice(0, PREFIX)) } : {}),
      ...(view.highlight?.length ? { h: shortIds(view.highlight, index, nodes.length) } : {}),
    };
  });
  const head: Head = {
    v: 3,
    ids: nodes.map((n) => n.id).join(' '),
    f: diff(state.filters, ALL_FILTERS),
    s: diff(state.style, DEFAULT_STYLE),
    l: state.layout,
    p: state.panel,
    z: round(state.zoom),
    pan: [Math.round(state.pan.x), Math.round(state.pan.y)],
    ...(state.frame
      ? { fm: [state.frame.x, state.frame.y, state.frame.w, state.frame.h].map(Math.round) as Head['fm'] }
      : {}),
    ...(nodes.some((n) => n.pinned) ? { pin: nodes.flatMap((n, i) => (n.pinned ? [i] : [])) } : {}),
    ...(nodes.some((n) => n.hidden) ? { hid: nodes.flatMap((n, i) => (n.hidden ? [i] : [])) } : {}),
    ...(nodes.some((n) => n.linkless) ? { lk: nodes.flatMap((n, i) => (n.linkless ? [i] : [])) } : {}),
    ...(nodes.some((n) => n.storyOnly) ? { so: nodes.flatMap((n, i) => (n.storyOnly ? [i] : [])) } : {}),
    ...(state.missingEdges.length ? { x: state.missingEdges.map((e) => e.slice(0, PREFIX)) } : {}),
    ...(st.length ? { st } : {}),
    ...(state.storySources ? { ss: 1 as const } : {}),
    ...selectionHead(state.selected ?? [], index, nodes.length),
    ...(state.details ? { d: state.details } : {}),
    ...(state.run ? { r: runFlags(state, runHead(state.run)) } : {}),
    ...(state.paths ? { pf: pathsHead(state.paths) } : {}),
  };
  const json = new TextEncoder().encode(JSON.stringify(head));
  const out = new Uint8Array(4 + json.length + 2 * ints.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, json.length);
  out.set(json, 4);
  ints.forEach((v, i) => view.setInt16(4 + json.length + 2 * i, clamp16(v)));
  return out;
}

/** Element ids made short: the nodes as a bitmask over the node list, the links as id prefixes. */
function shortIds(ids: string[], index: Map<string, number>, size: number): { n?: string; e?: string[] } {
  const nodes = ids.filter((id) => index.has(id));
  const links = ids.filter((id) => !index.has(id));
  return {
    ...(nodes.length
      ? {
          n: mask(
            nodes.map((id) => index.get(id)!),
            size,
          ),
        }
      : {}),
    ...(links.length ? { e: links.map((e) => e.slice(0, PREFIX)) } : {}),
  };
}

/** The ids shortIds gave: node ids whole, link ids as prefixes (isListed matches them). */
function longIds(short: { n?: string; e?: string[] }, nodes: SharedNode[]): string[] {
  return [...unmask(short.n ?? '').flatMap((i) => (nodes[i] ? [nodes[i]!.id] : [])), ...(short.e ?? [])];
}

/** The selection: its nodes as a bitmask over the node list, its links as id prefixes. */
function selectionHead(selected: string[], index: Map<string, number>, size: number): Pick<Head, 'sn' | 'se'> {
  const { n, e } = shortIds(selected, index, size);
  return { ...(n ? { sn: n } : {}), ...(e ? { se: e } : {}) };
}

export function fromBytes(bytes: Uint8Array): SharedState {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = view.getUint32(0);
  const head = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + len))) as Head;
  if (head.v !== 2 && head.v !== 3) throw new Error('the link holds a view this version cannot read');
  let at = 4 + len;
  const int = () => {
    const v = view.getInt16(at);
    at += 2;
    return v;
  };
  const ids = head.ids ? head.ids.split(' ') : [];
  const nodes: SharedNode[] = ids.map((id) => ({ id, x: int(), y: int() }));
  for (const i of head.pin ?? []) if (nodes[i]) nodes[i]!.pinned = true;
  for (const i of head.hid ?? []) if (nodes[i]) nodes[i]!.hidden = true;
  for (const i of head.lk ?? []) if (nodes[i]) nodes[i]!.linkless = true;
  for (const i of head.so ?? []) if (nodes[i]) nodes[i]!.storyOnly = true;
  const canvasAt: Positions = nodes.map((n) => ({ x: n.x, y: n.y }));
  const idIndex = new Map(ids.map((id, i) => [id, i]));
  const layoutAt = new Map<string, Positions>();
  const story: StoryView[] = (head.st ?? []).map((s) => {
    const members = unmask(s.m)
      .map((i) => nodes[i])
      .filter((n): n is SharedNode => !!n);
    const layout = s.l ?? '';
    const at = [...((s.pb && layoutAt.get(layout)) || canvasAt)];
    const movedAt = s.om !== undefined ? unmask(s.om) : Array.from({ length: s.o ?? 0 }, () => -1);
    for (const m of movedAt) {
      const i = m >= 0 ? m : int(); // v2 links give each moved node's index before its position
      const x = int();
      const y = int();
      if (i < at.length) at[i] = { x, y };
    }
    layoutAt.set(layout, mergeMembers(layoutAt.get(layout) ?? canvasAt, at, members, idIndex));
    const position = new Map(nodes.map((n, i) => [n.id, at[i]!]));
    return {
      title: s.t,
      caption: s.c,
      zoom: s.z,
      pan: { x: s.pan[0], y: s.pan[1] },
      ...(s.l ? { layout: s.l } : {}),
      ...(s.fr ? { frame: { x: s.fr[0], y: s.fr[1], w: s.fr[2], h: s.fr[3] } } : {}),
      ...(s.f ? { filters: { ...ALL_FILTERS, ...s.f } } : {}),
      nodes: members.map((n) => ({ id: n.id, ...position.get(n.id)! })),
      ...(s.h ? { highlight: longIds(s.h, nodes) } : {}),
    };
  });
  return {
    nodes,
    missingEdges: head.x ?? [],
    filters: { ...ALL_FILTERS, ...head.f },
    style: { ...DEFAULT_STYLE, ...head.s },
    layout: head.l,
    panel: head.p,
    zoom: head.z,
    pan: { x: head.pan[0], y: head.pan[1] },
    ...(head.fm ? { frame: { x: head.fm[0], y: head.fm[1], w: head.fm[2], h: head.fm[3] } } : {}),
    story,
    storySources: !!head.ss,
    storyLeftOut: (head.st ?? []).map((s) => s.xe),
    selected: head.sel ?? longIds({ n: head.sn, e: head.se }, nodes),
    details: head.d ?? null,
    run: head.r?.n
      ? { named: head.r.n, params: head.r.p ?? {} }
      : head.r?.q
        ? { query: head.r.q, params: head.r.p ?? {} }
        : null,
    runLit: !!head.r?.lit,
    runOff: !!head.r?.off,
    paths: head.pf ? fromPathsHead(head.pf) : null,
  };
}

/** Does this relationship id stand for one of the shortened ids in the link? */
export function isListed(id: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => id.startsWith(p));
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

/** Marks a link deflated with LINK_DICTIONARY_D1 (links without it were deflated plain). */
const D1 = 'd1.';

export async function encodeState(state: SharedState): Promise<string> {
  return D1 + toBase64Url(deflateSync(toBytes(state), { level: 9, dictionary: LINK_DICTIONARY_D1 }));
}

export async function decodeState(encoded: string): Promise<SharedState> {
  let bytes: Uint8Array;
  try {
    bytes = encoded.startsWith(D1)
      ? inflateSync(fromBase64Url(encoded.slice(D1.length)), { dictionary: LINK_DICTIONARY_D1 })
      : inflateSync(fromBase64Url(encoded));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`the link's view could not be read (cut short when copied?): ${why}`, { cause: err });
  }
  return fromBytes(bytes);
}

export const VIEW_PARAM = 'v';

export function viewFromLocation(loc: Location = location): string | null {
  return new URLSearchParams(loc.hash.replace(/^#/, '')).get(VIEW_PARAM);
}

export function shareUrl(encoded: string, loc: Location = location): string {
  return `${loc.origin}${loc.pathname}#${VIEW_PARAM}=${encoded}`;
}
