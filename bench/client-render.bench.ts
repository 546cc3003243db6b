// Benchmark: how long the explorer's canvas takes to show 500, 2,000 and 5,000 elements in
// headless Chromium (Debian's /usr/bin/chromium, software rendering), from cytoscape() to two frames
// after layoutstop, with fcose (quality 'draft') against a grid layout (the render floor, measured in
// the same run), and frame times while the canvas is dragged.
//
//   npm run bench:client
//   npm run bench:client -- --runs 5 --sizes 500,2000,5000,10000
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../test/support/chromium.ts';
import { build } from 'vite';
import { machineLine, parseArgs, positiveInt } from './support/bench-args.ts';
import { printTable, summarize } from './support/report.ts';

const TARGET_2000_MS = 1500;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '500,2000,5000' },
    screenshot: { type: 'string' },
  },
});
const runs = positiveInt('runs', values.runs);
const sizes = values.sizes.split(',').map((s) => positiveInt('sizes', s.trim()));

console.log(`client-render bench: sizes ${sizes.join(', ')}, median of ${runs} runs each`);
console.log(`machine: ${machineLine()}`);

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-client-bench-'));
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    lib: {
      entry: path.resolve(import.meta.dirname, 'client-render/render-page.ts'),
      formats: ['iife'],
      name: 'RenderBench',
      fileName: () => 'render-page.js',
    },
  },
});

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (err) => console.error(`[page] ${err.message}`));
  await page.setContent(
    '<!doctype html><html><body style="margin:0"><div id="cy" style="width:1280px;height:800px"></div></body></html>',
  );
  await page.addScriptTag({ path: path.join(outDir, 'render-page.js') });
  const version = browser.version();

  const rows: (string | number)[][] = [];
  let ready2000 = NaN;
  for (const n of sizes) {
    const grid: number[] = [];
    const fc: number[] = [];
    for (let r = 0; r < runs; r++) {
      // Alternate the order so neither layout always runs on a warmer page.
      for (const layout of r % 2 ? (['fcose', 'grid'] as const) : (['grid', 'fcose'] as const)) {
        const res = await page.evaluate(
          (o) =>
            (window as unknown as { RenderBench: typeof import('./client-render/render-page.ts') }).RenderBench.run(o),
          { elements: n, layout, seed: 7 + r },
        );
        (layout === 'grid' ? grid : fc).push(res.ms);
      }
    }
    // Pan: drag the canvas (as a user would, so hideEdgesOnViewport/textureOnViewport apply).
    await page.evaluate(
      (o) => (window as unknown as { RenderBench: typeof import('./client-render/render-page.ts') }).RenderBench.run(o),
      { elements: n, layout: 'fcose' as const, seed: 7 },
    );
    if (values.screenshot && n === 2000) await page.screenshot({ path: values.screenshot });
    await page.evaluate(() =>
      (window as unknown as { RenderBench: typeof import('./client-render/render-page.ts') }).RenderBench.startFrames(),
    );
    await page.mouse.move(8, 8);
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) await page.mouse.move(8 + i * 6, 8 + i * 4);
    await page.mouse.up();
    const frames = await page.evaluate(() =>
      (window as unknown as { RenderBench: typeof import('./client-render/render-page.ts') }).RenderBench.stopFrames(),
    );
    const g = summarize(grid);
    const f = summarize(fc);
    const pan = summarize(frames);
    if (n === 2000) ready2000 = f.p50;
    rows.push([n, g.p50, f.p50, f.p50 / g.p50, Math.max(...fc), pan.n, pan.p50, pan.p95]);
  }
  printTable(
    `Client render, ms (headless ${version}, software rendering, 1280×800, pixelRatio 1)`,
    [
      'elements',
      'grid (floor) p50',
      'fcose draft p50',
      'fcose / grid',
      'fcose worst',
      'pan frames',
      'pan frame p50',
      'pan frame p95',
    ],
    rows,
  );
  printTable(
    'Target',
    ['target', 'measured', 'result'],
    [
      [
        `2,000 elements ready (fcose draft) < ${TARGET_2000_MS} ms`,
        ready2000,
        Number.isNaN(ready2000) ? 'not run' : ready2000 < TARGET_2000_MS ? 'PASS' : 'FAIL',
      ],
    ],
  );
} finally {
  await browser.close();
  fs.rmSync(outDir, { recursive: true, force: true });
}
