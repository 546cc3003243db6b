// npm run bench:canvas [-- --layout-only] — the explorer's own canvas (its Canvas class, stylesheet and large-graph
// mode) in headless Debian Chromium, as ratios against baselines measured in the same run (the
// machine is shared and renders in software):
//   1. add + layout of 2,000 and 5,000 elements (40% nodes, 60% edges, random heavy-tailed):
//      fcose (draft quality above 800 elements, as the explorer does) vs the grid layout, the
//      render floor; wall-clock and, beside it, the page's main-thread CPU time (Chromium's
//      ThreadTime metric), which a loaded machine's waiting for a core does not move;
//   2. pan/zoom frame time at 5,000 and 20,000 elements: Cytoscape's WebGL renderer (the page
//      opened with ?renderer=webgl) beside the canvas renderer.
// Serves the production build (dist/client) statically; no database is needed for this.
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../test/support/chromium.ts';
import { CLIENT_DIST, ensureClientBuilt } from '../server/client-build.ts';

const RUNS = 2;
/** Add + layout runs per size and layout (the median is reported; 3 moved by ±20% on a shared machine). */
const LAYOUT_RUNS = 5;
/** `-- --layout-only`: the add + layout part alone (the pan part takes minutes at 20,000 elements). */
const LAYOUT_ONLY = process.argv.includes('--layout-only');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs in the page: builds the graph through the client's own Canvas (so its large-graph mode applies). */
interface Stages {
  /** The whole: add, layout (fit and shaping included), two frames drawn. */
  total: number;
  /** canvas.add: elements in, styled, sized. */
  add: number;
  /** canvas.layout: the layout, shaping to the screen, fit. */
  layout: number;
  /** Two animation frames: the first full render. */
  frames: number;
  /** Main-thread CPU time over the whole (ms), from Chromium's own count. */
  cpu: number;
}

/** CPU-seconds the page's main thread has used (Chromium's own count: load-proof, unlike the wall clock). */
async function mainThreadCpu(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime')!.value;
}

