// The presenter's walk, after a new user's report (numbers are the report's): building a story of
// saved views and presenting it. Each test failed on the explorer before its fix (Chromium, real
// app, real Neo4j). The exports of the walk are in presenter-exports.test.ts.
import { describe, expect, it } from 'vitest';
import { EDGE_TYPES } from '../../common/model.ts';
import { hasChromium } from './browser.ts';
import {
  downloaded,
  findPaths,
  loadWholeGraph,
  NARROW,
  onlyTypes,
  openPanel,
  searchAndChoose,
  shot,
  showMap,
  saveViewThenMapView,
  useE2e,
  visibleEdges,
  visibleNodeIds,
} from './explorer-page.ts';
import { LABEL_PX } from '../../client/src/canvas/style.ts';
import { recordPictures, takenPictures } from './picture-probes.ts';
import type { Page } from 'playwright-core';

/** A caption of six lines at 1024×700, as walk 10's (7) was. */
const WALK10_CAPTION =
  'Lào Cai and Hà Giang face Yunnan across the Red River; their leaders meet the Yunnan delegation every year, sign memoranda on border trade, tourism and the Kunming–Hải Phòng corridor, and invite its companies to the Lào Cai economic zone. Guangxi’s Laibin and Nanning join through the Joint Working Committee of the four border provinces, whose minutes the articles quote.';

const edgeIds = async (page: Page) => (await visibleEdges(page)).map((e) => e.id).sort();

/** As walk 6 built its story: Bắc Ninh and its neighbours in force layout saved, then the whole graph on the Map saved. */
async function saveForceViewThenMapView(page: Page): Promise<void> {
  await searchAndChoose(page, 'bac ninh', 'Bắc Ninh');
  await page.getByRole('button', { name: 'Expand', exact: true }).click();
  await page.waitForFunction(() => (window as any).corridor.cy.nodes().length > 5);
  await page.evaluate(() => (window as any).corridor.canvas.idle());
  await openPanel(page, 'story');
  await page.click('#btn-save-view');
  await loadWholeGraph(page);
  await page.selectOption('#layout-select', 'geo');
  await page.evaluate(() => (window as any).corridor.canvas.idle());
  await page.click('#btn-save-view');
}

/** How the map draws its markers now: off-map places and their labels, clusters, markers drawn over each other. */
const mapMarks = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as any).corridor.cy;
    const drawn = cy.nodes().not('.filtered, .hidden, .geo-clustered');
    const named = (n: any) => !n.hasClass('label-hidden') && String(n.style('label')) !== '';
    const offMap = drawn
      .filter('.geo-offmap')
      .map((n: any) => ({ id: n.id() as string, label: String(n.style('label')) }))
      .sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id));
    const clusters = drawn.filter('.geo-cluster').map((n: any) => (named(n) ? String(n.style('label')) : ''));
    const boxes = drawn.map((n: any) => ({ id: n.id(), p: n.renderedPosition(), w: n.renderedWidth() }));
    const overlapping: string[] = [];
    boxes.forEach((a: any, i: number) =>
      boxes.slice(i + 1).forEach((b: any) => {
        if (Math.hypot(a.p.x - b.p.x, a.p.y - b.p.y) < 0.6 * Math.min(a.w, b.w)) overlapping.push(`${a.id}|${b.id}`);
      }),
    );
    const haNoi = cy.nodes().filter((n: any) => n.data('label') === 'Hà Nội' && n.data('kind') === 'Province')[0];
    const head = drawn.filter((n: any) => (n.data('mapCluster')?.members ?? []).includes(haNoi.id()))[0];
    return {
      offMap: offMap as { id: string; label: string }[],
      clusters: clusters as string[],
      overlapping,
      haNoiNamed: named(head ?? haNoi) as boolean,
    };
  });

/** Where the canvas's nodes truly stand (under the map their true points), how many are on screen, the layout. */
const viewPlacement = (page: Page) =>
  page.evaluate(() => {
    const w = window as any;
    const cy = w.corridor.cy;
    const pos: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n: any) => void (pos[n.id()] = { ...(n.scratch('geoHome') ?? n.position()) }));
    const e = cy.extent();
    const onScreen = cy
      .nodes()
      .not('.filtered, .hidden')
      .filter((n: any) => {
        const p = n.position();
        return p.x >= e.x1 && p.x <= e.x2 && p.y >= e.y1 && p.y <= e.y2;
      }).length as number;
    const map = document.querySelector('svg.basemap');
    const basemap = !!map && getComputedStyle(map).display !== 'none';
    return { pos, onScreen, layout: (document.querySelector('#layout-select') as HTMLSelectElement).value, basemap };
  });

