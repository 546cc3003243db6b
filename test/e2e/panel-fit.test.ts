// Every panel at 1440x900 and 1024x700, after a new user's walkthrough (finding 12: "tables are cut
// short", a button running past the Paths panel, results below the fold): nothing sticks out of its
// panel, nothing is cut without a way to read it, and a run's result shows without scrolling for it.
// Each test failed on the explorer before its fix.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from './browser.ts';
import {
  findPaths,
  freeWidth,
  intersects,
  loadWholeGraph,
  nodesCutOrCovered,
  nodePosition,
  onlyTypes,
  openPanel,
  pastEdges,
  rectOf,
  searchAndChoose,
  shot,
  viewAtRest,
  showMap,
  useE2e,
} from './explorer-page.ts';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

async function runNamed(page: Page, title: string, fill: Record<string, string>): Promise<void> {
  await openPanel(page, 'cypher');
  await page.selectOption('select[name="named-query"]', { label: title });
  for (const [name, value] of Object.entries(fill)) await page.fill(`#named-query-form input[name="${name}"]`, value);
  await page.click('#named-query-form button[type="submit"]');
  await page.locator('#cypher-summary').waitFor();
}

async function runCypher(page: Page, query: string): Promise<void> {
  await openPanel(page, 'cypher');
  const editor = page.locator('#cypher-editor .cm-content');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(query);
  await page.fill('textarea[name="cypher-params"]', '{}');
  await page.click('#btn-run-cypher');
  await page.locator('#cypher-summary').waitFor();
}

/** The highlighted nodes cut by the canvas's edge or under what floats over it, their names included. */
/** Highlighted nodes cut or covered; a fit keeps a margin (50 px asked, 24 required), names 14 px under nodes. */
const highlightCut = (page: Page) =>
  nodesCutOrCovered(page, { selector: '.path-highlight', labelRoom: 14, margin: 24, labelUnderCovers: true });

/** The share of the window's width that neither the left panel nor the details card covers on the canvas. */
/** The free width beside the panel and the card, as a share of the window's width. */
const freeShare = async (page: Page) => (await freeWidth(page)).free / page.viewportSize()!.width;

