// The analyst's canvas, what stays in view: the most linked places named at Fit, the graph whole in
// the room the panels and the status line leave at every size, the year window and Play keeping the
// view and the selection. Real app, real Neo4j, Debian's Chromium, real mouse and keyboard events.
// Hover, menus, the keyboard, filters and undo: canvas-interactions.test.ts.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { hasChromium } from './browser.ts';
import {
  freeWidth,
  loadWholeGraph,
  NARROW,
  openExplorer,
  shot,
  useE2e,
  wholeGraphFitted,
  nodeOnPage,
  openPanel,
  type Size,
} from './explorer-page.ts';

/**
 * Drags a year handle with the mouse: from where Chromium draws it (centred on a track shortened by
 * the handle's width, the stylesheet's --thumb) to the middle of `year`'s histogram bar.
 */
function yearHandles(page: Page, min: number, max: number) {
  const bar = async (y: number) => {
    const b = (await page.locator(`.histogram div[title^="${y}:"]`).boundingBox())!;
    return b.x + b.width / 2;
  };
  const handleAt = async (input: Locator) => {
    const box = (await input.boundingBox())!;
    const thumb = await input.evaluate((el) => parseFloat(getComputedStyle(el).getPropertyValue('--thumb')) || 16);
    const v = Number(await input.inputValue());
    return { x: box.x + thumb / 2 + ((v - min) / (max - min)) * (box.width - thumb), y: box.y + box.height / 2 };
  };
  const drag = async (input: Locator, year: number) => {
    const start = await handleAt(input);
    const target = await bar(year);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move((start.x + target) / 2, start.y, { steps: 3 });
    await page.mouse.move(target, start.y, { steps: 3 });
    await page.mouse.up();
  };
  return { drag };
}

