// The canvas is legible as drawn: measured from the boxes Cytoscape itself renders (not from an
// estimate), in the real app over the seed graph in a real Neo4j, in Debian's Chromium.
//  - Whole graph at Fit, 1440x900 and 1024x700: no two shown labels come within 3 px, none is under 9 px,
//    and every hidden label would run into a shown label or another node's marker.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { hasChromium } from './browser.ts';
import { OFF_MAP_RING } from '../../client/src/canvas/geo-layout.ts';
import { EDGE_COLOR } from '../../client/src/canvas/palette.ts';
import {
  downloaded,
  findPaths,
  NARROW,
  loadWholeGraph,
  openExplorer,
  openPanel,
  searchAndChoose,
  shot,
  showMap,
  useE2e,
  viewAtRest,
} from './explorer-page.ts';

/** The boxes of the shown elements matching `selector`, in the canvas's pixels (what covers it). */
const coverBoxes = (page: Page, selector: string): Promise<Box[]> =>
  page.evaluate((sel) => {
    const base = document.querySelector('#cy')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => !el.hidden && el.offsetParent !== null)
      .map((el) => el.getBoundingClientRect())
      .map((r) => ({ x1: r.left - base.left, y1: r.top - base.top, x2: r.right - base.left, y2: r.bottom - base.top }));
  }, selector);

/** '#6A3D9A' as Cytoscape reads a colour back: 'rgb(106,61,154)'. */
const rgbOf = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;

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
  /** A country's or a province's marker. */
  place: boolean;
}

/**
 * Every shown node's rendered label box (a hidden label measured by showing it for the reading) and
 * body, as drawn: Cytoscape's cached box is dropped first (a box read just after a label moved keeps
 * the label's old anchor while the canvas draws it at the new one).
 */
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
        n.pstyle('label');
        n.dirtyBoundingBoxCache();
        const label = n.renderedBoundingBox(opts);
        const font = parseFloat(n.style('font-size')) * cy.zoom();
        if (hidden) n.addClass('label-hidden');
        n.pstyle('label');
        n.dirtyBoundingBoxCache();
        const body = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        const place = ['Country', 'Province'].includes(n.data('kind'));
        return { id: n.id(), font, label, body, hidden, place };
      });
  });

/**
 * Labels the live canvas draws cut (Cytoscape's texture caches: a label's cached image clipped to a
 * stale box): each shown label's box on the canvas as it is on screen against the same view drawn
 * again straight, as cy.png() draws it. A label that loses a fifth of its inked columns or rows is cut.
 */
const cutLabels = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const cy = (window as any).corridor.cy;
    const r = cy.renderer();
    const frame = () => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
    await frame();
    const live = r.data.contexts[r.NODE] as CanvasRenderingContext2D;
    const { width: W, height: H } = live.canvas;
    const ratio = W / cy.width();
    const seen = live.getImageData(0, 0, W, H).data;
    // The same view drawn straight, as cy.png() draws it (no element, label or layer textures).
    const off = document.createElement('canvas');
    off.width = W;
    off.height = H;
    const ctx = off.getContext('2d')!;
    const pan = cy.pan();
    ctx.translate(pan.x * ratio, pan.y * ratio);
    ctx.scale(ratio * cy.zoom(), ratio * cy.zoom());
    r.drawElements(ctx, r.getCachedZSortedEles());
    const straight = ctx.getImageData(0, 0, W, H).data;
    const ink = (px: Uint8ClampedArray, i: number) =>
      px[i + 3]! > 100 && 0.3 * px[i]! + 0.59 * px[i + 1]! + 0.11 * px[i + 2]! < 110;
    const opts = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
    // Markers are drawn from element textures a pixel off the straight drawing: a marker's edge
    // inside a label's box is not the label's ink, so marker pixels (and a pixel round them) are left out.
    const bodies = cy
      .nodes()
      .filter((n: any) => n.visible())
      .map((n: any) => n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }));
    const onMarker = (x: number, y: number) =>
      bodies.some(
        (b: any) => x >= b.x1 * ratio - 1 && x <= b.x2 * ratio + 1 && y >= b.y1 * ratio - 1 && y <= b.y2 * ratio + 1,
      );
    const cut: string[] = [];
    cy.nodes()
      .not('.filtered, .hidden, .label-hidden')
      .forEach((n: any) => {
        if (!n.visible() || !n.style('label')) return;
        const b = n.renderedBoundingBox(opts);
        const [x1, x2] = [Math.max(0, Math.floor(b.x1 * ratio)), Math.min(W, Math.ceil(b.x2 * ratio))];
        const [y1, y2] = [Math.max(0, Math.floor(b.y1 * ratio)), Math.min(H, Math.ceil(b.y2 * ratio))];
        // The columns and rows holding ink in the straight drawing: each must hold ink (within a
        // pixel) on screen too; a cut label loses a band of them.
        const cols = new Set<number>();
        const rows = new Set<number>();
        const liveCols = new Set<number>();
        const liveRows = new Set<number>();
        for (let y = y1; y < y2; y++)
          for (let x = x1; x < x2; x++) {
            if (onMarker(x, y)) continue;
            const i = (y * W + x) * 4;
            if (ink(straight, i)) {
              cols.add(x);
              rows.add(y);
            }
            if (ink(seen, i)) {
              liveCols.add(x);
              liveRows.add(y);
            }
          }
        const near = (set: Set<number>, v: number) => set.has(v) || set.has(v - 1) || set.has(v + 1);
        const lostCols = [...cols].filter((x) => !near(liveCols, x)).length;
        const lostRows = [...rows].filter((y) => !near(liveRows, y)).length;
        if ((lostCols >= 3 && lostCols > 0.2 * cols.size) || (lostRows >= 3 && lostRows > 0.2 * rows.size))
          cut.push(`${n.data('display')} (${lostCols}/${cols.size} columns, ${lostRows}/${rows.size} rows)`);
      });
    return cut;
  });

/**
 * What is wrong with the names as Cytoscape draws them now (each drawn label's own rendered box):
 * two that overlap, one nearer another node's marker than its own (it reads as that node's), one
 * the canvas's edge cuts. Empty lists when the names can be trusted.
 */
const drawnLabelFaults = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as any).corridor.cy;
    const fresh = { useCache: false, includeOverlays: false, includeEdges: false };
    const nodes = cy.nodes().filter((n: any) => n.visible() && !n.hasClass('filtered') && !n.hasClass('hidden'));
    const all = nodes.map((n: any) => ({
      name: n.data('display') as string,
      body: n.renderedBoundingBox({ ...fresh, includeLabels: false }),
      label: n.renderedBoundingBox({ ...fresh, includeNodes: false, includeLabels: true }),
      drawn: n.pstyle('label').strValue !== '',
    }));
    const shown = all.filter((m: any) => m.drawn && m.label.w > 0);
    const over = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const gap = (a: any, b: any) => Math.max(0, a.x1 - b.x2, b.x1 - a.x2, a.y1 - b.y2, b.y1 - a.y2);
    const overlapping: string[] = [];
    shown.forEach((a: any, i: number) =>
      shown.slice(i + 1).forEach((b: any) => over(a.label, b.label) && overlapping.push(`${a.name} | ${b.name}`)),
    );
    // A name in a corner of its marker touches it by a corner only: it reads as the marker nearest
    // its middle (walk 32, 2: "Bắc Ninh" bottom right of its hexagon, nearer Guangxi's middle).
    const mid = (b: any) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });
    const apart = (a: any, b: any) => Math.hypot(mid(a).x - mid(b).x, mid(a).y - mid(b).y);
    const corner = (l: any, b: any) => (l.x2 <= b.x1 + 1 || l.x1 >= b.x2 - 1) && (l.y2 <= b.y1 + 1 || l.y1 >= b.y2 - 1);
    const misread = shown.flatMap((m: any) => {
      const own = gap(m.label, m.body);
      const nearer = all.filter((o: any) => o !== m && gap(m.label, o.body) < own - 0.5).map((o: any) => o.name);
      if (corner(m.label, m.body))
        nearer.push(
          ...all
            .filter((o: any) => o !== m && apart(m.label, o.body) < apart(m.label, m.body) - 0.5)
            .map((o: any) => `${o.name} (a corner name's middle)`),
        );
      return nearer.length ? [`${m.name} reads as ${nearer.join(', ')}'s`] : [];
    });
    const cut = shown
      .filter((m: any) => m.label.x1 < 0 || m.label.y1 < 0 || m.label.x2 > cy.width() || m.label.y2 > cy.height())
      .map((m: any) => m.name as string);
    return { shown: shown.length as number, overlapping, misread, cut };
  });

/** The names shown, and those shown after a node is hovered and left (the declutter run twice more on the same view): the same when its result holds. */
const labelsAfterHover = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as any).corridor.cy;
    const names = () =>
      cy
        .nodes()
        .filter((n: any) => n.visible() && n.pstyle('label').strValue !== '')
        .map((n: any) => n.id())
        .sort();
    const before = names();
    const n = cy.nodes(':visible')[0];
    n.emit('mouseover');
    n.emit('mouseout');
    return { before, after: names() };
  });

