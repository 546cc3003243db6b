// Each user's day in the explorer, at 1440x900 and 1024x700, with screenshots under
// test-output/screenshots/<user>-<size>-<step>.png (looked at by a person; the assertions check
// what the pictures are meant to show). The presenter's journey also checks the story: views with
// titles and captions, presentation mode stepping through them, the story in a short share link,
// numbered sources on the exported pictures, and a PNG per view.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, SCREENSHOTS } from './browser.ts';
import { findPaths, loadWholeGraph, nodePosition, openPanel, searchAndChoose, shot, useE2e } from './explorer-page.ts';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

/** Labels drawn on the canvas (not hidden by the declutter) with their on-screen boxes. */
const shownLabels = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as any).corridor.cy;
    return cy
      .nodes()
      .not('.filtered, .hidden, .label-hidden')
      .map((n: any) => ({
        id: n.id(),
        font: parseFloat(n.style('font-size')) * cy.zoom(),
        box: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      }));
  }) as Promise<{ id: string; font: number; box: { x1: number; y1: number; x2: number; y2: number } }[]>;

describe.skipIf(!hasChromium)('users’ journeys, with screenshots', { timeout: 120_000 }, () => {
  const suite = useE2e();
  const { fresh } = suite;

  it.each(SIZES)(
    'the analyst at %o: whole graph readable at Fit, map with borders, hover, context menu',
    async (size) => {
      const page = await fresh(size);
      await shot(page, 'analyst', '01-empty');
      await page.click('#btn-collapse-panel'); // panel closed: the canvas has the screen's shape
      await loadWholeGraph(page);
      await page.click('#btn-fit');
      const labels = await shownLabels(page);
      expect(labels.length).toBeGreaterThan(10);
      for (const l of labels) expect(l.font).toBeGreaterThanOrEqual(9);
      const zoom = await page.evaluate(() => (window as any).corridor.cy.zoom());
      for (const [i, a] of labels.entries())
        for (const b of labels.slice(i + 1)) {
          const overlap = a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2;
          expect(overlap, `${a.id} and ${b.id} at zoom ${zoom}`).toBe(false);
        }
      // The layout uses the screen's shape: wider than tall on a landscape canvas. At 1024 px the
      // legend takes the right of the free region (about 1.2:1 left), so the bar is lower there.
      const bb = await page.evaluate(() => (window as any).corridor.cy.nodes().boundingBox());
      expect(bb.w / bb.h).toBeGreaterThan(size.width >= 1440 ? 1.1 : 1.0);
      await shot(page, 'analyst', '02-whole-graph-fit');
      const pos = await nodePosition(page, 'bac-ninh');
      await page.mouse.move(
        (await page.locator('#cy').boundingBox())!.x + pos.x,
        (await page.locator('#cy').boundingBox())!.y + pos.y,
      );
      await page.locator('#tooltip').waitFor();
      expect(await page.locator('#tooltip').innerText()).toContain('Bắc Ninh');
      expect(await page.evaluate(() => (window as any).corridor.cy.$('.hover-dim').length)).toBeGreaterThan(0);
      await shot(page, 'analyst', '03-hover');
      await page.locator('#cy').click({ button: 'right', position: pos });
      await page.locator('#context-menu').waitFor();
      expect(await page.locator('#context-menu').innerText()).toMatch(/Expand by type[\s\S]*Find paths from here/);
      await shot(page, 'analyst', '04-context-menu');
      await page.keyboard.press('Escape');
      expect(await page.locator('#context-menu').count()).toBe(0);
      await page.selectOption('#layout-select', 'geo');
      await page.evaluate(() => (window as any).corridor.canvas.idle());
      await page.waitForFunction(() => !!document.querySelector('svg.basemap path')?.getAttribute('d'));
      await page.click('#btn-fit');
      await shot(page, 'analyst', '05-map');
      await page.close();
    },
  );

  it.each(SIZES)('the researcher at %o: search, expand, paths, named query, console', async (size) => {
    const page = await fresh(size);
    await searchAndChoose(page, 'bac ninh', 'Bắc Ninh');
    await page.locator('#details .quote').first().waitFor();
    await shot(page, 'researcher', '01-details');
    await page.locator('#cy').dblclick({ position: await nodePosition(page, 'bac-ninh') });
    await page.waitForFunction(() => (window as any).corridor.cy.nodes().length > 3);
    await page.evaluate(() => (window as any).corridor.canvas.idle());
    await shot(page, 'researcher', '02-expanded');
    await findPaths(page, ['liu yun', 'Liu Yun'], ['beijing', 'Beijing'], { reference: true });
    await page.locator('#path-result li').first().waitFor();
    await page.waitForTimeout(400);
    await shot(page, 'researcher', '03-path');
    await openPanel(page, 'cypher');
    await page.selectOption('select[name="named-query"]', { label: 'Agreements of a province' });
    await page.fill('#named-query-form input[name="province"]', 'Quảng Ninh');
    await page.click('#named-query-form button[type="submit"]');
    await page.locator('#cypher-summary').waitFor();
    await shot(page, 'researcher', '04-named-query');
    await page.close();
  });

  it.each(SIZES)('the presenter at %o: a story of two views, presented, shared and exported', async (size) => {
    const page = await fresh(size);
    await loadWholeGraph(page);
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.fill('[name="story-title-0"]', 'The whole corridor');
    await page.fill('textarea[name="story-caption-0"]', 'Every province, city and partner in the five articles.');
    await searchAndChoose(page, 'bac ninh', 'Bắc Ninh');
    await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const keep = cy.getElementById('bac-ninh').closedNeighborhood();
      cy.elements().not(keep).addClass('hidden');
    });
    await page.click('#btn-fit');
    await openPanel(page, 'story');
    await page.click('#btn-save-view');
    await page.fill('[name="story-title-1"]', 'Bắc Ninh and its partners');
    await page.fill('textarea[name="story-caption-1"]', 'Who met, signed with and invested in Bắc Ninh.');
    await shot(page, 'presenter', '01-story');

    await page.click('#btn-story-present');
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('#present-title').innerText()).toBe('The whole corridor');
    await shot(page, 'presenter', '02-present-view-1');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#present-title').innerText()).toBe('Bắc Ninh and its partners');
    // Drawn: neither hidden by the view nor taken out by its filters (593fcff leaves those to them).
    const shownInView = await page.evaluate(
      () => (window as any).corridor.cy.nodes().not('.hidden').not('.filtered').length,
    );
    const expected = await page.evaluate(
      () => (window as any).corridor.cy.getElementById('bac-ninh').closedNeighborhood().nodes().length,
    );
    expect(shownInView).toBe(expected);
    await shot(page, 'presenter', '03-present-view-2');
    await page.keyboard.press('Escape');
    expect(await page.locator('.topbar').isVisible()).toBe(true);

    // The story travels in a short link that also reopens the Story panel.
    await page.click('#btn-share');
    await page.locator('#text-dialog[open]').waitFor();
    const url = await page.locator('#text-body').inputValue();
    await page.keyboard.press('Escape');
    expect(url.length).toBeLessThan(2000);
    const other = await suite.env.browser.newPage({ viewport: size });
    await other.goto(url);
    await other.waitForFunction(
      () => (window as any).corridor?.ready && (window as any).corridor.cy.nodes().length > 20,
    );
    expect(await other.locator('.panel-slot[data-panel="story"]').isVisible()).toBe(true);
    expect(await other.inputValue('[name="story-title-1"]')).toBe('Bắc Ninh and its partners');
    await other.screenshot({
      path: `${SCREENSHOTS}/presenter-${size.width}x${size.height}-04-shared-link.png`,
    });
    await other.close();

    // Numbered sources are an option: by default the picture has neither numbers nor list (a number
    // with no list to explain it says nothing, walk 5); ticked, the cited edges are numbered and
    // the list under the picture gives each number's quote.
    await openPanel(page, 'export');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#btn-export-svg')]);
    const svg = fs.readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).not.toMatch(/<text class="cite"/);
    expect(svg).not.toContain('>Sources<');
    await page.check('input[name="export-sources"]');
    const [withList] = await Promise.all([page.waitForEvent('download'), page.click('#btn-export-svg')]);
    const listed = fs.readFileSync((await withList.path())!, 'utf8');
    expect(listed).toMatch(/<text class="cite"[^>]*>1(<|,|–)/); // alone or first of a shared label
    expect(listed).toContain('>Sources<');
    await openPanel(page, 'story');
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.click('#btn-story-png');
    await page.locator('#story-note', { hasText: 'saved' }).waitFor();
    // Named after the story (its first view's title), then each view's number and title (walk 22, 9).
    expect(downloads.sort()).toEqual([
      'story-the-whole-corridor-01-the-whole-corridor.png',
      'story-the-whole-corridor-02-bac-ninh-and-its-partners.png',
    ]);
    await page.close();
  });
});
