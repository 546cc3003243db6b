// The page side of the client render benchmark, bundled by Vite into one script and loaded into
// headless Chromium. It builds a heavy-tailed graph of N elements, renders it with the large-graph
// settings the explorer uses, lays it out, and reports the time from cytoscape() to two frames
// after layoutstop (the picture is on screen). A frame recorder measures frame times while the
// benchmark drags the canvas with the mouse.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { EDGE_TYPES, NODE_KINDS } from '../../common/model.ts';
import { stylesheet } from '../../client/src/canvas/style.ts';

cytoscape.use(fcose);

export interface RunOptions {
  elements: number;
  layout: 'grid' | 'fcose';
  seed: number;
}
export interface RunResult {
  ms: number;
  nodes: number;
  edges: number;
}

/** The explorer's own stylesheet in its large-graph mode (haystack edges, no arrows, labels cut below 9 px). */
const STYLE = stylesheet({ edgeLabels: false, large: true });

let cy: Core | undefined;
let frames: number[] = [];
let recording = false;

/** 40% nodes, 60% edges; edge sources drawn with a power law so a few hubs get most edges. */
export function heavyTailedElements(total: number, seed: number): ElementDefinition[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const nodeCount = Math.round(total * 0.4);
  const edgeCount = total - nodeCount;
  const kinds = NODE_KINDS;
  const els: ElementDefinition[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = kinds[i % kinds.length]!;
    els.push({ group: 'nodes', data: { id: `n${i}`, label: `${kind} ${i}`, display: `${kind} ${i}`, kind, size: 12 } });
  }
  for (let i = 0; i < edgeCount; i++) {
    const a = Math.floor(nodeCount * Math.pow(rand(), 2.5));
    let b = Math.floor(rand() * nodeCount);
    if (b === a) b = (b + 1) % nodeCount;
    els.push({
      group: 'edges',
      data: { id: `e${i}`, source: `n${a}`, target: `n${b}`, type: EDGE_TYPES[i % EDGE_TYPES.length] },
    });
  }
  return els;
}

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

export async function run(opts: RunOptions): Promise<RunResult> {
  cy?.destroy();
  const container = document.getElementById('cy')!;
  const elements = heavyTailedElements(opts.elements, opts.seed);
  await nextFrame();
  const t0 = performance.now();
  cy = cytoscape({
    container,
    elements,
    style: STYLE,
    layout: { name: 'null' },
    pixelRatio: 1,
    hideEdgesOnViewport: true,
    textureOnViewport: true,
    autoungrabify: true,
  });
  const layout =
    opts.layout === 'grid'
      ? cy.layout({ name: 'grid', animate: false })
      : cy.layout({ name: 'fcose', quality: 'draft', animate: false, randomize: true } as cytoscape.LayoutOptions);
  const stopped = new Promise<void>((r) => layout.one('layoutstop', () => r()));
  layout.run();
  await stopped;
  await nextFrame();
  await nextFrame();
  return { ms: performance.now() - t0, nodes: cy.nodes().length, edges: cy.edges().length };
}

export function startFrames(): void {
  frames = [];
  recording = true;
  let last = performance.now();
  const tick = (now: number) => {
    if (!recording) return;
    frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrames(): number[] {
  recording = false;
  return frames.slice(1);
}

export function viewport() {
  return { pan: cy?.pan(), zoom: cy?.zoom() };
}