/** Screen px kept between any two shown labels' boxes. */
const LABEL_AIR = 3;

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe.skipIf(!hasChromium)('the canvas as drawn', { timeout: 120_000 }, () => {
  const suite = useE2e();

  // The left panel closed, as the analyst's journey, and open (Filters), as the explorer starts.
  it.each(SIZES.flatMap((size) => [false, true].map((filters) => ({ ...size, filters }))))(
    'whole graph at Fit, %o: labels apart (never touching), none under 9 px, none hidden needlessly',
    async ({ filters, ...size }) => {
      const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, size);
      if (!filters) await page.click('#btn-collapse-panel');
      await loadWholeGraph(page);
      await page.click('#btn-fit');
      await page.waitForTimeout(100); // the declutter runs on the next animation frame after a viewport change
      await shot(page, 'canvas', `whole-graph-fit${filters ? '-filters' : ''}`);
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
      // Apart, not only not overlapping: two names drawn end to end read as one ("ChinaGovernment of China").
      const gapOf = (a: Box, b: Box) => Math.max(0, a.x1 - b.x2, b.x1 - a.x2, a.y1 - b.y2, b.y1 - a.y2);
      for (const [i, a] of shown.entries())
        for (const b of shown.slice(i + 1))
          expect(gapOf(a.label, b.label), `${a.id} and ${b.id} apart`).toBeGreaterThanOrEqual(LABEL_AIR);
      // Each name reads as its own node's: no other marker is nearer to it (the Hà Nội square once
      // sat by "Hanoi People's Committee"), the most linked nodes' names included.
      for (const m of shown) {
        const own = gapOf(m.label, m.body);
        const nearer = all.filter((o) => o.id !== m.id && gapOf(m.label, o.body) < own - 0.5).map((o) => o.id);
        expect(nearer, `${m.id}'s name is nearer to`).toEqual([]);
      }
      // Walk 24, 3: no name lies on a country's or a province's marker other than its own ("Lạng Sơn"
      // over Guangxi's hexagon read as Guangxi's name). A marker taken as the disc its box holds.
      const onDisc = (l: Box, b: Box) => {
        const [cx, cy, r] = [(b.x1 + b.x2) / 2, (b.y1 + b.y2) / 2, Math.min(b.x2 - b.x1, b.y2 - b.y1) / 2];
        return Math.hypot(Math.max(l.x1 - cx, 0, cx - l.x2), Math.max(l.y1 - cy, 0, cy - l.y2)) < r;
      };
      const onPlaces = shown.flatMap((m) =>
        all.filter((o) => o.id !== m.id && o.place && onDisc(m.label, o.body)).map((o) => `${m.id} on ${o.id}`),
      );
      expect(onPlaces, 'names on a place’s marker').toEqual([]);
      // The declutter keeps 2 px of air around each label: a label that comes within 4 px counts,
      // and so does one the canvas's edge would cut.
      const near = (b: Box): Box => ({ x1: b.x1 - 4, y1: b.y1 - 4, x2: b.x2 + 4, y2: b.y2 + 4 });
      // The legend and panels floating over the canvas cover what is under them.
      const overlays: Box[] = await coverBoxes(page, '.canvas-overlay');
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

  it('labels are drawn whole (not cut by a stale texture) after Whole graph, Fit, layout switches, the details card', async () => {
    const cut: Record<string, string[]> = {};
    const check = async (page: Page, step: string) => {
      await page.evaluate(() => (window as any).corridor.canvas.idle());
      await page.waitForTimeout(250);
      const found = await cutLabels(page);
      if (found.length) cut[`${page.viewportSize()!.width} ${step}`] = found;
    };
    for (const size of SIZES) {
      const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, size);
      await loadWholeGraph(page);
      await check(page, 'whole graph');
      await page.click('#btn-fit');
      await check(page, 'fit');
      for (const layout of ['concentric', 'fcose']) {
        await page.selectOption('#layout-select', layout);
        await check(page, layout);
      }
      await page.focus('#cy');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.locator('#details').waitFor();
      await check(page, 'details');
      await page.keyboard.press('Escape');
      await check(page, 'closed');
      await shot(page, 'canvas', 'labels-whole');
      await page.close();
    }
    expect(cut).toEqual({});
  });

  it.each(SIZES)(
    'names as drawn after Whole graph, Select neighbours and a Cypher highlight, %o: none overlaps, none reads as another node’s, none cut',
    async (size) => {
      const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, size);
      await loadWholeGraph(page); // the Filters panel open over the canvas, as a new user finds it
      await page.waitForTimeout(300);
      const faults: Record<string, unknown> = {};
      const check = async (state: string) => {
        const f = await drawnLabelFaults(page);
        expect(f.shown, state).toBeGreaterThan(8);
        if (f.overlapping.length || f.misread.length || f.cut.length) faults[state] = f;
        await shot(page, 'labels-truth', state);
      };
      await check('whole-graph');
      await page.evaluate(() => {
        (window as any).corridor.cy.getElementById('guangxi').select();
      });
      await page.click('[data-action="select-neighbors"]');
      await page.waitForTimeout(300);
      await check('neighbours');
      await openPanel(page, 'cypher');
      await page.locator('#cypher-editor .cm-content').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type("MATCH (a:Province {id: 'hung-yen'})-[r]-(b) RETURN a, r, b");
      await page.click('#btn-run-cypher');
      await page.locator('#cypher-summary').waitFor();
      await page.waitForTimeout(300);
      await check('cypher-highlight');
      expect(faults).toEqual({});
      await page.close();
    },
  );

  it.each(SIZES)(
    'walk 32, 2. names after Whole graph, the Map and back to Force, a node selected, Fit (Timeline open), %o: none reads as another node’s',
    async (size) => {
      const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, size);
      await openPanel(page, 'timeline');
      await loadWholeGraph(page);
      for (const layout of ['geo', 'fcose']) {
        await page.selectOption('#layout-select', layout);
        await page.evaluate(() => (window as any).corridor.canvas.idle());
      }
      await page.evaluate(() => {
        (window as any).corridor.cy.getElementById('vietnam').select();
      });
      await page.click('#btn-fit');
      await page.waitForTimeout(300);
      await shot(page, 'labels-truth', 'map-and-back');
      const f = await drawnLabelFaults(page);
      expect(f.shown).toBeGreaterThan(8);
      expect({ overlapping: f.overlapping, misread: f.misread, cut: f.cut }).toEqual({
        overlapping: [],
        misread: [],
        cut: [],
      });
      await page.close();
    },
  );

  it.each(SIZES)(
    'names after a wheel zoom and when presenting, %o: decided again once the zoom settles (no hover needed), none overlaps, misreads or is cut',
    async (size) => {
      const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, size);
      await loadWholeGraph(page);
      await page.waitForTimeout(300);
      const faults: Record<string, unknown> = {};
      const check = async (state: string) => {
        const f = await drawnLabelFaults(page);
        if (f.overlapping.length || f.misread.length || f.cut.length) faults[state] = f;
        await shot(page, 'labels-truth', state);
      };
      // Five notches in, about 2x, the pointer then moved off every node.
      const box = (await page.locator('#cy').boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.45);
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -100);
      await page.mouse.move(box.x + 5, box.y + box.height - 5);
      await page.waitForTimeout(300);
      await check('wheel-zoomed');
      // A hover shows no name that was not shown already (the walkthrough's were hidden until one).
      const again = await labelsAfterHover(page);
      expect(again.after, 'names shown after a hover').toEqual(again.before);
      await page.click('#btn-fit');
      await openPanel(page, 'story');
      await page.click('#btn-save-view');
      await page.click('#btn-story-present');
      await page.waitForTimeout(500);
      await check('presenting');
      expect(faults).toEqual({});
      await page.close();
    },
  );

  it('walk 13, 8. at 1024x700 every node of a console result is named, before any resize: highlighted names rank above faded ones, decided again when the highlight changes', async () => {
    const page = await suite.fresh({ width: 1024, height: 700 });
    await loadWholeGraph(page);
    await openPanel(page, 'cypher');
    await page.locator('#cypher-editor .cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('MATCH (a:Official)-[r:MET]->(b) RETURN a, r, b');
    await page.click('#btn-run-cypher');
    await page.locator('#cypher-summary').waitFor();
    await viewAtRest(page);
    await page.waitForTimeout(1800); // the result's flash (1.6 s) is over
    const unnamed = () =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        return cy
          .nodes('.path-highlight')
          .filter((n: any) => n.hasClass('label-hidden') || n.pstyle('label').strValue === '')
          .map((n: any) => n.data('label') as string);
      });
    await shot(page, 'walk13', 'met-result');
    expect(await unnamed(), 'highlighted nodes left unnamed').toEqual([]);
    // The names shown are those the declutter decides for the result as drawn now (not as it was
    // drawn during the flash, nor before the highlight).
    const names = () =>
      page.evaluate(() =>
        (window as any).corridor.cy
          .nodes()
          .filter((n: any) => n.visible() && n.pstyle('label').strValue !== '')
          .map((n: any) => [n.id(), ...n.classes().filter((c: string) => c.startsWith('label-'))].sort().join(' '))
          .sort(),
      );
    const afresh = async (state: string) => {
      const now = await names();
      await page.evaluate(() => {
        (window as any).corridor.canvas.relabel(true);
      });
      expect(now, `${state}: names as decided afresh`).toEqual(await names());
    };
    await afresh('result');
    // Cleared, nothing moves: the names are decided again without the result's rank.
    await page.click('#btn-clear-highlight');
    await page.waitForTimeout(300);
    await afresh('highlight cleared');
    await page.close();
  });

  it.each(SIZES)(
    'walk14 4. whole graph in force layout with a console highlight, %o: no shown name lies over a highlighted or named node, nor over another name',
    async (size) => {
      const page = await suite.fresh(size);
      await loadWholeGraph(page);
      await openPanel(page, 'cypher');
      await page.locator('#cypher-editor .cm-content').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('MATCH (a)-[r]->(b) RETURN a, r, b');
      await page.click('#btn-run-cypher');
      await page.locator('#cypher-summary').waitFor();
      await viewAtRest(page);
      await page.waitForTimeout(1800); // the result's flash (1.6 s) is over
      await shot(page, 'walk14', 'console-highlight-whole-graph');
      const lit = new Set(
        await page.evaluate(() =>
          (window as any).corridor.cy.nodes('.path-highlight').map((n: any) => n.id() as string),
        ),
      );
      const all = await measureLabels(page);
      const named = all.filter((m) => !m.hidden && m.label.x2 - m.label.x1 > 0);
      const kept = new Set(named.map((m) => m.id));
      const faults: string[] = [];
      for (const a of named) {
        for (const b of all)
          if (b.id !== a.id && (lit.has(b.id) || kept.has(b.id)) && overlap(a.label, b.body))
            faults.push(`${a.id}'s name over ${b.id}`);
        for (const b of named) if (b.id > a.id && overlap(a.label, b.label)) faults.push(`${a.id} and ${b.id} names`);
      }
      expect(faults).toEqual([]);
      await page.close();
    },
  );

  it('walk 13, 7. no highlighted link is drawn through a node it does not join (a path with reference links, then at Fit): force layout, whole graph', async () => {
    const page = await suite.fresh();
    await loadWholeGraph(page);
    /** Each highlighted link's straight line, centre to centre, and the shown nodes other than its ends whose body it crosses. */
    const crossings = () =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const nodes = cy.nodes().filter((n: any) => n.visible() && !n.hasClass('filtered') && !n.hasClass('hidden'));
        const crosses = (a: any, b: any, box: any) => {
          let [t0, t1] = [0, 1];
          const [dx, dy] = [b.x - a.x, b.y - a.y];
          for (const [p, q] of [
            [-dx, a.x - box.x1],
            [dx, box.x2 - a.x],
            [-dy, a.y - box.y1],
            [dy, box.y2 - a.y],
          ] as [number, number][]) {
            if (p === 0) {
              if (q < 0) return false;
            } else if (p < 0) t0 = Math.max(t0, q / p);
            else t1 = Math.min(t1, q / p);
            if (t0 > t1) return false;
          }
          return true;
        };
        return cy
          .edges('.path-highlight')
          .filter((e: any) => e.visible())
          .flatMap((e: any) => {
            const [s, t] = [e.source(), e.target()];
            return nodes
              .filter((n: any) => !n.same(s) && !n.same(t))
              .filter((n: any) => crosses(s.position(), t.position(), n.boundingBox({ includeLabels: false })))
              .map((n: any) => `${s.data('label')} → ${t.data('label')} crosses ${n.data('label')}`);
          }) as string[];
      });
    await findPaths(page, ['hung yen', 'Hưng Yên'], ['weifang', 'Weifang'], { reference: true });
    await page.waitForFunction(() => (window as any).corridor.cy.edges('.path-highlight').length > 1);
    await viewAtRest(page);
    await shot(page, 'walk13', 'path-ref');
    expect(await crossings(), 'after the path is drawn').toEqual([]);
    await page.click('#btn-fit');
    await viewAtRest(page);
    expect(await crossings(), 'at Fit').toEqual([]);
    await page.close();
  });

  it("walk 29. a name shows only where its node does: none for a marker past the canvas's edge or under a panel (1024)", async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, NARROW);
    await loadWholeGraph(page);
    await openPanel(page, 'filters'); // at 1024 it floats over the canvas
    await page.click('#btn-fit');
    await viewAtRest(page);
    /** Names drawn whose node's middle is off the canvas or under something floating over it. */
    const namedUnseen = (where: string) =>
      page.evaluate((at) => {
        const cy = (window as any).corridor.cy;
        const base = cy.container().getBoundingClientRect();
        const covers = [...document.querySelectorAll<HTMLElement>('.canvas-overlay')]
          .filter((el) => !el.hidden && el.offsetParent !== null)
          .map((el) => el.getBoundingClientRect());
        return cy
          .nodes(':visible')
          .filter((n: any) => !n.hasClass('label-hidden') && n.style('label'))
          .filter((n: any) => {
            const p = n.renderedPosition();
            const [x, y] = [p.x + base.left, p.y + base.top];
            const off = p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
            return off || covers.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
          })
          .map((n: any) => `${n.data('label')} named, its marker unseen (${at})`) as string[];
      }, where);
    /** Pans node `id`'s middle to `to` (the canvas's px; a side left out stays). */
    const panTo = (id: string, to: { x?: number; y?: number }) =>
      page.evaluate(
        ([at, p]) => {
          const cy = (window as any).corridor.cy;
          const now = cy.getElementById(at).renderedPosition();
          cy.panBy({ x: p.x === undefined ? 0 : p.x - now.x, y: p.y === undefined ? 0 : p.y - now.y });
        },
        [id, to] as const,
      );
    const found: string[] = [];
    const height = await page.evaluate(() => (window as any).corridor.cy.height() as number);
    const panelEdge = await page.evaluate(() => {
      const base = (window as any).corridor.cy.container().getBoundingClientRect();
      return document.querySelector('#left-panel')!.getBoundingClientRect().right - base.left;
    });
    // The most linked places, each a few px past the canvas's foot, then just under the panel's edge.
    for (const id of ['vietnam', 'china', 'quang-ninh', 'bac-ninh']) {
      await panTo(id, { y: height + 4 });
      await settled(page);
      found.push(...(await namedUnseen(`${id} past the foot`)));
      await panTo(id, { x: panelEdge - 6, y: height / 2 });
      await settled(page);
      found.push(...(await namedUnseen(`${id} under the panel`)));
    }
    await shot(page, 'canvas', 'walk29-names-of-unseen');
    expect(found).toEqual([]);
    await page.close();
  });
});

/**
 * Every marker under the map, on screen: where it is drawn, its true point (a place's coordinates
 * through the map's projection; a node placed by its links, the point the layout gave it), its size,
 * whether a leader line ties it to that point, and the cluster it is gathered in.
 */
const mapMarkers = (page: Page) =>
  page.evaluate(() => {
    const { cy, canvas } = (window as any).corridor;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const toScreen = (p: { x: number; y: number }) => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
    const leaders: string = canvas.basemap.current?.leaders?.lines ?? '';
    const segments = [...leaders.matchAll(/M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)/g)].map((m) =>
      m.slice(1).map(Number),
    );
    const homes: Map<string, { x: number; y: number }> = canvas.geoHomes;
    const headOf = new Map<string, string>();
    cy.nodes('.geo-cluster').forEach((h: any) =>
      h.data('mapCluster').members.forEach((id: string) => headOf.set(id, h.id())),
    );
    return cy
      .nodes('.geo-marker')
      .not('.filtered, .hidden')
      .map((n: any) => {
        const located = typeof n.data('lat') === 'number';
        const point = toScreen(
          located ? canvas.mapProjection.project(n.data('lon'), n.data('lat')) : homes.get(n.id())!,
        );
        const drawn = n.renderedPosition();
        const h = homes.get(n.id())!;
        const fanned = segments.some(
          ([x1, y1, x2, y2]) =>
            Math.hypot(x1! - h.x, y1! - h.y) * zoom < 1 &&
            Math.hypot(x2! * zoom + pan.x - drawn.x, y2! * zoom + pan.y - drawn.y) < 1,
        );
        const cluster = n.data('mapCluster');
        // A cluster set beside the places' markers: a leader line ends where it is drawn.
        const tied = segments.some(
          ([, , x2, y2]) => Math.hypot(x2! * zoom + pan.x - drawn.x, y2! * zoom + pan.y - drawn.y) < 1,
        );
        return {
          tied,
          id: n.id(),
          located,
          derived: n.hasClass('geo-derived'),
          drawn,
          point,
          home: toScreen(h),
          fanned,
          size: n.renderedWidth() as number,
          hidden: n.hasClass('geo-clustered'),
          head: headOf.get(n.id()) ?? null,
          members: cluster ? (cluster.members as string[]) : null,
          label: cluster ? (cluster.label as string) : null,
        };
      });
  }) as Promise<Marker[]>;

interface Point {
  x: number;
  y: number;
}
interface Marker {
  id: string;
  tied: boolean;
  located: boolean;
  derived: boolean;
  drawn: Point;
  point: Point;
  home: Point;
  fanned: boolean;
  size: number;
  hidden: boolean;
  head: string | null;
  members: string[] | null;
  label: string | null;
}
const gap = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** The farthest a crowded place is drawn from its true point on screen (tied to it by a leader line). */
const MAP_FAN_PX = 40;
/**
 * Places closer than this on screen (less than a marker's radius) are read as one spot: which side
 * of the other each is drawn on says nothing (their leader lines say where each lies).
 */
const MAP_SAME_POINT_PX = 12;
/**
 * The farthest (screen px) a place may be drawn past the height or meridian of a place it truly lies
 * on the other side of: a third of a marker, too little to read as an order.
 */
const MAP_LEVEL_PX = 8;
/** Places gather only with a place closer than this on screen (a marker's width and a half). */
const MAP_GATHER_PX = 36;

/**
 * Every place with coordinates on the map (not off it): its true point through the basemap layer's own
 * transform, where its marker is drawn, and whether a leader line ties the two.
 */
const placesAsDrawn = (page: Page) =>
  page.evaluate(() => {
    const { cy, canvas } = (window as any).corridor;
    const g = document.querySelector('svg.basemap g') as SVGGElement;
    const box = document.querySelector('#cy')!.getBoundingClientRect();
    const [zoom, pan] = [cy.zoom(), cy.pan()];
    const segments = [
      ...String(canvas.basemap.current?.leaders?.lines ?? '').matchAll(/M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)/g),
    ].map((m) => m.slice(1).map(Number) as [number, number, number, number]);
    return cy
      .nodes('.geo-marker')
      .not('.filtered, .hidden, .geo-offmap')
      .filter((n: any) => typeof n.data('lat') === 'number')
      .map((n: any) => {
        const p = canvas.mapProjection.project(n.data('lon'), n.data('lat'));
        const s = new DOMPoint(p.x, p.y).matrixTransform(g.getScreenCTM()!);
        const point = { x: s.x - box.x, y: s.y - box.y };
        const drawn = n.renderedPosition();
        const tied = segments.some(
          ([x1, y1, x2, y2]) =>
            Math.hypot(x1 * zoom + pan.x - point.x, y1 * zoom + pan.y - point.y) < 1 &&
            Math.hypot(x2 * zoom + pan.x - drawn.x, y2 * zoom + pan.y - drawn.y) < 1,
        );
        const gathered = n.hasClass('geo-clustered') || n.hasClass('geo-cluster');
        return { id: n.id(), point, drawn, tied, gathered };
      });
  }) as Promise<Place[]>;
interface Place {
  id: string;
  point: Point;
  drawn: Point;
  tied: boolean;
  /** Gathered into a cluster (drawn at the cluster's centroid, or hidden). */
  gathered: boolean;
}

/** Every map marker (sorted by id): its true point (model), whether marked off the map, its name and where it is drawn. */
const mapState = (page: Page) =>
  page.evaluate(() => {
    const { cy, canvas } = (window as any).corridor;
    const homes = canvas.geoHomes as Map<string, Point> | null;
    return cy
      .nodes('.geo-marker')
      .not('.filtered, .hidden')
      .map((n: any) => ({
        id: n.id() as string,
        home: homes?.get(n.id()) ?? { x: NaN, y: NaN },
        offMap: n.hasClass('geo-offmap') as boolean,
        label: String(n.style('label')),
        drawn: n.renderedPosition() as Point,
      }))
      .sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
  }) as Promise<{ id: string; home: Point; offMap: boolean; label: string; drawn: Point }[]>;

/** Waits for the names placed again on the frame after a change (a busy machine). */
const settled = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Views into the border region: a place zoomed in on from Fit, by so many wheel notches (15% each). */
const VIEWS_INTO_THE_BORDER = [
  ['hanoi', 3],
  ['bac-giang', 5],
  ['cao-bang', 5],
] as const;

/** Each view into the border, with the left panel closed and then open: `check` is told which view it is. */
async function atEachBorderView(page: Page, check: (where: string) => Promise<void>): Promise<void> {
  for (const panel of [null, 'filters']) {
    if (panel) await openPanel(page, panel);
    for (const [at, steps] of VIEWS_INTO_THE_BORDER) await check(await zoomInto(page, at, steps, panel));
  }
}

/**
 * Zooms about node `id` where it is drawn (it stays put, as under a wheel): `by` times the zoom
 * now, or `to` a level.
 */
const zoomAbout = (page: Page, id: string, zoom: { by: number } | { to: number }) =>
  page.evaluate(
    ([at, z]) => {
      const cy = (window as any).corridor.cy;
      const level = 'to' in z ? z.to : cy.zoom() * z.by;
      cy.zoom({ level, renderedPosition: cy.getElementById(at).renderedPosition() });
    },
    [id, zoom] as const,
  );

/** Clicks the zoom-in or zoom-out button `times` times, waiting `pauseMs` after each (the names placed again). */
async function zoomSteps(page: Page, button: 'in' | 'out', times: number, pauseMs: number): Promise<void> {
  for (let step = 0; step < times; step++) {
    await page.click(`#btn-zoom-${button}`);
    await page.waitForTimeout(pauseMs);
  }
}

/** From Fit, zoomed in `steps` notches about the place `at`; says which view it is. */
async function zoomInto(page: Page, at: string, steps: number, panel: string | null): Promise<string> {
  await page.click('#btn-fit');
  await page.waitForTimeout(300); // Fit's animation ends before the zoom
  await zoomAbout(page, at, { by: Math.pow(1.15, steps) });
  await settled(page);
  await shot(page, 'canvas', `map-into-${at}-${steps}${panel ? '-panel' : ''}`);
  return `${steps} steps into ${at}${panel ? `, ${panel} open` : ''}`;
}

/**
 * Places left unnamed for a name placed by association: the map's places named with every name
 * placed by the app's own declutter, against those named when the officials', bodies' and events'
 * names are blanked (their markers stay). Ranked first, the places keep the same names either way.
 */
const namesTakenFromPlaces = (page: Page, where: string) =>
  page.evaluate((at) => {
    const { cy, canvas } = (window as any).corridor;
    const named = () => {
      canvas.relabel(true);
      return cy
        .nodes('.geo-marker')
        .not('.geo-derived, .geo-cluster, .geo-clustered, .filtered, .hidden, .label-hidden')
        .map((n: any) => n.id() as string);
    };
    const derived = cy.nodes('.geo-derived');
    const names = derived.map((n: any) => [n, n.data('display')]);
    derived.forEach((n: any) => void n.data('display', ''));
    const alone: string[] = named();
    names.forEach(([n, name]: [any, string]) => void n.data('display', name));
    const withAll = new Set(named());
    return alone.filter((id) => !withAll.has(id)).map((id) => `${id} unnamed for a name placed by association (${at})`);
  }, where);

