// What the explorer says about the graph, in the words people read: dates ("13 November 2023",
// "2021"), the article reader's byline, counts that agree between panels, and the story as a PDF
// with each view's title and caption as text. Each test failed on the explorer before its fix
// (Chromium, real app, real Neo4j).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArticleResponse } from '../../common/wire.ts';
import { hasChromium, SCREENSHOTS } from './browser.ts';
import { findPaths, loadWholeGraph, openFullCard, openPanel, searchAndChoose, useE2e } from './explorer-page.ts';
import { pdfPages, pictureFillsPage } from './pdf-text.ts';

/** How a person writes a date: the browser's own en-GB long form, independent of the app's code. */
const inWords = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The first link on the canvas whose date matches `pattern` (and has no end date). */
const linkDated = (page: Page, pattern: string) =>
  page.evaluate((p) => {
    const e = (window as any).corridor.cy
      .edges()
      .filter((x: any) => new RegExp(p).test(x.data('date') ?? '') && !x.data('endDate') && !!x.data('quote'))[0];
    return { id: e.id() as string, date: e.data('date') as string, article: e.data('article') as string };
  }, pattern);

/** A link's full card, as a tap gives it (compact beside an open panel since walk 15, 1: then "Open details"). */
const tap = openFullCard;

async function runCypher(page: Page, query: string, params: object): Promise<void> {
  await openPanel(page, 'cypher');
  const editor = page.locator('#cypher-editor .cm-content');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(query);
  await page.fill('textarea[name="cypher-params"]', JSON.stringify(params));
  await page.click('#btn-run-cypher');
  await page.locator('#cypher-summary').waitFor();
}

