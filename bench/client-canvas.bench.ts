// npm run bench:client — the explorer's canvas with 2,000 elements (800 nodes, 1,200 edges, random
// heavy-tailed) in headless Debian Chromium, against baselines measured in the same run (ratios are
// the result: the machine is shared, software rendering):
//   1. add + layout: fcose (draft quality above 800 elements, as the client does) vs a grid layout
//      (the render floor);
//   2. panning/zooming: mean frame interval while the viewport moves, with the client's large-graph
//      viewport options (texture on viewport, edges hidden while moving, haystack edges) vs without.
// Serves the production build (dist/client) statically; no database is needed for this.
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/support/chromium.ts';
import { CLIENT_DIST, ensureClientBuilt } from '../server/client-build.ts';

const NODES = 800;
const EDGES = 1200;
const RUNS = 2;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs in the page: builds the graph through the client's own Canvas (so its large-graph mode applies). */
async function addAndLayout(page: Page, layout: 'fcose' | 'grid', seed: number): Promise<number> {
  return page.evaluate(
    async ({ layout, seed, NODES, EDGES }) => {
      const { canvas, cy } = (window as any).corridor;
      cy.elements().remove();
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
      const t0 = performance.now();
      canvas.add({ nodes, edges });
      await canvas.layout(layout);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    },
    { layout, seed, NODES, EDGES },
  );
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

ensureClientBuilt();
const app = express();
app.get('/api/{*any}', (_req, res) =>
  res.status(503).json({ error: { code: 'bench', message: 'no API in this benchmark' } }),
);
app.use(express.static(CLIENT_DIST));
const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const { port } = server.address() as AddressInfo;
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx (esbuild keepNames) wraps the functions passed to evaluate() in __name(): give the page one.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => (window as any).corridor?.ready);
  const grid: number[] = [];
  const fcose: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    grid.push(await addAndLayout(page, 'grid', 7 + r));
    fcose.push(await addAndLayout(page, 'fcose', 7 + r));
  }
  const elements = await page.evaluate(() => (window as any).corridor.cy.elements().length);
  const off: number[] = [];
  const on: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    off.push(await viewportFrames(page, false));
    on.push(await viewportFrames(page, true));
  }
  console.log(
    `Canvas with ${elements} elements (${NODES} nodes, ${EDGES} edges), headless Chromium, medians of ${RUNS} runs`,
  );
  console.log(`  add + grid layout (baseline, render floor): ${median(grid).toFixed(0)} ms`);
  console.log(
    `  add + fcose (draft) layout:                 ${median(fcose).toFixed(0)} ms  = ${(median(fcose) / median(grid)).toFixed(2)}x the grid baseline`,
  );
  console.log(`  pan/zoom frame interval, viewport options off (baseline): ${median(off).toFixed(1)} ms`);
  console.log(
    `  pan/zoom frame interval, viewport options on:             ${median(on).toFixed(1)} ms  = ${(median(on) / median(off)).toFixed(2)}x the baseline`,
  );
} finally {
  await browser.close();
  server.close();
}