/**
 * Clusters of nodes placed by their links (no coordinates of their own) drawn nearer another place's
 * marker than the marker of the place most of their members stand beside: a reader takes a cluster
 * for the nearest place's. A place gathered into a cluster is marked by that cluster's marker.
 */
const clustersNearOtherPlaces = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as any).corridor.cy;
    const located = (n: any) => typeof n.data('lat') === 'number';
    const markOf = new Map<string, string>();
    const marks = new Map<string, { x: number; y: number }>();
    cy.nodes('.geo-marker')
      .not('.filtered, .hidden, .geo-clustered')
      .forEach((n: any) => {
        const members: string[] = n.data('mapCluster')?.members ?? [n.id()];
        if (!members.some((id) => located(cy.getElementById(id)))) return;
        marks.set(n.id(), n.renderedPosition());
        members.forEach((id) => markOf.set(id, n.id()));
      });
    const faults: string[] = [];
    cy.nodes('.geo-cluster')
      .filter((h: any) => !located(h))
      .forEach((h: any) => {
        const count = new Map<string, number>();
        // A member's place: the one it stands beside on the map (geo-anchor.ts: a national body by its
        // capital, not by its country's centroid), else the places it links to.
        for (const id of h.data('mapCluster').members as string[]) {
          const m = cy.getElementById(id);
          const beside = cy.getElementById(m.scratch('geoAnchor') ?? '').not('.filtered, .hidden');
          (beside.nonempty() ? beside : m.neighborhood().nodes().not('.filtered, .hidden').filter(located)).forEach(
            (p: any) => void count.set(p.id(), (count.get(p.id()) ?? 0) + 1),
          );
        }
        const most = Math.max(...count.values());
        const its = new Set([...count].filter(([, n]) => n === most).map(([id]) => markOf.get(id)));
        const at = h.renderedPosition();
        const gap = (p: { x: number; y: number }) => Math.hypot(p.x - at.x, p.y - at.y);
        const nearest = [...marks].sort((a, b) => gap(a[1]) - gap(b[1]))[0]!;
        if (!its.has(nearest[0]))
          faults.push(
            `${h.data('mapCluster').label} nearest ${nearest[0]} (${gap(nearest[1]).toFixed(0)} px), not its place ${[...its].join('/')}`,
          );
      });
    return faults;
  });

/** Each marker is on its true point, fanned near it with a leader line, or in a cluster at (or tied to) its centroid. */
function expectHonest(markers: Marker[]): void {
  const byId = new Map(markers.map((m) => [m.id, m]));
  for (const m of markers) {
    expect(gap(m.home, m.point), `${m.id}: laid out at its coordinates`).toBeLessThan(1);
    if (m.head) {
      const head = byId.get(m.head)!;
      const all = head.members!.map((id) => byId.get(id)!);
      // The centroid of the members' own coordinates (nodes placed by their links have none).
      const members = all.some((x) => x.located) ? all.filter((x) => x.located) : all;
      const centroid = {
        x: members.reduce((s, x) => s + x.home.x, 0) / members.length,
        y: members.reduce((s, x) => s + x.home.y, 0) / members.length,
      };
      // At its centroid, or set beside the places' markers there and tied to it by a leader line.
      const off = gap(head.drawn, centroid);
      if (off >= 2) expect(head.tied, `${m.id}'s cluster tied to its centroid`).toBe(true);
      expect(off, `${m.id}'s cluster near its centroid`).toBeLessThan(130);
      expect(m.hidden || m.id === m.head, m.id).toBe(true);
      continue;
    }
    // Fanned near its point, tied to it by a leader line (in the crowded delta up to three rings out).
    const reach = 130;
    if (m.fanned) expect(gap(m.drawn, m.point), `${m.id} fanned near its point`).toBeLessThanOrEqual(reach);
    else expect(gap(m.drawn, m.point), `${m.id} on its point`).toBeLessThan(3);
  }
  for (const head of markers.filter((m) => m.members)) {
    // The count shown is the number of members hidden behind the marker.
    const hidden = markers.filter((m) => m.head === head.id && m.hidden).length;
    expect(head.label, head.id).toMatch(new RegExp(`\\+${hidden}$`));
    expect(hidden, head.id).toBe(head.members!.length - 1);
  }
}

