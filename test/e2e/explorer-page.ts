// Helpers for driving the explorer in Chromium: the app and browser a test file shares, a fresh page
// at a given size, search and choose, panels, paths, the canvas's state read back through
// window.corridor, and screenshots by journey.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { EDGE_TYPES } from '../../common/model.ts';
import { SCREENSHOTS, startE2e, type E2eEnv } from './browser.ts';

export type Size = { width: number; height: number };

/** The small screen every panel must work at (the default is 1440x900). */
export const NARROW: Size = { width: 1024, height: 700 };

/** What a test file's tests share: the app and browser, and the ways to reach them. */
export interface E2eSuite {
  /** The running app and browser (set once the file's beforeAll has run). */
  readonly env: E2eEnv;
  /** A new page on the explorer, ready, at `size` (1440x900 unless given). */
  fresh(size?: Size, hash?: string): Promise<Page>;
  /** The app's own answer to a GET, to check the page against. */
  api<T>(p: string): Promise<T>;
}

/** Starts the app (seed graph) and Chromium before the file's tests and closes them after. */
export function useE2e(config: Record<string, string> = {}): E2eSuite {
  let env: E2eEnv | undefined;
  beforeAll(async () => {
    env = await startE2e(config);
  }, 240_000);
  afterAll(async () => {
    await env?.close();
  });
  const suite: E2eSuite = {
    get env() {
      if (!env)
        throw new Error('the e2e app is not started yet: read env in a test or hook (useE2e starts it in beforeAll)');
      return env;
    },
    fresh: async (size, hash) => (await openExplorer(suite.env.browser, suite.env.baseUrl, size, hash)).page,
    api: async <T>(p: string) => (await fetch(suite.env.baseUrl + p)).json() as Promise<T>,
  };
  return suite;
}

export interface Explorer {
  page: Page;
  warnings: string[];
}

export async function openExplorer(
  browser: Browser,
  baseUrl: string,
  size: Size = { width: 1440, height: 900 },
  hash = '',
): Promise<Explorer> {
  const page = await browser.newPage({ viewport: size, acceptDownloads: true });
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
  });
  page.on('pageerror', (err) => warnings.push(`page error: ${err.message}`));
  await page.goto(baseUrl + hash);
  await page.waitForFunction(() => (window as any).corridor?.ready);
  return { page, warnings };
}

/**
 * Picks `label` from the top bar's search for `q`. Beside an open left panel (Filters is open at the
 * start) the pick keeps the panel and shows the card compact (walk 11, 8); `card: 'full'` (the
 * default, for the steps that read the card) then presses "Open details", which folds the panel
 * where both do not fit. `card: 'as-shown'` leaves the card as the pick showed it.
 */
export async function searchAndChoose(
  page: Page,
  q: string,
  label: string,
  opts: { card?: 'full' | 'as-shown' } = {},
): Promise<void> {
  await page.click('#search-input');
  await page.fill('#search-input', q);
  const option = page.locator('#search-list li[role="option"]', { hasText: label }).first();
  await option.waitFor();
  await option.click();
  // The node is added (with its links, laid out) before its card opens. Wait for it, so the next
  // step sees the page as it settles.
  await page.locator('#details h2, #details .compact-title', { hasText: label }).first().waitFor();
  if (opts.card === 'as-shown' || !(await page.locator('#details.compact').count())) return;
  await page.click('#btn-open-details');
  await page.locator('#details:not(.compact) h2', { hasText: label }).first().waitFor();
}

/** A tab click toggles: open the panel only when it is not showing already. */
export async function openPanel(page: Page, name: string): Promise<void> {
  if (!(await page.locator(`#left-panel .panel-slot[data-panel="${name}"]`).isVisible()))
    await page.click(`.tabs [data-panel="${name}"]`);
}

/**
 * Fills the Paths panel's two ends (search text, then the suggestion to pick) and finds the paths;
 * `reference`: tick "also through reference links and country hubs" first (off by default).
 */
export async function findPaths(
  page: Page,
  from: [string, string],
  to: [string, string],
  opts: { reference?: boolean } = {},
): Promise<void> {
  await openPanel(page, 'paths');
  if (opts.reference) await page.check('input[name="path-include-reference"]');
  for (const [name, [q, label]] of [
    ['path-from', from],
    ['path-to', to],
  ] as const) {
    await page.fill(`input[name="${name}"]`, q);
    await page.locator(`input[name="${name}"] + ul li`, { hasText: label }).first().click();
  }
  await page.click('#btn-find-paths');
}

