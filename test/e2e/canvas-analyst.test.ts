// The analyst's journey on the canvas as walkthrough 7 met it (items 1, 6, 8, 9, 10): what Fit,
// Delete, Expand and the layouts leave on screen. Real app, real Neo4j, Debian's Chromium; each
// test failed on the explorer before its fix.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium } from './browser.ts';
import { loadWholeGraph, NARROW, openPanel, shot, useE2e, type Size } from './explorer-page.ts';

/** Two animation frames and a little more: a panel's follow-up fit has run. */
const settle = (page: Page, ms = 400) => page.waitForTimeout(ms);

/**
 * The shown nodes' bodies against the part of the canvas nothing covers: how many lie under a
 * cover, and how much of the free width or height the graph spans (1 = all of it).
 */
const framing = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as any).corridor.cy;
    const base = cy.container().getBoundingClientRect();
    const covers = [...document.querySelectorAll<HTMLElement>('.canvas-overlay')]
      .filter((el) => !el.hidden && el.offsetParent !== null)
      .map((el) => el.getBoundingClientRect())
      .map((o) => ({ x1: o.left - base.left, y1: o.top - base.top, x2: o.right - base.left, y2: o.bottom - base.top }));
    const panel = covers.find((c) => c.x1 <= 0 && c.y2 - c.y1 > cy.height() * 0.9);
    const left = panel ? panel.x2 : 0;
    const nodes = cy.nodes().not('.filtered, .hidden');
    const under = nodes.filter((n: any) => {
      const b = n.renderedBoundingBox({ includeLabels: false });
      return covers.some((c) => b.x1 < c.x2 && c.x1 < b.x2 && b.y1 < c.y2 && c.y1 < b.y2);
    });
    const bb = nodes.renderedBoundingBox({ includeLabels: false });
    return {
      under: under.map((n: any) => n.data('label')) as string[],
      spans: Math.max(bb.w / (cy.width() - left), bb.h / cy.height()) as number,
      zoom: cy.zoom() as number,
    };
  });

describe.skipIf(!hasChromium)("the analyst's canvas (walk 7)", { timeout: 120_000 }, () => {
  const { fresh } = useE2e();

  /** The whole graph at `size`, fitted, no panel open. */
  async function wholeGraph(size?: Size): Promise<Page> {
    const page = await fresh(size);
    await page.click('.tabs [data-panel="filters"]'); // the left panel closed
    await loadWholeGraph(page);
    await page.click('#btn-fit');
    await settle(page, 100);
    return page;
  }

  it('walk 7, 1. at 1024x700 a panel opened with a node selected by its edge fits the graph to the free region, not to a speck', async () => {
    const page = await wholeGraph(NARROW);
    // The walk: the keyboard on a node that the floating panel's edge then ran just left of, most
    // of the graph beyond it under the panel.
    await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      const nodes = cy.nodes().not('.filtered, .hidden');
      const bb = nodes.renderedBoundingBox({ includeLabels: false });
      const at = bb.x1 + bb.w * 0.6;
      const n = nodes.min((x: any) => Math.abs(x.renderedPosition('x') - at)).ele;
      cy.panBy({ x: 400 - n.renderedPosition('x'), y: 0 });
      cy.$(':selected').unselect();
      n.select();
    });
    await page.focus('#cy');
    await page.keyboard.press('ArrowRight'); // the keyboard's ring on the selected node
    const before = await framing(page);
    await openPanel(page, 'cypher');
    await settle(page);
    const after = await framing(page);
    await shot(page, 'walk7', 'panel-after-select');
    expect(after.under, 'nodes under the panel, the legend or the status line').toEqual([]);
    expect(after.spans, 'the graph fills the free region').toBeGreaterThan(0.7);
    expect(after.zoom).toBeGreaterThan(before.zoom * 0.4);
    await page.close();
  });

  it('walk 7, 8. Delete hides the node the keyboard is on and selects nothing in its place: a second Delete hides nothing; the arrows go on from where it was', async () => {
    const page = await wholeGraph();
    const state = () =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const ring = cy.$('node.keyboard-focus');
        return {
          selected: cy.$(':selected').map((e: any) => e.id()) as string[],
          ring: ring.nonempty() ? (ring.id() as string) : null,
          at: ring.nonempty() ? (ring.position() as { x: number; y: number }) : null,
          shown: cy.nodes().not('.filtered, .hidden').length as number,
        };
      });
    await page.focus('#cy');
    await page.keyboard.press('ArrowRight');
    const first = await state();
    expect(first.ring).not.toBeNull();
    await page.keyboard.press('Delete');
    const after = await state();
    expect(after.shown).toBe(first.shown - 1);
    expect(after.selected, 'nothing the user did not pick is selected').toEqual([]);
    expect(after.ring).toBeNull();
    await expect.poll(() => page.locator('#selection-info').innerText()).toBe('Nothing selected');
    await page.keyboard.press('Delete');
    expect((await state()).shown, 'a second Delete hides nothing').toBe(after.shown);
    await page.keyboard.press('ArrowRight');
    const next = await state();
    expect(next.ring).not.toBeNull();
    expect(next.selected).toEqual([next.ring]);
    expect(next.at!.x, 'the arrow moved right of where the hidden node was').toBeGreaterThan(first.at!.x);
    await shot(page, 'walk7', 'delete-then-arrow');
    await page.close();
  });
});