/** The basemap's country names drawn where a node's marker or shown label is (their boxes as drawn, 1 px air). */
async function namesOnNodes(page: Page): Promise<string[]> {
  const nodes = await measureLabels(page);
  const names: { name: string; box: Box }[] = await page.evaluate(() => {
    const base = document.querySelector('#cy')!.getBoundingClientRect();
    return [...document.querySelectorAll<SVGTextElement>('svg.basemap .country-names text')]
      .filter((t) => t.getAttribute('display') !== 'none')
      .map((t) => ({ name: t.textContent ?? '', r: t.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0)
      .map(({ name, r }) => ({
        name,
        box: { x1: r.left - base.left, y1: r.top - base.top, x2: r.right - base.left, y2: r.bottom - base.top },
      }));
  });
  const near = (b: Box): Box => ({ x1: b.x1 - 1, y1: b.y1 - 1, x2: b.x2 + 1, y2: b.y2 + 1 });
  return names.flatMap(({ name, box }) =>
    nodes
      .filter((n) => overlap(near(box), n.body) || (!n.hidden && overlap(near(box), n.label)))
      .map((n) => `${name} / ${n.id}`),
  );
}

describe.skipIf(!hasChromium)('the map', { timeout: 180_000 }, () => {
  const suite = useE2e();

  /** The whole seed graph under the map, at Fit, the basemap drawn. */
  /** `linkless`: show the nodes "Whole graph" brings without a link too (the switch hides them). */
  async function mapAtFit(size: { width: number; height: number }, linkless = false): Promise<Page> {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, size);
    await loadWholeGraph(page);
    if (linkless) {
      await openPanel(page, 'filters');
      await page.uncheck('input[name="hide-unlinked"]');
      await page.click('#btn-collapse-panel'); // closed again: the map gets the whole canvas
    }
    await showMap(page);
    await page.click('#btn-fit');
    await page.waitForTimeout(150);
    // The names are placed again on the frame after a viewport change: wait for it on a busy machine.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    return page;
  }

  it('no place on a wrong real place: far countries outside the rim marked off the map, provinces inside, people at their posts, markers on the basemap', async () => {
    // France and the United States have no link in the seed: shown, as a user can ask.
    const page = await mapAtFit({ width: 1440, height: 900 }, true);
    const seen = await page.evaluate(() => {
      const { cy, canvas } = (window as any).corridor;
      const homes: Map<string, { x: number; y: number }> = canvas.geoHomes;
      const projection = canvas.mapProjection;
      const node = (id: string) => {
        const n = cy.getElementById(id);
        return { home: homes.get(id)!, offMap: n.hasClass('geo-offmap'), label: String(n.style('label')) };
      };
      const located = cy
        .nodes('.geo-marker')
        .filter((n: any) => typeof n.data('lat') === 'number')
        .map((n: any) => ({
          id: n.id(),
          r: Math.hypot(homes.get(n.id())!.x, homes.get(n.id())!.y),
          off: n.hasClass('geo-offmap'),
        }));
      // Nanning through the basemap layer's own transform, and where Cytoscape draws its true point.
      const g = document.querySelector('svg.basemap g') as SVGGElement;
      const box = document.querySelector('#cy')!.getBoundingClientRect();
      const n = cy.getElementById('nanning');
      const p = projection.project(n.data('lon'), n.data('lat'));
      const onBasemap = new DOMPoint(p.x, p.y).matrixTransform(g.getScreenCTM()!);
      const h = homes.get('nanning')!;
      const onCanvas = { x: h.x * cy.zoom() + cy.pan().x + box.x, y: h.y * cy.zoom() + cy.pan().y + box.y };
      const rim = document.querySelector('svg.basemap clipPath circle');
      return {
        radius: projection.radius as number,
        clip: rim ? Number(rim.getAttribute('r')) : null,
        located: located as { id: string; r: number; off: boolean }[],
        france: node('france'),
        us: node('united-states'),
        guangxi: node('guangxi'),
        nanning: node('nanning'),
        nghia: node('nguyen-huu-nghia'),
        hungYen: node('hung-yen'),
        beijing: node('beijing'),
        vietnam: node('vietnam'),
        basemapGap: Math.hypot(onBasemap.x - onCanvas.x, onBasemap.y - onCanvas.y),
      };
    });
    await shot(page, 'canvas', 'map-off-the-map');
    // France lies west, the United States east across the Pacific: both beyond the rim, marked.
    for (const [far, west] of [
      [seen.france, true],
      [seen.us, false],
    ] as const) {
      expect(far.offMap).toBe(true);
      expect(Math.hypot(far.home.x, far.home.y)).toBeGreaterThan(seen.radius);
      expect(far.home.x < 0).toBe(west);
      expect(far.label).toMatch(/off the map$/);
    }
    expect(seen.france.label).toContain('France');
    // Its tooltip says so too: a reader hovering the marker learns it is not at a real point.
    const france = await page.evaluate(() => (window as any).corridor.cy.getElementById('france').renderedPosition());
    const cyBox = (await page.locator('#cy').boundingBox())!;
    await page.mouse.move(cyBox.x + france.x, cyBox.y + france.y);
    await expect.poll(() => page.locator('#tooltip').innerText()).toContain('beyond its edge');
    // The basemap is clipped to the rim; every other place lies inside it.
    expect(seen.clip).toBeCloseTo(seen.radius, 1);
    for (const p of seen.located.filter((x) => !x.off)) expect(p.r, p.id).toBeLessThanOrEqual(seen.radius);
    // Guangxi's marker inside Guangxi, north of its capital Nanning (not on it or south-west of it).
    expect(seen.nanning.home.y - seen.guangxi.home.y).toBeGreaterThan(5);
    // The markers and the basemap are drawn through one projection and one viewport.
    expect(seen.basemapGap).toBeLessThan(0.5);
    // A Vietnamese official is placed at his posts (Hưng Yên), not in Beijing, which he visited.
    const d = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
    expect(d(seen.nghia.home, seen.hungYen.home)).toBeLessThan(d(seen.nghia.home, seen.beijing.home) / 3);
    expect(d(seen.nghia.home, seen.hungYen.home)).toBeLessThan(d(seen.nghia.home, seen.vietnam.home));
    await page.close();
  });

  it('the border region at Fit: every place in sight, clusters split within two zoom steps, links and labels keep their size, country names clear of them', async () => {
    for (const size of SIZES) {
      const page = await mapAtFit(size);
      await shot(page, 'canvas', 'map-fit');
      expect(await namesOnNodes(page), 'country names on markers or labels at Fit').toEqual([]);
      const atFit = await mapMarkers(page);
      expectHonest(atFit);
      // A place is gathered at Fit only with a place whose point is closer than a marker's width and
      // a half (Bắc Giang and Bắc Giang City, 0.01° apart): places farther apart are fanned or stand alone.
      for (const m of atFit.filter((x) => x.located && x.hidden)) {
        const mates = atFit.filter((x) => x.id !== m.id && x.located && (x.head ?? x.id) === m.head);
        const nearest = Math.min(...mates.map((x) => gap(x.point, m.point)));
        expect(nearest, `${m.id} gathered at Fit with a place on its point`).toBeLessThan(MAP_GATHER_PX);
      }
      const linkPx = () =>
        page.evaluate(() => {
          const cy = (window as any).corridor.cy;
          return cy.edges('.geo-link').map((e: any) => parseFloat(e.style('width')) * cy.zoom()) as number[];
        });
      const widthsAtFit = await linkPx();
      await zoomSteps(page, 'in', 2, 150);
      await shot(page, 'canvas', 'map-two-steps-in');
      expect(await namesOnNodes(page), 'country names on markers or labels two steps in').toEqual([]);
      const zoomed = await mapMarkers(page);
      expectHonest(zoomed);
      // On the wide screen (at 1024×700 the map is fitted so small that some stay gathered longer).
      const left = zoomed.filter((m) => m.members && m.members.length > 3);
      if (size.width > 1200)
        expect(
          left.map((m) => m.label),
          'clusters of more than three left two zoom steps in',
        ).toEqual([]);
      const shownLabels = (await measureLabels(page)).filter((m) => !m.hidden);
      for (const [i, a] of shownLabels.entries())
        for (const b of shownLabels.slice(i + 1)) expect(overlap(a.label, b.label), `${a.id} and ${b.id}`).toBe(false);
      await zoomAbout(page, 'lang-son', { by: 3 });
      await page.waitForTimeout(150);
      const widthsIn = await linkPx();
      widthsIn.forEach((w, i) => expect(w, 'a link keeps its width on screen').toBeCloseTo(widthsAtFit[i]!, 1));
      await page.close();
    }
  });

  it('walk 13, 13. zoomed in on the border, the map still names the countries on either side, clear of markers, names and the legend', async () => {
    for (const size of SIZES) {
      const page = await mapAtFit(size);
      await zoomAbout(page, 'lang-son', { by: 4 });
      await settled(page);
      await shot(page, 'canvas', 'walk13-13-border-zoomed');
      const inView = await page.evaluate(() => {
        const base = document.querySelector('#cy')!.getBoundingClientRect();
        const legend = document.querySelector('#legend')!.getBoundingClientRect();
        return [...document.querySelectorAll<SVGTextElement>('svg.basemap .country-names text')]
          .filter((t) => t.getAttribute('display') !== 'none')
          .map((t) => ({ name: t.textContent ?? '', r: t.getBoundingClientRect() }))
          .filter(
            ({ r }) => r.left >= base.left && r.right <= base.right && r.top >= base.top && r.bottom <= base.bottom,
          )
          .map(({ name, r }) => ({
            name,
            underLegend:
              r.left < legend.right && legend.left < r.right && r.top < legend.bottom && legend.top < r.bottom,
          }));
      });
      const names = inView.map((n) => n.name);
      expect(names, `${size.width}: China named in view`).toContain('China');
      expect(names, `${size.width}: Vietnam named in view`).toContain('Vietnam');
      expect(
        inView.filter((n) => n.underLegend).map((n) => n.name),
        'names under the legend',
      ).toEqual([]);
      expect(await namesOnNodes(page), 'country names on markers or labels').toEqual([]);
      await page.close();
    }
  });

  it('walk14 3. zoomed 6 steps into Lạng Sơn, every arrowhead keeps a bounded size on screen (at most twice its size at zoom 1) and covers no shown name', async () => {
    const page = await mapAtFit({ width: 1440, height: 900 });
    // Each drawn link's arrowhead: its length on screen (Cytoscape's own measure, kept in rstyle
    // when the link's box is computed) and the box it spans back from its tip along the link.
    const arrowheads = () =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const zoom = cy.zoom();
        return cy
          .edges()
          .filter((e: any) => e.visible() && e.source().visible() && e.target().visible())
          .map((e: any) => {
            e.dirtyBoundingBoxCache();
            e.boundingBox();
            const px = (e._private.rstyle.arrowWidth as number) * zoom;
            const tip = e.renderedTargetEndpoint();
            const from = e.renderedSourceEndpoint();
            const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
            const bx = tip.x - ((tip.x - from.x) * px) / len;
            const by = tip.y - ((tip.y - from.y) * px) / len;
            const box = {
              x1: Math.min(tip.x, bx),
              y1: Math.min(tip.y, by),
              x2: Math.max(tip.x, bx),
              y2: Math.max(tip.y, by),
            };
            return { id: e.id() as string, px, box, above: e.hasClass('arrow-over') };
          }) as { id: string; px: number; box: Box; above: boolean }[];
      });
    await zoomAbout(page, 'lang-son', { to: 1 });
    await settled(page);
    const atOne = new Map((await arrowheads()).map((a) => [a.id, a.px]));
    // The walk's 6 wheel steps were 3 notches each (a fast wheel: wheel-zoom.ts takes 3 at most).
    await zoomInto(page, 'lang-son', 18, null);
    await shot(page, 'canvas', 'walk14-3-arrowheads-6-steps-into-lang-son');
    const zoom = await page.evaluate(() => (window as any).corridor.cy.zoom() as number);
    expect(zoom, 'zoomed in past 1').toBeGreaterThan(2);
    const heads = await arrowheads();
    expect(heads.length, 'links drawn').toBeGreaterThan(0);
    for (const a of heads) expect(a.px, `${a.id} arrowhead on screen`).toBeLessThanOrEqual(2 * (atOne.get(a.id) ?? 10));
    const names = (await measureLabels(page)).filter((m) => !m.hidden && m.label.x2 - m.label.x1 > 0);
    // An arrowhead the declutter draws above a must-show name (class arrow-over) is legible over it.
    const covered = heads
      .filter((a) => !a.above)
      .flatMap((a) => names.filter((n) => overlap(a.box, n.label)).map((n) => `${a.id} over ${n.id}`));
    expect(covered, 'arrowheads over shown names').toEqual([]);
    await page.close();
  });

  it('walk 19, 2 and 6. at 1024x700 a cluster’s name is drawn above the markers it meets; a click on any cluster at Fit opens it up: each member on its own, in one click', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1024, height: 700 });
    await loadWholeGraph(page);
    await showMap(page);
    await page.click('#btn-fit');
    await page.waitForTimeout(150);
    const box = (await page.locator('#cy').boundingBox())!;
    const clusters = (await mapMarkers(page)).filter((m) => m.members);
    expect(clusters.length).toBeGreaterThan(1);
    // A cluster's name is drawn above the markers it meets (walk 19, 2: Hà Nội's hexagon over
    // "10th Vietnam-… +17"): each other marker whose body meets a cluster's shown name lies below it.
    const under = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const meets = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      const text = { includeNodes: false, includeEdges: false, includeLabels: true };
      const out: string[] = [];
      cy.nodes('.geo-cluster')
        .filter((h: any) => !h.hasClass('label-hidden'))
        .forEach((h: any) => {
          const name = h.renderedBoundingBox(text);
          cy.nodes()
            .not('.geo-cluster') // two clusters' names and pies: either may be above
            .filter((n: any) => n.visible() && meets(name, n.renderedBoundingBox({ includeLabels: false })))
            .forEach((n: any) => {
              if (Number(n.style('z-index')) >= Number(h.style('z-index'))) out.push(`${n.id()} over ${h.id()}`);
            });
        });
      return out;
    });
    expect(under).toEqual([]);
    for (const c of clusters) {
      await page.click('#btn-fit');
      await page.evaluate(() => (window as any).corridor.canvas.idle());
      await page.waitForTimeout(150);
      const now = (await mapMarkers(page)).find((m) => m.id === c.id && m.members);
      expect(now, `${c.label} at Fit again`).toBeTruthy();
      await page.mouse.click(box.x + now!.drawn.x, box.y + now!.drawn.y);
      await page.waitForTimeout(200);
      // Walk 19, 6: "10th Vietnam-… +17" split into new clusters holding 12 of its members.
      const still = (await mapMarkers(page)).filter(
        (m) => now!.members!.includes(m.id) && (m.hidden || m.head || m.members),
      );
      expect(
        still.map((m) => m.id),
        `${now!.label}'s members gathered after the click`,
      ).toEqual([]);
    }
    await page.close();
  });

  it('places where they are: clusters at their centroid at Fit, a click opens one up (each member on its own, zooming in no further than that), zoomed in each place on its point', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await page.click('#btn-collapse-panel');
    await loadWholeGraph(page);
    await showMap(page);
    await page.click('#btn-fit');
    await page.waitForTimeout(150);
    await shot(page, 'canvas', 'map-fit');
    const atFit = await mapMarkers(page);
    expect(atFit.filter((m) => m.located).length).toBeGreaterThan(15);
    expectHonest(atFit);
    const clusters = atFit.filter((m) => m.members);
    expect(clusters.length, 'the border region is gathered into clusters at Fit').toBeGreaterThan(0);
    expect(atFit.filter((m) => m.located && !m.head).length, 'far places stand alone').toBeGreaterThan(5);
    // Readable: no two shown labels overlap, no two drawn markers overlap.
    const shownLabels = (await measureLabels(page)).filter((m) => !m.hidden);
    for (const [i, a] of shownLabels.entries())
      for (const b of shownLabels.slice(i + 1)) expect(overlap(a.label, b.label), `${a.id} and ${b.id}`).toBe(false);
    const drawn = atFit.filter((m) => !m.hidden);
    for (const [i, a] of drawn.entries())
      for (const b of drawn.slice(i + 1))
        expect(gap(a.drawn, b.drawn), `${a.id} and ${b.id}`).toBeGreaterThanOrEqual((a.size + b.size) / 2);

    // A node without coordinates says where it is from when hovered.
    const box = (await page.locator('#cy').boundingBox())!;
    const derived = drawn.find((m) => m.derived && !m.head && m.drawn.x > 40 && m.drawn.y > 40);
    if (derived) {
      await page.mouse.move(box.x + derived.drawn.x, box.y + derived.drawn.y);
      await expect.poll(() => page.locator('#tooltip').textContent()).toContain('placed by its links');
    }

    // The counts on lines to clusters read as counts, not as source numbers (walk 21, 5: both bare numbers).
    const counts = await page.locator('svg.basemap text.cluster-link-count').allTextContents();
    expect(counts.length, 'counts on lines to clusters at Fit').toBeGreaterThan(0);
    expect(counts.filter((t) => !/^×\d+$/.test(t))).toEqual([]);
    // Each drawn whole: no marker drawn over it (a pie over "×2" left a bare "2").
    const covered = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const base = document.querySelector('#cy')!.getBoundingClientRect();
      const bodies = cy
        .nodes()
        .filter((n: any) => n.visible() && !n.hasClass('filtered') && !n.hasClass('hidden'))
        .map((n: any) => n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }));
      return [...document.querySelectorAll('svg.basemap text.cluster-link-count')].flatMap((t) => {
        const r = t.getBoundingClientRect();
        const box = { x1: r.left - base.left, y1: r.top - base.top, x2: r.right - base.left, y2: r.bottom - base.top };
        const under = bodies.some((b: any) => b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2);
        return under ? [t.textContent] : [];
      });
    });
    expect(covered, 'counts with a marker drawn over them').toEqual([]);
    // Each apart from every shown name: 2 px after "Cao Bằng", "×3" read as part of it (walk 33, 2).
    const names = (await measureLabels(page)).filter((m) => !m.hidden).map((m) => m.label);
    const countBoxes: Box[] = await page.evaluate(() => {
      const base = document.querySelector('#cy')!.getBoundingClientRect();
      return [...document.querySelectorAll('svg.basemap text.cluster-link-count')].map((t) => {
        const r = t.getBoundingClientRect();
        return { x1: r.left - base.left, y1: r.top - base.top, x2: r.right - base.left, y2: r.bottom - base.top };
      });
    });
    for (const c of countBoxes)
      for (const n of names) {
        const rowsMeet = c.y1 < n.y2 && n.y1 < c.y2;
        if (rowsMeet)
          expect(
            Math.max(c.x1 - n.x2, n.x1 - c.x2),
            `a count beside a name ${JSON.stringify({ c, n })}`,
          ).toBeGreaterThanOrEqual(5);
      }

    // While clusters show, the legend says what the numbers on the lines to clusters are (walk 20, 14: "2", "3" unexplained),
    // and they read as counts, not as source numbers (walk 21, 5: both were bare numbers).
    expect(await page.locator('#legend').innerText()).toContain(
      '"×N" on a line to it: the N links that line stands for',
    );

    // Clicking the largest cluster zooms in and splits it.
    const biggest = clusters.sort((a, b) => b.members!.length - a.members!.length)[0]!;
    await page.mouse.click(box.x + biggest.drawn.x, box.y + biggest.drawn.y);
    await page.waitForTimeout(200);
    await shot(page, 'canvas', 'map-cluster-clicked');
    // A cluster's click opens it up; it chooses nothing (no card for the node that named it).
    expect(await page.evaluate(() => (window as any).corridor.cy.$(':selected').length)).toBe(0);
    const split = await mapMarkers(page);
    expectHonest(split);
    const after = split.filter((m) => biggest.members!.includes(m.id));
    // Every member stands on its own (walk 19, 6: a click that only split the cluster left its members
    // in new clusters, a click each), each drawn in the free part of the canvas.
    expect(
      after.filter((m) => m.hidden || m.head || m.members).map((m) => m.id),
      `${biggest.label}'s members gathered after the click`,
    ).toEqual([]);

    const legend = (await page.locator('#legend').boundingBox())!;
    for (const m of after) {
      const [x, y] = [box.x + m.drawn.x, box.y + m.drawn.y];
      expect(x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height, `${m.id} on the canvas`).toBe(
        true,
      );
      const under = x > legend.x && x < legend.x + legend.width && y > legend.y && y < legend.y + legend.height;
      expect(under, `${m.id} under the legend`).toBe(false);
    }
    // No further than that (walk 18: a '+N' click went 8 to 17 times closer): a step back out (÷1.5)
    // gathers some of them again.
    await page.evaluate(() => {
      const { cy } = (window as any).corridor;
      cy.zoom({ level: cy.zoom() / 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await page.waitForTimeout(150);
    const back = await mapMarkers(page);
    expect(
      back.filter((m) => biggest.members!.includes(m.id) && (m.hidden || m.head || m.members)).length,
      `${biggest.label}'s members, one step back out`,
    ).toBeGreaterThan(0);

    // Zoomed in 6x on Lạng Sơn from Fit: markers keep their size, each place on its own point.
    await page.click('#btn-fit');
    await page.waitForTimeout(150);
    await zoomAbout(page, 'lang-son', { by: 6 });
    await page.waitForTimeout(150);
    await shot(page, 'canvas', 'map-zoomed');
    const zoomed = await mapMarkers(page);
    expectHonest(zoomed);
    const sizeAtFit = new Map(atFit.filter((m) => !m.members).map((p) => [p.id, p.size]));
    for (const p of zoomed.filter((m) => !m.members && sizeAtFit.has(m.id)))
      expect(Math.abs(p.size - sizeAtFit.get(p.id)!), p.id).toBeLessThan(0.5);
    // Around Lạng Sơn each place is on its own point; farther out (the Red River delta, where Bắc
    // Ninh and Bắc Ninh City lie 19 px apart at this zoom, closer than their markers' radii) a place
    // may still be fanned or gathered, which expectHonest has checked.
    const langSon = zoomed.find((m) => m.id === 'lang-son')!;
    // Its nearest neighbour counts whatever the distance: with the linkless countries set aside the
    // map at Fit spans less, and 6x puts Quảng Ninh some 440 px away.
    const located = zoomed
      .filter((m) => m.located)
      .sort((a, b) => gap(a.point, langSon.point) - gap(b.point, langSon.point));
    const around = located.filter((m, i) => i < 2 || gap(m.point, langSon.point) < 250);
    expect(around.length).toBeGreaterThan(1);
    for (const p of around) expect(gap(p.drawn, p.point), `${p.id} on its own point`).toBeLessThan(3);
    await page.close();
  });

  it('walk6 3. undo back into the Map draws every place where a fresh Map does: far ones marked off the map, none at a force position', async () => {
    const page = await mapAtFit({ width: 1440, height: 900 });
    const fresh = await mapState(page);
    expect(fresh.filter((m) => m.offMap).length, 'places off the map on a fresh Map').toBeGreaterThan(0);
    const offMap = fresh.filter((m) => m.offMap).map((m) => m.id);
    await page.selectOption('#layout-select', 'fcose');
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    expect(await mapState(page)).toEqual([]);
    await page.focus('#cy');
    for (const [keys, layout] of [
      ['Control+z', 'geo'],
      ['Control+Shift+z', 'fcose'],
      ['Control+z', 'geo'],
    ] as const) {
      await page.keyboard.press(keys);
      await settled(page);
      expect(await page.inputValue('#layout-select')).toBe(layout);
      const now = await mapState(page);
      if (layout === 'fcose') {
        expect(now, 'no map markers left in the force layout').toEqual([]);
        continue;
      }
      await shot(page, 'canvas', 'map-after-undo');
      // The Map comes back with its frame, its Fit, in the same covers (the legend grows again with
      // its 'On the map' section; the status line, 'Undid…' in one line where 'Loaded…' took two,
      // moves no view): it draws what the fresh Map drew.
      expect(now.map((m) => m.id)).toEqual(fresh.map((m) => m.id));
      for (const [i, m] of now.entries()) {
        const was = fresh[i]!;
        expect(gap(m.home, was.home), `${m.id}'s true point as on a fresh Map`).toBeLessThan(0.5);
        expect(m.offMap, `${m.id} off the map as on a fresh Map`).toBe(was.offMap);
        expect(m.label, `${m.id}'s name as on a fresh Map`).toBe(was.label);
        expect(gap(m.drawn, was.drawn), `${m.id} drawn as on a fresh Map`).toBeLessThan(1);
      }
      expect(
        now.filter((m) => m.offMap).map((m) => m.id),
        'the far ones off the map, as on a fresh Map',
      ).toEqual(offMap);
      expectHonest(await mapMarkers(page));
    }
    await page.close();
  });

  it('walk6 4. a place pinned in the force layout is drawn at its coordinates on the Map (the pin released), and pinned there too', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await loadWholeGraph(page);
    await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      cy.$(':selected').unselect();
      cy.getElementById('laos').select();
    });
    await page.click('[data-action="pin"]');
    await expect.poll(() => page.locator('[data-action="pin"]').innerText()).toBe('Unpin');
    await showMap(page);
    await settled(page);
    await shot(page, 'canvas', 'map-pinned-laos');
    // Choosing the Map released the pin, and said so (walk 11, 3: a chosen layout places every node).
    expect(await page.locator('#status').innerText()).toContain('1 pin released for the Map layout');
    expect(await page.locator('[data-action="pin"]').innerText()).toBe('Pin');
    const laosAt = async () => (await mapMarkers(page)).find((m) => m.id === 'laos')!;
    const released = await laosAt();
    expect(released, 'Laos on the map').toBeDefined();
    expect(gap(released.home, released.point), 'Laos pinned in Force laid out at its coordinates').toBeLessThan(1);
    expectHonest(await mapMarkers(page));
    // Pinned on the map: still drawn at its coordinates.
    await page.click('[data-action="pin"]');
    await expect.poll(() => page.locator('[data-action="pin"]').innerText()).toBe('Unpin');
    await settled(page);
    const pinned = await laosAt();
    expect(gap(pinned.home, pinned.point), 'pinned Laos at its coordinates').toBeLessThan(1);
    expectHonest(await mapMarkers(page));
    await page.close();
  });

  it('walk6 8. zoomed into the border, a place keeps its name before the officials, bodies and events placed there by association', async () => {
    const page = await mapAtFit({ width: 1440, height: 900 });
    const faults: string[] = [];
    await atEachBorderView(page, async (where) => void faults.push(...(await namesTakenFromPlaces(page, where))));
    expect(faults).toEqual([]);
    await page.close();
  });

  it('walk6 8. zoomed into the border, the fan keeps places in their north-south and east-west order (Hà Giang north of Cao Bằng)', async () => {
    const page = await mapAtFit({ width: 1440, height: 900 });
    const faults: string[] = [];
    await atEachBorderView(page, async (where) => {
      const places = (await placesAsDrawn(page)).filter((p) => !p.gathered);
      for (const p of places)
        for (const q of places) {
          if (p === q || gap(p.point, q.point) < MAP_SAME_POINT_PX) continue;
          if (q.point.y - p.point.y >= 1 && p.drawn.y - q.drawn.y > MAP_LEVEL_PX)
            faults.push(`${p.id} drawn south of ${q.id} (${where})`);
          if (q.point.x - p.point.x >= 1 && p.drawn.x - q.drawn.x > MAP_LEVEL_PX)
            faults.push(`${p.id} drawn east of ${q.id} (${where})`);
        }
    });
    expect(faults).toEqual([]);
    await page.close();
  });

  it('walk6 8. zoomed into the border, a land border is drawn darker than the coast (which side is China reads at a glance)', async () => {
    const page = await mapAtFit({ width: 1440, height: 900 });
    await zoomInto(page, 'lang-son', 5, null);
    const lines = await page.evaluate(() => {
      const line = (cls: string) => {
        const el = document.querySelector<SVGPathElement>(`svg.basemap path.${cls}`);
        if (!el?.getAttribute('d')) return null;
        const [r, g, b] = getComputedStyle(el).stroke.match(/\d+/g)!.map(Number) as [number, number, number];
        return { luma: 0.3 * r + 0.59 * g + 0.11 * b, length: el.getTotalLength() };
      };
      return { borders: line('borders'), coast: line('coast') };
    });
    expect(lines.borders, 'land borders drawn on their own').not.toBeNull();
    expect(lines.coast, 'the coast drawn on its own').not.toBeNull();
    // Darker than the coast, and only part of it: the lines two countries share.
    expect(lines.coast!.luma - lines.borders!.luma).toBeGreaterThan(40);
    expect(lines.borders!.length).toBeLessThan(lines.coast!.length);
    await page.close();
  });

  it('walk7 2. a shared map marks off the map exactly the places its basemap leaves outside the disc (the United States)', async () => {
    const page = await mapAtFit({ width: 1440, height: 900 });
    /** Off-map places whose country the basemap names inside its disc, or whose marker waits off its ring. */
    const disagreements = (p: Page) =>
      p.evaluate((ring) => {
        const { cy, canvas } = (window as any).corridor;
        const map = canvas.basemap.current as { radius: number; names: { name: string; hidden?: boolean }[] };
        const inside = new Set(map.names.filter((n) => !n.hidden).map((n) => n.name));
        const off = cy.nodes('.geo-offmap');
        const faults: string[] = off
          .filter((n: any) => inside.has(n.data('label')))
          .map((n: any) => `${n.id()} off the map, its country named inside the disc`);
        off.forEach((n: any) => {
          const home = n.scratch('geoHome') as { x: number; y: number };
          const share = Math.hypot(home.x, home.y) / map.radius;
          if (Math.abs(share - ring) > 0.01) faults.push(`${n.id()} at ${share.toFixed(3)} of the rim's radius`);
        });
        return { offMap: off.map((n: any) => n.id() as string).sort(), faults };
      }, OFF_MAP_RING);
    const sent = await disagreements(page);
    expect(sent.offMap).toContain('united-states');
    expect(sent.faults).toEqual([]);
    // Opened from a share link (walk 7: the map drawn for every node, the places set aside by the
    // filters too, a larger disc with Singapore inside it).
    const legendSent = await page.locator('#legend').innerText();
    expect(legendSent).toMatch(/On the map/i);
    await page.click('#btn-share');
    await page.locator('#text-dialog[open]').waitFor();
    const url = await page.locator('#text-body').inputValue();
    await page.close();
    const other = (
      await openExplorer(
        suite.env.browser,
        suite.env.baseUrl,
        { width: 1440, height: 900 },
        url.replace(/^https?:\/\/[^/]+/, ''),
      )
    ).page;
    await other.waitForFunction(() => /Restored a shared view/.test(document.body.textContent ?? ''));
    await other.waitForFunction(() => !!document.querySelector('svg.basemap path')?.getAttribute('d'));
    await shot(other, 'canvas', 'map-shared');
    expect(await disagreements(other)).toEqual(sent);
    // Walk 18, 5: the legend explains the map's marks there too (it lost its "On the map" part).
    await other.waitForTimeout(500);
    expect(await other.locator('#legend').innerText()).toMatch(/On the map/i);
    await other.close();
  });

  it('walk7 3. a highlighted path keeps every leg on the map after a resize, and a selected node is never inside a cluster', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1024, height: 700 });
    await loadWholeGraph(page);
    await page.selectOption('#layout-select', 'geo');
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await findPaths(page, ['lang son', 'Lạng Sơn'], ['weifang', 'Weifang'], { reference: true });
    await page.waitForFunction(() => (window as any).corridor.cy.nodes('.path-highlight').length > 2);
    /** The kept nodes (on the path, or selected) drawn as a cluster or hidden inside one. */
    const gathered = (p: Page) =>
      p.evaluate(() =>
        (window as any).corridor.cy
          .nodes('.path-highlight, :selected')
          .filter((n: any) => n.hasClass('geo-cluster') || n.hasClass('geo-clustered'))
          .map((n: any) => n.id() as string),
      );
    const frames = (p: Page) =>
      p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await frames(page);
    expect(await gathered(page), 'at 1024').toEqual([]);
    /** Drawn nodes of the path, or ends of the selected link, whose names the declutter hid (walk 8, 3). */
    const unnamed = (p: Page, which: string) =>
      p.evaluate(
        (sel) =>
          (window as any).corridor.cy
            .nodes(sel)
            .filter((n: any) => n.visible() && n.hasClass('label-hidden'))
            .map((n: any) => n.id() as string),
        which,
      );
    expect(await unnamed(page, '.path-highlight'), 'the path at 1024').toEqual([]);
    // A link between two countries selected (walk 8, 3: China and Việt Nam unnamed at 1024): both ends named.
    const link = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const e = cy.edges().filter((x: any) => x.visible() && x.connectedNodes('[kind = "Country"]').length === 2)[0];
      if (!e) return null;
      cy.$(':selected').unselect();
      e.select();
      return e.id() as string;
    });
    expect(link, 'a link between two countries').not.toBeNull();
    await frames(page);
    const ends = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      return cy
        .edges(':selected')
        .connectedNodes()
        .filter((n: any) => n.visible() && n.hasClass('label-hidden'))
        .map((n: any) => n.id() as string);
    });
    expect(ends, `the ends of ${link}`).toEqual([]);
    await page.evaluate(() => {
      (window as any).corridor.cy.edges(':selected').unselect();
    });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.waitForTimeout(300);
    await frames(page);
    await shot(page, 'canvas', 'map-path-after-resize');
    expect(await gathered(page), 'after the resize to 1440').toEqual([]);
    // A node hidden inside a cluster, selected (as the details' links or a search do): drawn. Zoomed
    // out until some cluster forms (where the map spreads every crowd there may be none at this zoom).
    for (let step = 0; step < 4; step++) {
      if (await page.evaluate(() => (window as any).corridor.cy.nodes('.geo-clustered').nonempty())) break;
      await zoomSteps(page, 'out', 1, 200);
      await frames(page);
    }
    const inside = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const member = cy.nodes('.geo-clustered')[0];
      if (!member) return null;
      cy.$(':selected').unselect();
      member.select();
      return member.id() as string;
    });
    expect(inside, 'a cluster at 1440').not.toBeNull();
    await frames(page);
    expect(await gathered(page), `${inside} selected`).toEqual([]);
    await page.close();
  });

  it('walk8 4. a cluster of events and officials is drawn on land (or against its coastal place), not at sea between its Vietnamese and Chinese places', async () => {
    const page = await mapAtFit({ width: 1440, height: 900 });
    /** Each cluster of nodes placed by their links, and whether its marker's centre lies on the basemap's land. */
    const clusters = () =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        // The land is drawn in model coordinates (the basemap layer's transform follows the viewport).
        const land = document.querySelector(
          'svg.basemap g[clip-path] > path:not(.coast):not(.borders)',
        ) as SVGPathElement;
        // Or against its own coastal place's marker, where that land has no room (Quảng Ninh's point
        // lies off the 1:50m coast): not mid-sea between places (walk 22, 1 kept it off China's coast).
        const beside = (h: any) => {
          const place = cy.getElementById(h.scratch('geoAnchor') ?? '');
          if (place.empty()) return false;
          const [a, b] = [h.renderedPosition(), place.renderedPosition()];
          return Math.hypot(a.x - b.x, a.y - b.y) <= 60;
        };
        return cy
          .nodes('.geo-cluster')
          .filter((h: any) => typeof h.data('lat') !== 'number')
          .map((h: any) => ({
            label: String(h.data('mapCluster').label),
            onLand: land.isPointInFill(new DOMPoint(h.position().x, h.position().y)) || beside(h),
          })) as { label: string; onLand: boolean }[];
      });
    const atFit = await clusters();
    await shot(page, 'canvas', 'map-cluster-on-land');
    expect(atFit.length, 'clusters of events and officials at Fit, 1440').toBeGreaterThan(0);
    expect(atFit.filter((c) => !c.onLand)).toEqual([]);
    // Việt Nam hidden (walk 8 saw the cluster jump into Laos): still on land.
    await page.evaluate(() => {
      const { cy } = (window as any).corridor;
      cy.$(':selected').unselect();
      cy.getElementById('vietnam').select();
    });
    await page.focus('#cy');
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => (window as any).corridor.cy.getElementById('vietnam').hasClass('hidden'));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await shot(page, 'canvas', 'map-cluster-on-land-vietnam-hidden');
    const hidden = await clusters();
    expect(
      hidden.filter((c) => !c.onLand),
      'Việt Nam hidden',
    ).toEqual([]);
    await page.close();
  });

  it.each(SIZES)(
    "walk 21, 2 and walk 22, 1. no body placed by its links is drawn at sea or on another country's coast (its own point in Việt Nam or China; a cluster may stand against its coastal place's marker): at Fit and three zoom steps toward Hải Phòng and Quảng Ninh, $width",
    async (size) => {
      const land = await countryLand();
      /** The bodies drawn on their own (not inside a cluster), in view: where drawn and where their own point is. */
      const drawnBodies = (page: Page) =>
        page.evaluate(() => {
          const { cy, canvas } = (window as any).corridor;
          const ext = cy.extent();
          return cy
            .nodes('.geo-derived')
            .filter((n: any) => n.visible() && !n.hasClass('geo-clustered') && !n.hasClass('geo-offmap'))
            .filter((n: any) => ['VN', 'CN'].includes(n.data('country')))
            .filter((n: any) => {
              const p = n.position();
              return p.x > ext.x1 && p.x < ext.x2 && p.y > ext.y1 && p.y < ext.y2;
            })
            .map((n: any) => {
              const [p, h] = [n.position(), n.scratch('geoHome') ?? n.position()];
              const place = cy.getElementById(n.scratch('geoAnchor') ?? '');
              const at = n.renderedPosition();
              const by = place.nonempty() ? place.renderedPosition() : at;
              return {
                name: String(n.data('label')),
                // A cluster drawn against its coastal place's marker, where its land has no room.
                besidePlace: !!n.data('mapCluster') && Math.hypot(at.x - by.x, at.y - by.y) <= 60,
                country: n.data('country') as 'VN' | 'CN',
                drawn: canvas.mapProjection.unproject(p.x, p.y) as [number, number],
                home: canvas.mapProjection.unproject(h.x, h.y) as [number, number],
              };
            });
        }) as Promise<
          {
            name: string;
            besidePlace: boolean;
            country: 'VN' | 'CN';
            drawn: [number, number];
            home: [number, number];
          }[]
        >;
      const other = { VN: 'CN', CN: 'VN' } as const;
      const found: string[] = [];
      for (const toward of ['hai-phong', 'quang-ninh']) {
        const page = await mapAtFit(size);
        for (let step = 0; step < 4; step++) {
          for (const b of await drawnBodies(page))
            if (
              geoContains(land[b.country], b.home) &&
              !geoContains(land[b.country], b.drawn) &&
              (!b.besidePlace || geoContains(land[other[b.country]], b.drawn))
            )
              found.push(`${toward} step ${step}: ${b.name} at ${b.drawn.map((v) => v.toFixed(2)).join(', ')}`);
          if (step === 1) await shot(page, 'canvas', `map-coast-on-land-${toward}-${size.width}`);
          await page.evaluate((id) => {
            const cy = (window as any).corridor.cy;
            cy.zoom({ level: cy.zoom() * 1.5, renderedPosition: cy.getElementById(id).renderedPosition() });
          }, toward);
          await viewAtRest(page);
        }
        await page.close();
      }
      expect(found).toEqual([]);
    },
  );

  it("walk8 4. a place is marked off the map only when it lies clearly outside the basemap's disc; inside it, at its coordinates (Beijing)", async () => {
    for (const size of SIZES) {
      const page = await mapAtFit(size);
      await shot(page, 'canvas', 'map-off-map-rule');
      /**
       * Each place with coordinates: where its coordinates lie against the disc the basemap draws. Along
       * the ray from the map's centre to the place (in longitude and latitude), the share of the way at
       * which the basemap's own projection reaches the rim: 1 or more when the place lies inside it.
       */
      const places = await page.evaluate(() => {
        const { cy, canvas } = (window as any).corridor;
        const projection = canvas.mapProjection;
        const rim: number = canvas.basemap.current.radius;
        const [lon0, lat0] = projection.center as [number, number];
        const wrap = (d: number) => ((((d + 180) % 360) + 360) % 360) - 180;
        return cy
          .nodes('.geo-marker')
          .not('.filtered, .hidden')
          .filter((n: any) => typeof n.data('lat') === 'number')
          .map((n: any) => {
            const [dlon, dlat] = [wrap(n.data('lon') - lon0), n.data('lat') - lat0];
            const inside = (t: number) => {
              const p = projection.project(lon0 + t * dlon, lat0 + t * dlat);
              return Math.hypot(p.x, p.y) <= rim;
            };
            let [lo, hi] = [0, 1];
            if (inside(1)) lo = 1;
            else
              for (let i = 0; i < 30; i++) [lo, hi] = inside((lo + hi) / 2) ? [(lo + hi) / 2, hi] : [lo, (lo + hi) / 2];
            return {
              id: n.id() as string,
              edge: lo,
              offMap: n.hasClass('geo-offmap') as boolean,
              label: String(n.style('label')),
              home: Math.hypot(n.scratch('geoHome').x, n.scratch('geoHome').y) / rim,
            };
          }) as { id: string; edge: number; offMap: boolean; label: string; home: number }[];
      });
      const at = `${size.width}`;
      expect(places.length).toBeGreaterThan(15);
      // Off the map: the place lies at least a tenth farther from the centre than the rim in its
      // direction, so the map truly does not show it (Beijing lay a hundredth past it, walk 8).
      for (const p of places.filter((x) => x.offMap)) {
        expect(p.edge, `${p.id} off the map though the rim is almost at it (${at})`).toBeLessThan(1 / 1.1);
        expect(p.label, p.id).toMatch(/off the map$/);
        expect(p.home, `${p.id} outside the rim`).toBeGreaterThan(1);
      }
      // Inside the disc: laid out at its coordinates, inside the rim, and drawn there.
      for (const p of places.filter((x) => !x.offMap)) {
        expect(p.edge, `${p.id} on the map though its coordinates lie outside the disc (${at})`).toBe(1);
        expect(p.home, `${p.id} inside the rim (${at})`).toBeLessThanOrEqual(1);
      }
      expect(
        places.filter((p) => p.id === 'beijing' && p.offMap),
        'Beijing, whose surroundings the basemap draws',
      ).toEqual([]);
      for (const p of (await placesAsDrawn(page)).filter((x) => !x.gathered && !x.tied))
        expect(gap(p.drawn, p.point), `${p.id} drawn at its coordinates (${at})`).toBeLessThan(3);
      expectHonest(await mapMarkers(page));
      await page.close();
    }
  });

  it("walk8 4. a cluster placed by its links is drawn nearer its place's marker than any other place's (not read as Lào Cai's), with Việt Nam hidden too", async () => {
    for (const size of SIZES) {
      const page = await mapAtFit(size);
      await shot(page, 'canvas', 'map-cluster-by-its-place');
      expect(await clustersNearOtherPlaces(page), `at Fit, ${size.width}`).toEqual([]);
      await page.evaluate(() => {
        const { cy } = (window as any).corridor;
        cy.$(':selected').unselect();
        cy.getElementById('vietnam').select();
      });
      await page.focus('#cy');
      await page.keyboard.press('Delete');
      await page.waitForFunction(() => (window as any).corridor.cy.getElementById('vietnam').hasClass('hidden'));
      await settled(page);
      await shot(page, 'canvas', 'map-cluster-by-its-place-vietnam-hidden');
      expect(await clustersNearOtherPlaces(page), `Việt Nam hidden, ${size.width}`).toEqual([]);
      await page.close();
    }
  });

  it('walk8 4. at Fit on 1024x700 every province of Việt Nam has its own marker, not folded into a cluster with another province', async () => {
    const page = await mapAtFit({ width: 1024, height: 700 });
    await shot(page, 'canvas', 'map-1024-provinces-own-markers');
    const provinces = await page.evaluate(() => {
      const { cy, canvas } = (window as any).corridor;
      const [zoom, pan] = [cy.zoom(), cy.pan()];
      const point = (n: any) => {
        const p = canvas.mapProjection.project(n.data('lon'), n.data('lat'));
        return { x: p.x * zoom + pan.x, y: p.y * zoom + pan.y };
      };
      const head = new Map<string, any>();
      cy.nodes('.geo-cluster').forEach((h: any) =>
        (h.data('mapCluster').members as string[]).forEach((id) => head.set(id, h)),
      );
      return cy
        .nodes('[kind = "Province"]')
        .filter((n: any) => n.data('country') === 'VN' && n.hasClass('geo-marker') && !n.hasClass('hidden'))
        .map((n: any) => ({
          id: n.id() as string,
          point: point(n),
          with: ((head.get(n.id())?.data('mapCluster').members ?? []) as string[]).filter(
            (id) => id !== n.id() && cy.getElementById(id).data('kind') === 'Province',
          ),
        })) as { id: string; point: Point; with: string[] }[];
    });
    expect(provinces.length).toBeGreaterThan(8);
    const at = new Map(provinces.map((p) => [p.id, p.point]));
    // Folded with another province only when the two stand on one spot (closer than a quarter of a
    // marker: no fan could tell them apart); a province gathered with its own city keeps its marker.
    const folded = provinces.flatMap((p) =>
      p.with.filter((q) => gap(p.point, at.get(q)!) >= 6).map((q) => `${p.id} with ${q}`),
    );
    expect(folded).toEqual([]);
    expectHonest(await mapMarkers(page));
    await page.close();
  });

  it('walk7 6. at Fit every cluster on the map is named, at 1440 and at 1024 (a pie with no name says nothing), but where each place beside its pie would cover or stand by another marker or name (walk 36, 1: "Bắc Giang +1" over Bắc Ninh’s hexagon)', async () => {
    const page = await mapAtFit({ width: 1440, height: 900 });
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1024, height: 700 },
    ]) {
      if (size.width !== 1440) {
        await page.setViewportSize(size);
        await page.click('#btn-fit');
        await page.waitForTimeout(150);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      }
      await shot(page, 'canvas', 'map-fit-clusters');
      // What floats over the canvas (the left panel, the legend, the zoom buttons) hides a name too.
      const covers = await coverBoxes(page, '.canvas-overlay, #left-panel, #details');
      const clusters: { id: string; named: boolean; roomBeside: string[] }[] = await page.evaluate((covers) => {
        type B = { x1: number; y1: number; x2: number; y2: number };
        const cy = (window as any).corridor.cy;
        const lb = { includeNodes: false, includeEdges: false, includeLabels: true, useCache: false };
        const bb = { includeNodes: true, includeEdges: false, includeLabels: false, useCache: false };
        const hit = (a: B, b: B, air: number) =>
          a.x1 < b.x2 + air && b.x1 < a.x2 + air && a.y1 < b.y2 + air && b.y1 < a.y2 + air;
        const drawn = cy.nodes().filter((n: any) => n.visible());
        const names = drawn
          .filter((n: any) => !n.hasClass('label-hidden') && String(n.style('label')) !== '')
          .map((n: any) => n.renderedBoundingBox(lb));
        const onCanvas = (b: B) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
        return cy.nodes('.geo-cluster').map((n: any) => {
          const named = !n.hasClass('label-hidden') && String(n.style('label')) !== '';
          if (named) return { id: n.id() as string, named, roomBeside: [] };
          // Its name's box as drawn below the pie, shown for the reading, at each of the eight places beside it.
          n.removeClass('label-hidden');
          const below = n.renderedBoundingBox(lb);
          n.addClass('label-hidden');
          const own = n.renderedBoundingBox(bb);
          const [w, h, gap] = [below.x2 - below.x1, below.y2 - below.y1, below.y1 - own.y2];
          const xs = { mid: below.x1, right: own.x2 + gap, left: own.x1 - gap - w };
          const ys = { mid: (own.y1 + own.y2) / 2 - h / 2, under: below.y1, over: own.y1 - gap - h };
          const places = Object.entries(xs).flatMap(([hx, x]) =>
            Object.entries(ys)
              .filter(([vy]) => hx !== 'mid' || vy !== 'mid')
              .map(([vy, y]) => ({ at: `${vy}-${hx}`, box: { x1: x, y1: y, x2: x + w, y2: y + h } })),
          );
          // A place is room for it when no other marker or shown name comes within 2 px of it.
          const roomBeside = places
            .filter(
              ({ box }) =>
                onCanvas(box) &&
                !covers.some((c) => hit(box, c, 0)) &&
                !drawn.some((m: any) => m !== n && hit(box, m.renderedBoundingBox(bb), 2)) &&
                !names.some((b: B) => hit(box, b, 2)),
            )
            .map(({ at }) => at);
          return { id: n.id() as string, named, roomBeside };
        });
      }, covers);
      console.log('walk7 6', size.width, JSON.stringify(clusters));
      expect(clusters.length, `clusters at ${size.width}`).toBeGreaterThan(0);
      expect(
        clusters.filter((c) => !c.named && c.roomBeside.length > 0).map((c) => `${c.id} (${c.roomBeside.join(', ')})`),
        `unnamed at ${size.width} though a place beside the pie is free`,
      ).toEqual([]);
      expect(clusters.filter((c) => c.named).length, `named at ${size.width}`).toBeGreaterThan(0);
    }
    await page.close();
  });

  /** Việt Nam's and China's land (world-atlas, the basemap's polygons), loaded by the test: the app's layout never waits for them. */
  async function countryLand(): Promise<Record<'VN' | 'CN', any>> {
    const world = (await import('world-atlas/countries-50m.json')) as any;
    const topo = world.default ?? world;
    const countries = (feature(topo, topo.objects.countries) as any).features as any[];
    return { VN: countries.find((f) => f.id === '704'), CN: countries.find((f) => f.id === '156') };
  }

  /** Every shown Vietnamese or Chinese node without coordinates, at the longitude and latitude its layout point stands for. */
  const derivedAt = (page: Page): Promise<{ id: string; name: string; country: string; at: [number, number] }[]> =>
    page.evaluate(() => {
      const { cy, canvas } = (window as any).corridor;
      const homes: Map<string, { x: number; y: number }> = canvas.geoHomes;
      return cy
        .nodes('.geo-derived')
        .filter((n: any) => ['VN', 'CN'].includes(n.data('country')) && homes.has(n.id()))
        .map((n: any) => {
          const h = homes.get(n.id())!;
          return {
            id: n.id(),
            name: n.data('label'),
            country: n.data('country'),
            at: canvas.mapProjection.unproject(h.x, h.y),
          };
        });
    });

  /** Vietnamese and Chinese places whose own point the 1:50m coast leaves at sea (Quảng Ninh, 3 km off it). */
  const offshorePlaces = (page: Page, land: Record<'VN' | 'CN', any>) =>
    page
      .evaluate(() =>
        (window as any).corridor.cy
          .nodes()
          .filter((n: any) => ['VN', 'CN'].includes(n.data('country')) && typeof n.data('lat') === 'number')
          .map((n: any) => ({ country: n.data('country'), at: [n.data('lon'), n.data('lat')] })),
      )
      .then((ps: { country: 'VN' | 'CN'; at: [number, number] }[]) =>
        ps.filter((p) => !geoContains(land[p.country], p.at)),
      );

  it('walk15 map. every node without coordinates of Việt Nam stands in Việt Nam, every Chinese one in China (1440 and 1024)', async () => {
    const land = await countryLand();
    const wrong: string[] = [];
    for (const size of SIZES) {
      const page = await mapAtFit(size);
      await shot(page, 'canvas', `map-walk15-countries-${size.width}`);
      const placed = await derivedAt(page);
      expect(placed.length).toBeGreaterThan(10);
      // Beside a place the basemap's coast leaves at sea, a short way off it counts as its country's.
      const offshore = await offshorePlaces(page, land);
      const besideOffshore = (p: (typeof placed)[number]) =>
        offshore.some((o) => o.country === p.country && Math.hypot(o.at[0] - p.at[0], o.at[1] - p.at[1]) < 0.25);
      for (const p of placed)
        if (!geoContains(land[p.country as 'VN' | 'CN'], p.at) && !besideOffshore(p))
          wrong.push(`${size.width}: ${p.name} (${p.country}) at ${p.at.map((v) => v.toFixed(2)).join(', ')}`);
      await page.close();
    }
    expect(wrong).toEqual([]);
  });

  it("walk17 map. a node placed by its links stands nearer its own place than any other (Hà Nội's national bodies not by Bắc Giang), and a cluster beside a place is drawn inside the map's disc (Beijing's)", async () => {
    for (const size of SIZES) {
      const page = await mapAtFit(size);
      await shot(page, 'canvas', `map-walk17-own-place-${size.width}`);
      const seen = await page.evaluate(() => {
        const { cy, canvas } = (window as any).corridor;
        const projection = canvas.mapProjection;
        const zoom = cy.zoom();
        const point = (n: any) => projection.project(n.data('lon'), n.data('lat'));
        const d = (a: any, b: any) => Math.hypot(a.x - b.x, a.y - b.y);
        const places = cy.nodes('.geo-marker').filter((n: any) => typeof n.data('lat') === 'number');
        const misread: string[] = [];
        cy.nodes('.geo-derived').forEach((n: any) => {
          const anchor = cy.getElementById(n.scratch('geoAnchor') ?? '');
          if (anchor.empty() || typeof anchor.data('lat') !== 'number') return;
          const [home, at] = [n.scratch('geoHome'), point(anchor)];
          // Not another place on its place's spot at Fit (a province and its city, closer than half a
          // marker), nor a place it lies in (Weifang's bodies may stand on Shandong's side).
          const within = new Set(
            anchor
              .outgoers('edge[type = "LOCATED_IN"]')
              .targets()
              .map((m: any) => m.id()),
          );
          places
            .filter((p: any) => p.id() !== anchor.id() && !within.has(p.id()) && d(point(p), at) * zoom >= 12)
            .forEach((p: any) => {
              if (d(home, point(p)) <= d(home, at))
                misread.push(`${n.data('label')} (${anchor.id()}) nearer ${p.id()}`);
            });
        });
        const outside = cy
          .nodes('.geo-cluster')
          .filter((h: any) => typeof h.data('lat') !== 'number')
          .filter((h: any) => Math.hypot(h.position().x, h.position().y) > projection.radius)
          .map((h: any) => h.data('mapCluster').label as string);
        return { misread, outside, derived: cy.nodes('.geo-derived').length as number };
      });
      expect(seen.derived, size.width.toString()).toBeGreaterThan(20);
      expect(seen.misread, `nearer another place, ${size.width}`).toEqual([]);
      expect(seen.outside, `clusters outside the disc, ${size.width}`).toEqual([]);
      await page.close();
    }
  });

  it("walk 29. a body moved aside on the map is drawn near its own point (120 px at most) and nearer its own place's marker than any other's, else in its place's cluster (Quảng Ninh's People's Council not south of Hải Phòng)", async () => {
    for (const size of SIZES) {
      const page = await mapAtFit(size);
      await shot(page, 'canvas', `map-walk29-bodies-near-${size.width}`);
      const seen = await page.evaluate(() => {
        const { cy } = (window as any).corridor;
        const [zoom, pan] = [cy.zoom(), cy.pan()];
        const d = (a: any, b: any) => Math.hypot(a.x - b.x, a.y - b.y);
        const onScreen = (p: any) => ({ x: p.x * zoom + pan.x, y: p.y * zoom + pan.y });
        // Where each shown place's marker is drawn: its own, or its cluster's.
        const markerOf = new Map<string, any>();
        cy.nodes('.geo-marker').forEach((n: any) => {
          if (typeof n.data('lat') === 'number') markerOf.set(n.id(), n.renderedPosition());
        });
        cy.nodes('.geo-cluster').forEach((h: any) =>
          (h.data('mapCluster').members as string[])
            .filter((id) => typeof cy.getElementById(id).data('lat') === 'number')
            .forEach((id) => markerOf.set(id, h.renderedPosition())),
        );
        const astray: string[] = [];
        let moved = 0;
        cy.nodes('.geo-derived.geo-marker').forEach((n: any) => {
          const [home, at] = [onScreen(n.scratch('geoHome')), n.renderedPosition()];
          if (d(home, at) < 0.5) return;
          moved++;
          const own = markerOf.get(n.scratch('geoAnchor') ?? '');
          const label = n.data('label');
          if (d(home, at) > 120) astray.push(`${label}: ${Math.round(d(home, at))} px from its point`);
          if (!own) return;
          for (const [id, p] of markerOf)
            // Nearer by more than a marker's breadth (a crowd's markers stand 40 px apart).
            if (d(p, own) > 0.5 && d(at, p) + 24 < d(at, own)) astray.push(`${label}: nearer ${id} than its place`);
        });
        return { astray, moved };
      });
      expect(seen.moved, `bodies moved aside, ${size.width}`).toBeGreaterThan(0);
      expect(seen.astray, size.width.toString()).toEqual([]);
      await page.close();
    }
  });

  it('walk15 map. with LOCATED_IN unticked, Nguyễn Xuân Ký (Quảng Ninh) still stands in Việt Nam, not in Mongolia', async () => {
    const land = await countryLand();
    // Unticked before the whole graph is loaded: the client gets no LOCATED_IN link at all.
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await openPanel(page, 'filters');
    await page.uncheck('input[name="type-LOCATED_IN"]');
    await page.click('.tabs [data-panel="filters"]'); // closed again: the map gets the whole canvas
    await loadWholeGraph(page);
    await showMap(page);
    await settled(page);
    await shot(page, 'canvas', 'map-walk15-located-in-unticked');
    const ky = (await derivedAt(page)).find((p) => p.id === 'nguyen-xuan-ky');
    expect(ky, 'Nguyễn Xuân Ký on the map').toBeDefined();
    // Quảng Ninh's own point is 3 km off the 1:50m coast: beside it counts as in Việt Nam.
    const qn = (await offshorePlaces(page, land)).map((o) => Math.hypot(o.at[0] - ky!.at[0], o.at[1] - ky!.at[1]));
    expect(geoContains(land.VN, ky!.at) || Math.min(...qn) < 0.25, `Nguyễn Xuân Ký at ${ky!.at.join(', ')}`).toBe(true);
    await page.close();
  });

  it('walk10 10. in Map layout the legend explains each mark the map draws (dashed outline, off the map, clusters), and not off the map', async () => {
    const page = await mapAtFit({ width: 1440, height: 900 });
    const marks = () =>
      page.evaluate(() => {
        const drawn = (window as any).corridor.cy.nodes(':visible').not('.filtered, .hidden');
        return {
          derived: drawn.filter('.geo-derived').not('.geo-cluster').length > 0,
          offmap: drawn.filter('.geo-offmap').length > 0,
          cluster: drawn.filter('.geo-cluster').length > 0,
        };
      });
    const entry = (mark: string) => page.locator(`#legend #legend-map-${mark}`);
    if ((await page.locator('#legend .legend-body').count()) === 0) await page.click('#legend .legend-toggle');
    const drawn = await marks();
    expect(drawn.derived, 'the whole graph on the map has nodes placed by their links').toBe(true);
    for (const [mark, on] of Object.entries(drawn)) {
      expect(await entry(mark).count(), `legend entry for ${mark}`).toBe(on ? 1 : 0);
      if (on) expect(await entry(mark).isVisible(), `${mark} entry in view`).toBe(true);
    }
    expect(await entry('derived').innerText()).toMatch(/placed by its links/);
    await shot(page, 'canvas', 'map-legend-marks');
    await page.selectOption('#layout-select', 'fcose');
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await expect.poll(() => page.locator('#legend [id^="legend-map-"]').count()).toBe(0);
    await page.close();
  });

  it('walk9 2. a link picked in the timeline on the map at 1024 has both ends on their own markers, named, in view', async () => {
    const page = await mapAtFit({ width: 1024, height: 700 });
    await openPanel(page, 'timeline');
    const item = page
      .locator('.timeline li button', { hasText: 'Guangxi' })
      .filter({ hasText: 'Quảng Ninh' })
      .filter({ hasText: 'SIGNED' })
      .first();
    const edge = (await item.getAttribute('data-edge'))!;
    await item.click();
    await page.waitForTimeout(600);
    await settled(page);
    await shot(page, 'canvas', 'map-timeline-link-ends');
    const ends = await page.evaluate((id) => {
      const cy = (window as any).corridor.cy;
      const e = cy.getElementById(id);
      return e.connectedNodes().map((n: any) => {
        const p = n.renderedPosition();
        return {
          id: n.id() as string,
          alone: !n.hasClass('geo-clustered') && !n.hasClass('geo-cluster'),
          named: !n.hasClass('label-hidden') && String(n.style('label')) !== '',
          inView: p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height(),
        };
      }) as { id: string; alone: boolean; named: boolean; inView: boolean }[];
    }, edge);
    expect(ends.length).toBe(2);
    for (const end of ends) expect(end, end.id).toEqual({ id: end.id, alone: true, named: true, inView: true });
    await page.close();
  });

  it('walk10 3 / walk11 1. a link picked in the timeline is framed (its ends apart, or nodes at the cap), outlined in the selection colour, its siblings faded; Esc gives back the frame from before the pick: force and map, 1440 and 1024', async () => {
    const cases = [
      { size: { width: 1440, height: 900 }, map: false },
      { size: { width: 1440, height: 900 }, map: true },
      { size: { width: 1024, height: 700 }, map: false },
      { size: { width: 1024, height: 700 }, map: true },
    ];
    const viewport = (page: Page) =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        return { zoom: cy.zoom() as number, x: cy.pan().x as number, y: cy.pan().y as number };
      });
    for (const { size, map } of cases) {
      const at = `${map ? 'map' : 'force'} at ${size.width}`;
      const page = map ? await mapAtFit(size) : (await openExplorer(suite.env.browser, suite.env.baseUrl, size)).page;
      if (!map) await loadWholeGraph(page);
      await openPanel(page, 'timeline');
      await page.waitForTimeout(400);
      await settled(page);
      const before = await viewport(page);
      const item = page
        .locator('.timeline li button', { hasText: 'Guangxi' })
        .filter({ hasText: 'Quảng Ninh' })
        .filter({ hasText: 'SIGNED' })
        .first();
      const edge = (await item.getAttribute('data-edge'))!;
      await item.click();
      await page.waitForTimeout(600);
      await settled(page);
      await shot(page, 'canvas', `walk10-link-framed-${map ? 'map' : 'force'}-${size.width}`);
      const seen = await page.evaluate((id) => {
        const cy = (window as any).corridor.cy;
        const e = cy.getElementById(id);
        const ends = e.connectedNodes();
        const bb = ends.renderedBoundingBox({ includeLabels: false });
        const widest = Math.max(...ends.map((n: any) => n.renderedWidth()));
        const siblings = e.parallelEdges().not(e);
        return {
          inView: bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height(),
          // Framed: the ends span a good part of the canvas, or they are as large as a fit draws nodes.
          framed: bb.w >= cy.width() / 4 || bb.h >= cy.height() / 4 || widest >= 56,
          capped: widest <= 72,
          colour: e.style('line-color') as string,
          outline: e.style('line-outline-color') as string,
          siblings: siblings.length as number,
          siblingsFaded: siblings.every((x: any) => Number(x.style('opacity')) < 0.5) as boolean,
        };
      }, edge);
      expect(seen.siblings, `siblings, ${at}`).toBeGreaterThan(0);
      expect(seen, at).toEqual({
        inView: true,
        framed: true,
        capped: true,
        // Its own type's colour, outlined in the selection's (walk 34, C11: all black, it lost its type).
        colour: rgbOf(EDGE_COLOR.SIGNED),
        outline: 'rgb(17,17,17)',
        siblings: seen.siblings,
        siblingsFaded: true,
      });
      await page.keyboard.press('Escape');
      await page.waitForTimeout(600);
      await settled(page);
      const after = await viewport(page);
      expect(after.zoom / before.zoom, `zoom after Esc, ${at}`).toBeCloseTo(1, 1);
      expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y), `pan after Esc, ${at}`).toBeLessThan(8);
      await page.close();
    }
  });

  it('walk 15, 1. a link picked in the timeline is framed with what is around it: no closer than zoom 1, its ends within half the canvas, other nodes in view; picked again once it reads, the zoom the user chose stays', async () => {
    /** The picked link's frame: zoom, its ends' span as a share of the canvas, and what else shows. */
    const framing = (page: Page, id: string) =>
      page.evaluate((edgeId) => {
        const cy = (window as any).corridor.cy;
        const e = cy.getElementById(edgeId);
        const ends = e.connectedNodes();
        const bb = ends.renderedBoundingBox({ includeLabels: false });
        const onCanvas = (n: any) => {
          const p = n.renderedPosition();
          return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
        };
        const others = cy
          .nodes()
          .not(ends)
          .filter((n: any) => n.visible() && !n.hasClass('geo-clustered') && onCanvas(n));
        return {
          zoom: cy.zoom() as number,
          span: Math.max(bb.w / cy.width(), bb.h / cy.height()),
          seen: {
            inView: bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height(),
            selected: e.selected() as boolean,
            shown: e.visible() && !e.hasClass('faded') && Number(e.style('opacity')) >= 0.5,
          },
          others: others.length as number,
        };
      }, id);
    for (const size of SIZES) {
      const at = `map at ${size.width}`;
      const page = await mapAtFit(size);
      await openPanel(page, 'timeline');
      await settled(page);
      const item = page
        .locator('.timeline li button', { hasText: 'Bắc Giang' })
        .filter({ hasText: 'Xaysomboun' })
        .filter({ hasText: 'SIGNED' })
        .first();
      const edge = (await item.getAttribute('data-edge'))!;
      await item.click();
      await page.waitForTimeout(600);
      await settled(page);
      await shot(page, 'canvas', `walk15-link-framed-map-${size.width}`);
      const picked = await framing(page, edge);
      expect(picked.seen, at).toEqual({ inView: true, selected: true, shown: true });
      expect(picked.zoom, `zoom, ${at}`).toBeLessThanOrEqual(1.001);
      expect(picked.span, `the ends' share of the canvas, ${at}`).toBeLessThanOrEqual(0.5);
      expect(picked.others, `other nodes in view, ${at}`).toBeGreaterThanOrEqual(3);
      // Zoomed out a notch by hand, no further than the link still reads (its ends 200 px apart,
      // link-focus.ts) and panned half off: picked again, it is brought back into view at the zoom
      // the user chose.
      const apartPx = await page.evaluate((id) => {
        const cy = (window as any).corridor.cy;
        const [a, b] = cy
          .getElementById(id)
          .connectedNodes()
          .map((n: any) => n.renderedPosition());
        return Math.hypot(a.x - b.x, a.y - b.y) as number;
      }, edge);
      await zoomAbout(page, 'bac-giang', { by: Math.max(1 / 1.15, 210 / apartPx) });
      const chosen = await page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        cy.panBy({ x: cy.width() / 2, y: 0 });
        return cy.zoom() as number;
      });
      await item.click();
      await page.waitForTimeout(600);
      await settled(page);
      const again = await framing(page, edge);
      expect(again.seen, `picked again, ${at}`).toEqual({ inView: true, selected: true, shown: true });
      expect(again.zoom / chosen, `zoom picked again, ${at}`).toBeCloseTo(1, 2);
      await page.close();
    }
  });

  it('walk9 5. the same graph at the same size draws its clusters at the same places, whatever order its elements came in (a share link)', async () => {
    for (const size of SIZES) {
      const page = await mapAtFit(size);
      /** Each cluster of nodes placed by their links: its name and where it is drawn (model coordinates). */
      const clusters = () =>
        page.evaluate(() => {
          const { cy, canvas } = (window as any).corridor;
          canvas.relabel(true);
          return cy
            .nodes('.geo-cluster')
            .filter((h: any) => typeof h.data('lat') !== 'number')
            .map(
              (h: any) => `${h.data('mapCluster').label} at ${h.position().x.toFixed(0)},${h.position().y.toFixed(0)}`,
            )
            .sort() as string[];
        });
      const before = await clusters();
      expect(before.length, `clusters at ${size.width}`).toBeGreaterThan(0);
      // The same elements again in the reverse order (a share link or a story adds them in its own).
      await page.evaluate(() => {
        const { cy } = (window as any).corridor;
        const all = cy.elements().remove();
        all
          .nodes()
          .toArray()
          .reverse()
          .forEach((n: any) => void n.restore());
        all
          .edges()
          .toArray()
          .reverse()
          .forEach((e: any) => void e.restore());
      });
      expect(await clusters(), `at ${size.width}`).toEqual(before);
      await page.close();
    }
  });

  it('walk 23, 5. a map at Fit or zoomed on the border, opened from its share link, shows the same clusters with the same members, at 1440 and 1024', async () => {
    /** Each cluster's name and members, as drawn. */
    const clusters = (p: Page) =>
      p.evaluate(() =>
        (window as any).corridor.cy
          .nodes('.geo-cluster')
          .filter((h: any) => h.visible())
          .map((h: any) => `${h.data('mapCluster').label}: ${[...h.data('mapCluster').members].sort().join(' ')}`)
          .sort(),
      ) as Promise<string[]>;
    for (const [size, zoomIn] of SIZES.flatMap(
      (s) =>
        [
          [s, 1],
          [s, 1.5],
        ] as const,
    )) {
      const page = await mapAtFit(size);
      // Zoomed in on the border too, as the walk had it (Nguyễn Xuân Ký's cluster by Quảng Ninh).
      await page.evaluate((k) => {
        const { cy } = (window as any).corridor;
        const at = cy.getElementById('quang-ninh').renderedPosition();
        cy.zoom({ level: cy.zoom() * k, renderedPosition: at });
      }, zoomIn);
      await viewAtRest(page);
      const sent = await clusters(page);
      expect(sent.length, `clusters at ${size.width}, zoomed ${zoomIn}`).toBeGreaterThan(0);
      await page.click('#btn-share');
      await page.locator('#text-dialog[open]').waitFor();
      const url = await page.locator('#text-body').inputValue();
      await page.close();
      const other = (
        await openExplorer(suite.env.browser, suite.env.baseUrl, size, url.replace(/^https?:\/\/[^/]+/, ''))
      ).page;
      await other.waitForFunction(() => /Restored a shared view/.test(document.body.textContent ?? ''));
      await viewAtRest(other);
      expect(await clusters(other), `at ${size.width}, zoomed ${zoomIn}`).toEqual(sent);
      await other.close();
    }
  });

  it('walk9 5. at Fit every province standing alone on the map is named, at 1440 and 1024 (Hà Nội, Hải Phòng, Lạng Sơn, Hà Giang...)', async () => {
    for (const size of SIZES) {
      const page = await mapAtFit(size);
      await shot(page, 'canvas', 'map-fit-provinces-named');
      const unnamed: string[] = await page.evaluate(() =>
        (window as any).corridor.cy
          .nodes('[kind = "Province"].geo-marker')
          .not('.geo-cluster, .geo-clustered, .geo-offmap, .filtered, .hidden')
          .filter((n: any) => n.hasClass('label-hidden') || String(n.style('label')) === '')
          .map((n: any) => n.id() as string),
      );
      expect(unnamed, `unnamed at ${size.width}`).toEqual([]);
      await page.close();
    }
  });

  it('walk 22, 2. at Fit no name on the map lies nearer an unnamed marker than its own, at 1440 and 1024 (not "Hà Nội" beside the Laos star)', async () => {
    for (const size of SIZES) {
      const page = await mapAtFit(size);
      await viewAtRest(page);
      await settled(page);
      await shot(page, 'canvas', 'map-fit-names-own');
      // A name reads as the marker it lies nearest: nearer an unnamed marker's edge than its own, or
      // touching both and nearer the other's middle, it reads as that marker's.
      const misread: string[] = await page.evaluate(() => {
        type B = { x1: number; y1: number; x2: number; y2: number };
        const cy = (window as any).corridor.cy;
        const box = (n: any, labels: boolean): B =>
          n.renderedBoundingBox({ includeNodes: !labels, includeEdges: false, includeLabels: labels });
        const mid = (b: B) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });
        const apart = (a: B, b: B) => Math.max(0, a.x1 - b.x2, b.x1 - a.x2, a.y1 - b.y2, b.y1 - a.y2);
        const far = (a: B, b: B) => Math.hypot(mid(a).x - mid(b).x, mid(a).y - mid(b).y);
        const shown = cy.nodes().filter((n: any) => n.visible());
        const named = (n: any) => !n.hasClass('label-hidden') && String(n.style('label')) !== '';
        const unnamed = shown.filter((n: any) => !named(n));
        // A name called out on a leader is held to its own rule (walk 35, 1): the leader says whose it is.
        return shown
          .filter((n: any) => named(n) && !n.hasClass('label-callout'))
          .flatMap((n: any) => {
            const [name, own] = [box(n, true), box(n, false)];
            return unnamed
              .filter((m: any) => {
                const other = box(m, false);
                const [g, h] = [apart(name, own), apart(name, other)];
                return h < g - 0.5 || (g <= 0.5 && h <= 0.5 && far(name, other) < far(name, own) - 1);
              })
              .map((m: any) => `"${n.style('label')}" nearer ${m.id()}`);
          });
      });
      expect(misread, `at ${size.width}`).toEqual([]);
      await page.close();
    }
  });

  it('walk 28, 2. at Fit a name on the map that lies over another marker is drawn above it, at 1440 and 1024 (not "Bắc Ninh +1" under a pie)', async () => {
    for (const size of SIZES) {
      const page = await mapAtFit(size);
      await viewAtRest(page);
      await settled(page);
      const under: string[] = await page.evaluate(() => {
        type B = { x1: number; y1: number; x2: number; y2: number };
        const cy = (window as any).corridor.cy;
        const shown = cy.nodes().filter((n: any) => n.visible());
        const named = shown.filter((n: any) => !n.hasClass('label-hidden') && String(n.style('label')) !== '');
        // On a marker: on the disc its box holds (a box's corners are empty), as the canvas judges it.
        const on = (l: B, m: any) => {
          const b = m.renderedBoundingBox({ includeLabels: false });
          const [cx, cy0, r] = [(b.x1 + b.x2) / 2, (b.y1 + b.y2) / 2, Math.min(b.w, b.h) / 2];
          return Math.hypot(Math.max(l.x1 - cx, 0, cx - l.x2), Math.max(l.y1 - cy0, 0, cy0 - l.y2)) < r - 0.5;
        };
        const z = (n: any) => Number(n.style('z-index'));
        const out: string[] = [];
        named.forEach((n: any) => {
          const label = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
          shown.forEach((m: any) => {
            if (m.id() !== n.id() && on(label, m) && z(n) <= z(m))
              out.push(`"${n.style('label')}" (z ${z(n)}) under ${m.id()} (z ${z(m)})`);
          });
        });
        return out;
      });
      expect(under, `at ${size.width}`).toEqual([]);
      await page.close();
    }
  });

  it("walk9 5. a name off the map lies outside the map's disc, at Fit and zoomed in (not mid-sea inside the picture)", async () => {
    const page = await mapAtFit({ width: 1440, height: 900 });
    /** Each named off-map mark in view, and how far its name's box comes inside the disc (px, 0 when outside). */
    const inside = () =>
      page.evaluate(() => {
        const { cy, canvas } = (window as any).corridor;
        const rim = canvas.basemap.current.radius * cy.zoom();
        const o = cy.pan();
        return cy
          .nodes('.geo-offmap')
          .not('.label-hidden, .filtered, .hidden')
          .map((n: any) => {
            const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
            const x = Math.max(b.x1, Math.min(o.x, b.x2));
            const y = Math.max(b.y1, Math.min(o.y, b.y2));
            return `${n.id()} ${Math.max(0, rim - Math.hypot(x - o.x, y - o.y)).toFixed(0)}`;
          }) as string[];
      });
    const atFit = await inside();
    expect(atFit.some((s) => s.startsWith('united-states'))).toBe(true);
    expect(atFit.filter((s) => !s.endsWith(' 0'))).toEqual([]);
    // Zoomed in about the United States' mark: the rim and the mark still in view.
    await zoomAbout(page, 'united-states', { by: 1.6 });
    await page.waitForTimeout(150);
    await settled(page);
    await shot(page, 'canvas', 'map-off-map-zoomed');
    const zoomed = await inside();
    expect(zoomed.some((s) => s.startsWith('united-states'))).toBe(true);
    expect(zoomed.filter((s) => !s.endsWith(' 0'))).toEqual([]);
    await page.close();
  });

  it('a map zoomed in by hand stands still while the legend lists and drops its cluster line', async () => {
    // The markers placed for each zoom add or drop the legend's "Name +N" line; the view fitted
    // the hand's frame into the region the legend left, zooming out of the clusters and back in,
    // for good (0.92 and 0.65 in turn, four steps in at 1440).
    const page = await mapAtFit({ width: 1440, height: 900 });
    const zoom = () => page.evaluate(() => (window as any).corridor.cy.zoom() as number);
    for (let step = 1; step <= 6; step++) {
      const before = await zoom();
      await page.click('#btn-zoom-in');
      const max = await page.evaluate(() => (window as any).corridor.cy.maxZoom() as number);
      const reads: number[] = [];
      for (let k = 0; k < 8; k++) {
        await page.waitForTimeout(100);
        reads.push(await zoom());
      }
      for (const z of reads) expect(z, `zoom read after step ${step}`).toBeCloseTo(Math.min(before * 1.3, max), 6);
    }
    await page.close();
  });

  it('every place drawn at its point, or fanned a short way keeping its bearing from its neighbours (Bắc Ninh City east of Hà Nội)', async () => {
    for (const size of SIZES) {
      const page = await mapAtFit(size);
      let apart = 0; // views where Hà Nội and the two cities are each drawn on their own
      for (const step of [0, 1, 2, 3, 4, 5, 6]) {
        // Past four steps only while the delta's places are still gathered (see below).
        if (step > 4 && apart) break;
        if (step) await zoomSteps(page, 'in', 1, 200);
        await shot(page, 'canvas', `map-truth-${step}-steps-in`);
        const at = `${step} steps in, ${size.width}`;
        expectHonest(await mapMarkers(page));
        const places = await placesAsDrawn(page);
        expect(places.length).toBeGreaterThan(15);
        for (const p of places.filter((x) => !x.gathered)) {
          const off = gap(p.drawn, p.point);
          if (!p.tied) expect(off, `${p.id} on its point (${at})`).toBeLessThan(2);
          expect(off, `${p.id} within the fan's reach (${at})`).toBeLessThanOrEqual(MAP_FAN_PX);
          // On its own side of every other place's true point: never across one from where it lies.
          for (const q of places) {
            const [tx, ty] = [p.point.x - q.point.x, p.point.y - q.point.y];
            if (q === p || Math.hypot(tx, ty) < MAP_SAME_POINT_PX) continue;
            const side = (p.drawn.x - q.point.x) * tx + (p.drawn.y - q.point.y) * ty;
            expect(side, `${p.id} drawn on its side of ${q.id} (${at})`).toBeGreaterThan(0);
          }
        }
        const [hanoi, bnCity, bgCity] = ['hanoi', 'bac-ninh-city', 'bac-giang-city'].map((id) =>
          places.find((p) => p.id === id)!,
        ) as [Place, Place, Place];
        if (hanoi.gathered || bnCity.gathered || bgCity.gathered) continue;
        apart++;
        expect(bnCity.drawn.x, `Bắc Ninh City east of Hà Nội (${at})`).toBeGreaterThan(hanoi.drawn.x);
        expect(bgCity.drawn.x, `Bắc Giang City east of Hà Nội (${at})`).toBeGreaterThan(hanoi.drawn.x);
        expect(bgCity.drawn.y, `Bắc Giang City north of Hà Nội (${at})`).toBeLessThan(hanoi.drawn.y);
      }
      // On the wide screen the delta's places stand apart within six zoom steps: the step they part at
      // moves with the Fit's zoom, which the legend's 'On the map' part, listed as the markers are
      // placed, sets to within a few per cent (full runs had them still gathered at three, then four).
      if (size.width > 1200) expect(apart, 'views with Hà Nội and the two cities drawn apart').toBeGreaterThan(0);
      await page.close();
    }
  });

  /**
   * Every place on the map, read in one frame once the view stands still: its true point, where its
   * marker is drawn (or the marker of the cluster it is gathered into), and whether it is drawn alone.
   */
  async function marksAsDrawn(page: Page) {
    await page.waitForFunction(
      () =>
        new Promise<boolean>((done) => {
          const cy = (window as any).corridor.cy;
          const at = () => `${cy.zoom()} ${cy.pan().x} ${cy.pan().y}`;
          const before = at();
          setTimeout(() => done(at() === before), 150);
        }),
    );
    await settled(page);
    return page.evaluate(() => {
      const { cy, canvas } = (window as any).corridor;
      const g = document.querySelector('svg.basemap g') as SVGGElement;
      const box = document.querySelector('#cy')!.getBoundingClientRect();
      const pointOf = (n: any) => {
        const p = canvas.mapProjection.project(n.data('lon'), n.data('lat'));
        const s = new DOMPoint(p.x, p.y).matrixTransform(g.getScreenCTM()!);
        return { x: s.x - box.x, y: s.y - box.y };
      };
      const located = (n: any) => typeof n.data('lat') === 'number';
      // The cluster marker each hidden member is drawn under.
      const under = new Map<string, any>();
      cy.nodes('.geo-cluster').forEach((h: any) =>
        h.data('mapCluster').members.forEach((id: string) => under.set(id, h)),
      );
      return cy
        .nodes('.geo-marker')
        .not('.filtered, .hidden, .geo-offmap')
        .filter(located)
        .map((n: any) => {
          const mark = under.get(n.id()) ?? n;
          return {
            id: n.id(),
            point: pointOf(n),
            drawn: mark.renderedPosition(),
            alone: mark === n && !n.data('mapCluster'),
          };
        });
    }) as Promise<{ id: string; point: Point; drawn: Point; alone: boolean }[]>;
  }

  it('walk10 1. a highlighted place is drawn on its point or fanned a short way, on its side of every marker and cluster as drawn (Bắc Ninh after a named query, 1024)', async () => {
    const page = await mapAtFit({ width: 1024, height: 700 });
    await openPanel(page, 'cypher');
    await page.selectOption('select[name="named-query"]', { label: 'Investment into a province' });
    await page.fill('#named-query-form input[name="province"]', 'Bắc Ninh');
    await page.click('#named-query-form button[type="submit"]');
    await page.locator('#cypher-summary').waitFor();
    await page.waitForFunction(() => (window as any).corridor.cy.nodes('.path-highlight').length > 0);
    const lit = await page.evaluate(() =>
      (window as any).corridor.cy.nodes('.path-highlight').map((n: any) => n.id() as string),
    );
    // The view fitted to the highlight, then zoomed out as Play and Present draw it (walk 10: Bắc
    // Ninh drawn west of "Hà Nội +2", by the Lao border).
    for (const step of [0, 1, 2, 3, 4, 5]) {
      if (step) await page.click('#btn-zoom-out');
      const marks = await marksAsDrawn(page);
      await shot(page, 'canvas', `walk10-bac-ninh-highlighted-${step}-out`);
      const at = `${step} out`;
      expect(marks.find((m) => m.id === 'bac-ninh')?.alone, `Bắc Ninh drawn on its own (${at})`).toBe(true);
      for (const p of marks.filter((m) => lit.includes(m.id) && m.alone)) {
        expect(gap(p.drawn, p.point), `${p.id} within the fan's reach (${at})`).toBeLessThanOrEqual(MAP_FAN_PX);
        // On its side of every other place as drawn (its marker or its cluster's), where the two truly
        // lie apart: Hà Nội lies 10 px west of Bắc Ninh at Fit, and "Hà Nội +2" drawn east of Bắc Ninh misled.
        for (const q of marks) {
          const [tx, ty] = [p.point.x - q.point.x, p.point.y - q.point.y];
          if (q === p || Math.hypot(tx, ty) < 4) continue;
          const side = (p.drawn.x - q.drawn.x) * tx + (p.drawn.y - q.drawn.y) * ty;
          expect(side, `${p.id} drawn on its side of ${q.id} as drawn (${at})`).toBeGreaterThan(0);
        }
      }
    }
    await page.close();
  });

  it('walk10 8. Play on the map keeps the zoom and the view, and after it the same clusters stand where they stood (1024)', async () => {
    const page = await mapAtFit({ width: 1024, height: 700 });
    await openPanel(page, 'filters'); // as the walk: Play from the Filters panel beside the map
    await page.click('#btn-fit');
    const view = () =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const clusters = cy
          .nodes('.geo-cluster')
          .map((n: any) => {
            const p = n.renderedPosition();
            return `${n.data('mapCluster').members.join('+')} @ ${Math.round(p.x)},${Math.round(p.y)}`;
          })
          .sort();
        return { zoom: cy.zoom() as number, pan: { ...cy.pan() } as Point, clusters: clusters as string[] };
      });
    await page.waitForTimeout(300);
    await settled(page);
    const start = await view();
    expect(start.clusters.length, 'clusters at Fit, 1024').toBeGreaterThan(0);
    await page.click('#btn-play');
    const during: number[] = [];
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(300);
      during.push((await view()).zoom);
    }
    await shot(page, 'canvas', 'walk10-8-play-on-the-map');
    for (const z of during) expect(z, 'the zoom while playing on the map').toBeCloseTo(start.zoom, 3);
    await page.click('#btn-play'); // Stop
    await page.waitForTimeout(600);
    await settled(page);
    const end = await view();
    await shot(page, 'canvas', 'walk10-8-after-play-on-the-map');
    expect(end.zoom, 'the zoom after Play').toBeCloseTo(start.zoom, 3);
    expect(gap(end.pan, start.pan), 'the pan after Play').toBeLessThan(2);
    expect(end.clusters, 'the clusters after Play').toEqual(start.clusters);
    await page.close();
  });

  it('walk10 2. a search pick of a node inside a map cluster takes it out, shown and selected, the bar and card agreeing (1024)', async () => {
    const page = await mapAtFit({ width: 1024, height: 700 });
    /** The nodes drawn as a cluster or hidden in one, with their names, best first. */
    const clustered = () =>
      page.evaluate(() =>
        (window as any).corridor.cy
          .nodes('.geo-cluster, .geo-clustered')
          .filter((n: any) => n.data('kind') === 'Province')
          .map((n: any) => ({ id: n.id() as string, label: String(n.data('label')), head: n.hasClass('geo-cluster') })),
      ) as Promise<{ id: string; label: string; head: boolean }[]>;
    const inside = (await clustered()).sort((a, b) => Number(b.head) - Number(a.head))[0];
    expect(inside, 'a province in a cluster at Fit, 1024').toBeTruthy();
    await searchAndChoose(page, inside!.label, inside!.label);
    await page.waitForTimeout(300);
    await settled(page);
    await shot(page, 'canvas', 'walk10-search-pick-in-cluster');
    const state = await page.evaluate((id) => {
      const n = (window as any).corridor.cy.getElementById(id);
      return {
        selected: n.selected() as boolean,
        gathered: (n.hasClass('geo-cluster') || n.hasClass('geo-clustered')) as boolean,
        visible: n.visible() as boolean,
      };
    }, inside!.id);
    expect(state, `${inside!.id} picked`).toEqual({ selected: true, gathered: false, visible: true });
    await expect.poll(() => page.textContent('#selection-info')).not.toMatch(/Nothing selected/);
    expect(await page.isDisabled('button[data-action="expand"]'), 'Expand enabled').toBe(false);
    await page.close();
  });

  /**
   * Each place's or cluster's name shown on the map that does not read as its own: beside its marker
   * with another marker nearer, in a corner of it with its middle nearer another marker, or called
   * out with no leader drawn from its marker to it. Also the names called out.
   */
  const misreadPlaceNames = (page: Page) =>
    page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const lb = {
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
        useCache: false,
      };
      const bb = {
        includeNodes: true,
        includeEdges: false,
        includeLabels: false,
        includeOverlays: false,
        useCache: false,
      };
      type B = { x1: number; y1: number; x2: number; y2: number };
      const gap = (a: B, b: B) => Math.max(0, a.x1 - b.x2, b.x1 - a.x2, a.y1 - b.y2, b.y1 - a.y2);
      const mid = (b: B) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });
      const drawn = cy.nodes().filter((n: any) => n.visible());
      const [zoom, pan] = [cy.zoom(), cy.pan()];
      // The leaders as drawn over the canvas, in screen px.
      const d = document.querySelector('svg.basemap-over .name-leaders path:last-child')?.getAttribute('d') ?? '';
      const leaders = [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)L(-?[\d.]+) (-?[\d.]+)/g)].map((m) => {
        const [x1, y1, x2, y2] = m.slice(1).map(Number) as [number, number, number, number];
        return { a: { x: x1 * zoom + pan.x, y: y1 * zoom + pan.y }, b: { x: x2 * zoom + pan.x, y: y2 * zoom + pan.y } };
      });
      const misread: string[] = [];
      const calledOut: string[] = [];
      drawn
        .filter((n: any) => (n.hasClass('geo-marker') && !n.hasClass('geo-derived')) || n.hasClass('geo-cluster'))
        .filter((n: any) => !n.hasClass('geo-offmap') && !n.hasClass('label-hidden') && n.style('label'))
        .forEach((n: any) => {
          const name = String(n.style('label'));
          const box = n.renderedBoundingBox(lb);
          const own = n.renderedBoundingBox(bb);
          if (n.hasClass('label-callout')) {
            calledOut.push(name);
            const r = Math.max(own.x2 - own.x1, own.y2 - own.y1) / 2 + 3;
            const c = mid(own);
            const tied = leaders.some(
              ({ a, b }) =>
                Math.hypot(a.x - c.x, a.y - c.y) <= r && gap({ x1: b.x, y1: b.y, x2: b.x, y2: b.y }, box) <= 3,
            );
            if (!tied) misread.push(`${name}: called out with no leader to it`);
            return;
          }
          const corner =
            (box.x2 <= own.x1 + 2 || box.x1 >= own.x2 - 2) && (box.y2 <= own.y1 + 2 || box.y1 >= own.y2 - 2);
          const [c, oc] = [mid(box), mid(own)];
          drawn.forEach((m: any) => {
            if (m === n) return;
            const other = m.renderedBoundingBox(bb);
            if (gap(box, other) < gap(box, own) - 0.5) misread.push(`${name}: nearer the marker of ${m.data('label')}`);
            const oc2 = mid(other);
            if (corner && Math.hypot(c.x - oc2.x, c.y - oc2.y) < Math.hypot(c.x - oc.x, c.y - oc.y) - 0.5)
              misread.push(`${name}: in a corner nearer ${m.data('label')}`);
          });
        });
      return { misread, calledOut, leaders: leaders.length };
    });

  it('walk 35, 1. on the map every place’s name reads as its own, or is called out on a leader drawn from its marker to it, on the canvas, in Present and in the SVG (1440 and 1024, Fit)', async () => {
    const found: string[] = [];
    const calledOut: string[] = [];
    for (const size of SIZES) {
      const page = await mapAtFit(size);
      await viewAtRest(page);
      await settled(page);
      await shot(page, 'canvas', `map-walk35-names-${size.width}`);
      const onCanvas = await misreadPlaceNames(page);
      console.log('walk 35, 1', size.width, JSON.stringify(onCanvas));
      found.push(...onCanvas.misread.map((m) => `${size.width}: ${m}`));
      calledOut.push(...onCanvas.calledOut);
      expect(onCanvas.leaders, 'one leader per called-out name').toBe(onCanvas.calledOut.length);
      // The SVG draws the same leaders over its graph.
      await openPanel(page, 'export');
      const svg = (await downloaded(page, '#btn-export-svg')).toString('utf8');
      const over = /<g class="basemap-over"[^>]*>(.*?)<\/g><\/g>/s.exec(svg)?.[1] ?? '';
      expect(over.match(/M-?[\d.]+ -?[\d.]+L/g)?.length ?? 0, 'leaders in the SVG').toBe(onCanvas.calledOut.length * 2);
      // In Present the saved view's names are placed again, by the same rule.
      await openPanel(page, 'story');
      await page.click('#btn-save-view');
      await page.click('#btn-story-present');
      await page.waitForFunction(() => document.body.classList.contains('presenting'));
      await page.waitForTimeout(500);
      await page.evaluate(() => (window as any).corridor.canvas.idle());
      await settled(page);
      await shot(page, 'canvas', `map-walk35-names-${size.width}-present`);
      const present = await misreadPlaceNames(page);
      console.log('walk 35, 1 present', size.width, JSON.stringify(present));
      found.push(...present.misread.map((m) => `${size.width} Present: ${m}`));
      calledOut.push(...present.calledOut);
      await page.close();
    }
    expect(found).toEqual([]);
    // The crowded delta at 1024 has names no place beside their markers can hold.
    expect(calledOut.length, 'names called out').toBeGreaterThan(0);
  });

  it('walk12 12. "→ United States, off the map" is named whenever its mark is in the free canvas: 1024 with the Timeline open, 1440 with the details card open', async () => {
    /** The off-map marks in the free canvas (in view, under no panel or card) left unnamed. */
    const unnamedOffMap = (where: string) =>
      page.evaluate((at) => {
        const cy = (window as any).corridor.cy;
        const base = cy.container().getBoundingClientRect();
        const covers = [...document.querySelectorAll<HTMLElement>('.canvas-overlay, #left-panel, #details')]
          .filter((el) => !el.hidden && el.offsetParent !== null)
          .map((el) => el.getBoundingClientRect());
        return cy
          .nodes('.geo-offmap')
          .not('.filtered, .hidden')
          .filter((n: any) => {
            const p = n.renderedPosition();
            const [x, y] = [p.x + base.left, p.y + base.top];
            const inView = p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
            const covered = covers.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
            return inView && !covered && n.hasClass('label-hidden');
          })
          .map((n: any) => `${n.data('label')} unnamed (${at})`) as string[];
      }, where);
    let page = await mapAtFit({ width: 1024, height: 700 }, true);
    await openPanel(page, 'timeline');
    await page.click('#btn-fit');
    await viewAtRest(page);
    await settled(page);
    await shot(page, 'canvas', 'map-walk12-offmap-timeline');
    const names = await unnamedOffMap('1024, Timeline open, Fit');
    // Zoomed in about Quảng Ninh, the United States' mark nearer the canvas's edge (walk 12's 076, 091).
    await zoomAbout(page, 'quang-ninh', { by: 1.15 * 1.15 });
    await settled(page);
    await shot(page, 'canvas', 'map-walk12-offmap-timeline-zoomed');
    names.push(...(await unnamedOffMap('1024, Timeline open, 2 steps in')));
    await page.close();
    page = await mapAtFit({ width: 1440, height: 900 }, true);
    await searchAndChoose(page, 'Bắc Giang', 'Bắc Giang', { card: 'full' });
    await page.click('#btn-fit');
    await viewAtRest(page);
    await settled(page);
    await shot(page, 'canvas', 'map-walk12-offmap-details');
    names.push(...(await unnamedOffMap('1440, details open')));
    const offMap = await page.evaluate(() => (window as any).corridor.cy.nodes('.geo-offmap').length as number);
    expect(offMap, 'marks off the map (France, the United States)').toBeGreaterThan(0);
    expect(names).toEqual([]);
    await page.close();
  });
});