/**
 * Runs the named query `title` with its form's fields filled (the Cypher panel open) and waits for
 * its result's summary.
 */
export async function runNamed(page: Page, title: string, fill: Record<string, string>): Promise<void> {
  await page.selectOption('select[name="named-query"]', { label: title });
  for (const [name, value] of Object.entries(fill)) await page.fill(`#named-query-form input[name="${name}"]`, value);
  await page.click('#named-query-form button[type="submit"]');
  await page.locator('#cypher-summary').waitFor();
}

/** Ticks exactly the given edge types in Filters. */
export async function onlyTypes(page: Page, types: readonly string[]): Promise<void> {
  await openPanel(page, 'filters');
  for (const t of EDGE_TYPES) await page.setChecked(`input[name="type-${t}"]`, types.includes(t));
}

/** The file a click on `button` downloads. */
export async function downloaded(page: Page, button: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return fs.readFileSync((await download.path())!);
}

export async function loadWholeGraph(page: Page): Promise<void> {
  await page.click('#btn-load-all');
  await page.waitForFunction(() => (window as any).corridor.cy.nodes().length > 20);
  await page.evaluate(() => (window as any).corridor.canvas.idle());
}

/**
 * Waits until the view stands still: no animation, and the same zoom and pan over two reads 250 ms
 * apart (a refit after a load, a panel or the legend settling can move it after the layout is done).
 */
export async function viewAtRest(page: Page): Promise<void> {
  // Two reads of this call's own: a view remembered from an earlier call matched at once, before
  // a change under way (a card's room given back two frames after it closed) had moved it.
  await page.evaluate(() => delete (window as any).__e2eLastView);
  await page.waitForFunction(
    () => {
      const w = window as any;
      const cy = w.corridor.cy;
      const now = JSON.stringify([cy.zoom(), cy.pan()]);
      const still = w.__e2eLastView === now && !cy.animated();
      w.__e2eLastView = now;
      return still;
    },
    undefined,
    { polling: 250 },
  );
}

/**
 * The canvas's width left free beside the left panel and the details card (page px, from x1 to x2).
 * Only side covers count: a bar across a corner (the compact card, one line) leaves the canvas its width.
 */
export const freeWidth = (page: Page) =>
  page.evaluate(() => {
    const base = document.querySelector('#cy')!.getBoundingClientRect();
    let x1 = base.left;
    let x2 = base.right;
    for (const el of document.querySelectorAll<HTMLElement>('#left-panel, #details')) {
      if (el.hidden || el.offsetParent === null) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= x1 || r.left >= x2 || r.height < base.height / 2) continue;
      if (r.left - base.left < base.width / 2) x1 = Math.max(x1, r.right);
      else x2 = Math.min(x2, r.left);
    }
    return { free: x2 - x1, canvas: base.width, x1, x2 };
  });

/**
 * Labels of the nodes matching `selector` that lie outside the canvas (less `margin` px) or under
 * one of its overlays (legend, zoom buttons, card...), less those matching `exclude`. `labelRoom`: px under a node for its name,
 * counted at the canvas's edge, and under overlays too when `labelUnderCovers`.
 */
export const nodesCutOrCovered = (
  page: Page,
  o: { selector: string; exclude?: string; labelRoom?: number; margin?: number; labelUnderCovers?: boolean },
) =>
  page.evaluate(({ selector, exclude, labelRoom = 0, margin: m = 0, labelUnderCovers = false }) => {
    const cy = (window as any).corridor.cy;
    const base = cy.container().getBoundingClientRect();
    const covers = [...document.querySelectorAll<HTMLElement>('.canvas-overlay')]
      .filter((el) => !el.hidden && el.offsetParent !== null)
      .map((el) => el.getBoundingClientRect())
      .map((r) => ({ x1: r.left - base.left, y1: r.top - base.top, x2: r.right - base.left, y2: r.bottom - base.top }));
    const nodes = cy.nodes(selector);
    return (exclude ? nodes.not(exclude) : nodes)
      .filter((n: any) => {
        const b = n.renderedBoundingBox({ includeLabels: false });
        const y2 = b.y2 + labelRoom;
        const off = b.x1 < m || b.y1 < m || b.x2 > cy.width() - m || y2 > cy.height() - m;
        const bottom = labelUnderCovers ? y2 : b.y2;
        return off || covers.some((c) => b.x1 < c.x2 && c.x1 < b.x2 && b.y1 < c.y2 && c.y1 < bottom);
      })
      .map((n: any) => n.data('label')) as string[];
  }, o);

