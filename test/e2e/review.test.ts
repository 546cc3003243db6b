// The review in Chromium, as an analyst does it: three articles added as files (two outlets stating
// one investment and one meeting, a third giving another amount, with markup in its text), each
// reviewed by keys and forms (the drafter's facts accepted or rejected, a fact edited, facts and
// entities added from the selected text), approved; the canvas shows the meeting with two sources and the investment flagged, the
// sources side by side; the "at least 2 sources" filter; one article retracted, the facts keep
// their other sources; and the graph is the one the facts files load. Screenshots under
// test-output/screenshots/review-*.png.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sha256Hex } from '../../server/access/users.ts';
import { factsFilesIn, factsFolders } from '../../server/facts/facts-files.ts';
import { loadFacts } from '../../server/services/facts-load.service.ts';
import { graphChecksum } from '../support/graph-checksum.ts';
import { hasChromium, startE2e, type E2eEnv } from './browser.ts';
import { selectText } from './review-page.ts';
import { openExplorer, openFullCard, openPanel, searchAndChoose, shot } from './explorer-page.ts';

const TOKEN = 'e2e-review-editor-token-0123456789';
const FIXTURES = path.resolve('test/fixtures/review');
const FILES = ['hengtai_vns.txt', 'hengtai_vna.txt', 'hengtai_hanoitimes.txt'].map((f) => path.join(FIXTURES, f));
const HENGTAI = 'hengtai-precision-electronics';
/** Drafting with the NLP engine, approvals and the canvas after them take seconds on a busy machine. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 90_000, interval: 200 });

/** Adds an entity named as in the text, unless the drafter found it already (same id). */
async function addEntity(page: Page, name: string, kind: string, id: string): Promise<void> {
  if (await page.locator(`.review-entities li[data-entity="${id}"]`).count()) return;
  await selectText(page, name);
  await page.click('#entity-from-selection');
  await page.selectOption('#entity-form [name="entity-kind"]', kind);
  await page.click('#entity-save');
  await page.locator('#entity-form').waitFor({ state: 'detached' });
}

async function addFact(page: Page, quote: string, fields: Record<string, string>): Promise<void> {
  const before = await page.locator('#review-facts .fact').count();
  await selectText(page, quote);
  await page.click('#fact-from-selection');
  await page.selectOption('#fact-form [name="fact-type"]', fields.type!);
  for (const [k, v] of Object.entries(fields)) {
    if (k === 'type') continue;
    const field = page.locator(`#fact-form [name="fact-${k}"]`);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(v);
    else await field.fill(v);
  }
  await page.click('#fact-save');
  await poll(() => page.locator('#review-facts .fact').count()).toBe(before + 1);
}

/** Decides on every fact the drafter proposed, by keys: `a` for the first when asked, `r` for the rest. */
async function decideByKeys(page: Page, acceptFirst: boolean): Promise<void> {
  const proposed = page.locator('#review-facts .fact[data-state="proposed"]');
  for (let first = true; (await proposed.count()) > 0; first = false) {
    const key = await proposed.first().getAttribute('data-key');
    await proposed.first().click({ position: { x: 2, y: 2 } });
    await page.keyboard.press(first && acceptFirst ? 'a' : 'r');
    await poll(() => page.locator(`.fact[data-key="${key}"]`).getAttribute('data-state')).not.toBe('proposed');
  }
}

async function openDraft(page: Page, file: string): Promise<void> {
  // Adding a node by search opens its card, which folds the panel where both have no room.
  await openPanel(page, 'review');
  await page.click(`#review-drafts tr[data-draft^="${file.replace(/_/g, '-').replace('.txt', '')}"] .open-review`);
  await page.locator('#review-dialog[open] #review-text').waitFor();
}

/** Approves the open draft and waits until the canvas shows the result. */
async function approve(page: Page): Promise<void> {
  await page.click('#review-approve');
  await poll(() => page.locator('#review-view-message').innerText()).toMatch(/^Approved: /);
  expect(await page.locator('#review-status').innerText()).toBe('approved');
}

/** Pairs of visible nodes whose drawn bodies overlap on screen. */
const overlappingNodes = (page: Page) =>
  page.evaluate(() => {
    const nodes = (window as any).corridor.cy.nodes(':visible').toArray();
    const boxes = nodes.map((n: any) => ({ id: n.id(), b: n.renderedBoundingBox({ includeLabels: false }) }));
    const pairs: string[] = [];
    boxes.forEach((p: any, i: number) =>
      boxes.slice(i + 1).forEach((q: any) => {
        if (p.b.x1 < q.b.x2 && q.b.x1 < p.b.x2 && p.b.y1 < q.b.y2 && q.b.y1 < p.b.y2) pairs.push(`${p.id} ${q.id}`);
      }),
    );
    return pairs;
  });