describe.skipIf(!hasChromium)('the presenter: a story of saved views, presented', { timeout: 150_000 }, () => {
  const suite = useE2e();
  const { fresh } = suite;

  it('walk 23, 1. a title and caption typed in Export for the canvas name the view saved next; Present shows them', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    await openPanel(page, 'export');
    await page.fill('input[name="export-title"]', 'Whole corridor map');
    await page.fill('textarea[name="export-caption"]', 'Every province and its partners');
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await expect.poll(() => page.inputValue('textarea[name="story-title-0"]')).toBe('Whole corridor map');
    expect(await page.inputValue('textarea[name="story-caption-0"]')).toBe('Every province and its partners');
    // Typed for another canvas, they name nothing: the next view takes its own default title.
    await searchAndChoose(page, 'bac ninh', 'Bắc Ninh');
    await page.click('#btn-clear');
    await searchAndChoose(page, 'lang son', 'Lạng Sơn');
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await expect.poll(() => page.inputValue('textarea[name="story-title-1"]')).toBe('View 2');
    expect(await page.inputValue('textarea[name="story-caption-1"]')).toBe('');
    await page.getByRole('button', { name: 'Present from view 1' }).click();
    await expect.poll(() => page.locator('#present-title').innerText()).toBe('Whole corridor map');
    expect(await page.locator('.presentation-caption p').innerText()).toBe('Every province and its partners');
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('walk 34, C7. Show of a story view gives Export its title and caption; a title typed there for the canvas stays', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.fill('textarea[name="story-title-0"]', 'The whole corridor');
    await page.fill('textarea[name="story-caption-0"]', 'Every province and its partners');
    await searchAndChoose(page, 'bac ninh', 'Bắc Ninh');
    await page.click('#btn-clear');
    await searchAndChoose(page, 'lang son', 'Lạng Sơn');
    await openPanel(page, 'story');
    await page.getByRole('button', { name: 'Show', exact: true }).first().click();
    await expect.poll(() => page.evaluate(() => (window as any).corridor.cy.nodes().length)).toBeGreaterThan(20);
    await openPanel(page, 'export');
    await expect.poll(() => page.inputValue('input[name="export-title"]')).toBe('The whole corridor');
    expect(await page.inputValue('textarea[name="export-caption"]')).toBe('Every province and its partners');
    // Typed over for the canvas, the user's words stay through another Show of the view.
    await page.fill('input[name="export-title"]', 'My own title');
    await openPanel(page, 'story');
    await page.getByRole('button', { name: 'Show', exact: true }).first().click();
    await page.waitForTimeout(500);
    await openPanel(page, 'export');
    expect(await page.inputValue('input[name="export-title"]')).toBe('My own title');
    await page.close();
  });

  it('1. a saved view is a snapshot: Present and Show give its links, filters and positions, not later ones', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    await onlyTypes(page, ['SIGNED']);
    // One signed link is not loaded yet when the view is saved.
    const late = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const e = cy.edges('[type = "SIGNED"]').not('.filtered, .hidden')[0];
      const id = e.id();
      e.remove();
      return id as string;
    });
    const saved = { edges: await edgeIds(page), nodes: await visibleNodeIds(page) };
    expect(saved.edges.length).toBeGreaterThan(2);
    const where = await page.evaluate(
      (id) => ({ ...(window as any).corridor.cy.getElementById(id).position() }),
      saved.nodes[0],
    );
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    // Later: every type back on, the missing link loaded, a node moved.
    await onlyTypes(page, EDGE_TYPES);
    await page.click('#btn-load-all');
    await page.waitForFunction((id) => (window as any).corridor.cy.getElementById(id).nonempty(), late);
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await page.evaluate((id) => {
      (window as any).corridor.cy.getElementById(id).shift({ x: 200, y: 0 });
    }, saved.nodes[0]);
    expect((await edgeIds(page)).length).toBeGreaterThan(saved.edges.length);

    await openPanel(page, 'story');
    await page.click('#btn-story-present');
    await page.waitForTimeout(300);
    expect(await edgeIds(page)).toEqual(saved.edges);
    expect(await visibleNodeIds(page)).toEqual(saved.nodes);
    await shot(page, 'presenter-snapshot', '01-present');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    // Leaving gives the working canvas back: every type ticked again.
    await openPanel(page, 'filters');
    expect(await page.isChecked('input[name="type-MET"]')).toBe(true);
    await openPanel(page, 'story');
    await page.locator('.story-view').first().getByRole('button', { name: 'Show' }).click();
    await page.waitForTimeout(300);
    expect(await edgeIds(page)).toEqual(saved.edges);
    expect(await visibleNodeIds(page)).toEqual(saved.nodes);
    const now = await page.evaluate(
      (id) => ({ ...(window as any).corridor.cy.getElementById(id).position() }),
      saved.nodes[0],
    );
    expect(Math.abs(now.x - where.x)).toBeLessThanOrEqual(1);
    await page.close();
  });

  it("6. Present keeps a view's zoom, scaled to the screen, and at 1024×700 the title box covers no node", async () => {
    const page = await fresh(NARROW);
    await loadWholeGraph(page);
    await page.click('#btn-fit');
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.fill('[name="story-title-0"]', 'The whole corridor, every province and partner');
    await page.fill(
      'textarea[name="story-caption-0"]',
      'Every province, city and partner in the five articles, with who met, signed and invested.',
    );
    const saved = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const n = cy.getElementById('bac-ninh');
      cy.zoom({ level: cy.zoom() * 3, renderedPosition: n.renderedPosition() });
      return cy.zoom() as number;
    });
    await page.click('#btn-save-view');
    await page.click('#btn-fit');
    await page.click('#btn-story-present');
    await page.waitForTimeout(400);
    const covered = () =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const base = cy.container().getBoundingClientRect();
        const box = document.querySelector('.presentation-caption')!.getBoundingClientRect();
        return cy
          .nodes()
          .not('.filtered, .hidden')
          .filter((n: any) => {
            const b = n.renderedBoundingBox({ includeLabels: false });
            return (
              b.x1 + base.left < box.right &&
              b.x2 + base.left > box.left &&
              b.y1 + base.top < box.bottom &&
              b.y2 + base.top > box.top
            );
          })
          .map((n: any) => n.id()) as string[];
      });
    expect(await covered()).toEqual([]);
    await shot(page, 'presenter-zoom', '01-whole');
    const whole = await page.evaluate(() => (window as any).corridor.cy.zoom() as number);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(400);
    await shot(page, 'presenter-zoom', '02-zoomed');
    const shown = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const p = cy.getElementById('bac-ninh').renderedPosition();
      return { zoom: cy.zoom() as number, x: p.x as number, y: p.y as number, w: cy.width(), h: cy.height() };
    });
    // Zoomed in as saved (scaled to the bigger screen), not fitted to the whole graph.
    expect(shown.zoom).toBeGreaterThan(2 * whole);
    expect(shown.zoom).toBeGreaterThan(0.8 * saved);
    expect(shown.x).toBeGreaterThan(0);
    expect(shown.x).toBeLessThan(shown.w);
    expect(shown.y).toBeGreaterThan(0);
    expect(shown.y).toBeLessThan(shown.h);
    await page.close();
  });

  it('walk4 6. a view saved with a selection and the details card open presents its selection, centred and large; leaving gives the selection back', async () => {
    const page = await fresh(NARROW);
    await loadWholeGraph(page);
    await page.click('#btn-fit');
    await page.evaluate(() => {
      (window as any).corridor.cy.getElementById('quang-ninh').emit('tap');
    });
    await page.locator('#details').waitFor();
    const selectedIds = () =>
      page.evaluate(
        () =>
          (window as any).corridor.cy
            .$(':selected')
            .map((e: any) => e.id())
            .sort() as string[],
      );
    await page.evaluate(() => {
      (window as any).corridor.cy.getElementById('quang-ninh').closedNeighborhood().select();
    });
    const before = await selectedIds();
    expect(before.length).toBeGreaterThan(5);
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.click('#btn-story-present');
    await page.waitForTimeout(400);
    await shot(page, 'presenter-walk4', 'selection');
    expect(await selectedIds()).toEqual(before);
    const framing = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const base = cy.container().getBoundingClientRect();
      const top = document.querySelector('.presentation-caption')!.getBoundingClientRect().bottom - base.top;
      const bb = cy.nodes().not('.filtered, .hidden').renderedBoundingBox({ includeLabels: false });
      return { bb, top, cw: cy.width() as number, ch: cy.height() as number };
    });
    console.log('walk4 6 framing', JSON.stringify(framing));
    // Below the title, centred top to bottom and filling the slide (not the part left of a card).
    const { bb, top, cw, ch } = framing;
    expect(Math.abs((bb.y1 + bb.y2) / 2 - (top + ch) / 2)).toBeLessThan(0.08 * (ch - top));
    expect(Math.max(bb.w / cw, bb.h / (ch - top))).toBeGreaterThan(0.65);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.body.classList.contains('presenting'));
    expect(await selectedIds()).toEqual(before);
    await page.close();
  });

  it('walk 11, 4. leaving Present after the last view gives back the state before it: the Story panel, the selection, the card', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    const state = () =>
      page.evaluate(() => ({
        selected: (window as any).corridor.cy.$(':selected').length as number,
        card: document.querySelector('#details')
          ? document.querySelector('#btn-open-details')
            ? 'compact'
            : 'full'
          : 'none',
        story: !!document.querySelector('#left-panel .panel-slot[data-panel="story"]')?.checkVisibility(),
      }));
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    // As walk 11 left it: Quảng Ninh's card open beside the Story panel, its neighbours selected, saved as the last view.
    await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      cy.getElementById('quang-ninh').emit('tap');
      cy.getElementById('quang-ninh').closedNeighborhood().select();
    });
    await page.locator('#details').waitFor();
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    const before = await state();
    expect(before.story).toBe(true);
    expect(before.card).not.toBe('none');
    const presentButton = page.locator('.story-view').first().getByRole('button', { name: 'Present' });
    const presentLabel = await presentButton.getAttribute('aria-label');
    await presentButton.click();
    await page.waitForFunction(() => document.body.classList.contains('presenting'));
    const at = () => page.locator('.presentation-controls .muted').innerText();
    // Walk 32, 9: End goes to the last view and Home to the first, as in a slide deck.
    await page.keyboard.press('End');
    await expect.poll(at).toBe('2 / 2');
    await page.keyboard.press('Home');
    await expect.poll(at).toBe('1 / 2');
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(300);
    }
    expect(await at()).toBe('2 / 2');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.body.classList.contains('presenting'));
    await page.waitForTimeout(500);
    await shot(page, 'presenter-walk11', 'after-present');
    expect(await state()).toEqual(before);
    // Walk 33, clumsy 6: the keyboard is back on the button that began presenting, not on the page's body.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(presentLabel);
    await page.close();
  });

  it('walk 5, 9. a view saved with a path highlighted keeps it: in the view when shown, presented and after, the working canvas as it was', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    await findPaths(page, ['nguyen huu nghia', 'Nguyễn Hữu Nghĩa'], ['you jun', 'You Jun']);
    await page.locator('#path-result h3').first().waitFor();
    const lit = () =>
      page.evaluate(
        () =>
          (window as any).corridor.cy
            .$('.path-highlight')
            .not('.faded')
            .map((e: any) => e.id())
            .sort() as string[],
      );
    const faded = () => page.evaluate(() => (window as any).corridor.cy.$('.faded').length as number);
    const path = await lit();
    expect(path.length).toBeGreaterThan(2);
    // The walk: opening Story and saving the view cleared the highlight without a word.
    await openPanel(page, 'story');
    expect(await lit()).toEqual(path);
    await page.click('#btn-save-view');
    expect(await lit()).toEqual(path);
    await page.click('#btn-clear-highlight');
    expect(await lit()).toEqual([]);
    await page.locator('.story-view').first().getByRole('button', { name: 'Show' }).click();
    await expect.poll(lit).toEqual(path);
    expect(await faded()).toBeGreaterThan(0);
    await page.click('#btn-clear-highlight'); // the working canvas, not highlighted, is what Present gives back
    await page.click('#btn-story-present');
    await page.waitForFunction(() => document.body.classList.contains('presenting'));
    await expect.poll(lit).toEqual(path);
    expect(await page.locator('#btn-clear-highlight').isVisible()).toBe(false); // no canvas chip on a slide
    await shot(page, 'presenter-walk5', 'path-view-presented');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.body.classList.contains('presenting'));
    expect(await lit()).toEqual([]);
    expect(await faded()).toBe(0);
    await openPanel(page, 'paths'); // cleared by hand, it stays cleared (walk 9, 4) until shown again
    expect(await lit()).toEqual([]);
    await page.click('#btn-path-show');
    await expect.poll(lit).toEqual(path);
    await page.close();
  });

  it('walk 15, 1. a saved view brings back its own nodes after the canvas was cleared: Show, Present, the PNG and a share link (with the story exports\' "numbered sources", walk 21)', async () => {
    const page = await fresh();
    await searchAndChoose(page, 'lang son', 'Lạng Sơn');
    await page.getByRole('button', { name: 'Expand', exact: true }).click();
    await page.waitForFunction(() => (window as any).corridor.cy.nodes().length > 1);
    await page.locator('#status', { hasText: 'neighbour' }).waitFor(); // the expansion done, its links too
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    const saved = { nodes: await visibleNodeIds(page), edges: await edgeIds(page) };
    expect(saved.nodes.length).toBeGreaterThan(2);
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.click('#btn-clear');
    await searchAndChoose(page, 'liu yun', 'Liu Yun');
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    const working = {
      nodes: await visibleNodeIds(page),
      all: await page.evaluate(() => (window as any).corridor.cy.elements().length as number),
    };
    expect(saved.nodes).not.toEqual(working.nodes);
    // Present from view 1: its nodes and links; leaving gives the working canvas back, nothing more on it.
    await page.getByRole('button', { name: 'Present from view 1' }).click();
    await page.waitForFunction(() => document.body.classList.contains('presenting'));
    await expect.poll(() => visibleNodeIds(page)).toEqual(saved.nodes);
    expect(await edgeIds(page)).toEqual(saved.edges);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.body.classList.contains('presenting'));
    expect(await visibleNodeIds(page)).toEqual(working.nodes);
    expect(await page.evaluate(() => (window as any).corridor.cy.elements().length as number)).toBe(working.all);
    // The story's PNGs: view 1's picture shows view 1's nodes.
    await recordPictures(page, (cy) =>
      cy
        .nodes()
        .not('.filtered, .hidden')
        .map((n: any) => n.id())
        .sort(),
    );
    await openPanel(page, 'story');
    await downloaded(page, '#btn-story-png');
    await page.waitForFunction(() => (window as any).pictures.length === 2);
    // The export done (its last view saved, the working canvas given back): the download event
    // comes with the first view's file (a full run clicked Show while the export still held the canvas).
    await page.locator('#story-note', { hasText: '2 PNGs saved' }).waitFor();
    expect((await takenPictures<string[]>(page))[0]).toEqual(saved.nodes);
    expect(await visibleNodeIds(page)).toEqual(working.nodes);
    // Show puts view 1 on the working canvas.
    await openPanel(page, 'story');
    await page.locator('.story-view').first().getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => visibleNodeIds(page)).toEqual(saved.nodes);
    expect(await edgeIds(page)).toEqual(saved.edges);
    // A share link made on Liu Yun alone shows view 1 whole too.
    await page.locator('.story-view').nth(1).getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => visibleNodeIds(page)).toEqual(working.nodes);
    await page.click('#btn-clear');
    await searchAndChoose(page, 'liu yun', 'Liu Yun');
    // The story's exports number their sources: the link carries the tick with the story.
    await openPanel(page, 'story');
    await page.setChecked('input[name="story-sources"]', true);
    await page.click('#btn-share');
    await page.locator('#text-dialog[open]').waitFor();
    const url = await page.locator('#text-body').inputValue();
    await page.close();
    const other = await fresh({ width: 1440, height: 900 }, url.replace(/^https?:\/\/[^/]+/, ''));
    await other.waitForFunction(() => (window as any).corridor.cy.nodes().length >= 1);
    await openPanel(other, 'story');
    expect(await other.isChecked('input[name="story-sources"]')).toBe(true);
    await other.locator('.story-view').first().getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => visibleNodeIds(other)).toEqual(saved.nodes);
    expect(await edgeIds(other)).toEqual(saved.edges);
    await other.close();
  });

  it("walk 33, 1. Present from the top bar shows view 1's nodes alone when the canvas's filters differ from the view's: in the session and from a share link", async () => {
    const page = await fresh();
    await searchAndChoose(page, 'bac ninh', 'Bắc Ninh');
    await page.getByRole('button', { name: 'Expand', exact: true }).click();
    await page.locator('#status', { hasText: 'neighbour' }).waitFor();
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    const first = await visibleNodeIds(page);
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    // View 2: the whole graph from 2025, undated links off (the working canvas's filters from now on).
    await loadWholeGraph(page);
    await openPanel(page, 'filters');
    await page.focus('input[name="year-from"]');
    await page.keyboard.press('End');
    await page.setChecked('input[name="show-undated"]', false);
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    const presentFirst = async (p: Page) => {
      await p.click('#btn-present');
      await p.waitForFunction(() => document.body.classList.contains('presenting'));
      await p.waitForTimeout(300);
      expect(await p.locator('.presentation-controls .muted').innerText()).toBe('1 / 2');
      expect(await visibleNodeIds(p)).toEqual(first);
      await p.keyboard.press('Escape');
    };
    await presentFirst(page);
    await page.click('#btn-share');
    await page.locator('#text-dialog[open]').waitFor();
    const url = await page.locator('#text-body').inputValue();
    await page.close();
    const other = await fresh({ width: 1440, height: 900 }, url.replace(/^https?:\/\/[^/]+/, ''));
    await other.waitForFunction(() => (window as any).corridor.ready);
    await presentFirst(other);
    await other.close();
  });

  it('walk 30, 5. Show of a story view is one undoable step: Undo gives back the canvas before it, Redo the view again', async () => {
    const page = await fresh();
    await searchAndChoose(page, 'bac ninh', 'Bắc Ninh');
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.fill('[name="story-title-0"]', 'Bắc Ninh alone');
    const view = await visibleNodeIds(page);
    await loadWholeGraph(page);
    const whole = await visibleNodeIds(page);
    expect(whole.length).toBeGreaterThan(view.length + 20);
    await page.locator('.story-view').first().getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => visibleNodeIds(page)).toEqual(view);
    await page.click('#btn-undo');
    await expect.poll(() => page.locator('#status').innerText()).toContain('Undid: show Bắc Ninh alone');
    expect(await visibleNodeIds(page)).toEqual(whole);
    await page.click('#btn-redo');
    await expect.poll(() => visibleNodeIds(page)).toEqual(view);
    // And the load before it is the next Undo, as it was.
    await page.click('#btn-undo');
    await page.click('#btn-undo');
    await expect.poll(() => page.locator('#status').innerText()).toMatch(/Undid: .*whole graph/i);
    expect(await visibleNodeIds(page)).toEqual(view);
    await page.close();
  });

  it('walk 16, 1. a map view presents the frame it was saved with, its map around its nodes, not a close-up of them', async () => {
    const page = await fresh();
    await searchAndChoose(page, 'liu yun', 'Liu Yun');
    await page.getByRole('button', { name: 'Expand', exact: true }).click();
    await page.locator('#status', { hasText: 'neighbour' }).waitFor();
    await page.selectOption('#layout-select', 'geo');
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.click('#btn-clear');
    await page.getByRole('button', { name: 'Present from view 1' }).click();
    await page.waitForFunction(() => document.body.classList.contains('presenting'));
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    // How much of the saved frame's width and height the slide takes in (model units): all of it,
    // scaled to the screen, where the slide zoomed about 6x closer onto the three nodes (0.17).
    const taken = await page.evaluate(() => {
      const w = window as any;
      const v = w.corridor.story.value[0];
      const e = w.corridor.cy.extent();
      return Math.min((e.w * v.zoom) / v.frame.w, (e.h * v.zoom) / v.frame.h);
    });
    expect(taken).toBeGreaterThan(0.9);
    // Its PNG (walk 16, 2): names at least as large as the canvas draws them at 1x, at the picture's
    // own scale, where they came out a third of that (7 px on a 2034 px picture), the PDF's readable.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.body.classList.contains('presenting'));
    await recordPictures(page, (cy) => {
      const liuYun = cy.nodes().filter((n: any) => n.data('label') === 'Liu Yun')[0];
      return parseFloat(liuYun.style('font-size')) * cy.zoom();
    });
    await openPanel(page, 'story');
    await downloaded(page, '#btn-story-png');
    await page.waitForFunction(() => (window as any).pictures.length === 1);
    expect((await takenPictures<number>(page))[0]).toBeGreaterThanOrEqual(LABEL_PX);
  });

  it('walk 16, 8. an empty canvas is not saved as a story view: Save and Update are off and say why, on again once nodes show', async () => {
    const page = await fresh();
    await openPanel(page, 'story');
    const save = page.locator('#btn-save-view');
    expect(await save.isDisabled()).toBe(true);
    expect(await save.getAttribute('title')).toMatch(/Nothing is shown on the canvas/);
    expect(await page.locator('#story-note').innerText()).toMatch(/Nothing is shown on the canvas: add nodes/);
    await searchAndChoose(page, 'lang son', 'Lạng Sơn');
    await openPanel(page, 'story');
    await save.click();
    expect(await page.evaluate(() => (window as any).corridor.story.value.length)).toBe(1);
    expect(await page.locator('#story-note').innerText()).not.toMatch(/Nothing is shown/);
    // Cleared, the canvas has nothing to save into the view either.
    await page.click('#btn-clear');
    await openPanel(page, 'story');
    expect(await save.isDisabled()).toBe(true);
    const update = page.getByRole('button', { name: 'Update' });
    expect(await update.isDisabled()).toBe(true);
    expect(await update.getAttribute('title')).toMatch(/Nothing is shown on the canvas/);
    await page.close();
  });

  it("walk 17, 10. at 1024×700 each story view's actions stand on one line inside its card", async () => {
    const page = await fresh(NARROW);
    await loadWholeGraph(page);
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.click('#btn-save-view');
    const lines = await page.$$eval('.story-view-actions', (rows) =>
      rows.map((row) => {
        const card = row.closest('.story-view')!.getBoundingClientRect();
        const boxes = [...row.querySelectorAll('button')].map((b) => b.getBoundingClientRect());
        return {
          tops: new Set(boxes.map((b) => Math.round(b.top))).size,
          inside: boxes.every((b) => b.left >= card.left && b.right <= card.right),
        };
      }),
    );
    expect(lines.length).toBe(2);
    for (const l of lines) expect(l).toEqual({ tops: 1, inside: true });
    await page.close();
  });

  it('walk 29. at 1024×700 with four views, Save, Present and the exports stay in reach at the end of the list', async () => {
    const page = await fresh(NARROW);
    await loadWholeGraph(page);
    await openPanel(page, 'story');
    for (let i = 0; i < 4; i++) await page.click('#btn-save-view');
    await expect.poll(() => page.locator('.story-view').count()).toBe(4);
    // The list's last card scrolled into view, as a presenter reaches it.
    await page.locator('.story-view').last().scrollIntoViewIfNeeded();
    const scrolled = await page.locator('#left-panel').evaluate((host) => host.scrollTop);
    expect(scrolled).toBeGreaterThan(0); // the list is longer than the panel
    // Each toolbar button is on screen and is what a click at its middle reaches (no card over it).
    const reached = await page.$$eval('#btn-save-view, #btn-story-present', (buttons) =>
      buttons.map((b) => {
        const r = b.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { id: b.id, reached: !!hit && b.contains(hit), onScreen: r.top >= 0 && r.bottom <= innerHeight };
      }),
    );
    expect(reached).toEqual([
      { id: 'btn-save-view', reached: true, onScreen: true },
      { id: 'btn-story-present', reached: true, onScreen: true },
    ]);
    await page.click('#btn-story-present');
    await expect.poll(() => page.locator('.presentation-bar').isVisible()).toBe(true);
    await page.close();
  });

  it('walk 15, 2. a saved path view keeps its whole path when a filter hides a type on it: shown, presented and after', async () => {
    const page = await fresh();
    await openPanel(page, 'filters');
    await page.setChecked('input[name="type-LOCATED_IN"]', false);
    await findPaths(page, ['goertek', 'Goertek'], ['guangxi', 'Guangxi']);
    await page.locator('#path-result h3').first().waitFor();
    const lit = () =>
      page.evaluate(
        () =>
          (window as any).corridor.cy
            .$('.path-highlight')
            .not('.filtered, .hidden')
            .map((e: any) => e.id())
            .sort() as string[],
      );
    await expect.poll(async () => (await lit()).length).toBeGreaterThan(2);
    const path = await lit();
    const types = await page.evaluate(
      (ids) => ids.map((id) => (window as any).corridor.cy.getElementById(id).data('type')).filter(Boolean) as string[],
      path,
    );
    expect(types).toContain('LOCATED_IN'); // the path's last step is of the type the filter hides
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.click('#btn-clear-highlight');
    await page.locator('.story-view').first().getByRole('button', { name: 'Show' }).click();
    await expect.poll(lit).toEqual(path);
    await page.click('#btn-story-present');
    await page.waitForFunction(() => document.body.classList.contains('presenting'));
    await expect.poll(lit).toEqual(path);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.body.classList.contains('presenting'));
    await expect.poll(lit).toEqual(path);
    await page.close();
  });

  it('walk 5, 9, walk 9, 4. a view saved with a path highlighted keeps it through the share link, made under Story with the highlight on', async () => {
    const page = await fresh();
    await findPaths(page, ['nguyen huu nghia', 'Nguyễn Hữu Nghĩa'], ['you jun', 'You Jun']);
    await page.locator('#path-result h3').first().waitFor();
    const lit = (p: Page) =>
      p.evaluate(
        () =>
          (window as any).corridor.cy
            .$('.path-highlight')
            .map((e: any) => e.id())
            .sort() as string[],
      );
    const path = await lit(page);
    expect(path.length).toBeGreaterThan(2);
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.click('#btn-share');
    await page.locator('#text-dialog[open]').waitFor();
    const url = await page.locator('#text-body').inputValue();
    await page.close();
    const other = await fresh({ width: 1440, height: 900 }, url.replace(/^https?:\/\/[^/]+/, ''));
    await other.waitForFunction(() => (window as any).corridor.cy.nodes().length > 1);
    await openPanel(other, 'story');
    await expect.poll(() => lit(other), { timeout: 15_000 }).toEqual(path); // the working canvas's highlight too
    await other.click('#btn-clear-highlight');
    expect(await lit(other)).toEqual([]);
    await other.locator('.story-view').first().getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => lit(other)).toEqual(path);
    await other.close();
  });

  it('walk3 1. Present and its steps raise no page error, and leaving gives the canvas its labels back', async () => {
    for (const size of [undefined, NARROW]) {
      const page = await fresh(size);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await loadWholeGraph(page);
      await openPanel(page, 'story');
      await page.click('#btn-save-view');
      await onlyTypes(page, ['SIGNED']);
      await openPanel(page, 'story');
      await page.click('#btn-save-view');
      await page.evaluate(() => (window as any).corridor.canvas.idle());
      await page.waitForTimeout(300);
      const labelled = () =>
        page.evaluate(() =>
          (window as any).corridor.cy
            .nodes()
            .not('.filtered, .hidden, .label-hidden')
            .map((n: any) => n.id())
            .sort(),
        );
      const before = await labelled();
      await page.click('#btn-story-present');
      await page.waitForTimeout(300);
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(300);
      await page.keyboard.press('ArrowLeft');
      await page.waitForTimeout(300);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(400);
      expect(errors).toEqual([]);
      // Every name shown before is shown again (the placement may now find room for more).
      expect(await labelled()).toEqual(expect.arrayContaining(before));
      await page.close();
    }
  });

  it('new-user story 1. at 1024×700 a caption of a few sentences shows whole, titles read as headings, the list fits its panel', async () => {
    const page = await fresh(NARROW);
    await loadWholeGraph(page);
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.click('#btn-save-view');
    await page.fill('[name="story-title-0"]', 'The whole corridor, with its signatures left out');
    const caption =
      'Every province, city and partner the five articles name. Bắc Ninh and Quảng Ninh draw the most ' +
      'investment; Lạng Sơn meets Guangxi every spring. Officials sign in pairs, one from each side.';
    await page.fill('textarea[name="story-caption-0"]', caption);
    const field = (name: string) =>
      page.locator(`[name="${name}"]`).evaluate((el) => ({
        scroll: el.scrollHeight,
        client: el.clientHeight,
        wide: el.scrollWidth,
        width: el.clientWidth,
        line: parseFloat(getComputedStyle(el).fontSize) * 1.2,
        weight: Number(getComputedStyle(el).fontWeight),
      }));
    const full = await field('story-caption-0');
    expect(full.scroll).toBeLessThanOrEqual(full.client + 1); // no scrollbar: the caption shows whole
    expect(full.client).toBeGreaterThan(3 * full.line);
    // An empty caption stays one short line, and the field shrinks back as text goes.
    const empty = await field('story-caption-1');
    expect(empty.client).toBeLessThan(2.5 * empty.line);
    await page.fill('textarea[name="story-caption-0"]', 'Short.');
    expect((await field('story-caption-0')).client).toBeLessThan(2.5 * full.line);
    await page.fill('textarea[name="story-caption-0"]', caption);
    // The title is the view's heading, edited where it stands, and a long one wraps rather than cut.
    const title = await field('story-title-0');
    expect(title.weight).toBeGreaterThanOrEqual(600);
    expect(title.wide).toBeLessThanOrEqual(title.width + 1);
    expect(title.scroll).toBeLessThanOrEqual(title.client + 1);
    // Nothing of a view sticks out of the panel or is cut by it.
    const out = await page.locator('#left-panel').evaluate((host) => {
      const r = host.getBoundingClientRect();
      return [...host.querySelectorAll('.story-view button, .story-view textarea, .story-view input')]
        .map((el) => el.getBoundingClientRect())
        .filter((b) => b.left < r.left - 1 || b.right > r.right + 1).length;
    });
    expect(out).toBe(0);
    await shot(page, 'presenter-story', 'captions');
    await page.close();
  });

  it('walk 9, 8. a long title and a long caption grow with their text: nothing scrolls out of view while typing or after', async () => {
    const page = await fresh();
    // A node to save (an empty canvas is not saved as a view, walk 16, 8).
    await searchAndChoose(page, 'lang son', 'Lạng Sơn');
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    const field = (name: string) =>
      page.locator(`[name="${name}"]`).evaluate((el) => ({
        scroll: el.scrollHeight,
        client: el.clientHeight,
        top: el.scrollTop,
        line: parseFloat(getComputedStyle(el).lineHeight),
      }));
    // The walk's title: four lines or more in the card's heading.
    await page.click('[name="story-title-0"]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(
      "Lạng Sơn's foreign tie: Guangxi, through the Spring Meeting and the Joint Working Committee of the four border provinces",
    );
    const typing = await field('story-title-0');
    expect(typing.client, 'the title runs over more than three lines').toBeGreaterThan(3.5 * typing.line);
    expect(typing.top, 'its first line has not scrolled away').toBe(0);
    expect(typing.scroll).toBeLessThanOrEqual(typing.client + 1);
    await page.keyboard.press('Enter'); // ends the edit
    const after = await field('story-title-0');
    expect(after.scroll, 'the whole title shows after the edit').toBeLessThanOrEqual(after.client + 1);
    const caption = Array.from({ length: 16 }, (_, i) => `Line ${i + 1} of a long caption.`).join('\n');
    await page.fill('textarea[name="story-caption-0"]', caption);
    const long = await field('story-caption-0');
    expect(long.scroll, 'a long caption shows whole too').toBeLessThanOrEqual(long.client + 1);
    expect(long.client).toBeGreaterThan(15 * long.line);
    await shot(page, 'walk9', 'story-long-title');
    await page.close();
  });

  it('new-user story 2. each saved view shows a thumbnail; the share link carries none, and a restored story draws them again', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    await saveViewThenMapView(page);
    const thumbs = page.locator('.story-view img.story-thumb');
    await expect.poll(() => thumbs.count()).toBe(2);
    const pictures = await thumbs.evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => {
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const px = g.getImageData(0, 0, c.width, c.height).data;
        let inked = 0;
        for (let i = 0; i < px.length; i += 4) if (px[i]! + px[i + 1]! + px[i + 2]! < 600) inked++;
        return { w: img.naturalWidth, h: img.naturalHeight, src: img.src, inked: inked / (px.length / 4) };
      }),
    );
    for (const p of pictures) {
      expect(p.w).toBeGreaterThan(60);
      expect(p.w).toBeLessThanOrEqual(400);
      expect(p.inked).toBeGreaterThan(0.01); // a picture of the graph, not a blank box
    }
    expect(pictures[0]!.src).not.toBe(pictures[1]!.src);
    await shot(page, 'presenter-story', 'thumbnails');
    // Update saves the canvas as it is now (the map) into view 1, and its picture with it.
    await page.locator('.story-view').first().getByRole('button', { name: 'Update' }).click();
    await expect.poll(() => thumbs.first().getAttribute('src')).not.toBe(pictures[0]!.src);
    expect(await page.inputValue('[name="story-title-0"]')).toBe('View 1');

    await page.click('#btn-share');
    await page.locator('#text-dialog[open]').waitFor();
    const url = await page.locator('#text-body').inputValue();
    expect(url).not.toContain('data:image');
    expect(url.length).toBeLessThan(2000);
    await page.close();

    const other = await fresh({ width: 1440, height: 900 }, url.replace(/^https?:\/\/[^/]+/, ''));
    await other.waitForFunction(() => (window as any).corridor.cy.nodes().length > 20);
    await openPanel(other, 'story');
    // The recipient's story draws its pictures as it opens (walk 6, 17: a sketch of the nodes stood in).
    await expect.poll(() => other.locator('.story-view img.story-thumb').count()).toBe(2);
    await shot(other, 'presenter-story', 'thumbnails-restored');
    await other.close();
  });

  it('walk5 3, 14. a map view presents as the canvas draws it: off-map places marked, crowded places fanned or clustered and named', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    await page.selectOption('#layout-select', 'geo');
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await page.waitForTimeout(200);
    const onCanvas = await mapMarks(page);
    expect(onCanvas.offMap.length).toBeGreaterThan(0);
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    // Presented from another layout, as a user does after building the story.
    await page.selectOption('#layout-select', 'fcose');
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await page.click('#btn-story-present');
    await page.waitForTimeout(400);
    await shot(page, 'presenter-map', 'present');
    const shown = await mapMarks(page);
    expect(shown.offMap.map((m) => m.id)).toEqual(onCanvas.offMap.map((m) => m.id));
    for (const m of shown.offMap) expect(m.label).toMatch(/, off the map$/);
    // No marker drawn over another: a crowd is fanned out, or gathered into a cluster named "Bắc Ninh +1".
    expect(shown.overlapping).toEqual([]);
    // Named as "Head +N", those with an honest place for the name (the delta's crowd may leave one or
    // two without: walk 36, 1, a name over another marker read as that marker's).
    expect(shown.clusters.filter(Boolean).length).toBeGreaterThan(0);
    for (const c of shown.clusters.filter(Boolean)) expect(c).toMatch(/ \+\d+$/);
    expect(shown.haNoiNamed).toBe(true);
    await page.close();
  });

  it('walk 27, 2. Show of a view saved with two link types gives back its filters and hides nothing by hand', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    await onlyTypes(page, ['SIGNED', 'PARTNER_OF']);
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    const saved = await visibleNodeIds(page);
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await onlyTypes(page, EDGE_TYPES);
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBeGreaterThan(saved.length);
    await openPanel(page, 'story');
    await page.locator('.story-list button:text-is("Show")').first().click();
    await expect.poll(() => visibleNodeIds(page)).toEqual(saved);
    // Nothing hidden by hand: what the view does not show, its filters take out.
    expect(await page.evaluate(() => (window as any).corridor.cy.$('.hidden').length)).toBe(0);
    expect(await page.locator('#hidden-menu').count()).toBe(0);
    await onlyTypes(page, EDGE_TYPES);
    await expect.poll(async () => (await visibleNodeIds(page)).length).toBeGreaterThan(saved.length);
    await page.close();
  });

  it('walk6 17, 1. a shared story looks as the sender made it: map thumbnail, faded placed-by-association nodes, and a force view from the Map at its own positions', async () => {
    const page = await fresh();
    await saveForceViewThenMapView(page);
    /** Share of a story thumbnail's pixels that are not white: a map's land and sea, not a graph on white. */
    const coloured = (p: Page, i: number) =>
      p
        .locator('.story-view img.story-thumb')
        .nth(i)
        .evaluate((img: HTMLImageElement) => {
          const c = document.createElement('canvas');
          c.width = img.naturalWidth;
          c.height = img.naturalHeight;
          const g = c.getContext('2d')!;
          g.drawImage(img, 0, 0);
          const px = g.getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          for (let k = 0; k < px.length; k += 4) if (px[k]! + px[k + 1]! + px[k + 2]! < 750) n++;
          return n / (px.length / 4);
        });
    await expect.poll(() => page.locator('.story-view img.story-thumb').count()).toBe(2);
    const sent = await coloured(page, 1);
    expect(sent).toBeGreaterThan(0.5);
    const saved = await page.evaluate(
      () => (window as any).corridor.story.value[0].nodes as { id: string; x: number; y: number }[],
    );
    await page.click('#btn-share');
    await page.locator('#text-dialog[open]').waitFor();
    const url = await page.locator('#text-body').inputValue();
    await page.close();

    const other = await fresh({ width: 1440, height: 900 }, url.replace(/^https?:\/\/[^/]+/, ''));
    await other.waitForFunction(() => (window as any).corridor.cy.nodes().length > 20);
    await openPanel(other, 'story');
    await expect.poll(() => other.locator('.story-view img.story-thumb').count()).toBe(2);
    expect(await coloured(other, 1), "the recipient's thumbnail of the map view").toBeGreaterThan(0.5 * sent);
    await shot(other, 'presenter-walk6', 'shared-story');
    // The canvas on the Map, then the story presented from view 1: the force view at its own positions.
    await other.selectOption('#layout-select', 'geo');
    await other.evaluate(() => (window as any).corridor.canvas.idle());
    await other.getByRole('button', { name: 'Present from view 1' }).click();
    await other.waitForTimeout(400);
    const now = await viewPlacement(other);
    expect(
      saved.filter((n) => Math.hypot(now.pos[n.id]!.x - n.x, now.pos[n.id]!.y - n.y) > 1).map((n) => n.id),
    ).toEqual([]);
    expect(now.onScreen).toBe(saved.length);
    // View 2: nodes placed on the map by association are drawn as such (hollow, dashed), as for the sender.
    await other.keyboard.press('ArrowRight');
    await other.waitForTimeout(400);
    const derived = await other.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const drawn = cy.nodes().not('.filtered, .hidden');
      const placed = drawn.filter((n: any) => typeof n.data('lat') !== 'number' || typeof n.data('lon') !== 'number');
      return { placed: placed.length as number, marked: placed.filter('.geo-derived').length as number };
    });
    expect(derived.placed).toBeGreaterThan(0);
    expect(derived.marked).toBe(derived.placed);
    await shot(other, 'presenter-walk6', 'shared-present-v2');
    await other.close();
  });

  it('walk6 2. deleting a story view is one undoable step, offered in the status line; each ✕ names its view', async () => {
    const page = await fresh();
    await searchAndChoose(page, 'bac ninh', 'Bắc Ninh');
    await page.waitForFunction(() => (window as any).corridor.cy.nodes().length > 0);
    const before = await page.evaluate(() => (window as any).corridor.cy.nodes().map((n: any) => n.id()) as string[]);
    await openPanel(page, 'story');
    for (let i = 0; i < 3; i++) await page.click('#btn-save-view');
    // The three views listed before the second is titled (a title typed while the list still grew
    // went to another view under load).
    await expect.poll(() => page.locator('.story-view').count()).toBe(3);
    await page.fill('[name="story-title-1"]', 'The border provinces');
    const caption = 'Quảng Ninh, Lạng Sơn, Cao Bằng and Hà Giang meet Guangxi each spring.';
    await page.fill('textarea[name="story-caption-1"]', caption);
    const names = await page
      .locator('.story-view button[title^="Delete"]')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    expect(names).toEqual(['Delete view 1: View 1', 'Delete view 2: The border provinces', 'Delete view 3: View 3']);
    const titles = () =>
      page.locator('.story-title').evaluateAll((ts) => ts.map((t) => (t as HTMLTextAreaElement).value));
    await page.getByRole('button', { name: 'Delete view 2: The border provinces' }).click();
    expect(await titles()).toEqual(['View 1', 'View 3']);
    await expect.poll(() => page.locator('#status').innerText()).toContain('Deleted view 2: The border provinces');
    await shot(page, 'presenter-walk6', 'view-deleted');
    // The status line's Undo brings it back in its place, caption and all.
    await page.locator('#status').getByRole('button', { name: 'Undo' }).click();
    expect(await titles()).toEqual(['View 1', 'The border provinces', 'View 3']);
    expect(await page.inputValue('textarea[name="story-caption-1"]')).toBe(caption);
    // So does Ctrl+Z (not an older step of the canvas).
    await page.getByRole('button', { name: 'Delete view 2: The border provinces' }).click();
    await page.keyboard.press('Control+z');
    expect(await titles()).toEqual(['View 1', 'The border provinces', 'View 3']);
    expect(await page.evaluate(() => (window as any).corridor.cy.nodes().map((n: any) => n.id()) as string[])).toEqual(
      before,
    );
    await page.close();
  });

  it('walk6 1. a force view saved before the canvas went to the Map presents, shows and exports at its own positions; leaving gives the Map back', async () => {
    const page = await fresh();
    // As the walk built it: Bắc Ninh and its neighbours (selected) in force layout, then the whole graph on the Map.
    await saveForceViewThenMapView(page);
    const saved = await page.evaluate(() => {
      const v = (window as any).corridor.story.value[0];
      return { layout: v.layout as string, nodes: v.nodes as { id: string; x: number; y: number }[] };
    });
    expect(saved.layout).toBe('fcose');
    const onMap = await viewPlacement(page);
    /** How far the view's nodes stand from where they were saved, and how many are on screen. */
    const check = async (what: string) => {
      const now = await viewPlacement(page);
      const off = saved.nodes.filter((n) => Math.hypot(now.pos[n.id]!.x - n.x, now.pos[n.id]!.y - n.y) > 1);
      expect(
        off.map((n) => n.id),
        `${what}: nodes away from the view's positions`,
      ).toEqual([]);
      expect(now.onScreen, `${what}: nodes on screen`).toBe(saved.nodes.length);
      expect(now.layout, what).toBe('fcose');
      expect(now.basemap, `${what}: no map under a force view`).toBe(false);
    };
    await page.click('#btn-story-present');
    await page.waitForTimeout(400);
    await shot(page, 'presenter-walk6', 'force-view-from-map');
    await check('Present');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    // The canvas's own layout back: the Map, its places where they were.
    const back = await viewPlacement(page);
    expect(back.layout).toBe('geo');
    expect(back.basemap).toBe(true);
    for (const n of saved.nodes)
      expect(Math.hypot(back.pos[n.id]!.x - onMap.pos[n.id]!.x, back.pos[n.id]!.y - onMap.pos[n.id]!.y)).toBeLessThan(
        1,
      );
    await openPanel(page, 'story');
    await page.locator('.story-view').first().getByRole('button', { name: 'Show' }).click();
    await page.waitForTimeout(300);
    await check('Show');
    // PNG per view, taken again from the Map: the picture of view 1 is taken with its nodes where it saved them.
    await page.selectOption('#layout-select', 'geo');
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await recordPictures(page, (cy) => {
      const pos: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n: any) => void (pos[n.id()] = { ...n.position() }));
      return pos;
    });
    await downloaded(page, '#btn-story-png');
    await page.waitForFunction(() => (window as any).pictures.length === 2);
    const pictured = (await takenPictures<Record<string, { x: number; y: number }>>(page))[0]!;
    const offInPng = saved.nodes.filter((n) => Math.hypot(pictured[n.id]!.x - n.x, pictured[n.id]!.y - n.y) > 1);
    expect(
      offInPng.map((n) => n.id),
      'PNG of view 1: nodes away from its positions',
    ).toEqual([]);
    await page.close();
  });

  it('walks 29, 30. a small view saved beside the Story panel is presented in the middle of the projector, clear of the covers', async () => {
    const page = await fresh();
    await searchAndChoose(page, 'bac ninh', 'Bắc Ninh');
    await page.getByRole('button', { name: 'Expand', exact: true }).click();
    await page.waitForFunction(() => (window as any).corridor.cy.nodes().length > 5);
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await page.click('#btn-fit');
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.fill('[name="story-title-0"]', 'Bắc Ninh and its Chinese partners');
    await page.click('#btn-story-present');
    await page.waitForFunction(() => document.body.classList.contains('presenting'));
    await page.waitForTimeout(500);
    await shot(page, 'presenter-walk30', 'small-view-centred');
    const slide = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const base = cy.container().getBoundingClientRect();
      const covers = ['.presentation-caption', '.presentation-controls', '#legend'].map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return { x1: r.left - base.left, y1: r.top - base.top, x2: r.right - base.left, y2: r.bottom - base.top };
      });
      const nodes = cy.nodes().not('.filtered, .hidden');
      const bb = nodes.renderedBoundingBox({ includeLabels: false });
      const under = nodes
        .filter((n: any) => {
          const b = n.renderedBoundingBox({ includeLabels: !n.hasClass('label-hidden') });
          return covers.some((c) => b.x1 < c.x2 - 2 && b.x2 > c.x1 + 2 && b.y1 < c.y2 - 2 && b.y2 > c.y1 + 2);
        })
        .map((n: any) => n.id());
      return { w: cy.width() as number, middle: (bb.x1 + bb.x2) / 2, under: under as string[] };
    });
    // Walk 30: its middle stood at 35% of the width, the right third of the screen empty.
    expect(Math.abs(slide.middle - slide.w / 2) / slide.w).toBeLessThan(0.06);
    expect(slide.under).toEqual([]);
    await page.close();
  });

  it.each([
    ['1440×900', { width: 1440, height: 900 }],
    ['1024×700', NARROW],
  ])(
    'walk 7, 7. at %s a view of the whole graph fills the projector, clear of the title box, the controls and the legend',
    async (_, size) => {
      const page = await fresh(size);
      await loadWholeGraph(page);
      await openPanel(page, 'story');
      await page.click('#btn-fit');
      await page.click('#btn-save-view');
      await page.fill('[name="story-title-0"]', 'The whole network');
      await page.fill(
        'textarea[name="story-caption-0"]',
        'Every province, city and official in the seed graph, with their links.',
      );
      await page.click('#btn-story-present');
      await page.waitForFunction(() => document.body.classList.contains('presenting'));
      await page.waitForTimeout(500);
      await shot(page, 'presenter-walk7', 'whole-graph');
      const slide = await page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const base = cy.container().getBoundingClientRect();
        const covers = ['.presentation-caption', '.presentation-controls', '#legend'].map((s) => {
          const r = document.querySelector(s)!.getBoundingClientRect();
          return { s, x1: r.left - base.left, y1: r.top - base.top, x2: r.right - base.left, y2: r.bottom - base.top };
        });
        const nodes = cy.nodes().not('.filtered, .hidden');
        const bb = nodes.renderedBoundingBox({ includeLabels: false });
        // Each node's body and, apart, its name (Cytoscape's bounds of its label, model units).
        const [z, pan] = [cy.zoom(), cy.pan()];
        const boxes = (n: any) => {
          const body = n.renderedBoundingBox({ includeLabels: false });
          n.boundingBox({ includeLabels: true });
          const l = n.hasClass('label-hidden') ? null : n._private.labelBounds?.main;
          const name = l && { x1: l.x1 * z + pan.x, x2: l.x2 * z + pan.x, y1: l.y1 * z + pan.y, y2: l.y2 * z + pan.y };
          return name ? [body, name] : [body];
        };
        // A name's box may graze a cover by its outline (2 px); no node or letter goes under one.
        const meets = (b: any) =>
          covers.some((c) => b.x1 < c.x2 - 2 && b.x2 > c.x1 + 2 && b.y1 < c.y2 - 2 && b.y2 > c.y1 + 2);
        const under = nodes.filter((n: any) => boxes(n).some(meets)).map((n: any) => n.id());
        const top = covers[0]!.y2;
        const unnamed = (kind: string) =>
          nodes
            .filter((n: any) => n.data('kind') === kind && n.hasClass('label-hidden'))
            .map((n: any) => String(n.data('display') ?? n.id())) as string[];
        const provinces = nodes.filter((n: any) => n.data('kind') === 'Province').length as number;
        const names = { countries: unnamed('Country'), provinces: unnamed('Province'), of: provinces };
        return { w: cy.width() as number, h: cy.height() as number, top, bb, under: under as string[], names };
      });
      console.log('walk 7, 7', JSON.stringify(slide));
      expect(slide.under).toEqual([]);
      // Walk 7, 6: the projector's larger names hid the Việt Nam star and about 8 provinces while
      // organisations' long names showed. Countries, then provinces, are named first (before the fix 3 of
      // 15 provinces went unnamed at 1440, 5 and the United States at 1024).
      expect(slide.names.countries, 'countries unnamed in Present').toEqual([]);
      expect(
        slide.names.provinces.length,
        `provinces unnamed: ${slide.names.provinces.join(', ')}`,
      ).toBeLessThanOrEqual(Math.floor(slide.names.of / 10));
      // The graph spans the projector's width, or its height under the title, less a margin: not two thirds of it.
      expect(Math.max(slide.bb.w / slide.w, slide.bb.h / (slide.h - slide.top))).toBeGreaterThan(0.9);
      await page.close();
    },
  );

  it.each([
    ['a map view', '1024×700', NARROW],
    ['a map view', '1440×900', { width: 1440, height: 900 }],
    ['a zoomed-in view', '1440×900', { width: 1440, height: 900 }],
    ['a zoomed-in view', '1024×700', NARROW],
  ])(
    'walk 8, 7; walk 9, 2. %s saved at 1440×900, presented at %s, is fitted clear of the title box and the legend: none of its nodes under them, no node hidden',
    async (kind, _, size) => {
      const page = await fresh();
      await loadWholeGraph(page);
      if (kind === 'a map view') {
        await page.selectOption('#layout-select', 'geo');
        await page.evaluate(() => (window as any).corridor.canvas.idle());
        await page.waitForFunction(() => !!document.querySelector('svg.basemap path')?.getAttribute('d'));
      }
      await openPanel(page, 'story');
      await page.click('#btn-fit');
      await page.evaluate(
        (id) => {
          const cy = (window as any).corridor.cy;
          cy.zoom({ level: cy.zoom() * 1.8, renderedPosition: cy.getElementById(id).renderedPosition() });
        },
        kind === 'a map view' ? 'lang-son' : 'bac-ninh',
      );
      await page.click('#btn-save-view');
      await page.fill('[name="story-title-0"]', 'The border corridor: Lạng Sơn, Quảng Ninh and Guangxi');
      await page.fill(
        'textarea[name="story-caption-0"]',
        'Four Vietnamese border provinces meet Guangxi every spring; memoranda signed since 2016.',
      );
      await page.setViewportSize(size);
      await page.click('#btn-story-present');
      await page.waitForFunction(() => document.body.classList.contains('presenting'));
      await page.waitForTimeout(600);
      await shot(page, 'presenter-walk9', kind.replace(/ /g, '-'));
      const slide = await page.evaluate(() => {
        const w = window as any;
        const cy = w.corridor.cy;
        const v = w.corridor.story.value[0];
        const f = v.frame;
        const rect = { x: (f.x - v.pan.x) / v.zoom, y: (f.y - v.pan.y) / v.zoom, w: f.w / v.zoom, h: f.h / v.zoom };
        const base = cy.container().getBoundingClientRect();
        const covers = ['.presentation-caption', '.presentation-controls', '#legend'].map((sel) => {
          const r = document.querySelector(sel)!.getBoundingClientRect();
          return { x1: r.left - base.left, y1: r.top - base.top, x2: r.right - base.left, y2: r.bottom - base.top };
        });
        // The nodes the view showed: drawn, and inside the rectangle it framed when saved.
        const all = cy.nodes().not('.filtered, .hidden, .geo-clustered');
        const shownNodes = all.filter((n: any) => {
          const p = n.position();
          return p.x >= rect.x && p.x <= rect.x + rect.w && p.y >= rect.y && p.y <= rect.y + rect.h;
        });
        const meets = (b: any) =>
          covers.some((c) => b.x1 < c.x2 - 2 && b.x2 > c.x1 + 2 && b.y1 < c.y2 - 2 && b.y2 > c.y1 + 2);
        // Every node is drawn: the view's own, and those around it up to the screen's edges (walk 8, 7
        // hid those that fell under the title box or the legend, which could hide an important node).
        const drawn = cy.nodes().filter((n: any) => n.visible() && n.effectiveOpacity() > 0);
        const under = shownNodes
          .filter((n: any) => meets(n.renderedBoundingBox({ includeLabels: false })))
          .map((n: any) => n.id()) as string[];
        const notDrawn = all.not(drawn).map((n: any) => n.id()) as string[];
        return { count: shownNodes.length as number, under, notDrawn };
      });
      expect(slide.count).toBeGreaterThan(5);
      expect(slide.notDrawn, 'nodes not drawn on the slide').toEqual([]);
      expect(slide.under, "the view's nodes under the title box or the legend").toEqual([]);
      await page.close();
    },
  );

  it.each([
    ['1024×700', NARROW],
    ['1440×900', { width: 1440, height: 900 }],
  ])(
    'walk 10, 7. at %s a zoomed map view with a six-line caption is fitted in the room the caption and the legend leave: none of its nodes under the caption',
    async (_, size) => {
      // Saved at 1440×900 zoomed on the delta, as walk 10's third view, then presented at `size`.
      const page = await fresh();
      await loadWholeGraph(page);
      await showMap(page);
      await openPanel(page, 'story');
      await page.click('#btn-fit');
      await page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        cy.zoom({ level: cy.zoom() * 4, renderedPosition: cy.getElementById('bac-ninh').renderedPosition() });
      });
      await page.waitForTimeout(300);
      await page.click('#btn-save-view');
      await page.fill('[name="story-title-0"]', 'The delta: Hà Nội, Bắc Ninh, Hải Phòng and Quảng Ninh');
      await page.fill('textarea[name="story-caption-0"]', WALK10_CAPTION);
      await page.setViewportSize(size);
      await page.click('#btn-story-present');
      await page.waitForFunction(() => document.body.classList.contains('presenting'));
      await page.waitForTimeout(600);
      await shot(page, 'presenter-walk10', `caption-${size.width}`);
      const slide = await page.evaluate(() => {
        const w = window as any;
        const cy = w.corridor.cy;
        const v = w.corridor.story.value[0];
        const f = v.frame;
        const rect = { x: (f.x - v.pan.x) / v.zoom, y: (f.y - v.pan.y) / v.zoom, w: f.w / v.zoom, h: f.h / v.zoom };
        const base = cy.container().getBoundingClientRect();
        const box = (sel: string) => {
          const r = document.querySelector(sel)!.getBoundingClientRect();
          return { x1: r.left - base.left, y1: r.top - base.top, x2: r.right - base.left, y2: r.bottom - base.top };
        };
        const covers = ['.presentation-caption', '.presentation-controls', '#legend'].map(box);
        const p = document.querySelector('#present-caption')!;
        // Lines of the caption's text ('normal' line height: about 1.2 of its font size).
        const lines = Math.round(p.getBoundingClientRect().height / (1.2 * parseFloat(getComputedStyle(p).fontSize)));
        const framed = cy
          .nodes()
          .not('.filtered, .hidden, .geo-clustered')
          .filter((n: any) => {
            const q = n.position();
            return q.x >= rect.x && q.x <= rect.x + rect.w && q.y >= rect.y && q.y <= rect.y + rect.h;
          });
        const meets = (b: any) =>
          covers.some((c) => b.x1 < c.x2 - 2 && b.x2 > c.x1 + 2 && b.y1 < c.y2 - 2 && b.y2 > c.y1 + 2);
        const under = framed
          .filter((n: any) => meets(n.renderedBoundingBox({ includeLabels: false })))
          .map((n: any) => String(n.data('label'))) as string[];
        const bb = framed.renderedBoundingBox({ includeLabels: false });
        const top = covers[0]!.y2;
        return {
          lines,
          count: framed.length as number,
          under,
          bb,
          top,
          w: cy.width() as number,
          h: cy.height() as number,
        };
      });
      console.log('walk 10, 7', JSON.stringify(slide));
      expect(slide.lines, 'caption lines').toBeGreaterThanOrEqual(size.width < 1200 ? 6 : 3);
      expect(slide.count).toBeGreaterThan(5);
      expect(slide.under, "the view's nodes under the caption, the controls or the legend").toEqual([]);
      // Fitted in the room left, not a strip below the caption with the map around it filling the
      // screen: the view's nodes span three quarters of the height under the caption, or of the
      // width (the frame is the user's, its nodes need not reach its edges: 0.72 at 1440 since the
      // people and bodies stand beside their places, walk 17's map, gathered as the saved screen
      // gathered them, walk 28, 1; a strip below the caption took under half).
      expect(Math.max(slide.bb.w / slide.w, slide.bb.h / (slide.h - slide.top)), 'share of the room').toBeGreaterThan(
        0.7,
      );
      await page.close();
    },
  );

  it('walk5 4. at 1024×700 Present never has the legend over a node or a name, when it is opened while presenting too', async () => {
    // Saved on a wide screen (as a story from a share link), presented at 1024×700.
    const page = await fresh();
    await loadWholeGraph(page);
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.fill('[name="story-title-0"]', 'The whole corridor network');
    await page.fill(
      'textarea[name="story-caption-0"]',
      'Every province, city, official and company in the seed graph; width = number of outlets.',
    );
    // The canvas shows a small graph (a short legend) when Present starts, as after showing a later view.
    await onlyTypes(page, ['SIGNED']);
    await page.setViewportSize(NARROW);
    // The legend folded on the canvas (narrowed over nodes it may have folded itself), to be opened while presenting.
    if (!(await page.locator('#legend.folded').count())) await page.click('.legend-toggle');
    await page.waitForTimeout(200);
    await page.click('#btn-present');
    await page.waitForTimeout(500);
    await shot(page, 'presenter-legend', 'present');
    const covered = () =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const base = cy.container().getBoundingClientRect();
        const legend = document.querySelector('#legend')!.getBoundingClientRect();
        return cy
          .nodes()
          .not('.filtered, .hidden')
          .filter((n: any) => {
            const b = n.renderedBoundingBox({ includeLabels: !n.hasClass('label-hidden') });
            return (
              b.x1 + base.left < legend.right &&
              b.x2 + base.left > legend.left &&
              b.y1 + base.top < legend.bottom &&
              b.y2 + base.top > legend.top
            );
          })
          .map((n: any) => n.id()) as string[];
      });
    expect(await covered()).toEqual([]);
    // Opened while presenting: the slide makes room for it.
    await page.click('.legend-toggle');
    await page.waitForTimeout(400);
    await shot(page, 'presenter-legend', 'unfolded');
    expect(await covered()).toEqual([]);
    await page.close();
  });

  it("walk 29. a map view presented at 1440×900 has a legend of few words, each map mark on one line, under a third of the screen's height", async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    await showMap(page);
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.click('#btn-story-present');
    await expect.poll(() => page.locator('#legend [id^="legend-map-"]').count()).toBeGreaterThan(1);
    await shot(page, 'presenter-legend', 'map-1440');
    const legend = await page.evaluate(() => {
      const box = document.querySelector('#legend')!.getBoundingClientRect();
      const marks = [...document.querySelectorAll<HTMLElement>('#legend [id^="legend-map-"]')].map((e) => ({
        text: (e.textContent ?? '').trim(),
        line: parseFloat(getComputedStyle(e).fontSize) * 1.6,
        height: e.getBoundingClientRect().height,
      }));
      return { height: box.height, screen: innerHeight, marks };
    });
    for (const m of legend.marks) expect(m.height, `"${m.text}" on one line`).toBeLessThanOrEqual(m.line);
    expect(legend.marks.map((m) => m.text).join(' | ')).not.toMatch(/click/); // nobody clicks a projector
    expect(legend.height).toBeLessThan(legend.screen / 3);
    await page.close();
  });

  it('walk4 14. the article reader scrolls to the quote with no line half cut at the top of the text', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    const edges = await page.evaluate(
      () =>
        (window as any).corridor.cy
          .edges()
          .filter((e: any) => !!e.data('quote'))
          .map((e: any) => e.id()) as string[],
    );
    let checked = 0;
    for (const edge of edges.slice(0, 6)) {
      if (checked) break; // one quote that needed a scroll is the case
      await page.evaluate((id) => {
        (window as any).corridor.cy.getElementById(id).emit('tap');
      }, edge);
      await page.locator('#details .read-article').first().click();
      await page.locator('#article-dialog[open] #quote-mark').waitFor();
      await page.waitForTimeout(100);
      const at = await page.evaluate(() => {
        const box = document.getElementById('article-text')!;
        const lh = parseFloat(getComputedStyle(box).lineHeight);
        const mark = document.getElementById('quote-mark')!.getClientRects()[0]!;
        const top = box.getBoundingClientRect().top + box.clientTop;
        return { scrolled: box.scrollTop, lh, offset: mark.top - top };
      });
      await page.click('#article-dialog button[aria-label="Close"]');
      if (at.scrolled < 1) continue;
      checked++;
      // The quote's first line starts a whole number of lines below the text's top edge.
      const rest = ((at.offset % at.lh) + at.lh) % at.lh;
      expect(Math.min(rest, at.lh - rest), `${edge}: ${JSON.stringify(at)}`).toBeLessThan(1.5);
    }
    expect(checked).toBeGreaterThan(0);
    await page.close();
  });

  it('22. the article reader links to the original and shows a scraped dateline apart from the text', async () => {
    const article = '000_2ad47a8d9953d3f1';
    const url = 'https://vietnamnews.vn/economy/bac-ninh-expands-economic-cooperation';
    await suite.env.db.write('MATCH (a:Article {id: $id}) SET a.url = $url', { id: article, url });
    const page = await fresh();
    await loadWholeGraph(page);
    const edge = await page.evaluate(
      (id) =>
        (window as any).corridor.cy
          .edges()
          .filter((e: any) => e.data('article') === id && !!e.data('quote'))[0]
          .id() as string,
      article,
    );
    await page.evaluate((id) => {
      (window as any).corridor.cy.getElementById(id).emit('tap');
    }, edge);
    await page.locator('#details .read-article').first().click();
    await page.locator('#article-dialog[open] #quote-mark').waitFor();
    expect(await page.getAttribute('#article-link', 'href')).toBe(url);
    expect(await page.locator('#article-dateline').innerText()).toBe('25 December 2023');
    const text = await page.locator('#article-text').innerText();
    expect(text).not.toMatch(/^\s*date 2023-12-25/);
    expect(text).toMatch(/^25 December 2023\s+VIETNAM, December 25/);
    await page.close();
  });
});