/** Chooses the Map layout and waits until it is laid out and its basemap drawn. */
export async function showMap(page: Page): Promise<void> {
  await page.selectOption('#layout-select', 'geo');
  await page.evaluate(() => (window as any).corridor.canvas.idle());
  await page.waitForFunction(() => !!document.querySelector('svg.basemap path')?.getAttribute('d'));
}

export const counts = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as any).corridor.cy;
    return {
      nodes: cy.nodes().not('.filtered, .hidden').length as number,
      edges: cy.edges().not('.filtered, .hidden').length as number,
    };
  });

/** Ids of the nodes the canvas shows (not filtered out or hidden), sorted. */
export const visibleNodeIds = (page: Page) =>
  page.evaluate(
    () =>
      (window as any).corridor.cy
        .nodes()
        .not('.filtered, .hidden')
        .map((n: any) => n.id())
        .sort() as string[],
  );

/** The edges the canvas shows, with their type and date range. */
export const visibleEdges = (page: Page) =>
  page.evaluate(
    () =>
      (window as any).corridor.cy
        .edges()
        .not('.filtered, .hidden')
        .map((e: any) => ({
          id: e.id(),
          type: e.data('type'),
          dateFrom: e.data('dateFrom'),
          dateTo: e.data('dateTo'),
        })) as { id: string; type: string; dateFrom?: string; dateTo?: string }[],
  );

/** Where a node is drawn, in the canvas element's own coordinates (for clicks). */
export function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => (window as any).corridor.cy.getElementById(nodeId).renderedPosition(), id);
}

/** In the Story panel: saves the canvas as it is, then saves it again on the Map. */
export async function saveViewThenMapView(page: Page): Promise<void> {
  await openPanel(page, 'story');
  await page.click('#btn-save-view');
  await page.selectOption('#layout-select', 'geo');
  await page.evaluate(() => (window as any).corridor.canvas.idle());
  await page.click('#btn-save-view');
}

/** Where a node is drawn, in the page's coordinates (for the mouse). */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#cy').boundingBox())!;
  const p = await nodePosition(page, id);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** A new page at `size` with the left panel closed, the whole graph loaded and fitted. */
export async function wholeGraphFitted(suite: E2eSuite, size: Size = { width: 1440, height: 900 }): Promise<Page> {
  const { page } = await openExplorer(suite.env.browser, suite.env.baseUrl, size);
  await page.click('#btn-collapse-panel'); // the left panel closed
  await loadWholeGraph(page);
  await page.click('#btn-fit');
  await page.waitForTimeout(100);
  return page;
}

export function shot(page: Page, journey: string, name: string): Promise<Buffer> {
  const size = page.viewportSize();
  return page.screenshot({ path: path.join(SCREENSHOTS, `${journey}-${size?.width}x${size?.height}-${name}.png`) });
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const rectOf = (page: Page, selector: string): Promise<Rect> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });

export const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The elements matching `items` that run past the left or right side of `container`'s box (by more
 * than a pixel), by their text; `vertical`: past its top or bottom too (out of view in a scrolled panel).
 */
export const pastEdges = (page: Page, container: string, items: string, vertical = false): Promise<string[]> =>
  page.evaluate(
    ([c, i, v]) => {
      const box = document.querySelector(c as string)!.getBoundingClientRect();
      return [...document.querySelectorAll(i as string)]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          if (!r.width && !r.height) return false;
          const sides = r.left < box.left - 1 || r.right > box.right + 1;
          return sides || (v && (r.top < box.top - 1 || r.bottom > box.bottom + 1));
        })
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 60)}"`);
    },
    [container, items, vertical] as const,
  );

/**
 * The full details card of an element, as a tap opens it: beside an open panel a tap shows the card
 * compact (walk 15, 1), and its "Open details" gives the full card.
 */
export async function openFullCard(page: Page, id: string): Promise<void> {
  await page.evaluate((el) => {
    (document.activeElement as HTMLElement | null)?.blur();
    (window as any).corridor.cy.getElementById(el).emit('tap');
  }, id);
  await page.locator('#details').waitFor();
  if (await page.locator('#details.compact').isVisible()) await page.click('#btn-open-details');
  await page.locator('#details:not(.compact)').waitFor();
}
