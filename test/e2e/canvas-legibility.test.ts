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
      // Arrowheads stay uncovered too (a link entering a node from below): from the tip 9 px back
      // along the link, 3 px either side, as the declutter reserves them.
      const arrowheads: Box[] = await page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const zoom = cy.zoom();
        const pan = cy.pan();
        return cy
          .edges()
          .not('.filtered, .hidden')
          .map((e: any) => {
            const t = e.targetEndpoint();
            const s = e.sourceEndpoint();
            const d = Math.hypot(t.x - s.x, t.y - s.y) || 1;
            const x = t.x * zoom + pan.x;
            const y = t.y * zoom + pan.y;
            const bx = (t.x - ((t.x - s.x) / d) * (9 / zoom)) * zoom + pan.x;
            const by = (t.y - ((t.y - s.y) / d) * (9 / zoom)) * zoom + pan.y;
            return {
              x1: Math.min(x, bx) - 3,
              y1: Math.min(y, by) - 3,
              x2: Math.max(x, bx) + 3,
              y2: Math.max(y, by) + 3,
            };
          });
      });
      const cut = (b: Box) =>
        b.x1 < 0 ||
        b.y1 < 0 ||
        b.x2 > w ||
        b.y2 > h ||
        overlays.some((o) => overlap(b, o)) ||
        arrowheads.some((a) => overlap(near(b), a));
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
      expect(shown.length / all.length).toBeGreaterThan(0.6);
      await page.close();
    },
  );
});

/** Where each located place is drawn, where its coordinates project to, and its marker's size, on screen. */
const mapPlaces = (page: Page) =>
  page.evaluate(() => {
    const { cy, canvas } = (window as any).corridor;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const leaders: string = canvas.basemap.current?.leaders?.lines ?? '';
    const segments = [...leaders.matchAll(/M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)/g)].map((m) =>
      m.slice(1).map(Number),
    );
    return cy
      .nodes()
      .filter((n: any) => typeof n.data('lat') === 'number' && !n.hasClass('filtered') && !n.hasClass('hidden'))
      .map((n: any) => {
        const p = canvas.mapProjection.project(n.data('lon'), n.data('lat'));
        const drawn = n.renderedPosition();
        const point = { x: p.x * zoom + pan.x, y: p.y * zoom + pan.y };
        // A fanned marker: a leader line from its true point to where it is drawn.
        const leader = segments.find(
          ([x1, y1, x2, y2]) =>
            Math.hypot(x1! - p.x, y1! - p.y) * zoom < 1 &&
            Math.hypot(x2! * zoom + pan.x - drawn.x, y2! * zoom + pan.y - drawn.y) < 1,
        );
        return { id: n.id(), drawn, point, fanned: !!leader, size: n.renderedWidth() as number };
      });
  }) as Promise<{ id: string; drawn: Point; point: Point; fanned: boolean; size: number }[]>;

interface Point {
  x: number;
  y: number;
}

describe.skipIf(!hasChromium)('the map', { timeout: 120_000 }, () => {
  let env: E2eEnv;
  beforeAll(async () => {
    env = await startE2e();
  }, 240_000);
  afterAll(async () => {
    await env?.close();
  });

  it('draws places at their coordinates, markers one size at any zoom, the border region readable', async () => {
    const { page } = await openExplorer(env.browser, env.baseUrl, { width: 1440, height: 900 });
    await page.click('.tabs [data-panel="filters"]');
    await loadWholeGraph(page);
    await page.selectOption('#layout-select', 'geo');
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await page.waitForFunction(() => !!document.querySelector('svg.basemap path')?.getAttribute('d'));
    await page.click('#btn-fit');
    await page.waitForTimeout(150);
    await shot(page, 'canvas', 'map-fit');
    const atFit = await mapPlaces(page);
    expect(atFit.length).toBeGreaterThan(15);
    // Each place is drawn at its projected point, or fanned out with a leader line to that point.
    for (const p of atFit)
      expect(p.fanned || Math.hypot(p.drawn.x - p.point.x, p.drawn.y - p.point.y) < 3, p.id).toBe(true);
    expect(atFit.filter((p) => !p.fanned).length).toBeGreaterThan(5);
    // The border region is readable: no two markers overlap, no two shown labels overlap.
    const bodies = await measureLabels(page);
    const shownLabels = bodies.filter((m) => !m.hidden);
    for (const [i, a] of shownLabels.entries())
      for (const b of shownLabels.slice(i + 1)) expect(overlap(a.label, b.label), `${a.id} and ${b.id}`).toBe(false);
    const markers = await page.evaluate(() =>
      (window as any).corridor.cy
        .nodes()
        .not('.filtered, .hidden')
        .map((n: any) => ({ id: n.id(), p: n.renderedPosition(), r: n.renderedWidth() / 2 })),
    );
    for (const [i, a] of markers.entries())
      for (const b of markers.slice(i + 1) as typeof markers)
        expect(Math.hypot(a.p.x - b.p.x, a.p.y - b.p.y), `${a.id} and ${b.id}`).toBeGreaterThanOrEqual(a.r + b.r);

    // Zoomed in 6x on Lạng Sơn: markers keep their size, places sit on their points.
    await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      cy.zoom({ level: cy.zoom() * 6, renderedPosition: cy.getElementById('lang-son').renderedPosition() });
    });
    await page.waitForTimeout(150);
    await shot(page, 'canvas', 'map-zoomed');
    const zoomed = await mapPlaces(page);
    const sizeAtFit = new Map(atFit.map((p) => [p.id, p.size]));
    for (const p of zoomed) expect(Math.abs(p.size - sizeAtFit.get(p.id)!), p.id).toBeLessThan(0.5);
    const langSon = zoomed.find((p) => p.id === 'lang-son')!;
    expect(langSon.fanned).toBe(false);
    expect(Math.hypot(langSon.drawn.x - langSon.point.x, langSon.drawn.y - langSon.point.y)).toBeLessThan(3);
    for (const p of zoomed)
      expect(p.fanned || Math.hypot(p.drawn.x - p.point.x, p.drawn.y - p.point.y) < 3, p.id).toBe(true);
    await page.close();
  });
});