describe.skipIf(!hasChromium)('what the explorer says, in words people read', { timeout: 120_000 }, () => {
  const { fresh, api } = useE2e();

  it('1. a link’s date reads as people write it in the details and the timeline', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    const day = await linkDated(page, '^\\d{4}-\\d{2}-\\d{2}$');
    const year = await linkDated(page, '^\\d{4}$');
    await tap(page, day.id);
    const details = await page.locator('#details').innerText();
    expect(details).toContain(inWords(day.date));
    expect(details).not.toContain(day.date);
    expect(details).not.toMatch(/dateFrom|dateTo/);
    await tap(page, year.id);
    const yearDetails = await page.locator('#details').innerText();
    expect(yearDetails).toContain(year.date);
    expect(yearDetails).not.toMatch(/\d{4}-\d{2}/);
    await openPanel(page, 'timeline');
    expect(await page.locator(`.timeline button[data-edge="${day.id}"] .date`).innerText()).toBe(inWords(day.date));
    expect(await page.locator(`.timeline button[data-edge="${year.id}"] .date`).innerText()).toBe(year.date);
    await page.close();
  });

  it("walk 17, 10 and walk 27. a place's card gives its location as a map reads it, not raw lat and lon, and its country by name", async () => {
    const page = await fresh();
    await searchAndChoose(page, 'lang son', 'Lạng Sơn');
    await openFullCard(page, 'lang-son');
    const rows = await page.$$eval('#details dl dt', (dts) =>
      dts.map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']),
    );
    const names = rows.map(([k]) => k);
    expect(names).not.toContain('lat');
    expect(names).not.toContain('lon');
    const location = rows.find(([k]) => k === 'location')?.[1];
    expect(location).toMatch(/^21\.\d\d° N, 106\.\d\d° E$/);
    // walk 27: its country by name, the code after it, not a bare "VN".
    expect(rows.find(([k]) => k === 'country')?.[1]).toBe('Việt Nam (VN)');
    await page.close();
  });

  it('1b. … and in path steps and console tables', async () => {
    const page = await fresh();
    await findPaths(page, ['liu yun', 'Liu Yun'], ['beijing', 'Beijing'], { reference: true });
    await page.locator('#path-result li .source-name').first().waitFor();
    await page.waitForFunction(() => /\d{4}/.test(document.querySelector('#path-result .source-name')!.textContent!));
    expect(await page.locator('#path-result').innerText()).not.toMatch(/\d{4}-\d{2}/);
    // A link dated to the day (YYYY-MM-DD), and its date as stored beside it.
    await runCypher(
      page,
      'MATCH ()-[r]->() WHERE size(r.date) = 10 AND r.endDate IS NULL RETURN r, r.date AS iso LIMIT 1',
      {},
    );
    const [cell, iso] = await page.locator('#cypher-output tbody td').allInnerTexts();
    expect(cell).toContain(inWords(iso!));
    expect(cell).not.toContain(iso);
    await page.close();
  });

  it('2. the article reader names the headline, outlet and date, never the id, and marks the quote', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    const link = await linkDated(page, '^\\d{4}-\\d{2}-\\d{2}$');
    const article = await api<ArticleResponse>(`/api/articles/${link.article}`);
    await tap(page, link.id);
    await page.locator('#details .read-article').first().click();
    await page.locator('#article-dialog[open] #quote-mark').waitFor();
    expect(await page.locator('#article-title').innerText()).toBe(article.title);
    const meta = await page.locator('#article-meta').innerText();
    expect(meta).toBe(`${article.outlet}, ${inWords(article.published)}`);
    expect(meta).not.toContain(article.id);
    expect(meta).not.toContain('in text');
    const quote = await page.evaluate((id) => (window as any).corridor.cy.getElementById(id).data('quote'), link.id);
    expect((await page.locator('#quote-mark').innerText()).replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' '));
    await page.close();
  });

  it("walk 12, 15. the Bắc Giang article ends with its own text; the outlet's headline links follow apart, muted", async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    const id = '001_d76d143c1c30b8f4';
    const link = await page.evaluate(
      (a) =>
        (window as any).corridor.cy
          .edges()
          .filter((e: any) => e.data('article') === a && e.data('quote'))[0]
          .id(),
      id,
    );
    await tap(page, link);
    await page.locator('#details .read-article').first().click();
    await page.locator('#article-dialog[open] #quote-mark').waitFor();
    expect(await page.locator('#article-title').innerText()).toMatch(/^Bac Giang boosts/);
    const read = await page.evaluate(() => {
      const box = document.getElementById('article-text')!;
      const aside = document.getElementById('article-outlet-links');
      box.scrollTop = box.scrollHeight;
      const own = [...box.childNodes].filter((n) => n !== aside).map((n) => n.textContent ?? '');
      return {
        text: own.join('').trim(),
        links: aside ? [...aside.querySelectorAll('li')].map((li) => li.textContent ?? '') : [],
        heading: aside?.querySelector('p')?.textContent ?? '',
        colours: [getComputedStyle(box).color, aside ? getComputedStyle(aside).color : ''],
      };
    });
    await page
      .locator('#article-dialog')
      .screenshot({ path: path.join(SCREENSHOTS, 'wording-walk12-15-outlet-links.png') });
    expect(read.text).toMatch(/investment and construction\.\s*\(Source: VNA\)$/);
    expect(read.text).not.toMatch(/Moody|PVEP|longan to Australia/);
    expect(read.heading).toMatch(/^Links the outlet placed after the article/);
    expect(read.links).toContain('PVEP to become leading international oil and gas firm');
    expect(read.links).toHaveLength(5);
    expect(read.colours[1]).not.toBe(read.colours[0]);
    await page.close();
  });

  it('3. the Filters panel and the Timeline count the same dated links, and say what is left out', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    await openPanel(page, 'filters');
    const filters = await page.locator('#year-count').innerText();
    await openPanel(page, 'timeline');
    const timeline = await page.locator('#timeline-count').innerText();
    const listed = await page.locator('.timeline li').count();
    const undated = await page.evaluate(
      () =>
        (window as any).corridor.cy
          .edges()
          .not('.filtered, .hidden')
          .filter((e: any) => !e.data('dateFrom')).length as number,
    );
    expect(filters).toMatch(new RegExp(`^${listed} dated links on the canvas`));
    expect(timeline).toMatch(new RegExp(`^${listed} dated links on the canvas`));
    expect(undated).toBeGreaterThan(0);
    for (const text of [filters, timeline])
      expect(text).toContain(`${undated} undated links shown, not on the timeline`);
    await page.close();
  });

  it('walk 28, 4. with a node kind unticked, the year count is out of the links the other filters leave, not of those the kind took out', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    await openPanel(page, 'filters');
    await page.uncheck('input[name="kind-Organization"]');
    await page.uncheck('input[name="type-LOCATED_IN"]');
    const dated = await page.evaluate(
      () =>
        (window as any).corridor.cy
          .edges()
          .not('.filtered, .hidden')
          .filter((e: any) => !!(e.data('dateFrom') ?? e.data('date'))).length as number,
    );
    expect(dated).toBeGreaterThan(0);
    // The window is the whole span: every dated link shown falls in it, out of as many.
    expect(await page.locator('#year-count').innerText()).toMatch(
      new RegExp(`^${dated} dated links on the canvas fall in \\d{4}–\\d{4} \\(of ${dated}\\)`),
    );
    await page.close();
  });

  it('walk4 14. one dated link in the window reads "1 dated link on the canvas falls in"', async () => {
    const page = await fresh();
    await loadWholeGraph(page);
    await openPanel(page, 'filters');
    const from = page.locator('input[name="year-from"]');
    const to = page.locator('input[name="year-to"]');
    const [min, max] = [Number(await from.getAttribute('min')), Number(await from.getAttribute('max'))];
    // A year only one shown link's dates reach.
    const year = await page.evaluate(
      ([lo, hi]) => {
        const spans = (window as any).corridor.cy
          .edges()
          .not('.filtered, .hidden')
          .filter((e: any) => !!e.data('dateFrom'))
          .map((e: any) => [
            Number(e.data('dateFrom').slice(0, 4)),
            Number((e.data('dateTo') ?? e.data('dateFrom')).slice(0, 4)),
          ]);
        for (let y = lo!; y <= hi!; y++)
          if (spans.filter(([a, b]: number[]) => a! <= y && y <= b!).length === 1) return y;
        return null;
      },
      [min, max],
    );
    expect(year).not.toBeNull();
    await from.focus();
    await page.keyboard.press('Home');
    for (let i = min; i < year!; i++) await page.keyboard.press('ArrowRight');
    await to.focus();
    await page.keyboard.press('End');
    for (let i = max; i > year!; i--) await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#year-count').innerText()).toMatch(
      new RegExp(`^1 dated link on the canvas falls in ${year}`),
    );
    await page.close();
  });

  it('4. the story exports as one PDF: a page per view with its title and caption, and its picture', async () => {
    const page = await fresh();
    const views = [
      { title: 'The whole corridor', caption: 'Every province, city and partner in the five articles.' },
      { title: 'Bắc Ninh and its partners', caption: 'Who met, signed with and invested in Bắc Ninh.' },
      { title: 'Only Bắc Ninh', caption: 'The province alone.' },
    ];
    await loadWholeGraph(page);
    await openPanel(page, 'story');
    const save = async (i: number) => {
      await page.click('#btn-save-view');
      await page.fill(`[name="story-title-${i}"]`, views[i]!.title);
      await page.fill(`textarea[name="story-caption-${i}"]`, views[i]!.caption);
    };
    await save(0);
    await searchAndChoose(page, 'bac ninh', 'Bắc Ninh'); // its card folds the Story panel at 1440
    await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      cy.elements().not(cy.getElementById('bac-ninh').closedNeighborhood()).addClass('hidden');
    });
    await openPanel(page, 'story');
    await save(1);
    await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      cy.elements().not(cy.getElementById('bac-ninh')).addClass('hidden');
    });
    await save(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#btn-story-pdf')]);
    // The story has no title of its own: the file says it is a story, after its first view.
    expect(download.suggestedFilename()).toBe('story-the-whole-corridor.pdf');
    const saved = path.join(SCREENSHOTS, 'presenter-story.pdf'); // kept to be looked at, like the screenshots
    await download.saveAs(saved);
    const bytes = new Uint8Array(fs.readFileSync(saved));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const pages = await pdfPages(bytes);
    expect(pages.length).toBe(views.length);
    for (const [i, v] of views.entries()) {
      expect(pages[i]!.text).toContain(v.title);
      expect(pages[i]!.text).toContain(v.caption);
      for (const other of views.filter((o) => o !== v)) expect(pages[i]!.text).not.toContain(other.title);
      expect(pages[i]!.images).toBe(1); // the view's picture
      // It fills the A4 page's width, or its height under the heading (walk 7, 5: not a small square).
      const [img] = pages[i]!.imageSizes;
      expect(pictureFillsPage(pages[i]!), `page ${i + 1}: picture of ${img!.w} × ${img!.h} pt`).toBe(true);
      expect(pages[i]!.size, `page ${i + 1}: a landscape A4 slide (walk 8, 9)`).toEqual({ w: 842, h: 595 });
    }
    expect(await page.locator('#story-note').innerText()).toBe('A PDF of 3 pages saved, one per view.');
    await page.close();
  });
});
