// Helpers for driving the explorer in Chromium: a fresh page at a given size, search and choose,
// panels, the canvas's state read back through window.corridor, and screenshots by journey.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SCREENSHOTS } from './browser.ts';

export interface Explorer {
  page: Page;
  warnings: string[];
}

export async function openExplorer(
  browser: Browser,
  baseUrl: string,
  size = { width: 1440, height: 900 },
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

export async function searchAndChoose(page: Page, q: string, label: string): Promise<void> {
  await page.click('#search-input');
  await page.fill('#search-input', q);
  const option = page.locator('#search-list li[role="option"]', { hasText: label }).first();
  await option.waitFor();
  await option.click();
}

/** A tab click toggles: open the panel only when it is not showing already. */
export async function openPanel(page: Page, name: string): Promise<void> {
  if (!(await page.locator(`#left-panel .panel-slot[data-panel="${name}"]`).isVisible()))
    await page.click(`.tabs [data-panel="${name}"]`);
}

export async function loadWholeGraph(page: Page): Promise<void> {
  await page.click('#btn-load-all');
  await page.waitForFunction(() => (window as any).corridor.cy.nodes().length > 20);
  await page.evaluate(() => (window as any).corridor.canvas.idle());
}

export const counts = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as any).corridor.cy;
    return {
      nodes: cy.nodes().not('.filtered, .hidden').length as number,
      edges: cy.edges().not('.filtered, .hidden').length as number,
    };
  });

/** Where a node is drawn, in the canvas element's own coordinates (for clicks). */
export function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => (window as any).corridor.cy.getElementById(nodeId).renderedPosition(), id);
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