async function addAndLayout(page: Page, layout: 'fcose' | 'grid', seed: number, total: number): Promise<Stages> {
  const NODES = Math.round(total * 0.4);
  const EDGES = total - NODES;
  // Unmeasured: the previous graph removed, this one generated.
  await page.evaluate(
    ({ seed, NODES, EDGES }) => {
      const { canvas, cy } = (window as any).corridor;
      cy.elements().remove();
      canvas.afterChange();
      let s = seed;
      const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
      const kinds = ['Province', 'City', 'Official', 'Company', 'Organization', 'Event', 'Country'];
      const types = ['SIGNED', 'VISITED', 'MET', 'INVESTED_IN', 'PARTNER_OF', 'LOCATED_IN', 'HOLDS_POST', 'ATTENDED'];
      const nodes = Array.from({ length: NODES }, (_, i) => ({
        data: { id: `n${i}`, label: `Node ${i}`, name: `Node ${i}`, kind: kinds[i % kinds.length], aliases: [] },
      }));
      // Heavy-tailed: targets drawn with a bias to low ids (hubs).
      const edges = Array.from({ length: EDGES }, (_, i) => ({
        data: {
          id: `e${i}`,
          source: `n${Math.floor(rand() * NODES)}`,
          target: `n${Math.floor(rand() ** 3 * NODES)}`,
          type: types[i % types.length],
          article: 'a',
          quote: 'q',
        },
      }));
      (window as any).benchGraph = { nodes, edges };
    },
    { seed, NODES, EDGES },
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpu0 = await mainThreadCpu(cdp);
  // Measured: what the user waits for, from the elements' arrival to the laid-out graph drawn.
  const wall = await page.evaluate(async (layout) => {
    const { canvas } = (window as any).corridor;
    const t0 = performance.now();
    canvas.add((window as any).benchGraph);
    const t1 = performance.now();
    await canvas.layout(layout);
    const t2 = performance.now();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const t3 = performance.now();
    return { total: t3 - t0, add: t1 - t0, layout: t2 - t1, frames: t3 - t2 };
  }, layout);
  const cpu = ((await mainThreadCpu(cdp)) - cpu0) * 1000;
  await cdp.detach();
  return { ...wall, cpu };
}

/** Mean frame interval while panning and zooming for 90 frames. */
async function viewportFrames(page: Page, viewportOptions: boolean): Promise<number> {
  return page.evaluate(async (on) => {
    const { cy } = (window as any).corridor;
    const opts = cy._private.options;
    const saved = { t: opts.textureOnViewport, h: opts.hideEdgesOnViewport };
    opts.textureOnViewport = on;
    opts.hideEdgesOnViewport = on;
    cy.fit();
    const z0 = cy.zoom();
    const stamps: number[] = [];
    await new Promise<void>((done) => {
      let i = 0;
      const step = (t: number) => {
        stamps.push(t);
        cy.viewport({
          zoom: z0 * (1 + 0.5 * Math.sin(i / 15)),
          pan: { x: 200 + 100 * Math.cos(i / 10), y: 200 + 100 * Math.sin(i / 10) },
        });
        if (++i < 90) requestAnimationFrame(step);
        else done();
      };
      requestAnimationFrame(step);
    });
    opts.textureOnViewport = saved.t;
    opts.hideEdgesOnViewport = saved.h;
    const gaps = stamps.slice(1).map((t, i) => t - stamps[i]!);
    return gaps.reduce((a, b) => a + b, 0) / gaps.length;
  }, viewportOptions);
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx (esbuild keepNames) wraps the functions passed to evaluate() in __name(): give the page one.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(url);
  await page.waitForFunction(() => (window as any).corridor?.ready);
  return page;
}

ensureClientBuilt();
const app = express();
app.get('/api/{*any}', (_req, res) =>
  res.status(503).json({ error: { code: 'bench', message: 'no API in this benchmark' } }),
);
app.use(express.static(CLIENT_DIST));
const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const { port } = server.address() as AddressInfo;
// SwiftShader gives the WebGL renderer a GL context without a GPU.
const browser = await launchChromium(['--use-angle=swiftshader', '--enable-unsafe-swiftshader']);
try {
  const page = await openPage(browser, `http://127.0.0.1:${port}/`);
  console.log(
    `The explorer's canvas in headless Chromium, medians of ${LAYOUT_RUNS} runs (add + layout), ${RUNS} (pan)`,
  );
  for (const total of [2000, 5000]) {
    const grid: Stages[] = [];
    const fcose: Stages[] = [];
    for (let r = 0; r < LAYOUT_RUNS; r++) {
      grid.push(await addAndLayout(page, 'grid', 7 + r, total));
      fcose.push(await addAndLayout(page, 'fcose', 7 + r, total));
    }
    const m = (runs: Stages[], k: keyof Stages) => median(runs.map((x) => x[k]));
    const floor = m(grid, 'total');
    console.log(
      `  ${total} elements: add + grid layout (render floor) ${floor.toFixed(0)} ms; add + fcose (draft) ${m(fcose, 'total').toFixed(0)} ms = ${(m(fcose, 'total') / floor).toFixed(2)}x the floor`,
    );
    // The same runs in main-thread CPU time: what a busy machine's waiting for a core does not move.
    console.log(
      `    main-thread CPU: grid ${m(grid, 'cpu').toFixed(0)} ms, fcose ${m(fcose, 'cpu').toFixed(0)} ms = ${(m(fcose, 'cpu') / m(grid, 'cpu')).toFixed(2)}x the floor`,
    );
    // Where the time goes, each stage as a share of the floor measured in this run.
    for (const [name, runs] of [
      ['grid', grid],
      ['fcose', fcose],
    ] as const)
      console.log(
        `    ${name.padEnd(5)} stages / floor: add ${(m(runs, 'add') / floor).toFixed(2)}, layout + fit ${(m(runs, 'layout') / floor).toFixed(2)}, first frames ${(m(runs, 'frames') / floor).toFixed(2)}`,
      );
  }
  const webgl = await openPage(browser, `http://127.0.0.1:${port}/?renderer=webgl`);
  for (const total of LAYOUT_ONLY ? [] : [5000, 20000]) {
    const times: Record<string, number> = {};
    for (const [name, p] of [
      ['canvas', page],
      ['webgl', webgl],
    ] as const) {
      await addAndLayout(p, 'grid', 3, total);
      const frames: number[] = [];
      for (let r = 0; r < RUNS; r++) frames.push(await viewportFrames(p, true));
      times[name] = median(frames);
    }
    console.log(
      `  ${total} elements, pan/zoom frame time: canvas renderer ${times.canvas!.toFixed(1)} ms, WebGL renderer ${times.webgl!.toFixed(1)} ms = ${(times.webgl! / times.canvas!).toFixed(2)}x the canvas renderer`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
