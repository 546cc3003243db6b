// The researcher's tools as a new user met them (issue 11, walkthrough items 7, 8, 9 and 22):
// result tables that read in their panel, results that show on the canvas at a sane zoom, paths
// that prefer stated facts, and the console's editor. Each test failed on the explorer before its fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, startE2e, type E2eEnv } from './browser.ts';
import { openExplorer, openPanel, shot } from './explorer-page.ts';

describe.skipIf(!hasChromium)("the researcher's tools (issue 11)", { timeout: 120_000 }, () => {
  let env: E2eEnv;
  const fresh = async () => (await openExplorer(env.browser, env.baseUrl)).page;

  beforeAll(async () => {
    env = await startE2e();
  }, 240_000);
  afterAll(async () => {
    await env?.close();
  });

  const runNamed = async (page: Page, title: string, fill: Record<string, string>) => {
    await page.selectOption('select[name="named-query"]', { label: title });
    for (const [name, value] of Object.entries(fill)) await page.fill(`#named-query-form input[name="${name}"]`, value);
    await page.click('#named-query-form button[type="submit"]');
    await page.locator('#cypher-summary').waitFor();
  };
  const column = async (page: Page, name: string) => {
    const headers = await page.locator('#cypher-output th').allInnerTexts();
    expect(headers).toContain(name);
    return page.locator(`#cypher-output tbody td:nth-child(${headers.indexOf(name) + 1})`);
  };
  it('7. result tables read in their panel: rows clamped with the full text on hover, amounts in words, a new query clears the old result', async () => {
    const page = await fresh();
    await openPanel(page, 'cypher');
    await runNamed(page, 'Who met whom', { official: 'Nguyễn Hữu Nghĩa' });
    await shot(page, 'researcher', 'table-clamped');
    const rows = await page.locator('#cypher-output tbody tr').all();
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      const r = await row.boundingBox();
      expect(r!.height).toBeLessThan(70); // three lines at most: never one row filling the box
    }
    const quotes = await column(page, 'quote');
    const first = quotes.first().locator('[title]');
    const full = (await first.getAttribute('title')) ?? '';
    expect(full.length).toBeGreaterThan(40); // the full quote on hover
    await first.click(); // and in full on a click
    expect((await first.boundingBox())!.height).toBeGreaterThanOrEqual(
      (await first.evaluate((e) => e.scrollHeight)) - 1,
    );
    // Every column wide enough for a word or two.
    const widths = await page.locator('#cypher-output th').evaluateAll((ths) => ths.map((t) => t.clientWidth));
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(60);

    await runNamed(page, 'Investment into a province', { province: 'Bắc Ninh' });
    const amounts = await (await column(page, 'amountUsd')).allInnerTexts();
    expect(amounts).toContain('US$900 million');
    expect(amounts.join(' ')).not.toMatch(/\d{5,}/);

    await page.selectOption('select[name="named-query"]', { label: 'Visits in a date range' });
    expect(await page.locator('#cypher-output table').count()).toBe(0);
    expect(await page.locator('#cypher-summary').count()).toBe(0);
    await page.close();
  });
});