describe.skipIf(!hasChromium)('panels at 1440x900 and 1024x700 (issue 11)', { timeout: 120_000 }, () => {
  const { fresh } = useE2e();

  it('new-user 12. "Open the table wide" shows every cell in full: the ties of Lạng Sơn\'s partners read to their end', async () => {
    const page = await fresh();
    await runNamed(page, 'Foreign partners of a locality', { locality: 'Lạng Sơn' });
    await page.click('#btn-table-wide');
    const dialog = page.locator('#result-table-dialog');
    await dialog.waitFor();
    const cut = await dialog
      .locator('tbody td, tbody td *')
      .evaluateAll((els) => els.filter((el) => el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent));
    expect(cut).toEqual([]);
    // Each tie reads as a chain from the locality, "A —TYPE→ B ←TYPE— C", and the last one is shown to its end (the joint committee).
    const headers = await dialog.locator('th').allInnerTexts();
    const ties = await dialog.locator(`tbody td:nth-child(${headers.indexOf('ties') + 1})`).first();
    const text = await ties.innerText();
    expect(text).toMatch(/^Lạng Sơn —ATTENDED[^;]*←ATTENDED[^;]*— Guangxi/);
    const box = (await ties.boundingBox())!;
    const last = await ties.evaluate((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      const rects = [...range.getClientRects()];
      return rects[rects.length - 1]!.bottom;
    });
    expect(last).toBeLessThanOrEqual(box.y + box.height + 1);
    await shot(page, 'panel-fit', 'table-wide');
    await page.close();
  });

  it('new-user 12. "Include reference links…, and search again" wraps inside the Paths panel', async () => {
    for (const size of SIZES) {
      const page = await fresh(size);
      await findPaths(page, ['you jun', 'You Jun'], ['bac giang', 'Bắc Giang']);
      await page.locator('#btn-paths-with-reference').waitFor();
      expect(await pastEdges(page, '#left-panel', '#path-result, #path-result *')).toEqual([]);
      await shot(page, 'panel-fit', 'paths-none');
      await page.close();
    }
  });

  it('new-user 12. after Run, the Cypher panel shows the result (summary and first rows) without scrolling for it', async () => {
    for (const size of SIZES) {
      const page = await fresh(size);
      await runNamed(page, 'Foreign partners of a locality', { locality: 'Lạng Sơn' });
      const inView = '#cypher-summary, #cypher-output tbody tr:first-child td:first-child, #btn-table-wide';
      await expect.poll(() => pastEdges(page, '#left-panel', inView, true)).toEqual([]);
      await shot(page, 'panel-fit', 'named-run');
      await page.locator('#left-panel').evaluate((el) => (el.scrollTop = 0)); // back to the editor
      await page.locator('#cypher-editor .cm-content').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type("MATCH p = (:Entity {id: 'quang-ninh'})-[:SIGNED]-(:Entity {id: 'guangxi'}) RETURN p");
      await page.fill('textarea[name="cypher-params"]', '{}');
      await page.click('#btn-run-cypher');
      await page.locator('#cypher-summary').waitFor();
      await expect.poll(() => pastEdges(page, '#left-panel', inView, true)).toEqual([]);
      await shot(page, 'panel-fit', 'console-run');
      await page.close();
    }
  });

  it('new-user 12. search lists show each kind whole: the top bar list is wider than a narrow box, a picker list spans its row', async () => {
    for (const size of SIZES) {
      const page = await fresh(size);
      await page.click('#search-input');
      await page.fill('#search-input', 'quang ninh');
      await page.locator('#search-list li[role="option"]').first().waitFor();
      expect(await pastEdges(page, '#search-list', '#search-list li > *')).toEqual([]);
      expect((await page.locator('#search-list').boundingBox())!.width).toBeGreaterThanOrEqual(300);
      await page.keyboard.press('Escape');
      await openPanel(page, 'paths');
      await page.fill('input[name="path-from"]', 'quang ninh');
      const list = page.locator('input[name="path-from"] + ul');
      await list.locator('li[role="option"]').first().waitFor();
      expect(await pastEdges(page, 'input[name="path-from"] + ul', 'input[name="path-from"] + ul li > *')).toEqual([]);
      // The list spans the field and the "Use canvas selection" button beside it.
      const button = (await page.locator('.picker:has(input[name="path-from"]) .from-canvas').boundingBox())!;
      const ul = (await list.boundingBox())!;
      expect(ul.x + ul.width).toBeGreaterThanOrEqual(button.x + button.width - 1);
      await shot(page, 'panel-fit', 'picker-list');
      await page.close();
    }
  });

  it('new-user 12. at 1024x700 the status line stays clear of the floating panel and the legend', async () => {
    const page = await fresh(SIZES[1]);
    await openPanel(page, 'filters');
    await loadWholeGraph(page);
    const status = page.locator('#status > div').first();
    await status.waitFor();
    const s = (await status.boundingBox())!;
    const panel = (await page.locator('#left-panel').boundingBox())!;
    const legend = (await page.locator('.legend').boundingBox())!;
    expect(s.x).toBeGreaterThanOrEqual(panel.x + panel.width);
    expect(s.x + s.width).toBeLessThanOrEqual(legend.x);
    await shot(page, 'panel-fit', 'status');
    await page.close();
  });

  it('walk 6, 18. at 1024x700 the keyboard status line stays clear of the details card (a panel open too)', async () => {
    const page = await fresh(SIZES[1]);
    await loadWholeGraph(page);
    await openPanel(page, 'timeline');
    await page.locator('.timeline li button').nth(1).click(); // the link's card opens with the panel
    await page.locator('#details').waitFor();
    await page.focus('#cy');
    await page.keyboard.press('ArrowRight');
    await page.locator('#left-panel').waitFor(); // still open
    const status = page.locator('#status > div', { hasText: 'Delete hides' });
    await status.waitFor();
    const s = await rectOf(page, '#status > div');
    const card = await rectOf(page, '#details');
    // (the card compact at the canvas's top right where both do not fit beside the canvas, walk 8, 5)
    expect(intersects(s, card), 'the status line stays clear of the details card').toBe(false);
    await shot(page, 'panel-fit', 'status-details');
    await page.close();
  });

  it('walk 6, 11. at 1024x700 Fit fills the free canvas beside the open legend, not only above its band; the Map too', async () => {
    const page = await fresh(SIZES[1]);
    await loadWholeGraph(page);
    if (await page.locator('.legend.folded').count()) await page.click('.legend-toggle');
    const fitted = async () => {
      await page.click('#btn-fit');
      return page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const base = cy.container().getBoundingClientRect();
        const legend = document.querySelector('.legend')!.getBoundingClientRect();
        const panel = document.querySelector('#left-panel')!.getBoundingClientRect();
        const nodes = cy
          .nodes()
          .not('.filtered, .hidden, .geo-clustered')
          .map((n: any) => n.renderedBoundingBox({ includeLabels: false }));
        const bb = cy.nodes().not('.filtered, .hidden').renderedBoundingBox({ includeLabels: false });
        return {
          freeW: cy.width() - Math.max(0, panel.right - base.left),
          h: cy.height() as number,
          legendTop: legend.top - base.top,
          legendLeft: legend.left - base.left,
          bb: { w: bb.w as number, h: bb.h as number },
          beside: nodes.filter((b: any) => b.y2 > legend.top - base.top).length as number,
          under: nodes.filter((b: any) => b.y2 > legend.top - base.top && b.x2 > legend.left - base.left)
            .length as number,
        };
      });
    };
    const force = await fitted();
    expect(force.under, 'nodes under the legend').toBe(0);
    expect(force.beside, 'nodes beside the legend, below its top').toBeGreaterThan(0);
    // The bug filled about 0.6 (the top band only). Every country's and province's name now stays on
    // the canvas (walk 7, 6), which costs the fit about 1% (0.699 measured after, 0.70+ before).
    expect(Math.max(force.bb.w / force.freeW, force.bb.h / force.h)).toBeGreaterThan(0.68);
    await shot(page, 'panel-fit', 'fit-legend');
    await page.selectOption('#layout-select', 'geo');
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    const map = await fitted();
    expect(map.under, 'map markers under the legend').toBe(0);
    expect(map.beside, 'map markers beside the legend, below its top').toBeGreaterThan(0);
    expect(map.bb.h, 'the map taller than the band above the legend').toBeGreaterThan(map.legendTop);
    // In Map layout the legend now explains the map's own marks ('On the map', walk 10, 10): 326 px
    // tall at 1024x700 where it was 204, its top at 292 instead of 414. The markers beside it
    // bound the map: 0.70 measured with it (0.75+ with the shorter legend).
    expect(Math.max(map.bb.w / map.freeW, map.bb.h / map.h), 'the map fills the free canvas').toBeGreaterThan(0.68);
    await shot(page, 'panel-fit', 'fit-map');
    await page.close();
  });

  it('walk 9, 5. Fit on the map leaves no marker under the selection bar, the zoom buttons, the legend or the status line, at both sizes', async () => {
    for (const size of SIZES) {
      const page = await fresh(size);
      await loadWholeGraph(page);
      await showMap(page);
      await openPanel(page, 'filters');
      await page.waitForTimeout(400);
      // The walk pressed Fit on a view left at another zoom (an export's): its markers were
      // fanned and gathered for that zoom, not for the one Fit takes.
      for (let i = 0; i < 3; i++) await page.click('#btn-zoom-in');
      await page.waitForTimeout(300);
      await page.click('#btn-fit');
      await page.waitForTimeout(400); // the markers fanned and gathered for the zoom taken
      const cut = await nodesCutOrCovered(page, { selector: 'node', exclude: '.filtered, .hidden, .geo-clustered' });
      await shot(page, 'panel-fit', `walk9-map-fit-${size.width}`);
      expect(cut, `markers cut or covered at ${size.width}`).toEqual([]);
      await page.close();
    }
  });

  it('walk 10, 4. a result "fitted to them" on the map leaves every highlighted node, with its label, inside the free canvas, at both sizes', async () => {
    for (const size of SIZES) {
      const page = await fresh(size);
      await loadWholeGraph(page);
      await showMap(page);
      // The walk ran it on a map zoomed in (into a cluster): its markers fanned for that zoom.
      for (let i = 0; i < 3; i++) await page.click('#btn-zoom-in');
      await page.waitForTimeout(300);
      await runNamed(page, 'Investment into a province', { province: 'Bắc Ninh' });
      await page.waitForTimeout(400); // the markers fanned and gathered for the zoom taken
      await viewAtRest(page);
      const cut = [...(await highlightCut(page))];
      for (let i = 0; i < 3; i++) await page.click('#btn-zoom-in');
      await runCypher(page, 'MATCH (a:Official)-[r:MET]->(b) RETURN a, r, b LIMIT 20');
      await page.waitForTimeout(400);
      await viewAtRest(page);
      cut.push(...(await highlightCut(page)));
      await shot(page, 'panel-fit', `walk10-result-fit-${size.width}`);
      expect(cut, `highlighted nodes cut or covered at ${size.width}`).toEqual([]);
      await page.close();
    }
  });

  it('walk 9, 11. the legend keeps the state it is in through panel changes and resizes; at 1024x700 it folds where it would cover nodes', async () => {
    const folded = async (p: Page) => (await p.locator('#legend.folded').count()) > 0;
    const resizeAndBack = async (p: Page) => {
      await p.setViewportSize(SIZES[0]!);
      await p.waitForTimeout(500);
      await p.setViewportSize(SIZES[1]!);
      await p.waitForTimeout(700);
    };
    const page = await fresh(SIZES[1]); // the Filters panel floats over the canvas: folded
    await loadWholeGraph(page);
    expect(await folded(page)).toBe(true);
    await openPanel(page, 'timeline');
    await page.waitForTimeout(300);
    expect(await folded(page), 'another panel does not open it').toBe(true);
    await resizeAndBack(page);
    expect(await folded(page), 'nor does a resize').toBe(true);
    // Opened by the user, it stays open through the same.
    await page.click('.legend-toggle');
    await openPanel(page, 'filters');
    await resizeAndBack(page);
    expect(await folded(page), "the user's choice stays").toBe(false);
    await page.close();
    // Open on a wide window, narrowed while it would lie over nodes: it folds.
    const wide = await fresh();
    await wide.click('#btn-collapse-panel'); // no panel
    await loadWholeGraph(wide);
    expect(await folded(wide)).toBe(false);
    await wide.evaluate(() => {
      const cy = (window as any).corridor.cy;
      cy.zoom({ level: cy.zoom() * 3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    await wide.setViewportSize(SIZES[1]!);
    await wide.waitForTimeout(800);
    await shot(wide, 'walk9', 'legend-narrowed-over-nodes');
    expect(await folded(wide), 'folded where it would cover nodes').toBe(true);
    await wide.close();
  });

  it('walk 5, 12. at 1024x700 a floating panel starts right of the tabs, whatever their width (a filter badge widens them)', async () => {
    const page = await fresh(SIZES[1]);
    await loadWholeGraph(page);
    await onlyTypes(page, ['SIGNED', 'MET']); // the Filters tab gets its badge
    await page.locator('#tabs .tab-badge').waitFor();
    for (const name of ['story', 'timeline', 'filters']) {
      await openPanel(page, name);
      const tabs = (await page.locator('#tabs').boundingBox())!;
      const panel = (await page.locator('#left-panel').boundingBox())!;
      expect(panel.x, `${name}: the panel's left edge against the tabs' right edge`).toBeGreaterThanOrEqual(
        tabs.x + tabs.width - 0.5,
      );
    }
    await shot(page, 'panel-fit', 'tabs-badge');
    await page.close();
  });

  it.each([
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ])("walk 17, 1. at %o a link's compact card shows its whole title, clear of its buttons", async (size) => {
    const page = await fresh(size);
    await loadWholeGraph(page);
    await openPanel(page, 'timeline');
    await page.locator('.timeline li button', { hasText: 'Xaysomboun' }).first().click();
    await page.locator('#details.compact .read-article').waitFor();
    await shot(page, 'panel-fit', 'walk17-1-compact-link-card');
    const card = await page.evaluate(() => {
      const box = (el: Element | null) => {
        const r = el!.getBoundingClientRect();
        return { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
      };
      const title = document.querySelector('#details .compact-title')!;
      return {
        title: box(title),
        cut: title.scrollWidth > title.clientWidth + 1,
        buttons: [...document.querySelectorAll('#details button')].map(box),
      };
    });
    expect(card.cut, 'the title cut').toBe(false);
    for (const b of card.buttons)
      expect(
        b.x1 < card.title.x2 && card.title.x1 < b.x2 && b.y1 < card.title.y2 && card.title.y1 < b.y2,
        'a button over the title',
      ).toBe(false);
    await page.close();
  });

  it.each([
    { width: 1024, height: 700 },
    { width: 1280, height: 800 },
  ])(
    'walk 8, 5. one rule at %o: the canvas keeps 60% of the width, and the panel and the details both stay reachable',
    async (size) => {
      const page = await fresh(size);
      const tag = `${size.width}`;
      const panelShown = () => page.locator('#left-panel').isVisible();
      await loadWholeGraph(page);
      // A timeline item: the user works in the Timeline, so it stays; the card shows compact at the canvas's top right.
      await openPanel(page, 'timeline');
      await page.locator('.timeline li button').nth(1).click();
      await page.locator('#details').waitFor();
      await page.waitForTimeout(200);
      await shot(page, 'panel-fit', 'walk8-5-timeline-item');
      expect(await panelShown(), tag).toBe(true);
      // Before: the full card beside the floating Timeline left about 270 px of canvas at 1024.
      expect(await freeShare(page), tag).toBeGreaterThanOrEqual(0.6);
      // "Open details": the full card, the Timeline folded into its marked tab, and the status line says so.
      await page.click('#btn-open-details');
      await page.locator('#details:not(.compact) h3', { hasText: 'Sources' }).waitFor();
      expect(await panelShown(), tag).toBe(false);
      expect(await page.locator('#status').innerText()).toContain('Timeline folded to make room');
      expect(await page.locator('.tabs [data-panel="timeline"].folded').isVisible()).toBe(true);
      expect(await freeShare(page), tag).toBeGreaterThanOrEqual(0.6);
      await shot(page, 'panel-fit', 'walk8-5-open-details');
      // Its tab brings the Timeline back; the card goes compact rather than away.
      await page.click('.tabs [data-panel="timeline"]');
      await page.locator('#details.compact').waitFor();
      expect(await panelShown(), tag).toBe(true);
      expect(await freeShare(page), tag).toBeGreaterThanOrEqual(0.6);
      // A canvas click keeps the panel too (walk 15, 1: a link clicked folded Filters away): the card compact.
      await page.keyboard.press('Escape'); // the card closes, the view settles in the region left free
      await page.locator('#details').waitFor({ state: 'detached' });
      await page.waitForTimeout(400);
      const cy = await rectOf(page, '#cy');
      const at = await nodePosition(page, 'quang-ninh');
      await page.mouse.click(cy.x + at.x, cy.y + at.y);
      // (a link drawn over the node may take the click: its card shows, by the same rule)
      await page.locator('#details.compact').waitFor();
      await shot(page, 'panel-fit', 'walk8-5-canvas-click');
      expect(await panelShown(), tag).toBe(true);
      expect(await freeShare(page), tag).toBeGreaterThanOrEqual(0.6);
      // The top bar's search with Filters open: the analyst picks name after name there (walk 11, 8),
      // so Filters stays and the card shows compact, as for a timeline item.
      await openPanel(page, 'filters');
      await searchAndChoose(page, 'bac ninh', 'Bắc Ninh', { card: 'as-shown' });
      await page.locator('#details.compact', { hasText: 'Bắc Ninh' }).waitFor();
      expect(await panelShown(), tag).toBe(true);
      expect(await page.locator('#status').innerText()).not.toContain('Filters folded to make room');
      expect(await freeShare(page), tag).toBeGreaterThanOrEqual(0.6);
      await shot(page, 'panel-fit', 'walk8-5-search-pick');
      await page.close();
    },
  );

  it("walk 28, 7. at 1440, Details and sources from a link's menu folds Filters and the status line says so (the canvas taking the focus back kept its hint off)", async () => {
    const page = await fresh({ width: 1440, height: 900 });
    await loadWholeGraph(page);
    await openPanel(page, 'filters');
    const at = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const e = cy.edges().filter((x: any) => x.visible() && x.data('type') === 'MET')[0];
      const m = e.renderedMidpoint();
      const r = cy.container().getBoundingClientRect();
      return { x: m.x + r.left, y: m.y + r.top };
    });
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page.getByText('Details and sources').first().click();
    await page.locator('#details:not(.compact) h3', { hasText: 'Sources' }).waitFor();
    expect(await page.locator('#left-panel').isVisible()).toBe(false);
    await page.waitForTimeout(500);
    expect(await page.locator('#status').innerText()).toContain('Filters folded to make room for the details');
    await page.close();
  });
});
