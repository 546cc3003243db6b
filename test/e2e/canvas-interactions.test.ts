// The analyst's canvas interactions, as the walkthrough of issue 11 met them (its items 4, 13, 16,
// 20, 21, 22): real app, real Neo4j, Debian's Chromium, real mouse and keyboard events.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from './browser.ts';
import {
  counts,
  freeWidth,
  loadWholeGraph,
  NARROW,
  openExplorer,
  openPanel,
  pastEdges,
  searchAndChoose,
  shot,
  showMap,
  useE2e,
  viewAtRest,
} from './explorer-page.ts';
import { shorten } from '../../client/src/canvas/labels.ts';
import { NEIGHBOUR_NAME_MAX, NEIGHBOUR_NAMES } from '../../client/src/features/selection/hover-neighbours.ts';

/** Where a node is drawn, in the page's coordinates (for the mouse). */
async function onPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#cy').boundingBox())!;
  const p = await page.evaluate((n) => (window as any).corridor.cy.getElementById(n).renderedPosition(), id);
  return { x: box.x + p.x, y: box.y + p.y };
}

const status = (page: Page) => page.locator('#status').innerText();
const tooltipShown = (page: Page) => page.locator('#tooltip').isVisible();

describe.skipIf(!hasChromium)('canvas interactions', { timeout: 120_000 }, () => {
  const suite = useE2e();

  async function wholeGraph(size = { width: 1440, height: 900 }): Promise<Page> {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, size);
    await page.click('.tabs [data-panel="filters"]'); // the left panel closed
    await loadWholeGraph(page);
    await page.click('#btn-fit');
    await page.waitForTimeout(100);
    return page;
  }

  it('walk 3. a graph shown whole stays whole in the free region: the details card opened, the window widened', async () => {
    /** The shown nodes' bodies against the free region: none under the card, and how much of the region they use. */
    const layout = (page: Page) =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const base = document.querySelector('#cy')!.getBoundingClientRect();
        const card = document.querySelector('#details')!.getBoundingClientRect();
        const left = card.left - base.left;
        const nodes = cy.nodes().not('.filtered, .hidden');
        const bb = nodes.renderedBoundingBox({ includeLabels: false });
        const covered = nodes
          .filter((n: any) => n.renderedBoundingBox({ includeLabels: false }).x2 > left)
          .map((n: any) => n.id());
        return { covered, used: Math.max(bb.w / left, bb.h / cy.height()) };
      });
    const page = await wholeGraph({ width: 1024, height: 700 });
    await page.focus('#cy');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.locator('#details').waitFor();
    await page.waitForTimeout(400);
    expect((await layout(page)).covered).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.waitForTimeout(400);
    await shot(page, 'canvas', 'resized-with-details');
    const wide = await layout(page);
    expect(wide.covered).toEqual([]);
    expect(wide.used).toBeGreaterThan(0.8);
    await page.close();
  });

  it("walk 3. hover keeps labels apart, the tooltip clear of the hovered element and its neighbours' names, a hovered link highlighted", async () => {
    const page = await wholeGraph();
    /** Shown names (as drawn), the tooltip and, per node, its marker, in the canvas's pixels. */
    const read = () =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const base = document.querySelector('#cy')!.getBoundingClientRect();
        const t = document.querySelector('#tooltip')!.getBoundingClientRect();
        const opts = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
        const labels = cy
          .nodes()
          .not('.filtered, .hidden')
          .filter((n: any) => n.style('label') !== '')
          .map((n: any) => ({ id: n.id(), near: n.hasClass('hover-near'), box: n.renderedBoundingBox(opts) }));
        const tipBox = {
          x1: t.left - base.left,
          y1: t.top - base.top,
          x2: t.right - base.left,
          y2: t.bottom - base.top,
        };
        return { labels, tip: tipBox };
      });
    type B = { x1: number; y1: number; x2: number; y2: number };
    const overlap = (a: B, b: B) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    for (const id of ['quang-ninh', 'guangxi', 'bac-ninh']) {
      const at = await onPage(page, id);
      await page.mouse.move(at.x, at.y);
      await expect.poll(() => tooltipShown(page)).toBe(true);
      const { labels, tip } = await read();
      for (const [i, a] of labels.entries())
        for (const b of labels.slice(i + 1))
          expect(overlap(a.box, b.box), `hovering ${id}: ${a.id} and ${b.id}`).toBe(false);
      const body = await page.evaluate(
        (n) => (window as any).corridor.cy.getElementById(n).renderedBoundingBox({ includeLabels: false }),
        id,
      );
      expect(overlap(tip, body), `the tooltip over ${id}`).toBe(false);
      for (const l of labels.filter((x: { near: boolean }) => x.near))
        expect(overlap(tip, l.box), `hovering ${id}: the tooltip over ${l.id}'s name`).toBe(false);
      await page.mouse.move(5, 5);
    }
    await shot(page, 'canvas', 'hover-node');
    // A link: hovered at its middle, it is drawn wider than the others and the tooltip leaves it in sight.
    // The longest whose middle is not under another element (Cytoscape's own hit test says which is there).
    const link = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const under = (e: any) => {
        const m = e.midpoint();
        return cy.renderer().findNearestElement(m.x, m.y, true, false);
      };
      const e = cy
        .edges()
        .not('.filtered, .hidden')
        .filter((x: any) => under(x) === x)
        .max((x: any) => x.renderedBoundingBox().w + x.renderedBoundingBox().h).ele;
      return { id: e.id(), mid: e.renderedMidpoint(), width: parseFloat(e.style('width')) };
    });
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.move(box.x + link.mid.x, box.y + link.mid.y);
    await expect.poll(() => tooltipShown(page)).toBe(true);
    await shot(page, 'canvas', 'hover-link');
    const hovered = await page.evaluate(
      (id) => parseFloat((window as any).corridor.cy.getElementById(id).style('width')),
      link.id,
    );
    expect(hovered).toBeGreaterThan(link.width + 1);
    const { tip } = await read();
    const r = 10;
    const pointer = { x1: link.mid.x - r, y1: link.mid.y - r, x2: link.mid.x + r, y2: link.mid.y + r };
    expect(overlap(tip, pointer), 'the tooltip over the hovered link').toBe(false);
    await page.close();
  });

  it('walk 10, 10. hovering Guangxi names its neighbours in view, over the dimmed markers, no two names touching', async () => {
    const page = await wholeGraph();
    const at = await onPage(page, 'guangxi');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => tooltipShown(page)).toBe(true);
    const seen = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const base = document.querySelector('#cy')!.getBoundingClientRect();
      const lg = document.querySelector('#legend')!.getBoundingClientRect();
      const legend = {
        x1: lg.left - base.left,
        y1: lg.top - base.top,
        x2: lg.right - base.left,
        y2: lg.bottom - base.top,
      };
      const hit = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      const named = (n: any) => !n.hasClass('label-hidden') && n.pstyle('label').strValue !== '';
      const labelOpts = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
      const near = cy
        .nodes('.hover-near')
        .not('.hover-focus')
        .filter((n: any) => n.visible())
        .map((n: any) => {
          const b = n.renderedBoundingBox({ includeLabels: false });
          const inView = b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height() && !hit(b, legend);
          return { id: n.id() as string, inView, named: named(n) };
        });
      const labels = cy
        .nodes(':visible')
        .filter(named)
        .map((n: any) => ({ id: n.id() as string, box: n.renderedBoundingBox(labelOpts) }));
      const touching: string[] = [];
      labels.forEach((a: any, i: number) =>
        labels.slice(i + 1).forEach((b: any) => void (hit(a.box, b.box) && touching.push(`${a.id} / ${b.id}`))),
      );
      return { near: near as { id: string; inView: boolean; named: boolean }[], touching };
    });
    await shot(page, 'canvas', 'walk10-hover-guangxi');
    expect(seen.near.filter((n) => n.inView).length).toBeGreaterThan(5);
    expect(seen.near.filter((n) => n.inView && !n.named).map((n) => n.id)).toEqual([]);
    expect(seen.touching).toEqual([]);
    await page.close();
  });

  it("walk 12, 5. on the map a node answers the pointer before the links drawn over it, and its tooltip names its neighbours in the links' direction", async () => {
    const page = await wholeGraph();
    await showMap(page);
    // As the walk: Lạng Sơn selected, the view on the border between Quảng Ninh and Guangxi.
    await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      cy.getElementById('lang-son').select();
      cy.fit(cy.$('#lang-son, #guangxi, #quang-ninh'), 150);
    });
    await viewAtRest(page);
    await page.waitForTimeout(300); // the names decided again once the view settles (declutter.ts)
    /**
     * Nodes in view, clear of the overlays, under a link not their own that is drawn above the nodes
     * (its arrowhead over a name, declutter.ts): Cytoscape's hit test finds both there.
     */
    const crossed = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const base = cy.container().getBoundingClientRect();
      const covers = [...document.querySelectorAll<HTMLElement>('.canvas-overlay')]
        .filter((el) => !el.hidden && el.offsetParent !== null)
        .map((el) => el.getBoundingClientRect());
      const renderer = cy.renderer();
      const out: string[] = [];
      cy.nodes(':visible')
        .not('.geo-cluster')
        .forEach((n: any) => {
          const p = n.renderedPosition();
          const x = p.x + base.left;
          const y = p.y + base.top;
          if (p.x < 5 || p.y < 5 || p.x > cy.width() - 5 || p.y > cy.height() - 5) return;
          if (covers.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) return;
          const m = n.position();
          const near = renderer.findNearestElements(m.x, m.y, true, false) as any[];
          const over = (e: any) => e.isEdge() && e.pstyle('z-compound-depth').strValue === 'top';
          if (near.some((e) => over(e) && !e.connectedNodes().contains(n))) out.push(n.id());
        });
      return out;
    });
    expect(crossed.length).toBeGreaterThan(0);
    const hovered = () =>
      page.evaluate(() => {
        const focus = (window as any).corridor.cy.$('.hover-focus');
        return focus.length === 1 ? `${focus.isNode() ? 'node' : 'link'} ${focus.id()}` : `${focus.length} elements`;
      });
    for (const id of crossed) {
      const at = await onPage(page, id);
      await page.mouse.move(at.x, at.y);
      await expect.poll(() => tooltipShown(page)).toBe(true);
      expect(await hovered(), `pointing at ${id}`).toBe(`node ${id}`);
      await page.mouse.move(5, 5);
    }
    // Its tooltip: its name, then whom its links join it to, grouped by type, in each link's direction.
    const at = await onPage(page, 'lang-son');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => tooltipShown(page)).toBe(true);
    await shot(page, 'canvas', 'walk12-hover-lang-son');
    const lines = await page.locator('#tooltip > *').allInnerTexts();
    expect(lines[0]).toBe('Lạng Sơn');
    const groups = await page.evaluate(() => {
      const n = (window as any).corridor.cy.getElementById('lang-son');
      const by = new Map<string, Set<string>>();
      n.connectedEdges()
        .not('.filtered, .hidden')
        .forEach((e: any) => {
          const out = e.source().same(n);
          // The tooltip's title is Lạng Sơn: a line reads "—TYPE→ names" from it, "names —TYPE→" to it.
          const key = out ? `—${e.data('type')}→ ` : ` —${e.data('type')}→`;
          by.set(key, (by.get(key) ?? new Set()).add((out ? e.target() : e.source()).data('label')));
        });
      return [...by.entries()].map(([key, names]) => ({ key, names: [...names] }));
    });
    expect(groups.length).toBeGreaterThan(1);
    // The largest group is named: a few of its names, and how many more.
    const largest = groups.sort((a, b) => b.names.length - a.names.length)[0]!;
    const line = lines.find((l) => (largest.key.startsWith(' ') ? l.endsWith(largest.key) : l.startsWith(largest.key)));
    expect(line, `${largest.key} in:\n${lines.join('\n')}`).toBeDefined();
    // Long names shortened.
    const named = largest.names.filter((name) => line!.includes(shorten(name, NEIGHBOUR_NAME_MAX)));
    expect(named.length).toBe(Math.min(NEIGHBOUR_NAMES, largest.names.length));
    if (largest.names.length > NEIGHBOUR_NAMES)
      expect(line).toContain(`and ${largest.names.length - NEIGHBOUR_NAMES} more`);
    await page.close();
  });

  it('walk5 13. the hover tooltip covers no drawn node and no drawn name, dimmed ones included, and stays on the canvas', async () => {
    // As the walk: the Filters panel open beside the whole graph at Fit.
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await loadWholeGraph(page);
    await page.click('#btn-fit');
    await page.waitForTimeout(100);
    const hubs: string[] = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const ids: string[] = [];
      cy.nodes()
        .not('.filtered, .hidden')
        .sort((a: any, b: any) => b.degree(false) - a.degree(false))
        .slice(0, 5)
        .forEach((n: any) => {
          ids.push(n.id());
        });
      return ids;
    });
    for (const id of new Set(['quang-ninh', 'bac-ninh', ...hubs])) {
      const at = await onPage(page, id);
      await page.mouse.move(at.x, at.y);
      await expect.poll(() => tooltipShown(page)).toBe(true);
      const covered = await page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const base = document.querySelector('#cy')!.getBoundingClientRect();
        const t = document.querySelector('#tooltip')!.getBoundingClientRect();
        const tip = { x1: t.left - base.left, y1: t.top - base.top, x2: t.right - base.left, y2: t.bottom - base.top };
        const label = { includeNodes: false, includeEdges: false, includeLabels: true, useCache: false };
        const body = { includeNodes: true, includeEdges: false, includeLabels: false };
        type B = { x1: number; y1: number; x2: number; y2: number; w: number };
        const over = (b: B) => b.w > 0 && tip.x1 < b.x2 && b.x1 < tip.x2 && tip.y1 < b.y2 && b.y1 < tip.y2;
        const out: string[] = [];
        cy.nodes(':visible').forEach((n: any) => {
          if (over(n.renderedBoundingBox(body))) out.push(`${n.id()}'s marker`);
          if (n.style('label') !== '' && over(n.renderedBoundingBox(label))) out.push(`${n.id()}'s name`);
        });
        if (tip.x1 < 0 || tip.y1 < 0 || tip.x2 > cy.width() || tip.y2 > cy.height()) out.push('the canvas edge');
        return out;
      });
      expect(covered, `hovering ${id}, the tooltip covers`).toEqual([]);
      if (id === 'bac-ninh') await shot(page, 'canvas', 'hover-tooltip-clear');
      await page.mouse.move(5, 5);
    }
    await page.close();
  });

  it("walk5 13. a large selected node's name clears its selection outline, and the keyboard's wider one", async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await searchAndChoose(page, 'bac ninh', 'Bắc Ninh');
    await page.waitForFunction(() => (window as any).corridor.cy.$(':selected').length === 1);
    await page.click('.node-actions [data-action="expand"]');
    await page.waitForFunction(() => (window as any).corridor.cy.nodes().length > 3);
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    /** The selected node's name and its body with the outline Cytoscape draws round it, in pixels. */
    const boxes = () =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const n = cy.$('node:selected')[0];
        const name = n.renderedBoundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
          useCache: false,
        });
        const body = n.renderedBoundingBox({
          includeNodes: true,
          includeEdges: false,
          includeLabels: false,
          useCache: false,
        });
        return { id: n.id() as string, name, body, zoom: cy.zoom() as number };
      });
    type B = { x1: number; y1: number; x2: number; y2: number };
    const overlap = (a: B, b: B) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    for (const step of ['as expanded', 'zoomed in', 'keyboard focus']) {
      if (step === 'zoomed in')
        await page.evaluate(() => {
          const cy = (window as any).corridor.cy;
          const n = cy.$('node:selected')[0];
          cy.zoom({ level: Math.min(cy.maxZoom(), cy.zoom() * 2), renderedPosition: n.renderedPosition() });
        });
      if (step === 'keyboard focus')
        await page.evaluate(() => {
          (window as any).corridor.cy.$('node:selected').addClass('keyboard-focus');
        });
      await page.waitForTimeout(150);
      const b = await boxes();
      expect(b.name.x2 - b.name.x1, `${step}: ${b.id} is named`).toBeGreaterThan(0);
      await shot(page, 'canvas', `selected-name-clear-${step.replace(' ', '-')}`);
      expect(overlap(b.name, b.body), `${step} (zoom ${b.zoom.toFixed(2)}): ${b.id}'s name on its outline`).toBe(false);
    }
    await page.close();
  });

  it('21. "Show hidden (N)" counts the hidden nodes, not their links', async () => {
    const page = await wholeGraph();
    const at = await onPage(page, 'quang-ninh');
    await page.mouse.click(at.x, at.y);
    await page.click('[data-action="hide"]');
    await expect.poll(() => page.locator('[data-action="show-hidden"]').innerText()).toBe('Show hidden (1)');
    await page.close();
  });

  it('walk 6, 14. "Show hidden" lists what is hidden: one node comes back on its own, or all of them', async () => {
    const page = await wholeGraph();
    const hidden = () =>
      page.evaluate(() =>
        (window as any).corridor.cy
          .nodes('.hidden')
          .map((n: any) => n.id())
          .sort(),
      );
    for (const id of ['quang-ninh', 'lang-son']) {
      await page.evaluate((n) => {
        const cy = (window as any).corridor.cy;
        cy.$(':selected').unselect();
        cy.getElementById(n).select();
      }, id);
      await page.click('[data-action="hide"]');
    }
    expect(await hidden()).toEqual(['lang-son', 'quang-ninh']);
    await page.click('[data-action="show-hidden"]');
    const list = page.locator('#hidden-menu [data-show-id]');
    expect((await list.allInnerTexts()).sort()).toEqual(['Lạng Sơn', 'Quảng Ninh']);
    await shot(page, 'canvas', 'hidden-menu');
    await page.click('#hidden-menu [data-show-id="lang-son"]');
    expect(await hidden()).toEqual(['quang-ninh']);
    // Its links to nodes on show come back with it.
    const links = await page.evaluate(() => {
      const n = (window as any).corridor.cy.getElementById('lang-son');
      return n
        .connectedEdges()
        .filter((e: any) => !e.source().hasClass('hidden') && !e.target().hasClass('hidden'))
        .map((e: any) => e.hasClass('hidden'));
    });
    expect(links.length).toBeGreaterThan(0);
    expect(links).not.toContain(true);
    await expect.poll(() => page.locator('[data-action="show-hidden"]').innerText()).toBe('Show hidden (1)');
    if ((await page.locator('#hidden-menu').getAttribute('open')) === null)
      await page.click('[data-action="show-hidden"]');
    await page.click('#hidden-menu [data-action="show-all-hidden"]');
    expect(await hidden()).toEqual([]);
    await page.close();
  });

  it('13. a pinned node can still be dragged; the toolbar says Unpin for it', async () => {
    const page = await wholeGraph();
    const at = await onPage(page, 'lang-son');
    await page.mouse.click(at.x, at.y);
    await page.click('[data-action="pin"]');
    await expect.poll(() => page.locator('[data-action="pin"]').innerText()).toBe('Unpin');
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let k = 1; k <= 8; k++) await page.mouse.move(at.x + k * 10, at.y + k * 5);
    await page.mouse.up();
    const moved = await onPage(page, 'lang-son');
    expect(Math.hypot(moved.x - at.x - 80, moved.y - at.y - 40)).toBeLessThan(4);
    // Pinned: the layout run again leaves it where the user put it.
    const model = await page.evaluate(() => (window as any).corridor.cy.getElementById('lang-son').position());
    await page.evaluate(() => (window as any).corridor.canvas.layout());
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    const after = await page.evaluate(() => (window as any).corridor.cy.getElementById('lang-son').position());
    expect(after).toEqual(model);
    // Another layout chosen places every node: the pin is released (walk 11, 3).
    await page.selectOption('#layout-select', 'concentric');
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await expect.poll(() => page.locator('[data-action="pin"]').innerText()).toBe('Pin');
    await page.close();
  });

  it('20. the hover tooltip hides when a context menu opens, on keyboard navigation and on drag', async () => {
    const page = await wholeGraph();
    const at = await onPage(page, 'bac-ninh');
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => tooltipShown(page)).toBe(true);
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.locator('#context-menu').waitFor();
    expect(await tooltipShown(page)).toBe(false);
    await page.keyboard.press('Escape');
    // Keyboard navigation while the pointer rests on a node.
    await page.mouse.move(at.x + 60, at.y + 200, { steps: 3 });
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await expect.poll(() => tooltipShown(page)).toBe(true);
    await page.focus('#cy');
    await page.keyboard.press('ArrowRight');
    expect(await tooltipShown(page)).toBe(false);
    // Dragging a node.
    const lc = await onPage(page, 'lao-cai');
    await page.mouse.move(lc.x, lc.y);
    await expect.poll(() => tooltipShown(page)).toBe(true);
    await page.mouse.down();
    await page.mouse.move(lc.x + 20, lc.y + 20, { steps: 4 });
    expect(await tooltipShown(page)).toBe(false);
    await page.mouse.up();
    await page.close();
  });

  it('22. expanding says what it added, in the right number, links included', async () => {
    const page = await wholeGraph();
    // A leaf: one link, to a node with other links.
    const { leaf, hub, edge } = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const l = cy.nodes().filter((n: any) => n.degree(false) === 1 && n.neighborhood('node')[0].degree(false) > 2)[0];
      const h = l.neighborhood('node')[0];
      const e = h.connectedEdges().filter((x: any) => x.source().degree(false) > 2 && x.target().degree(false) > 2)[0];
      return { leaf: l.id(), hub: h.id(), edge: e.id() };
    });
    await page.evaluate((id) => {
      (window as any).corridor.cy.getElementById(id).remove();
    }, leaf);
    await page.locator('#cy').dblclick({
      position: await page.evaluate((id) => (window as any).corridor.cy.getElementById(id).renderedPosition(), hub),
    });
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^Added 1 neighbour and 1 link\b/);
    // Only a link between two nodes already there: not "No new neighbours".
    const end = await page.evaluate((id) => {
      const e = (window as any).corridor.cy.getElementById(id);
      const s = e.source().id();
      e.remove();
      return s;
    }, edge);
    // The first expansion glides to its new neighbour: a position read mid-glide misses the node.
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await viewAtRest(page);
    await page.locator('#cy').dblclick({
      position: await page.evaluate((id) => (window as any).corridor.cy.getElementById(id).renderedPosition(), end),
    });
    await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^Added 1 link\b/);
    await page.close();
  });

  it('walk 10, 10. a right-click on a node, its details card open on another, does not move the view', async () => {
    const page = await wholeGraph();
    const view = () =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        return { zoom: cy.zoom() as number, x: cy.pan().x as number, y: cy.pan().y as number };
      });
    await openPanel(page, 'filters');
    await page.waitForTimeout(400);
    const ls = await onPage(page, 'lang-son');
    await page.mouse.click(ls.x, ls.y);
    await page.locator('#details').waitFor();
    await page.waitForTimeout(500);
    // The card folded the panel; its tab opens it again, the card now the compact bar.
    await page.click('.tabs [data-panel="filters"]');
    await page.waitForTimeout(500);
    await viewAtRest(page);
    const before = await view();
    const gx = await onPage(page, 'guangxi');
    await page.mouse.move(gx.x, gx.y, { steps: 4 });
    await expect.poll(() => tooltipShown(page)).toBe(true);
    await page.mouse.click(gx.x, gx.y, { button: 'right' });
    await page.locator('#context-menu').waitFor();
    await page.waitForTimeout(500);
    await viewAtRest(page);
    await shot(page, 'canvas', 'walk10-10-right-click');
    const after = await view();
    expect(after.zoom / before.zoom, 'zoom').toBeCloseTo(1, 3);
    expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y), 'px the graph moved').toBeLessThan(2);
    await page.close();
  });

  it('walk 10, 10. a selection filtered out by Filters "none" and back in by "all" stays selected', async () => {
    const page = await wholeGraph();
    const ls = await onPage(page, 'lang-son');
    await page.mouse.click(ls.x, ls.y);
    const selected = () =>
      page.evaluate(() => (window as any).corridor.cy.$(':selected').map((e: any) => e.id()) as string[]);
    await expect.poll(selected).toEqual(['lang-son']);
    await openPanel(page, 'filters');
    const kinds = page.locator('fieldset', { hasText: 'Node kinds' });
    await kinds.getByRole('button', { name: 'none', exact: true }).click();
    await page.waitForTimeout(300);
    await kinds.getByRole('button', { name: 'all', exact: true }).click();
    await page.waitForTimeout(300);
    expect(await selected()).toEqual(['lang-son']);
    await expect.poll(() => page.locator('#selection-info').innerText()).toContain('Lạng Sơn');
    await page.close();
  });

  it('22. the context menu offers to expand by the types the node has, with counts', async () => {
    const page = await wholeGraph();
    const at = await onPage(page, 'lao-cai');
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.locator('#context-menu').waitFor();
    const expected: string[] = await page.evaluate(() => {
      const byType = new Map<string, number>();
      (window as any).corridor.cy
        .getElementById('lao-cai')
        .connectedEdges()
        .forEach((e: any) => byType.set(e.data('type'), (byType.get(e.data('type')) ?? 0) + 1));
      return [...byType].map(([t, n]) => `${t} (${n})`).sort();
    });
    expect(expected.length).toBeLessThan(8);
    await expect
      .poll(async () => (await page.locator('#context-menu .submenu li button').allInnerTexts()).sort(), {
        timeout: 10_000, // the node's link types come from the server
      })
      .toEqual(expected);
    await page.close();
  });

  it('new-user 10. a filter that hides everything says so on the canvas, names the filter and undoes it in one click', async () => {
    const page = await wholeGraph();
    await page.click('.tabs [data-panel="filters"]');
    // Few seed links have 3 outlets: with their types off as well, nothing is left on the canvas.
    await page.selectOption('select[name="min-sources"]', '3');
    const left = await page.evaluate(() =>
      (window as any).corridor.cy
        .edges()
        .not('.filtered, .hidden')
        .map((e: any) => e.data('type') as string),
    );
    expect(left.length).toBeGreaterThan(0);
    for (const t of new Set(left)) await page.uncheck(`input[name="type-${t}"]`);
    const message = page.locator('#filter-empty-state');
    await message.waitFor();
    expect(await message.innerText()).toContain('Links stated by at least 3 outlets');
    await shot(page, 'analyst', 'filter-empty-state');
    await message.locator('p', { hasText: 'outlets' }).locator('button').click();
    expect(await page.inputValue('select[name="min-sources"]')).toBe('1');
    expect(await message.count()).toBe(0);
    expect(
      await page.evaluate(() => (window as any).corridor.cy.nodes().not('.filtered, .hidden').length),
    ).toBeGreaterThan(20);
    await page.close();
  });

  // Since walk 10, 10 a selection a filter leaves out stays selected (it comes back with the filter),
  // said in the bar; nothing acts on it meanwhile.
  it('new-user 11. a filter that hides the selected link keeps it selected, said "filtered out for now": Hide and Remove are off', async () => {
    const page = await wholeGraph();
    await page.evaluate(() => {
      (window as any).corridor.cy.edges('[type = "SIGNED"]').first().select();
    });
    await expect.poll(() => page.locator('#selection-info').innerText()).toMatch(/Selected: .*SIGNED/);
    expect(await page.locator('[data-action="hide"]').isDisabled()).toBe(false);
    await page.click('.tabs [data-panel="filters"]');
    await page.uncheck('input[name="type-SIGNED"]');
    await expect
      .poll(() => page.locator('#selection-info').innerText())
      .toMatch(/^Selected: .*SIGNED.*\(filtered out for now\)$/);
    expect(await page.locator('[data-action="hide"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-action="remove"]').isDisabled()).toBe(true);
    await page.check('input[name="type-SIGNED"]');
    await expect.poll(() => page.locator('#selection-info').innerText()).not.toMatch(/filtered out/);
    expect(await page.locator('[data-action="hide"]').isDisabled()).toBe(false);
    await page.close();
  });

  it('new-user 12. the keyboard reaches the graph in a few keys (Enter on a search result, "Go to graph"), and the view does not jump', async () => {
    const page = await wholeGraph();
    const zoom = () => page.evaluate(() => (window as any).corridor.cy.zoom() as number);
    const focusedNode = () =>
      page.evaluate(() => (window as any).corridor.cy.$('node.keyboard-focus').map((n: any) => n.id()) as string[]);
    await page.click('#search-input');
    await page.keyboard.type('lang son');
    await page.locator('#search-list li[role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'cy');
    expect(await focusedNode()).toEqual(['lang-son']);

    await page.focus('#search-input');
    await page.keyboard.press('Tab'); // one Tab from the search box
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Go to graph');
    expect((await page.locator('#skip-to-graph').boundingBox())!.x).toBeGreaterThanOrEqual(0); // shown when focused
    const before = await zoom();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cy');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(400);
    expect(await zoom()).toBeCloseTo(before, 6);
    // Enter opens the details card beside the node, not over it.
    await page.keyboard.press('Enter');
    await page.locator('#details').waitFor();
    await page.waitForTimeout(400);
    const [id] = await focusedNode();
    const box = (await page.locator('#cy').boundingBox())!;
    const p = await page.evaluate((n) => (window as any).corridor.cy.getElementById(n).renderedPosition(), id);
    const card = (await page.locator('#details').boundingBox())!;
    expect(box.x + p.x < card.x || box.x + p.x > card.x + card.width || box.y + p.y > card.y + card.height).toBe(true);
    expect(await zoom()).toBeCloseTo(before, 6);
    await page.close();
  });

  it('new-user 16. no suggestion is highlighted until ArrowDown, which highlights the first; Enter alone takes the first', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    const options = page.locator('#search-list li[role="option"]');
    const pick = async (q: string) => {
      await page.evaluate(() => (window as any).corridor.canvas.idle());
      await page.click('#search-input');
      await page.keyboard.type(q);
      await expect.poll(() => page.inputValue('#search-input')).toBe(q);
      await options.first().waitFor();
      return options.evaluateAll((lis) => lis.map((l) => l.getAttribute('data-id')!));
    };
    const ids = await pick('bac');
    expect(await page.locator('#search-list li[aria-selected="true"]').count()).toBe(0);
    expect(await page.locator('#search-list').innerText()).toMatch(/Enter takes the first/);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-list li[aria-selected="true"]').getAttribute('data-id')).toBe(ids[0]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'cy'); // the keyboard follows the node
    await page.waitForFunction(
      (id) =>
        (window as any).corridor.cy
          .$(':selected')
          .map((n: any) => n.id())
          .join() === id,
      ids[0],
    );

    const more = await pick('guang');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (id) =>
        (window as any).corridor.cy
          .$(':selected')
          .map((n: any) => n.id())
          .join() === id,
      more[0],
    );
    await page.close();
  });

  it('22. keyboard: a thick focus ring, Delete hides its node and the next arrow goes on (walk 7, 8: nothing selected between); Esc closes the View menu', async () => {
    const page = await wholeGraph();
    await page.focus('#cy');
    await page.keyboard.press('ArrowRight');
    const first = await page.evaluate(() => {
      const n = (window as any).corridor.cy.$('node.keyboard-focus');
      return {
        id: n.id(),
        ring: parseFloat(n.style('outline-width')),
        near: n.neighborhood('node').map((x: any) => x.id()),
      };
    });
    expect(first.ring).toBeGreaterThanOrEqual(5);
    await page.keyboard.press('Delete');
    const ringed = () =>
      page.evaluate(() => (window as any).corridor.cy.$('node.keyboard-focus').map((n: any) => n.id()) as string[]);
    expect(await ringed()).toEqual([]);
    await page.keyboard.press('ArrowRight');
    const next = await ringed();
    expect(next.length).toBe(1);
    expect(next[0]).not.toBe(first.id);
    await page.click('#view-menu summary');
    expect(await page.locator('#view-menu').getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await page.locator('#view-menu').getAttribute('open')).toBeNull();
    await page.close();
  });

  it('walk4 4. with a node selected, the arrows move the keyboard (and the selection) on and Delete hides the node it is on, not the one first selected', async () => {
    const page = await wholeGraph();
    const picked = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const n = cy
        .nodes()
        .not('.filtered, .hidden')
        .max((x: any) => x.degree(false)).ele;
      n.select();
      return n.id() as string;
    });
    await page.focus('#cy');
    const focusedId = () =>
      page.evaluate(() => (window as any).corridor.cy.$('node.keyboard-focus').map((n: any) => n.id())[0] as string);
    await page.keyboard.press('ArrowRight'); // the keyboard enters on the selected node
    for (let i = 0; i < 4 && (await focusedId()) === picked; i++) await page.keyboard.press('ArrowRight');
    const moved = await focusedId();
    expect(moved).not.toBe(picked);
    expect(await status(page)).toContain('Delete hides');
    await page.keyboard.press('Delete');
    const shownIds = await page.evaluate(
      () =>
        (window as any).corridor.cy
          .nodes()
          .not('.filtered, .hidden')
          .map((n: any) => n.id()) as string[],
    );
    expect(shownIds).not.toContain(moved);
    expect(shownIds).toContain(picked);
    await page.close();
  });

  it('walk 5, 8. keyboard and selection are one: a link chosen by mouse, then the arrows; a selection made elsewhere; Delete and Enter act on what the bar names', async () => {
    const page = await wholeGraph();
    const bar = () => page.locator('#selection-info').innerText();
    const focusedLabel = () =>
      page.evaluate(() => {
        const n = (window as any).corridor.cy.$('node.keyboard-focus');
        return n.nonempty() ? (n.data('label') as string) : null;
      });
    const isHidden = (id: string) =>
      page.evaluate((i) => (window as any).corridor.cy.getElementById(i).hasClass('hidden'), id);
    const selectOnly = (id: string) =>
      page.evaluate((i) => {
        const cy = (window as any).corridor.cy;
        cy.$(':selected').unselect();
        cy.getElementById(i).select();
      }, id);
    const [edge, other] = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const e = cy.edges('[type = "INVESTED_IN"]').not('.filtered, .hidden')[0];
      const far = cy
        .nodes()
        .not('.filtered, .hidden')
        .not(e.connectedNodes())
        .max((n: any) => n.degree(false)).ele;
      e.select();
      e.emit('tap'); // as a click on the link
      return [e.id() as string, far.id() as string];
    });
    await expect.poll(bar).toMatch(/Selected: .*INVESTED_IN/);
    // The walk: the arrows then went to a node while the bar still named the link, and Delete hid the node.
    await page.focus('#cy');
    await page.keyboard.press('ArrowRight');
    const onNode = await focusedLabel();
    expect(onNode).not.toBeNull();
    await expect.poll(bar).toBe(`Selected: ${onNode}`);
    await shot(page, 'canvas', 'keyboard-selects');
    // Selected elsewhere (not by the keyboard) while the keyboard is on a node: Delete hides what the bar names.
    await selectOnly(edge);
    await expect.poll(bar).toMatch(/Selected: .*INVESTED_IN/);
    const nodesBefore = (await counts(page)).nodes;
    await page.keyboard.press('Delete');
    expect(await isHidden(edge)).toBe(true);
    expect((await counts(page)).nodes).toBe(nodesBefore); // the link went, no node
    await page.keyboard.press('ArrowRight');
    await selectOnly(other);
    await expect.poll(bar).toContain('Selected: ');
    const otherLabel = (await bar()).replace('Selected: ', '');
    await page.keyboard.press('Enter'); // details of the node the bar names
    await expect.poll(() => page.locator('#details h2').first().innerText()).toContain(otherLabel);
    await page.close();
  });

  it('walk 5, 8. the keyboard hint goes when its node is filtered out', async () => {
    const page = await wholeGraph();
    await page.focus('#cy');
    await page.keyboard.press('ArrowRight');
    expect(await status(page)).toContain('arrows move');
    await page.click('.tabs [data-panel="filters"]');
    await page
      .locator('#left-panel fieldset', { hasText: 'Edge types' })
      .locator('button', { hasText: 'none' })
      .click();
    await expect.poll(async () => (await counts(page)).nodes).toBe(0);
    await expect.poll(() => status(page), { timeout: 1000 }).not.toContain('arrows move');
    expect(await page.evaluate(() => (window as any).corridor.cy.$('.keyboard-focus').length)).toBe(0);
    await page.close();
  });

  it('walk4 14. a layout change is an undoable step: Ctrl+Z after Pin then a layout puts the layout and the nodes back, the pin stays', async () => {
    const page = await wholeGraph();
    const placed = () =>
      page.evaluate(() =>
        (window as any).corridor.cy
          .nodes()
          .map((n: any) => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))]),
      );
    const node = await page.evaluate(() => {
      const n = (window as any).corridor.cy.nodes().not('.filtered, .hidden')[0];
      n.select();
      return n.id() as string;
    });
    await page.click('[data-action="pin"]');
    const pinned = () => page.evaluate((id) => (window as any).corridor.cy.getElementById(id).hasClass('pinned'), node);
    expect(await pinned()).toBe(true);
    const before = await placed();
    await page.selectOption('#layout-select', 'grid');
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    expect(await placed()).not.toEqual(before);
    await page.focus('#cy');
    await page.keyboard.press('Control+z');
    expect(await page.inputValue('#layout-select')).toBe('fcose');
    expect(await status(page)).toMatch(/Undid: layout/);
    expect(await placed()).toEqual(before);
    expect(await pinned()).toBe(true);
    await page.close();
  });

  it('22. clicking the open tab closes its panel and the tab no longer looks selected', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    const tab = page.locator('.tabs [data-panel="filters"]');
    const other = page.locator('.tabs [data-panel="timeline"]');
    await tab.click();
    await expect.poll(() => page.locator('#left-panel .panel-slot[data-panel="filters"]').isVisible()).toBe(false);
    const look = (l: typeof tab) =>
      l.evaluate((el) => {
        const s = getComputedStyle(el);
        return s.borderColor;
      });
    // The pointer still rests on the tab it clicked: it must not wear the open tab's frame.
    const selectedLook = await page.evaluate(() => {
      const probe = document.querySelector('.tabs [data-panel="timeline"]')!;
      probe.setAttribute('aria-selected', 'true');
      const s = getComputedStyle(probe);
      const out = s.borderColor;
      probe.setAttribute('aria-selected', 'false');
      return out;
    });
    expect(await look(tab)).not.toBe(selectedLook);
    await page.mouse.move(0, 0);
    expect(await look(tab)).toBe(await look(other));
    await page.close();
  });

  it('16. shortened labels stay distinguishable', async () => {
    const page = await wholeGraph();
    const labels: { full: string; shown: string }[] = await page.evaluate(() =>
      (window as any).corridor.cy.nodes().map((n: any) => ({ full: n.data('label'), shown: n.data('display') })),
    );
    expect(labels.some((l) => l.shown !== l.full)).toBe(true);
    // Two names read alike when their labels are equal, or both cut and one the start of the other.
    const stem = (s: string) => s.replace(/…$/, '').trimEnd();
    const alike = labels.flatMap((a) =>
      labels
        .filter((b) => a.full < b.full && ((a.shown.endsWith('…') && b.shown.endsWith('…')) || a.shown === b.shown))
        .filter((b) => stem(a.shown).startsWith(stem(b.shown)) || stem(b.shown).startsWith(stem(a.shown)))
        .map((b) => `${a.shown} / ${b.shown}`),
    );
    expect(alike).toEqual([]);
    await page.close();
  });

  // The force layout is seeded (layouts.ts withSeededRandom): the same picture, and the same names,
  // every run. At 1024x700 Lạng Sơn, in the crowded centre, finds no free place: open (see the report).
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
      if (!filters) await page.click('.tabs [data-panel="filters"]');
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
      if (!filters) await page.click('.tabs [data-panel="filters"]');
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
    const bar = async (y: number) => {
      const b = (await page.locator(`.histogram div[title^="${y}:"]`).boundingBox())!;
      return b.x + b.width / 2;
    };
    // Where a handle is drawn: Chromium centres it on a track shortened by the handle's width.
    const handleAt = async (input: typeof from) => {
      const box = (await input.boundingBox())!;
      // The handle's width, from the stylesheet's --thumb.
      const thumb = await input.evaluate((el) => parseFloat(getComputedStyle(el).getPropertyValue('--thumb')) || 16);
      const v = Number(await input.inputValue());
      return { x: box.x + thumb / 2 + ((v - min) / (max - min)) * (box.width - thumb), y: box.y + box.height / 2 };
    };
    const drag = async (input: typeof from, year: number) => {
      const start = await handleAt(input);
      const target = await bar(year);
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move((start.x + target) / 2, start.y, { steps: 3 });
      await page.mouse.move(target, start.y, { steps: 3 });
      await page.mouse.up();
    };
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

  /** The width of #cy that no side panel or details card covers. */
  it('17. at 1024x700 the canvas keeps 60% of its width with Filters and details, the empty state is never cut, a share link fits', async () => {
    const size = { width: 1024, height: 700 };
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, size);
    // The empty state beside the open Filters panel.
    const empty = (await page.locator('#empty-state').boundingBox())!;
    const panelBox = (await page.locator('#left-panel').boundingBox())!;
    expect(empty.x).toBeGreaterThanOrEqual(panelBox.x + panelBox.width);
    await loadWholeGraph(page);
    const at = await onPage(page, 'bac-ninh');
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
        const under = card
          ? nodes.filter((n: any) => n.renderedBoundingBox({ includeLabels: false }).x2 > card.left - base.left)
          : cy.collection();
        return { w: bb.w as number, h: bb.h as number, under: under.map((n: any) => n.id()) as string[] };
      });
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await loadWholeGraph(page); // the Filters panel open beside the canvas
    await page.click('#btn-fit');
    await page.waitForTimeout(150);
    const before = await graph(page);
    const at = await onPage(page, 'quang-ninh');
    await page.mouse.click(at.x, at.y);
    await page.locator('#details').waitFor();
    await page.waitForTimeout(400);
    await shot(page, 'canvas', 'walk5-5-details-1440');
    // Before: the card squeezed the canvas beside the docked Filters panel to 0.44 of the window
    // and the graph was zoomed about the node to about 0.6 of its size.
    expect((await freeWidth(page)).free / 1440).toBeGreaterThanOrEqual(0.6);
    const after = await graph(page);
    expect(Math.max(after.w / before.w, after.h / before.h)).toBeGreaterThan(0.9);
    expect(after.under).toEqual([]);
    expect(await page.locator('.tabs [data-panel="filters"]').isVisible()).toBe(true);
    await page.close();

    // Both open on a window wide enough for them, then narrowed: the older, the Filters panel, folds.
    const wide = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 2200, height: 900 });
    await loadWholeGraph(wide.page);
    const p = wide.page;
    const q = await onPage(p, 'quang-ninh');
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
        return { zoom: cy.zoom() as number, pan: cy.pan() as { x: number; y: number }, out: out as string[] };
      });
    const start = await view();
    await page.click('#btn-play');
    const outDuring = new Set<string>();
    while ((await page.locator('#btn-play').innerText()) !== 'Play through the years') {
      const seen = (await view()).out;
      if (seen.length) {
        // The view follows in a short animation; on a loaded machine its frames come late, so a
        // node counts as lost only if it is still out of view 1.5 s later.
        let still = seen;
        for (let waited = 0; waited < 1500 && still.length; waited += 250) {
          await page.waitForTimeout(250);
          const now = (await view()).out;
          still = still.filter((id) => now.includes(id));
        }
        for (const id of still) outDuring.add(id);
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
    // Read in the page, every frame for 3.7 s (four year steps): the view, and where the shown nodes are drawn
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
            if (performance.now() - t0 < 3700) requestAnimationFrame(read);
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

  it('walk4 13. a share link made with Export and the details card open reopens Export at 1024x700, the selection kept', async () => {
    const wide = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1440, height: 900 });
    await loadWholeGraph(wide.page);
    await wide.page.evaluate(() => {
      const n = (window as any).corridor.cy.getElementById('lang-son');
      n.select();
      n.emit('tap');
    });
    await wide.page.locator('#details').waitFor();
    await wide.page.click('.tabs [data-panel="export"]');
    await wide.page.locator('#left-panel .panel-slot[data-panel="export"]').waitFor();
    await wide.page.click('#btn-share');
    await wide.page.locator('#text-dialog[open]').waitFor();
    const url = await wide.page.locator('#text-body').inputValue();
    await wide.page.close();
    const other = await suite.env.browser.newPage({ viewport: { width: 1024, height: 700 } });
    await other.goto(url);
    await other.waitForFunction(
      () => (window as any).corridor?.ready && (window as any).corridor.cy.nodes().length > 20,
    );
    await other.waitForTimeout(300);
    expect(await other.locator('#left-panel .panel-slot[data-panel="export"]').isVisible()).toBe(true);
    expect(await other.evaluate(() => (window as any).corridor.cy.getElementById('lang-son').selected())).toBe(true);
    await other.close();
  });

  it('walk3 7. at 1024x700 the search placeholder fits its box, "( / )" hint included', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1024, height: 700 });
    const fit = await page.evaluate(() => {
      const input = document.getElementById('search-input') as HTMLInputElement;
      const css = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
      const room = input.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
      return { text: input.placeholder, width: ctx.measureText(input.placeholder).width, room };
    });
    expect(fit.text).toContain('( / )');
    expect(fit.width, JSON.stringify(fit)).toBeLessThanOrEqual(fit.room);
    await page.close();
  });

  it('walk 9, 11. searching a place the graph does not hold says it is known, where it is, and that no article links it', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, NARROW);
    await page.click('#search-input');
    await page.keyboard.type('Bằng Tường');
    const list = page.locator('#search-list');
    await expect
      .poll(() => list.innerText(), { timeout: 10_000 })
      .toBe('Bằng Tường (Pingxiang, Guangxi) is a known place, but no article links it');
    expect(await pastEdges(page, 'body', '#search-list')).toEqual([]);
    await shot(page, 'walk9', 'search-known-place');
    await page.close();
  });

  it('walk3 2. Delete hides a selected link; undoing the whole graph says so and Redo brings it back; the bar follows', async () => {
    const page = await wholeGraph();
    const before = await counts(page);
    const edge = await page.evaluate(() => {
      const e = (window as any).corridor.cy.edges().not('.filtered, .hidden')[0];
      e.select();
      e.emit('tap');
      return e.id() as string;
    });
    await page.focus('#cy');
    await page.keyboard.press('Delete');
    const hidden = (id: string) =>
      page.evaluate((i) => (window as any).corridor.cy.getElementById(i).hasClass('hidden'), id);
    expect(await hidden(edge)).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await hidden(edge)).toBe(false);
    // Walk 8, 10: the focus returns to what was hidden, selected again.
    const chosen = () =>
      page.evaluate(() => (window as any).corridor.cy.$(':selected').map((x: any) => x.id() as string));
    expect(await chosen()).toEqual([edge]);
    // ... and the card that was open on it opens again.
    await page.locator('#details #edge-statement').waitFor();
    await page.evaluate((id) => {
      (window as any).corridor.cy.getElementById(id).select();
    }, edge);
    await expect.poll(() => page.locator('#selection-info').innerText()).toContain('Selected:');
    await page.keyboard.press('Control+z');
    await expect.poll(() => status(page)).toContain('Undid: load whole graph');
    expect((await counts(page)).nodes).toBe(0);
    await expect.poll(() => page.locator('#selection-info').innerText()).toBe('Nothing selected');
    expect(await page.isDisabled('[data-action="hide"]')).toBe(true);
    expect(await page.isEnabled('#btn-redo')).toBe(true);
    await page.keyboard.press('Control+Shift+z');
    expect(await counts(page)).toEqual(before);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    expect(await counts(page)).toEqual(before);
    await page.close();
  });

  it('walk 5, 10. Undo of Whole graph fits what is left in view; Clear says what it did', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, { width: 1024, height: 700 });
    await page.click('.tabs [data-panel="filters"]'); // the left panel closed
    await searchAndChoose(page, 'bac ninh', 'Bắc Ninh');
    await searchAndChoose(page, 'liu yun', 'Liu Yun');
    await expect.poll(async () => (await counts(page)).nodes).toBe(2);
    await loadWholeGraph(page);
    await page.click('#btn-fit');
    await page.focus('#cy');
    await page.keyboard.press('Control+z');
    await expect.poll(() => status(page)).toContain('Undid: load whole graph');
    const left = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const bb = cy.nodes().not('.filtered, .hidden').renderedBoundingBox({ includeLabels: false });
      return { n: cy.nodes().length as number, bb, w: cy.width() as number, h: cy.height() as number };
    });
    expect(left.n).toBe(2);
    // In view, and not shrunk to a corner at the whole graph's zoom.
    expect(left.bb.x1 >= 0 && left.bb.y1 >= 0 && left.bb.x2 <= left.w && left.bb.y2 <= left.h).toBe(true);
    expect(Math.max(left.bb.w / left.w, left.bb.h / left.h), JSON.stringify(left)).toBeGreaterThan(1 / 3);
    await page.click('#btn-clear');
    await expect.poll(() => status(page)).toContain('Cleared the canvas');
    await page.close();
  });

  it('walk3 3. the Menu key and Shift+F10 put focus on the menu: arrows, Enter and Esc work, Esc gives it back to the node', async () => {
    const page = await wholeGraph();
    await page.focus('#cy');
    await page.keyboard.press('ArrowRight');
    const node = await page.evaluate(() => (window as any).corridor.cy.$('.keyboard-focus').id() as string);
    const active = () => page.evaluate(() => document.activeElement?.textContent ?? document.activeElement?.id);
    await page.keyboard.press('Shift+F10');
    await page.locator('#context-menu').waitFor();
    await expect.poll(active).toBe('Expand all links');
    await page.keyboard.press('ArrowDown');
    await expect.poll(active).not.toBe('Expand all links');
    await page.keyboard.press('Escape');
    expect(await page.locator('#context-menu').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cy');
    expect(await page.evaluate(() => (window as any).corridor.cy.$('.keyboard-focus').id())).toBe(node);
    await page.keyboard.press('ContextMenu');
    await page.locator('#context-menu').waitFor();
    await expect.poll(active).toBe('Expand all links'); // the menu has the keyboard
    await page.keyboard.press('End');
    await expect.poll(active).toBe('Remove');
    await page.keyboard.press('ArrowUp');
    await expect.poll(active).toBe('Hide');
    await page.keyboard.press('Enter');
    expect(await page.evaluate((id) => (window as any).corridor.cy.getElementById(id).hasClass('hidden'), node)).toBe(
      true,
    );
    // After an item the keyboard stays on the canvas (walk 5, 7: focus fell to the page's body and
    // the arrows did nothing): on the node the menu was for, while it is shown.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cy');
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => (window as any).corridor.cy.$('.keyboard-focus').id() as string);
    await page.keyboard.press('ContextMenu');
    await page.locator('#context-menu').waitFor();
    await expect.poll(active).toBe('Expand all links');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cy');
    expect(await page.evaluate(() => (window as any).corridor.cy.$('.keyboard-focus').id())).toBe(next);
    await page.close();
  });

  it('walk3 5. active filters show with their panel closed: a count on the Filters tab, "N hidden by filters" after a load', async () => {
    const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl);
    const badge = page.locator('.tabs [data-panel="filters"] .tab-badge');
    expect(await badge.count()).toBe(0);
    await page.selectOption('select[name="min-sources"]', '2');
    await page.click('.tabs [data-panel="filters"]'); // the panel closed
    expect(await badge.innerText()).toBe('1');
    await page.click('#btn-load-all');
    await expect.poll(() => status(page), { timeout: 15_000 }).toMatch(/Loaded/);
    // Read at once: the line goes after 5 s, and the fresh page below takes about 4 s to load.
    const said = await status(page);
    const shownNodes = (await counts(page)).nodes;
    const total = (await suite.fresh().then(async (p) => {
      await loadWholeGraph(p);
      const n = await p.evaluate(() => (window as any).corridor.cy.nodes().length as number);
      await p.close();
      return n;
    })) as number;
    const m = /(\d+) hidden by filters \(Links stated by at least 2 outlets\)/.exec(said);
    expect(m, said).not.toBeNull();
    expect(Number(m![1])).toBe(total - shownNodes);
    await shot(page, 'walk3', 'filters-badge');
    await page.close();
  });

  it('walk3 6. the legend and the Filters panel draw each node kind in its canvas shape (Province a full-height hexagon)', async () => {
    const page = await wholeGraph();
    await page.click('.tabs [data-panel="filters"]');
    const shapes = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const onCanvas: Record<string, string> = {};
      cy.nodes().forEach((n: any) => void (onCanvas[n.data('kind')] = n.style('shape')));
      const drawn = (svg: SVGSVGElement | null | undefined) => {
        const el = svg?.firstElementChild as SVGGraphicsElement | null | undefined;
        if (!el) return null;
        const b = el.getBBox();
        const points = el.getAttribute('points')?.trim().split(/\s+/).length ?? 0;
        return { tag: el.tagName, points, aspect: b.height / b.width };
      };
      const filterIcon = (k: string) =>
        drawn(document.querySelector(`input[name="kind-${k}"]`)?.closest('label')?.querySelector('svg'));
      const legendIcon = (k: string) =>
        drawn(
          [...document.querySelectorAll('#legend .legend-body span')]
            .find((s) => s.textContent?.trim() === k)
            ?.querySelector('svg'),
        );
      return Object.keys(onCanvas).map((k) => ({
        k,
        shape: onCanvas[k],
        filter: filterIcon(k),
        legend: legendIcon(k),
      }));
    });
    const expected: Record<string, (d: { tag: string; points: number; aspect: number }) => boolean> = {
      hexagon: (d) => d.tag === 'polygon' && d.points === 6 && d.aspect > 0.95,
      star: (d) => d.tag === 'polygon' && d.points === 10,
      ellipse: (d) => d.tag === 'circle',
      'round-rectangle': (d) => d.tag === 'rect',
      rectangle: (d) => d.tag === 'rect',
      diamond: (d) => d.tag === 'polygon' && d.points === 4,
      triangle: (d) => d.tag === 'polygon' && d.points === 3,
    };
    expect(shapes.map((s) => s.k)).toContain('Province');
    for (const s of shapes) {
      expect(s.filter && expected[String(s.shape)]!(s.filter), JSON.stringify(s)).toBe(true);
      expect(s.legend && expected[String(s.shape)]!(s.legend), JSON.stringify(s)).toBe(true);
    }
    await shot(page, 'walk3', 'legend-shapes');
    await page.close();
  });
});