describe.skipIf(!hasChromium)('canvas fit, panels and Play', { timeout: 120_000 }, () => {
  const suite = useE2e();

  const wholeGraph = (size?: Size) => wholeGraphFitted(suite, size);

  // The force layout is seeded (layouts.ts withSeededRandom): the same picture, and the same names,
  // every run. At 1024x700 Lạng Sơn, in the crowded centre, finds no free place: open (see the report).
  it('the force layout lays the same graph out the same, whatever ran before it: runs, hidden names, zoom', async () => {
    const page = await wholeGraph();
    const positions = () =>
      page.evaluate(() =>
        Object.fromEntries(
          (window as any).corridor.cy.nodes().map((n: any) => [n.id(), { x: n.position('x'), y: n.position('y') }]),
        ),
      );
    const relayout = async (before: string) => {
      await page.evaluate(async (before) => {
        const { cy, canvas } = (window as any).corridor;
        if (before === 'names hidden') cy.nodes().addClass('label-hidden');
        if (before === 'zoomed') cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: 200, y: 200 } });
        await canvas.layout('fcose');
        await canvas.idle();
      }, before);
      return positions();
    };
    const first = await relayout('again');
    // Each layout drew on from one random sequence for the page, started where the nodes stood, and
    // sized names by the zoom and the names hidden before: nodes moved 600 px between two runs.
    for (const before of ['again', 'names hidden', 'zoomed']) {
      const next = await relayout(before);
      const moved = Object.keys(first).filter(
        (id) => Math.hypot(first[id].x - next[id].x, first[id].y - next[id].y) > 0.5,
      );
      expect(moved, `moved after a layout run ${before}`).toEqual([]);
    }
    await page.close();
  });

  it.each([{ width: 1440, height: 900 }])(
    '4. at Fit of the whole graph, %o, the most linked places keep their labels',
    async (size) => {
      const page = await wholeGraph(size);
      await shot(page, 'canvas', 'top-ranked-labels');
      const top = ['quang-ninh', 'vietnam', 'bac-ninh', 'lao-cai', 'cao-bang', 'lang-son', 'ha-giang'];
      const unlabelled = await page.evaluate(
        (ids) =>
          ids.filter((id: string) => {
            const n = (window as any).corridor.cy.getElementById(id);
            return n.empty() || n.hasClass('label-hidden');
          }),
        top,
      );
      expect(unlabelled).toEqual([]);
      await page.close();
    },
  );

  it.each([
    { width: 1440, height: 900, filters: false },
    { width: 1024, height: 700, filters: true },
  ])(
    '18. nodes the whole graph brings with no link are set aside by the unlinked switch; shown, they stand named in a row under the graph, %o',
    async ({ filters, ...size }) => {
      const page = await wholeGraph(size);
      const layout = () =>
        page.evaluate(() => {
          const cy = (window as any).corridor.cy;
          const shown = cy.nodes().not('.filtered, .hidden');
          const lone = shown.filter((n: any) => n.connectedEdges().not('.filtered, .hidden').empty());
          const linked = shown.not(lone);
          return {
            lone: lone.map((n: any) => ({
              id: n.id(),
              y: n.position('y'),
              named: !n.hasClass('label-hidden'),
            })) as { id: string; y: number; named: boolean }[],
            bottom: linked.boundingBox({ includeLabels: false }).y2 as number,
          };
        });
      // "Hide nodes whose links are all filtered out" is on by default: no row of names tied to nothing.
      expect((await layout()).lone).toEqual([]);
      expect(await page.locator('#status').innerText()).toMatch(/with no link set aside/);
      await page.click('.tabs [data-panel="filters"]');
      await page.uncheck('input[name="hide-unlinked"]');
      await page.selectOption('#layout-select', 'fcose');
      await page.evaluate(() => (window as any).corridor.canvas.idle());
      // Closed again (the whole canvas), or left open over it: Fit leaves room for the row's names.
      if (!filters) await page.click('#btn-collapse-panel');
      await page.click('#btn-fit');
      await page.waitForTimeout(150);
      await shot(page, 'canvas', `linkless-row${filters ? '-filters' : ''}`);
      const { lone, bottom } = await layout();
      expect(lone.length).toBeGreaterThan(2);
      for (const n of lone) expect(n.y, n.id).toBeGreaterThan(bottom);
      expect(new Set(lone.map((n) => Math.round(n.y))).size).toBe(1);
      expect(
        lone.filter((n) => !n.named).map((n) => n.id),
        'set aside with their names',
      ).toEqual([]);
      if (!filters) await page.click('.tabs [data-panel="filters"]');
      await page.check('input[name="hide-unlinked"]');
      expect((await layout()).lone).toEqual([]);
      await page.close();
    },
  );

  it.each([
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ])('18. a new layout, %o, is fitted into the free region, and Fit leaves tight margins', async (size) => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, size);
    await loadWholeGraph(page); // the Filters panel stays open
    const inRegion = () =>
      page.evaluate(() => {
        const { cy } = (window as any).corridor;
        const base = document.querySelector('#cy')!.getBoundingClientRect();
        let x1 = 0;
        let x2 = cy.width();
        for (const el of document.querySelectorAll<HTMLElement>('.canvas-overlay')) {
          if (el.hidden || el.offsetParent === null) continue;
          const r = el.getBoundingClientRect();
          // Panels along the left or right edge (the legend sits in a corner: Fit keeps clear of it).
          if (r.height < base.height * 0.6) continue;
          if (r.left - base.left < 10) x1 = Math.max(x1, r.right - base.left);
          else x2 = Math.min(x2, r.left - base.left);
        }
        const bb = cy.nodes().not('.filtered, .hidden').renderedBoundingBox({ includeLabels: false });
        return { bb, x1, x2, h: cy.height() };
      });
    for (const name of ['grid', 'concentric', 'fcose']) {
      await page.selectOption('#layout-select', name);
      await page.evaluate(() => (window as any).corridor.canvas.idle());
      await page.waitForTimeout(300);
      const { bb, x1, x2, h } = await inRegion();
      expect(bb.x1, name).toBeGreaterThanOrEqual(x1 - 1);
      expect(bb.x2, name).toBeLessThanOrEqual(x2 + 1);
      expect(bb.y1, name).toBeGreaterThanOrEqual(-1);
      expect(bb.y2, name).toBeLessThanOrEqual(h + 1);
    }
    await page.click('#btn-fit');
    await page.waitForTimeout(100);
    await shot(page, 'canvas', 'fit-with-filters');
    const { bb, x1, x2, h } = await inRegion();
    const legend = (await page.locator('#legend').boundingBox())!;
    const cyBox = (await page.locator('#cy').boundingBox())!;
    // Fit keeps clear of the legend's strip (on the right, or along the bottom).
    const w = Math.min(x2, legend.x - cyBox.x) - x1;
    const hFree = Math.min(h, legend.y - cyBox.y);
    // Tight: the graph fills its free region in one direction, less a small margin.
    expect(Math.max(bb.w / w, bb.h / h, bb.w / (x2 - x1), bb.h / hFree)).toBeGreaterThan(0.9);
    await page.close();
  });

  /**
   * The shown nodes' bodies and what floats over the canvas (panels, legend, status line), in the
   * page's coordinates, the graph's box, and the share of the canvas nothing covers (a 4 px grid).
   */
  const nodesAndCovers = (page: Page) =>
    page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const base = document.querySelector('#cy')!.getBoundingClientRect();
      const covers = [...document.querySelectorAll<HTMLElement>('.canvas-overlay, #status > div')]
        .filter((el) => !el.hidden && el.offsetParent !== null)
        .map((el) => ({ id: el.id || el.className, r: el.getBoundingClientRect() }))
        .map(({ id, r }) => ({
          id,
          x1: Math.max(r.left, base.left),
          y1: Math.max(r.top, base.top),
          x2: Math.min(r.right, base.right),
          y2: Math.min(r.bottom, base.bottom),
        }))
        .filter((b) => b.x2 > b.x1 && b.y2 > b.y1);
      const nodes = cy
        .nodes()
        .not('.filtered, .hidden')
        .map((n: any) => {
          const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
          return { id: n.id(), x1: b.x1 + base.left, y1: b.y1 + base.top, x2: b.x2 + base.left, y2: b.y2 + base.top };
        });
      let free = 0;
      for (let x = base.left + 2; x < base.right; x += 4)
        for (let y = base.top + 2; y < base.bottom; y += 4)
          if (!covers.some((c) => x >= c.x1 && x < c.x2 && y >= c.y1 && y < c.y2)) free += 16;
      const bb = cy.nodes().not('.filtered, .hidden').renderedBoundingBox({ includeLabels: false });
      return { nodes, covers, free, graph: bb.w * bb.h };
    });
  type Span = { x1: number; y1: number; x2: number; y2: number };
  const meets = (a: Span, b: Span) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

  it.each([
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ])(
    'fit-space 1. Fit with the Filters panel open, %o, fills the free canvas, no node under a panel, the legend or the status line',
    async (size) => {
      const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, size);
      await loadWholeGraph(page); // the Filters panel stays open (over the canvas at 1024 px)
      await page.click('#btn-fit');
      await page.waitForTimeout(100);
      await shot(page, 'canvas', 'fit-space-filters');
      const { nodes, covers, free, graph } = await nodesAndCovers(page);
      for (const n of nodes) for (const c of covers) expect(meets(n, c), `${n.id} under ${c.id}`).toBe(false);
      // The graph's box against the canvas nothing covers: Fit cutting one strip per cover filled
      // 0.51 of it at 1024x700 and 0.69 at 1440x900 (0.88 and 0.77 now).
      expect(graph / free).toBeGreaterThan(size.width < 1200 ? 0.75 : 0.72);
      await page.close();
    },
  );

  it('fit-space 2. at 1024x700 the status line after Whole graph and Fit covers no node, and shows whole beside the panel', async () => {
    for (const filters of [true, false]) {
      const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1024, height: 700 });
      if (!filters) await page.click('#btn-collapse-panel');
      await page.click('#btn-load-all');
      await page.locator('#status .done').waitFor();
      await page.evaluate(() => (window as any).corridor.canvas.idle());
      await page.click('#btn-fit');
      await page.waitForTimeout(100);
      await shot(page, 'canvas', `fit-space-status${filters ? '-filters' : ''}`);
      const toast = await page.locator('#status .done').boundingBox();
      expect(toast, 'the status line still shows').not.toBeNull();
      const t = { x1: toast!.x, y1: toast!.y, x2: toast!.x + toast!.width, y2: toast!.y + toast!.height };
      const { nodes } = await nodesAndCovers(page);
      for (const n of nodes) expect(meets(n, t), `${n.id} under the status line`).toBe(false);
      const panel = await page.locator('#left-panel').boundingBox();
      if (filters)
        expect(t.x1, 'the status line beside the Filters panel').toBeGreaterThanOrEqual(panel!.x + panel!.width);
      await page.close();
    }
  });

  it.each([
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ])("10. at Fit of the whole graph, %o, no arrowhead is drawn under a node's label", async (size) => {
    const page = await wholeGraph(size);
    const covered: string[] = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const zoom = cy.zoom();
      const pan = cy.pan();
      const opts = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
      const labels = cy
        .nodes()
        .not('.filtered, .hidden, .label-hidden')
        .map((n: any) => ({ id: n.id(), b: n.renderedBoundingBox(opts) }));
      return (
        cy
          .edges()
          .not('.filtered, .hidden')
          // A link drawn above the nodes and their names shows its arrowhead over any label.
          .filter((e: any) => e.style('z-compound-depth') !== 'top')
          .flatMap((e: any) => {
            const t = e.targetEndpoint();
            const s = e.sourceEndpoint();
            const d = Math.hypot(t.x - s.x, t.y - s.y) || 1;
            // A point inside the arrowhead, 3 px back from its tip.
            const x = (t.x - ((t.x - s.x) / d) * (3 / zoom)) * zoom + pan.x;
            const y = (t.y - ((t.y - s.y) / d) * (3 / zoom)) * zoom + pan.y;
            return labels
              .filter((l: any) => x > l.b.x1 && x < l.b.x2 && y > l.b.y1 && y < l.b.y2)
              .map((l: any) => `${e.id()} under ${l.id}`);
          })
      );
    });
    expect(covered).toEqual([]);
    await page.close();
  });

  it('11. the year window is one control with two handles on the histogram: a drag picks the year under it', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await loadWholeGraph(page); // the Filters panel is open
    const from = page.locator('input[name="year-from"]');
    const to = page.locator('input[name="year-to"]');
    await from.scrollIntoViewIfNeeded();
    await page.locator('.histogram').scrollIntoViewIfNeeded();
    const fromBox = (await from.boundingBox())!;
    const toBox = (await to.boundingBox())!;
    // One track: the two handles share it.
    expect(Math.abs(fromBox.x - toBox.x) + Math.abs(fromBox.y - toBox.y)).toBeLessThan(1);
    expect(Math.abs(fromBox.width - toBox.width)).toBeLessThan(1);
    const min = Number(await from.getAttribute('min'));
    const max = Number(await from.getAttribute('max'));
    expect(max - min).toBeGreaterThan(50);
    const { drag } = yearHandles(page, min, max);
    for (const year of [2018, min + 1, 2005, 2018]) {
      await drag(from, year);
      expect(Number(await page.locator('#year-from-value').innerText()), `from ${year}`).toBe(year);
    }
    for (const year of [2023, max - 1, 2020]) {
      await drag(to, year);
      expect(Number(await page.locator('#year-to-value').innerText()), `to ${year}`).toBe(year);
    }
    await shot(page, 'analyst', 'year-range-dragged');
    // The keyboard still works on each handle and keeps focus.
    await from.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    expect(Number(await page.locator('#year-from-value').innerText())).toBe(2015);
    await page.keyboard.press('Home');
    expect(Number(await page.locator('#year-from-value').innerText())).toBe(min);
    await to.focus();
    await page.keyboard.press('End');
    expect(Number(await page.locator('#year-to-value').innerText())).toBe(max);
    await page.keyboard.press('PageDown');
    expect(Number(await page.locator('#year-to-value').innerText())).toBeLessThan(max);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('year-to');
    await page.close();
  });

  it('walk 35, B3. both handles on one year: a drag left from there moves "from", a drag right moves "to"', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await loadWholeGraph(page); // the Filters panel is open
    const from = page.locator('input[name="year-from"]');
    const to = page.locator('input[name="year-to"]');
    await page.locator('.histogram').scrollIntoViewIfNeeded();
    const min = Number(await from.getAttribute('min'));
    const max = Number(await from.getAttribute('max'));
    const { drag } = yearHandles(page, min, max);
    const years = async () => [
      Number(await page.locator('#year-from-value').innerText()),
      Number(await page.locator('#year-to-value').innerText()),
    ];
    await drag(from, 2016);
    await drag(to, 2016);
    expect(await years()).toEqual([2016, 2016]);
    // "To year" lies on top: the drag left took it, and it cannot pass "from".
    await drag(to, 2012);
    expect(await years()).toEqual([2012, 2016]);
    await drag(from, 2016);
    expect(await years()).toEqual([2016, 2016]);
    await drag(to, 2020);
    expect(await years()).toEqual([2016, 2020]);
    await page.close();
  });

  it('walk 33, 4. a press on the year track, off both handles, takes the nearer handle to the year under it and drags it on; one undo step', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await loadWholeGraph(page); // the Filters panel is open
    await page.locator('.histogram').scrollIntoViewIfNeeded();
    const bar = async (y: number) => {
      const b = (await page.locator(`.histogram div[title^="${y}:"]`).boundingBox())!;
      return b.x + b.width / 2;
    };
    const track = (await page.locator('.year-track').boundingBox())!;
    const y = track.y + track.height / 2;
    const shown = async () => ({
      from: Number(await page.locator('#year-from-value').innerText()),
      to: Number(await page.locator('#year-to-value').innerText()),
      focus: await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name),
    });
    const before = await shown();
    // Nearer the "to" handle (at the right end): it comes to 2015.
    await page.mouse.click(await bar(2015), y);
    expect(await shown()).toEqual({ from: before.from, to: 2015, focus: 'year-to' });
    // Nearer "from": it comes to 1980, then follows the pointer to 1995 before release.
    await page.mouse.move(await bar(1980), y);
    await page.mouse.down();
    expect(await shown()).toEqual({ from: 1980, to: 2015, focus: 'year-from' });
    await page.mouse.move(await bar(1995), y, { steps: 4 });
    await page.mouse.up();
    expect(await shown()).toEqual({ from: 1995, to: 2015, focus: 'year-from' });
    // The press and its drag are one step.
    await page.click('#btn-undo');
    await expect.poll(async () => (await shown()).from).toBe(before.from);
    expect((await shown()).to).toBe(2015);
    await page.close();
  });

  it('walk 26, 4. keys on a year handle, then a drag of it at once: two steps, and Undo takes back the drag only', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await loadWholeGraph(page); // the Filters panel is open
    const from = page.locator('input[name="year-from"]');
    await page.locator('.histogram').scrollIntoViewIfNeeded();
    const { drag } = yearHandles(page, Number(await from.getAttribute('min')), Number(await from.getAttribute('max')));
    await drag(from, 2005);
    await from.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const value = () => page.locator('#year-from-value').innerText();
    expect(await value()).toBe('2008');
    // Within the same second and a half, the same handle dragged.
    await drag(from, 2016);
    expect(await value()).toBe('2016');
    await page.click('#btn-undo');
    await expect.poll(value).toBe('2008');
    await page.click('#btn-undo');
    await expect.poll(value).toBe('2005');
    await page.close();
  });

  /** The width of #cy that no side panel or details card covers. */
  it('17. at 1024x700 the canvas keeps 60% of its width with Filters and details, the empty state is never cut, a share link fits', async () => {
    const size = { width: 1024, height: 700 };
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, size);
    // The empty state beside the open Filters panel.
    const empty = (await page.locator('#empty-state').boundingBox())!;
    const panelBox = (await page.locator('#left-panel').boundingBox())!;
    expect(empty.x).toBeGreaterThanOrEqual(panelBox.x + panelBox.width);
    await loadWholeGraph(page);
    const at = await nodeOnPage(page, 'bac-ninh');
    await page.mouse.click(at.x, at.y);
    await page.locator('#details').waitFor();
    await page.waitForTimeout(100);
    let w = await freeWidth(page);
    expect(w.free / w.canvas).toBeGreaterThanOrEqual(0.6);
    await page.click('.tabs [data-panel="filters"]');
    await page.locator('#left-panel .panel-slot[data-panel="filters"]').waitFor();
    await page.waitForTimeout(100);
    w = await freeWidth(page);
    expect(w.free / w.canvas).toBeGreaterThanOrEqual(0.6);
    await shot(page, 'analyst', 'narrow-panels');
    await page.close();

    // A share link made at 1440x900, opened at 1024x700: the graph fits the free region here.
    const wide = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await loadWholeGraph(wide.page);
    await wide.page.click('#btn-fit');
    await wide.page.click('#btn-share');
    await wide.page.locator('#text-dialog[open]').waitFor();
    const url = await wide.page.locator('#text-body').inputValue();
    await wide.page.close();
    const other = await suite.env.browser.newPage({ viewport: size });
    await other.goto(url);
    await other.waitForFunction(
      () => (window as any).corridor?.ready && (window as any).corridor.cy.nodes().length > 20,
    );
    await other.waitForTimeout(300);
    const region = await freeWidth(other);
    const bb = await other.evaluate(() =>
      (window as any).corridor.cy.nodes().not('.filtered, .hidden').renderedBoundingBox({ includeLabels: false }),
    );
    const cyBox = (await other.locator('#cy').boundingBox())!;
    expect(cyBox.x + bb.x1).toBeGreaterThanOrEqual(region.x1 - 1);
    expect(cyBox.x + bb.x2).toBeLessThanOrEqual(region.x2 + 1);
    expect(bb.y1).toBeGreaterThanOrEqual(-1);
    expect(bb.y2).toBeLessThanOrEqual(cyBox.height + 1);
    await other.close();
  });

  it('walk 5, 5. details beside a panel fold the panel rather than squeeze the graph: it keeps its size at 1440; narrowed to 1280 and 1024 the canvas keeps 60% of its width, the graph filling it', async () => {
    /** The shown graph's box, in the canvas's pixels, and the nodes under the details card. */
    const graph = (p: Page) =>
      p.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const base = document.querySelector('#cy')!.getBoundingClientRect();
        const card = document.querySelector('#details')?.getBoundingClientRect();
        const nodes = cy.nodes().not('.filtered, .hidden');
        const bb = nodes.renderedBoundingBox({ includeLabels: false });
        // Under the card's box (a full card spans the canvas's height; a compact one, walk 15, 1, its top).
        const under = card
          ? nodes.filter((n: any) => {
              const b = n.renderedBoundingBox({ includeLabels: false });
              return b.x2 > card.left - base.left && b.y1 < card.bottom - base.top && b.y2 > card.top - base.top;
            })
          : cy.collection();
        return { w: bb.w as number, h: bb.h as number, under: under.map((n: any) => n.id()) as string[] };
      });
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await loadWholeGraph(page); // the Filters panel open beside the canvas
    await page.click('#btn-fit');
    await page.waitForTimeout(150);
    const before = await graph(page);
    const at = await nodeOnPage(page, 'quang-ninh');
    await page.mouse.click(at.x, at.y);
    await page.locator('#details').waitFor();
    await page.waitForTimeout(400);
    await shot(page, 'canvas', 'walk5-5-details-1440');
    // Before: the card squeezed the canvas beside the docked Filters panel to 0.44 of the window
    // and the graph was zoomed about the node to about 0.6 of its size.
    expect((await freeWidth(page)).free / 1440).toBeGreaterThanOrEqual(0.6);
    const after = await graph(page);
    expect(Math.max(after.w / before.w, after.h / before.h)).toBeGreaterThan(0.9);
    // The card beside the docked panel is compact (walk 15, 1), a small cover in the canvas's top
    // corner: the view stays (the graph kept its size above) and the node clicked is not under it.
    expect(await page.locator('#details.compact').isVisible()).toBe(true);
    expect(after.under).not.toContain('quang-ninh');
    expect(await page.locator('.tabs [data-panel="filters"]').isVisible()).toBe(true);
    await page.close();

    // Both open on a window wide enough for them, then narrowed: the older, the Filters panel, folds.
    const wide = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 2200, height: 900 });
    await loadWholeGraph(wide.page);
    const p = wide.page;
    const q = await nodeOnPage(p, 'quang-ninh');
    await p.mouse.click(q.x, q.y);
    await p.locator('#details').waitFor();
    expect(await p.locator('#left-panel').isVisible(), 'both show on a 2200 px window').toBe(true);
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1024, height: 700 },
    ]) {
      await p.setViewportSize(size);
      await p.waitForTimeout(500);
      await shot(p, 'canvas', `walk5-5-resized-${size.width}`);
      const w = await freeWidth(p);
      // Before: a strip of 270 px at 1024 between the floating panel and the card.
      expect(w.free / w.canvas, `${size.width}`).toBeGreaterThanOrEqual(0.6);
      expect(await p.locator('#details').isVisible()).toBe(true);
      const g = await graph(p);
      expect(g.under, `${size.width}`).toEqual([]);
      // The graph as large as the free canvas allows in one direction (a 250x170 blob before).
      const height = await p.evaluate(() => (window as any).corridor.cy.height());
      expect(Math.max(g.w / w.free, g.h / height), `${size.width}`).toBeGreaterThan(0.75);
    }
    await p.close();
  });

  it('19. the same year window shows the same nodes whether set by the keyboard, by Play and its restore, or by drag', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await loadWholeGraph(page);
    const from = page.locator('input[name="year-from"]');
    const to = page.locator('input[name="year-to"]');
    await from.scrollIntoViewIfNeeded();
    const min = Number(await from.getAttribute('min'));
    const max = Number(await from.getAttribute('max'));
    const visible = () =>
      page.evaluate(() =>
        (window as any).corridor.cy
          .elements()
          .not('.filtered, .hidden')
          .map((e: any) => e.id())
          .sort(),
      );
    const setByKeys = async () => {
      await from.focus();
      await page.keyboard.press('Home');
      for (let i = min; i < 2018; i++) await page.keyboard.press('ArrowRight');
      await to.focus();
      await page.keyboard.press('End');
      for (let i = max; i > 2023; i--) await page.keyboard.press('ArrowLeft');
      expect(await page.locator('#year-from-value').innerText()).toBe('2018');
      expect(await page.locator('#year-to-value').innerText()).toBe('2023');
    };
    await setByKeys();
    const byKeys = await visible();
    // Play, to its end: it gives the window back.
    await page.click('#btn-play');
    await expect
      .poll(() => page.locator('#btn-play').innerText(), { timeout: 30_000, interval: 500 })
      .toBe('Play through the years');
    expect(await page.locator('#year-from-value').innerText()).toBe('2018');
    expect(await visible()).toEqual(byKeys);
    // All years, then the same window again.
    await page.click('text=All years');
    await setByKeys();
    expect(await visible()).toEqual(byKeys);
    await page.close();
  });

  it('walk 8, 10. Play keeps the selection: a link outside the year shown stays selected, its card open, through Play and after', async () => {
    const page = await wholeGraph();
    // The latest dated link: Play starts at the first busy year, so it is filtered out at first.
    const edge = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const year = (e: any) => Number(String(e.data('date') ?? e.data('dateFrom') ?? '0').slice(0, 4));
      const latest = cy
        .edges()
        .not('.filtered, .hidden')
        .sort((a: any, b: any) => year(b) - year(a))[0];
      latest.select();
      latest.emit('tap');
      return latest.id() as string;
    });
    await page.locator('#details #edge-statement').waitFor();
    await page.click('.tabs [data-panel="filters"]');
    const state = () =>
      page.evaluate((id) => {
        const e = (window as any).corridor.cy.getElementById(id);
        return { filtered: e.hasClass('filtered') as boolean, selected: e.selected() as boolean };
      }, edge);
    await page.click('#btn-play');
    await expect.poll(async () => (await state()).filtered).toBe(true);
    // Before: the filtered link was unselected and its card closed.
    expect((await state()).selected).toBe(true);
    expect(await page.locator('#details').count()).toBe(1);
    // The bar says it is not shown now, rather than offering it as if it were.
    await expect.poll(() => page.locator('#selection-info').innerText()).toContain('filtered out for now');
    // Nothing shown to hide or remove: both are off, and their titles say why (walk 9 leftover).
    for (const action of ['hide', 'remove']) {
      const button = page.locator(`.node-actions [data-action="${action}"]`);
      expect(await button.isDisabled()).toBe(true);
      expect(await button.getAttribute('title')).toContain('filtered out');
    }
    await shot(page, 'canvas', 'walk8-10-play-keeps-selection');
    await page.click('#btn-play'); // stop: the years come back, the link with them, still selected
    await expect.poll(async () => (await state()).filtered).toBe(false);
    expect((await state()).selected).toBe(true);
    expect(await page.locator('#details').count()).toBe(1);
    expect(await page.locator('#selection-info').innerText()).not.toContain('filtered out');
    expect(await page.locator('.node-actions [data-action="hide"]').isDisabled()).toBe(false);
    await page.close();
  });

  it('walk 15, 5. Play is offered in the Timeline panel too, says the year it is at, and can be paused and stepped a year back and on', async () => {
    const page = await wholeGraph(NARROW);
    await page.click('.tabs [data-panel="timeline"]');
    const year = async () => Number(await page.locator('#play-year strong').innerText());
    await page.click('#left-panel #btn-play');
    await page.locator('#play-year').waitFor();
    const first = await year();
    expect(await page.locator('#left-panel .panel-slot[data-panel="timeline"] li').count()).toBeGreaterThan(0);
    await page.click('#btn-play-pause');
    await expect.poll(() => page.locator('#play-year').innerText()).toMatch(/^Paused at/);
    const paused = await year();
    expect(paused).toBeGreaterThanOrEqual(first);
    await page.click('#btn-play-next');
    await expect.poll(year).toBeGreaterThan(paused);
    const next = await year();
    // The year window follows the step: links up to the year on show.
    const latest = () =>
      page.evaluate(() =>
        Math.max(
          ...(window as any).corridor.cy
            .edges()
            .not('.filtered, .hidden')
            .map((e: any) => Number(String(e.data('date') ?? e.data('dateFrom') ?? '0').slice(0, 4))),
        ),
      );
    expect(await latest()).toBeLessThanOrEqual(next);
    await page.click('#btn-play-prev');
    await expect.poll(year).toBe(paused);
    await shot(page, 'canvas', 'walk15-play-in-timeline');
    // The same Play in the Filters panel: its year and controls there, Stop gives the years back.
    await page.click('.tabs [data-panel="filters"]');
    expect(await year()).toBe(paused);
    expect(await page.locator('#btn-play').innerText()).toBe('Stop');
    await page.click('#btn-play');
    await page.locator('#play-year').waitFor({ state: 'detached' });
    expect(await page.locator('#btn-play').innerText()).toBe('Play through the years');
    await page.close();
  });

  it('walk 30. Play steps through the years chosen, not from the first year of the graph', async () => {
    const page = await wholeGraph();
    await openPanel(page, 'filters');
    const from = page.locator('input[name="year-from"]');
    const to = page.locator('input[name="year-to"]');
    await from.focus();
    await page.keyboard.press('Home');
    for (let i = Number(await from.getAttribute('min')); i < 2016; i++) await page.keyboard.press('ArrowRight');
    await to.focus();
    await page.keyboard.press('End');
    for (let i = Number(await to.getAttribute('max')); i > 2023; i--) await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#year-from-value').innerText()).toBe('2016');
    await page.click('#left-panel #btn-play');
    await page.locator('#play-year').waitFor();
    await page.click('#btn-play-pause');
    expect(await page.locator('#status').innerText()).toMatch(/year by year, 20(1[6-9]|2[0-3])–20(1[6-9]|2[0-3]);/);
    const year = async () => Number((await page.locator('#play-year').innerText()).match(/\d{4}/)![0]);
    expect(await year()).toBeGreaterThanOrEqual(2016);
    // Stepped back to its start: the first year chosen with links, never before it.
    for (let i = 0; i < 12 && (await page.locator('#btn-play-prev').isEnabled()); i++)
      await page.click('#btn-play-prev');
    expect(await page.locator('#btn-play-prev').isEnabled()).toBe(false);
    expect(await year()).toBeGreaterThanOrEqual(2016);
    await page.click('#btn-play');
    expect(await page.locator('#year-from-value').innerText()).toBe('2016');
    await page.close();
  });

  it('walk 28, 3. while Play runs the status line says Play, not what the filters showed before; Stop says what shows again', async () => {
    const page = await wholeGraph();
    await openPanel(page, 'filters');
    await page.getByRole('button', { name: 'All years' }).click();
    await page.click('#left-panel #btn-play');
    await page.locator('#play-year').waitFor();
    const shownNow = () =>
      page.evaluate(() => (window as any).corridor.cy.nodes().not('.filtered, .hidden').length as number);
    await page.click('#btn-play-pause');
    const status = await page.locator('#status').innerText();
    expect(status).not.toMatch(/Showing all/);
    expect(status).toMatch(/^Playing the links year by year, \d{4}–\d{4}; undated links hidden meanwhile/);
    expect(await shownNow()).toBeLessThan(20);
    await page.click('#left-panel #btn-play');
    await page.locator('#play-year').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('#status').innerText())
      .toMatch(/^Showing all \d+ nodes and all \d+ links on the canvas\.$/);
    await page.close();
  });

  it('walk 20, 1. Map chosen during Play is the map: after Stop every node stands at its place, as on a map chosen without Play', async () => {
    const homes = (page: Page) =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        return Object.fromEntries(
          cy
            .nodes()
            .not('.filtered, .hidden')
            .map((n: any) => [n.id(), n.hasClass('geo-marker') ? n.scratch('geoHome') : null]),
        ) as Record<string, { x: number; y: number } | null>;
      });
    const plain = await wholeGraph();
    await plain.selectOption('#layout-select', 'geo');
    await plain.evaluate(() => (window as any).corridor.canvas.idle());
    const want = await homes(plain);
    await plain.close();

    const page = await wholeGraph();
    await openPanel(page, 'filters');
    await page.click('#btn-play');
    await page.click('#btn-play-pause');
    await expect.poll(() => page.locator('#play-year').innerText()).toMatch(/^Paused at/);
    const during = await page.evaluate(() => (window as any).corridor.cy.nodes().not('.filtered, .hidden').length);
    expect(during).toBeLessThan(Object.keys(want).length / 2); // the year shows a few nodes only
    await page.selectOption('#layout-select', 'geo');
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await page.click('#btn-play');
    await page.locator('#play-year').waitFor({ state: 'detached' });
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    const got = await homes(page);
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
    // Each node a marker of the map, at the point the map chosen without Play gives it.
    for (const [id, p] of Object.entries(want)) {
      expect(got[id], id).not.toBeNull();
      expect(got[id]!.x, id).toBeCloseTo(p!.x, 3);
      expect(got[id]!.y, id).toBeCloseTo(p!.y, 3);
    }
    await shot(page, 'canvas', 'walk20-map-chosen-during-play');
    await page.close();
  });

  it("walk 16, 1. Share while Play is paused carries the whole canvas and the user's own filters, and says that Play's years are not in the link", async () => {
    const page = await wholeGraph(NARROW);
    const counts = (p: Page) =>
      p.evaluate(() => {
        const cy = (window as any).corridor.cy;
        return { all: cy.nodes().length as number, shown: cy.nodes().not('.filtered, .hidden').length as number };
      });
    const before = await counts(page);
    // As the walk did: a link picked on the timeline, Play, Pause, a step on.
    await page.click('.tabs [data-panel="timeline"]');
    await page.locator('#left-panel .panel-slot[data-panel="timeline"] li').nth(5).click();
    await page.click('#left-panel #btn-play');
    await page.locator('#play-year').waitFor();
    await page.click('#btn-play-pause');
    await expect.poll(() => page.locator('#play-year').innerText()).toMatch(/^Paused at/);
    await page.click('#btn-play-next');
    await expect.poll(async () => (await counts(page)).shown).toBeLessThan(before.shown);
    await page.click('#btn-share');
    await page.locator('#text-dialog[open]').waitFor();
    const url = await page.locator('#text-body').inputValue();
    expect(url.length).toBeLessThan(2000);
    const other = await suite.env.browser.newPage({ viewport: NARROW });
    await other.goto(url);
    await other.waitForFunction(() =>
      /Restored a shared view/.test(document.querySelector('#status')?.textContent ?? ''),
    );
    // The canvas as Stop gives it back: every node, under the filters the user had before Play.
    expect(await counts(other)).toEqual(before);
    await other.close();
    // Said where the link is shown, not done in silence.
    expect(await page.locator('#text-dialog').innerText()).toMatch(
      /Play's years are not in it: it opens with your own filters/,
    );
    await page.close();
  });

  it('walk4 11. Play, started zoomed in, keeps every shown node in view and ends on the view it started from', async () => {
    const page = await wholeGraph();
    await page.click('.tabs [data-panel="filters"]');
    await page.waitForTimeout(300);
    await page.click('#btn-fit');
    // The walk zoomed in with the wheel before playing.
    await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      cy.zoom({ level: cy.zoom() * 2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    const view = () =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const out = cy
          .nodes()
          .not('.filtered, .hidden')
          .filter((n: any) => {
            const p = n.renderedPosition();
            return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
          })
          .map((n: any) => n.id());
        // Read with the view in one step: Play's end gives back the zoomed-in start, where nodes are
        // out of view by design (CI once read the button before the end and the view after it).
        const playing = document.querySelector('#btn-play')?.textContent === 'Stop';
        return { zoom: cy.zoom() as number, pan: cy.pan() as { x: number; y: number }, out: out as string[], playing };
      });
    const start = await view();
    await page.click('#btn-play');
    await page.waitForFunction(() => document.querySelector('#btn-play')?.textContent === 'Stop');
    const outDuring = new Set<string>();
    for (let v = await view(); v.playing; v = await view()) {
      if (v.out.length) {
        // The view follows in a short animation; on a loaded machine its frames come late, so a
        // node counts as lost only if it is still out of view 1.5 s later, Play still running.
        let still = v.out;
        let playing = true;
        for (let waited = 0; waited < 1500 && still.length && playing; waited += 250) {
          await page.waitForTimeout(250);
          const now = await view();
          playing = now.playing;
          still = still.filter((id) => now.out.includes(id));
        }
        if (playing) for (const id of still) outDuring.add(id);
      }
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(600); // the last step's animation
    expect([...outDuring]).toEqual([]);
    const end = await view();
    expect(end.zoom).toBeCloseTo(start.zoom, 3);
    expect(Math.abs(end.pan.x - start.pan.x) + Math.abs(end.pan.y - start.pan.y)).toBeLessThan(2);
    await page.close();
  });

  it('walk5 11. Play from the whole-graph view frames what it shows, large and centred, moving smoothly and seldom; Stop gives the view back', async () => {
    const page = await wholeGraph(NARROW);
    await page.click('.tabs [data-panel="filters"]'); // as the walk: the Filters panel open beside the canvas
    await page.waitForTimeout(300);
    await page.click('#btn-fit');
    await page.waitForTimeout(100);
    const start = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      return { zoom: cy.zoom() as number, pan: { ...cy.pan() } as { x: number; y: number } };
    });
    await page.click('#btn-play');
    // Read in the page, every frame for 6.7 s (four year steps of at most 1.5 s, play.ts's BUSY_YEAR_MS): the view, and where the shown nodes are drawn
    // against the canvas and the panels floating over it.
    const frames = await page.evaluate(
      () =>
        new Promise<any[]>((done) => {
          const cy = (window as any).corridor.cy;
          const base = document.querySelector('#cy')!.getBoundingClientRect();
          const out: any[] = [];
          const t0 = performance.now();
          const read = () => {
            const nodes = cy.nodes().not('.filtered, .hidden');
            const bb = nodes.renderedBoundingBox({ includeLabels: false });
            const overlays = [...document.querySelectorAll<HTMLElement>('.canvas-overlay')]
              .filter((el) => el.offsetParent !== null)
              .map((el) => el.getBoundingClientRect())
              .filter((r) => r.width > 0 && r.height > 0);
            const covered = nodes
              .filter((n: any) => {
                const b = n.renderedBoundingBox({ includeLabels: false });
                return overlays.some(
                  (r) =>
                    b.x1 + base.left < r.right &&
                    r.left < b.x2 + base.left &&
                    b.y1 + base.top < r.bottom &&
                    r.top < b.y2 + base.top,
                );
              })
              .map((n: any) => n.id());
            out.push({
              year: document.querySelector('#year-to-value')!.textContent,
              zoom: cy.zoom(),
              pan: { ...cy.pan() },
              bb: { x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 },
              size: { w: cy.width(), h: cy.height() },
              covered,
              n: nodes.length,
            });
            if (performance.now() - t0 < 6700) requestAnimationFrame(read);
            else done(out);
          };
          requestAnimationFrame(read);
        }),
    );
    // The settled view of each year: its last frame.
    const settled = frames.filter((f, i) => i + 1 < frames.length && frames[i + 1].year !== f.year);
    expect(settled.length).toBeGreaterThanOrEqual(3);
    for (const f of settled) {
      const at = `year ${f.year} (${f.n} nodes, zoom ${f.zoom.toFixed(2)})`;
      expect(f.bb.x1, at).toBeGreaterThanOrEqual(0);
      expect(f.bb.y1, at).toBeGreaterThanOrEqual(0);
      expect(f.bb.x2, at).toBeLessThanOrEqual(f.size.w);
      expect(f.bb.y2, at).toBeLessThanOrEqual(f.size.h);
      expect(f.covered, at).toEqual([]);
      // Readable: the shown part spans much of the canvas, unless it is at Fit's largest zoom.
      const fill = Math.max((f.bb.x2 - f.bb.x1) / f.size.w, (f.bb.y2 - f.bb.y1) / f.size.h);
      if (f.zoom < 1.59) expect(fill, at).toBeGreaterThan(0.4);
      // Centred: its middle in the canvas's middle third or so (a floating legend takes a strip off one side).
      expect((f.bb.x1 + f.bb.x2) / 2 / f.size.w, at).toBeGreaterThan(0.3);
      expect((f.bb.x1 + f.bb.x2) / 2 / f.size.w, at).toBeLessThan(0.7);
      expect((f.bb.y1 + f.bb.y2) / 2 / f.size.h, at).toBeGreaterThan(0.3);
      expect((f.bb.y1 + f.bb.y2) / 2 / f.size.h, at).toBeLessThan(0.7);
    }
    // Smooth: the first framing zooms in far, through frames between (an animation, not a jump).
    const first = settled[0].zoom;
    expect(first / start.zoom).toBeGreaterThan(1.5);
    const between = frames.filter((f) => f.zoom > start.zoom * 1.05 && f.zoom < first * 0.95).length;
    expect(between).toBeGreaterThanOrEqual(2);
    // Seldom: the view stays put through most year steps.
    const moved = settled.slice(1).filter((f, i) => Math.abs(f.zoom / settled[i].zoom - 1) > 0.01).length;
    expect(moved, `the view moved at ${moved} of ${settled.length - 1} steps`).toBeLessThanOrEqual(
      Math.floor((settled.length - 1) / 2),
    );
    await shot(page, 'canvas', 'play-framed');
    await page.click('#btn-play'); // Stop
    await page.waitForTimeout(500);
    const end = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      return { zoom: cy.zoom() as number, pan: { ...cy.pan() } as { x: number; y: number } };
    });
    expect(end.zoom).toBeCloseTo(start.zoom, 3);
    expect(Math.abs(end.pan.x - start.pan.x) + Math.abs(end.pan.y - start.pan.y)).toBeLessThan(2);
    await page.close();
  });
});
