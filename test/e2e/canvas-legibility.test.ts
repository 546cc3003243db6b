// The canvas is legible as drawn: measured from the boxes Cytoscape itself renders (not from an
// estimate), in the real app over the seed graph in a real Neo4j, in Debian's Chromium.
//  - Whole graph at Fit, 1440x900 and 1024x700: no two shown labels overlap, none is under 9 px,
//    and every hidden label would run into a shown label or another node's marker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, startE2e, type E2eEnv } from './browser.ts';
import { loadWholeGraph, openExplorer, shot } from './explorer-page.ts';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface Measured {
  id: string;
  font: number;
  label: Box;
  body: Box;
  hidden: boolean;
}

/** Every shown node's rendered label box (a hidden label measured by showing it for the reading) and body. */
const measureLabels = (page: Page): Promise<Measured[]> =>
  page.evaluate(() => {
    const cy = (window as any).corridor.cy;
    const opts = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
    return cy
      .nodes()
      .not('.filtered, .hidden')
      .map((n: any) => {
        const hidden = n.hasClass('label-hidden');
        if (hidden) n.removeClass('label-hidden');
        const label = n.renderedBoundingBox(opts);
        const font = parseFloat(n.style('font-size')) * cy.zoom();
        if (hidden) n.addClass('label-hidden');
        const body = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        return { id: n.id(), font, label, body, hidden };
      });
  });

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe.skipIf(!hasChromium)('the canvas as drawn', { timeout: 120_000 }, () => {
  let env: E2eEnv;
  beforeAll(async () => {
    env = await startE2e();
  }, 240_000);
  afterAll(async () => {
    await env?.close();
  });

  it.each(SIZES)(
    'whole graph at Fit, %o: labels never overlap, none under 9 px, none hidden needlessly',
    async (size) => {
      const { page } = await openExplorer(env.browser, env.baseUrl, size);
      await page.click('.tabs [data-panel="filters"]'); // the left panel closed, as the analyst's journey
      await loadWholeGraph(page);
      await page.click('#btn-fit');
      await page.waitForTimeout(100); // the declutter runs on the next animation frame after a viewport change
      await shot(page, 'canvas', 'whole-graph-fit');
      const all = await measureLabels(page);
      const shown = all.filter((m) => !m.hidden);
      const { w, h } = await page.evaluate(() => ({
        w: (window as any).corridor.cy.width(),
        h: (window as any).corridor.cy.height(),
      }));
      expect(shown.length).toBeGreaterThan(10);
      for (const m of shown) expect(m.font, m.id).toBeGreaterThanOrEqual(9);
      for (const m of shown)
        expect(m.label.x1 >= 0 && m.label.x2 <= w && m.label.y1 >= 0 && m.label.y2 <= h, m.id).toBe(true);
      for (const [i, a] of shown.entries())
        for (const b of shown.slice(i + 1)) expect(overlap(a.label, b.label), `${a.id} and ${b.id}`).toBe(false);
      // The declutter keeps 2 px of air around each label: a label that comes within 4 px counts,
      // and so does one the canvas's edge would cut.
      const near = (b: Box): Box => ({ x1: b.x1 - 4, y1: b.y1 - 4, x2: b.x2 + 4, y2: b.y2 + 4 });
      // The legend and panels floating over the canvas cover what is under them.
      const overlays: Box[] = await page.evaluate(() => {
        const base = document.querySelector('#cy')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('.canvas-overlay')]
          .filter((el) => !el.hidden && el.offsetParent !== null)
          .map((el) => el.getBoundingClientRect())
          .map((r) => ({
            x1: r.left - base.left,
            y1: r.top - base.top,
            x2: r.right - base.left,
            y2: r.bottom - base.top,
          }));
      });
      for (const m of shown)
        for (const o of overlays) expect(overlap(m.label, o), `${m.id} under an overlay`).toBe(false);
      const cut = (b: Box) => b.x1 < 0 || b.y1 < 0 || b.x2 > w || b.y2 > h || overlays.some((o) => overlap(b, o));
      const needless = all
        .filter((m) => m.hidden)
        .filter((h) => {
          const box = near(h.label);
          return (
            !cut(h.label) &&
            !shown.some((s) => overlap(box, s.label)) &&
            !all.some((o) => o !== h && overlap(box, o.body))
          );
        })
        .map((h) => h.id);
      expect(needless, 'labels hidden though they collide with nothing shown').toEqual([]);
      // Most of the graph is named at Fit.
      expect(shown.length / all.length).toBeGreaterThan(0.7);
      await page.close();
    },
  );
});