const edgeData = (page: Page, type: string, from: string, to: string) =>
  page.evaluate(
    ([t, a, b]) => {
      const e = (window as any).corridor.cy.edges(`[type = "${t}"][source = "${a}"][target = "${b}"]`);
      return e.length === 1 ? e.data() : { count: e.length };
    },
    [type, from, to],
  ) as Promise<Record<string, any>>;

describe.skipIf(!hasChromium)('reviewing articles in the browser', { timeout: 120_000 }, () => {
  let env: E2eEnv;
  let factsDir: string;
  let page: Page;
  const alerts: string[] = [];

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-e2e-review-'));
    fs.writeFileSync(path.join(dir, 'users.yaml'), `- {user: lan, role: editor, tokenSha256: ${sha256Hex(TOKEN)}}\n`);
    factsDir = path.join(dir, 'reviewed');
    // The run's NLP engine when it has one, else the rules alone (never a second engine in a test).
    const nlp = inject('nlp').url;
    env = await startE2e({
      CORRIDOR_USERS_FILE: path.join(dir, 'users.yaml'),
      CORRIDOR_FACTS_DIR: factsDir,
      CORRIDOR_AUDIT_LOG: path.join(dir, 'audit.jsonl'),
      CORRIDOR_REVIEW_ENGINE: nlp ? 'nlp' : 'rules',
      ...(nlp ? { CORRIDOR_NLP_URL: nlp } : {}),
    });
    ({ page } = await openExplorer(env.browser, env.baseUrl));
    page.on('dialog', (d) => void (alerts.push(d.message()), d.dismiss()));
  }, 240_000);
  afterAll(async () => {
    await env?.close();
  });

  it('adds three articles as files, drafted with progress', async () => {
    await openPanel(page, 'review');
    await page.fill('#review-token', TOKEN);
    await page.click('.panel[aria-label="Review"] button[type="submit"]');
    await page.setInputFiles('#review-files', FILES);
    await page.click('#review-draft');
    await poll(() => page.locator('#review-batch li[data-status="drafted"]').count()).toBe(3);
    await poll(() => page.locator('#review-drafts tr').count()).toBe(3);
    await shot(page, 'review', '01-drafted');
  });

  it('reviews the first by keys: decides on the drafted facts, adds and edits a meeting, adds the investment', async () => {
    // Something on the canvas already: the approved article's nodes join it.
    await searchAndChoose(page, 'lang son', 'Lạng Sơn');
    await openDraft(page, 'hengtai_vns.txt');
    expect(await page.locator('#review-text .mention[data-kind="Province"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.review-entities li[data-entity="bac-giang"]').innerText()).toMatch(
      /already in the graph, \d+ links/,
    );
    await shot(page, 'review', '02-draft');
    await decideByKeys(page, true);
    await addEntity(page, 'Zhou Jianping', 'Official', 'zhou-jianping');
    await addEntity(page, 'Trần Minh Khoa', 'Official', 'tran-minh-khoa');
    await addEntity(page, 'Hengtai Precision Electronics', 'Company', HENGTAI);
    // The meeting, first with a wrong day, then edited by keys (e) to the day the text says.
    await addFact(page, "Trần Minh Khoa met Hengtai's chairman Zhou Jianping in Bắc Giang on March 28, 2025", {
      type: 'MET',
      from: 'tran-minh-khoa',
      to: 'zhou-jianping',
      date: '2025-03-27',
    });
    const met = page.locator('#review-facts .fact', { hasText: '27 March 2025' });
    await met.click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('e');
    await page.fill('#fact-form [name="fact-date"]', '2025-03-28');
    await page.click('#fact-save');
    await page.locator('#fact-form').waitFor({ state: 'detached' });
    // The edited card reads the new day (the drafter may date a fact of its own that day too).
    expect(await page.locator('#review-facts .fact', { hasText: '27 March 2025' }).count()).toBe(0);
    expect(await page.locator('#review-facts .fact', { hasText: '28 March 2025' }).count()).toBeGreaterThan(0);
    await addFact(page, 'Hengtai Precision Electronics has invested US$500 million', {
      type: 'INVESTED_IN',
      from: HENGTAI,
      to: 'bac-giang',
      amountUsd: '500000000',
    });
    await shot(page, 'review', '03-reviewed');
    await approve(page);
    await shot(page, 'review', '04-approved');
    // The approved article's graph joins the canvas laid out: no node on another.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as any).corridor.cy.nodes().length)).toBeGreaterThan(3);
    expect(await overlappingNodes(page)).toEqual([]);
  });

  it('reviews the second: the same investment and meeting from another outlet', async () => {
    await page.keyboard.press('Escape');
    await openDraft(page, 'hengtai_vna.txt');
    await decideByKeys(page, false);
    await addEntity(page, 'Hengtai Precision Electronics', 'Company', HENGTAI);
    expect(await page.locator(`.review-entities li[data-entity="${HENGTAI}"]`).innerText()).toMatch(
      /already in the graph/,
    );
    await addEntity(page, 'Trần Minh Khoa', 'Official', 'tran-minh-khoa');
    await addEntity(page, 'Zhou Jianping', 'Official', 'zhou-jianping');
    await addFact(page, 'Hengtai Precision Electronics has invested US$500 million in Bắc Giang province', {
      type: 'INVESTED_IN',
      from: HENGTAI,
      to: 'bac-giang',
      amountUsd: '500000000',
    });
    await addFact(page, 'On March 28, 2025, Trần Minh Khoa received Zhou Jianping', {
      type: 'MET',
      from: 'tran-minh-khoa',
      to: 'zhou-jianping',
      date: '2025-03-28',
    });
    await approve(page);
  });

  it('reviews the third, whose markup stays text, and whose amount differs', async () => {
    await page.keyboard.press('Escape');
    await openDraft(page, 'hengtai_hanoitimes.txt');
    expect(await page.locator('#review-text').innerText()).toContain('<script>alert("xss")</script>');
    expect(await page.locator('#review-dialog script, #review-dialog img').count()).toBe(0);
    await decideByKeys(page, false);
    await addEntity(page, 'Hengtai Precision Electronics', 'Company', HENGTAI);
    await addFact(page, 'Hengtai Precision Electronics has invested US$600 million in Bắc Giang', {
      type: 'INVESTED_IN',
      from: HENGTAI,
      to: 'bac-giang',
      amountUsd: '600000000',
    });
    await approve(page);
    expect(alerts).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('shows one meeting with two sources and the investment flagged, sources side by side', async () => {
    expect(await edgeData(page, 'MET', 'tran-minh-khoa', 'zhou-jianping')).toMatchObject({ sources: 2 });
    const inv = await edgeData(page, 'INVESTED_IN', HENGTAI, 'bac-giang');
    expect(inv).toMatchObject({ sources: 3, conflict: true, conflicts: ['amountUsd'] });
    await openFullCard(page, inv.id);
    const conflict = page.locator('#details .conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toMatch(/the amount[\s\S]*US\$500 million[\s\S]*US\$600 million/);
    expect(await page.locator('#details .sources-line').innerText()).toBe('Stated by 3 outlets');
    // The link's own fields in words: the amount in dollars, no drafter confidence, no filter fields.
    const fields = await page.locator('#details dl').first().innerText();
    expect(fields).toContain('US$500 million');
    expect(fields).not.toMatch(/confidence|dateFrom|dateTo|amountUsd|500000000/);
    expect(await page.locator('#details .quote blockquote').count()).toBe(3);
    await shot(page, 'review', '05-sources-side-by-side');
  });

  it('keeps only links with at least two sources when asked', async () => {
    await openPanel(page, 'filters');
    await page.selectOption('[name="min-sources"]', '2');
    const shown = await page.evaluate(() =>
      (window as any).corridor.cy
        .edges()
        .not('.filtered, .hidden')
        .map((e: any) => e.data('type')),
    );
    expect(shown.sort()).toEqual(['INVESTED_IN', 'MET']);
    await shot(page, 'review', '06-two-sources');
    await page.selectOption('[name="min-sources"]', '1');
  });

  it('retracts the second article: the facts keep their other sources; the graph is the files’ graph', async () => {
    await openPanel(page, 'review');
    await page.click('#review-drafts tr[data-draft^="hengtai-vna"] .retract');
    await page.click('#review-drafts tr[data-draft^="hengtai-vna"] .confirm-yes');
    await poll(() => page.locator('#review-message').innerText()).toMatch(/^Retracted/);
    await poll(async () => (await edgeData(page, 'MET', 'tran-minh-khoa', 'zhou-jianping')).sources).toBe(1);
    expect(await edgeData(page, 'INVESTED_IN', HENGTAI, 'bac-giang')).toMatchObject({ sources: 2, conflict: true });
    const now = await graphChecksum(env.db);
    await loadFacts(env.db, factsFolders(factsDir).flatMap(factsFilesIn), { reset: true });
    expect(await graphChecksum(env.db)).toEqual(now);
    await shot(page, 'review', '07-retracted');
  });
});
