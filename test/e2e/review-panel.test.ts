// The review panel and view as an analyst meets them after the walkthrough of November 2026: sign-in
// states that tell the truth, a pasted article that survives signing out and reloading, refusals
// beside the article they are about (a javascript: address, a page's HTML), files removable from
// the app's own list, progress by headline, the newest draft on top and the list read again when
// the window comes back, names without diacritics underlined, `n` and "Fact from selection" doing
// what they say, a Save error in the edited card, a fact's end picked from the graph, approving
// with undecided facts and retracting asked first, and Retract never clipped. Drafted with the
// rules (what the drafter proposes is not the matter here). Screenshots: review-panel-*.png.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../server/access/users.ts';
import { hasChromium, startE2e, type E2eEnv } from './browser.ts';
import { selectText } from './review-page.ts';
import { openExplorer, openPanel, shot } from './explorer-page.ts';

const TOKEN = 'e2e-review-panel-token-0123456789';
const OUTLET = 'Vietnam News Agency (VNA), English-language service of the national news agency';
const HEADLINE = 'Liugong commits new machinery plant to Lạng Sơn';
const ARTICLE = `# source: https://example.vn/liugong-lang-son.html | ${OUTLET} | published 2025-09-11
${HEADLINE}

Lạng Sơn (VNA) — Liugong Machinery will invest 150 million USD in Lang Son province, the provincial People's Committee said on September 11. The plant in Lang Son will build excavators for the border trade.

Chairman Ho Tien Thieu said Lang Son welcomes the investment of the company. Liugong will sign an agreement with Lạng Sơn province on the plant next month.
`;
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 60_000, interval: 200 });

async function signIn(page: Page, token: string): Promise<void> {
  await page.fill('#review-token', token);
  await page.click('.panel[aria-label="Review"] button[type="submit"]');
}

const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });

describe.skipIf(!hasChromium)('the review panel and view, as the walkthrough found them', { timeout: 120_000 }, () => {
  let env: E2eEnv;
  let page: Page;
  let dir: string;
  /** The second article's draft, whose drafted fact is left undecided. */
  let second = '';
  const SECOND = 'Second machinery plant planned in Lạng Sơn';
  const file = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-e2e-review-panel-'));
    fs.writeFileSync(path.join(dir, 'users.yaml'), `- {user: lan, role: editor, tokenSha256: ${sha256Hex(TOKEN)}}\n`);
    env = await startE2e({
      CORRIDOR_USERS_FILE: path.join(dir, 'users.yaml'),
      CORRIDOR_FACTS_DIR: path.join(dir, 'reviewed'),
      CORRIDOR_AUDIT_LOG: path.join(dir, 'audit.jsonl'),
      CORRIDOR_REVIEW_ENGINE: 'rules',
    });
    ({ page } = await openExplorer(env.browser, env.baseUrl, { width: 1280, height: 800 }));
  }, 240_000);
  afterAll(async () => {
    await env?.close();
  });

  it('signs in only with a token the server takes, and clears the old error when it does', async () => {
    await openPanel(page, 'review');
    await signIn(page, 'not-a-token-of-anyone-0123456789');
    await poll(() => page.locator('#review-message.error').count()).toBe(1);
    const wrong = await page.locator('#review-message').innerText();
    expect(wrong).toMatch(/^This token is not one of a configured user's\./);
    expect(wrong).not.toMatch(/Authorization|Bearer|header/);
    expect(await page.locator('#review-paste').count()).toBe(0);
    expect(await page.locator('.panel[aria-label="Review"]').innerText()).not.toMatch(/Signed in/);
    await signIn(page, TOKEN);
    await page.locator('#review-paste').waitFor();
    expect(await page.locator('#review-message').count()).toBe(0);
  });

  it('keeps the pasted text through signing out and a reload, until it is sent', async () => {
    await page.fill('#review-paste', ARTICLE);
    await page.click('#review-sign-out');
    await page.reload();
    await page.waitForFunction(() => (window as any).corridor?.ready);
    await openPanel(page, 'review');
    await signIn(page, TOKEN);
    expect(await page.locator('#review-paste').inputValue()).toBe(ARTICLE);
  });

  it('refuses a javascript: address and a page’s HTML beside their files, which can be removed', async () => {
    const evil = ARTICLE.replace('https://example.vn/liugong-lang-son.html', 'javascript:alert(document.domain)');
    await page.setInputFiles('#review-files', [
      file('evil.txt', evil.replace(HEADLINE, 'Another headline for the evil one')),
      file('page.txt', `<h1>${HEADLINE}</h1>\n<p>Liugong will invest in the province.</p>`),
    ]);
    // The app's list is the only one: the browser's field (and its "2 files") is not shown.
    expect((await page.locator('#review-files').boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    expect(await page.locator('#review-file-list li').count()).toBe(2);
    await page.click('#review-draft');
    const refusal = (name: string) => page.locator(`#review-file-list li[data-file="${name}"] .error`);
    await poll(() => refusal('evil.txt').count()).toBe(1);
    expect(await refusal('evil.txt').innerText()).toMatch(/line 1 \(# source:\), field 1 \(the URL\)/);
    expect(await refusal('page.txt').innerText()).toMatch(/HTML markup \(<h1>, <p>\), not plain text/);
    const message = await page.locator('#review-message').innerText();
    expect(message).toMatch(/^article 2 \("evil\.txt"\): [\s\S]*\narticle 3 \("page\.txt"\): /);
    await shot(page, 'review-panel', '01-refused');
    await page.click('#review-file-list li[data-file="evil.txt"] .remove-file');
    await page.click('#review-file-list li[data-file="page.txt"] .remove-file');
    expect(await page.locator('#review-file-list').count()).toBe(0);
    // The refusals went with their files.
    expect(await page.locator('#review-message').count()).toBe(0);
  });

  it('refuses a multi-MB paste before sending it, in the words it uses for a text just over the limit', async () => {
    await page.fill('#review-paste', `${ARTICLE}\n${'Liugong plant. '.repeat(200_000)}`);
    await page.click('#review-draft');
    const refusal = await page.locator('.paste-refusal').innerText();
    expect(refusal).toMatch(
      /^The pasted text has 3,00\d,\d{3} characters; an article may have at most 200,000 characters/,
    );
    expect(await page.locator('#review-batch li').count()).toBe(0);
    await page.fill('#review-paste', ARTICLE);
    expect(await page.locator('label', { hasText: 'URL (pasted text)' }).count()).toBe(1);
  });

  it('says "Drafting 1 of 1…" at once and lists the pasted article by its headline', async () => {
    await page.evaluate(() => {
      const seen: string[] = ((window as any).seenMessages = []);
      new MutationObserver(() => {
        const m = document.getElementById('review-message')?.textContent;
        if (m && seen.at(-1) !== m) seen.push(m);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.click('#review-draft');
    await poll(() => page.locator('#review-batch li[data-status="drafted"]').count()).toBe(1);
    expect(await page.locator('#review-batch li').innerText()).toMatch(new RegExp(`^${HEADLINE}: drafted`));
    expect(await page.evaluate(() => (window as any).seenMessages)).toContain('Drafting 1 of 1…');
    expect(await page.locator('#review-paste').inputValue()).toBe('');
  });

  it('puts the newest draft on top, and reads the list again when the window comes back', async () => {
    const other = `${SECOND}\n\nThe company Liugong said it will sign an agreement with Lạng Sơn province on a second plant.`;
    const id = await page.evaluate(
      async ([token, text]) => {
        const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
        const res = await fetch('/api/review/batches', {
          method: 'POST',
          headers,
          body: JSON.stringify({
            articles: [{ text, outlet: 'VNA', published: '2025-09-12', url: 'https://example.vn/second.html' }],
          }),
        });
        const batch = await res.json();
        for (let b = batch; b.status !== 'done'; await new Promise((r) => setTimeout(r, 200)))
          b = await (await fetch(`/api/review/batches/${batch.id}`, { headers })).json();
        return batch.articles[0].draftId as string;
      },
      [TOKEN, other],
    );
    second = id;
    expect(await page.locator(`#review-drafts tr[data-draft="${id}"]`).count()).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await poll(() => page.locator('#review-drafts tr').first().getAttribute('data-draft')).toBe(id);
  });

  it('underlines and counts the names written without diacritics', async () => {
    await page.click('#review-drafts tr[data-draft^="liugong-commits"] .open-review');
    await page.locator('#review-dialog[open] #review-text').waitFor();
    const mentions = page.locator('#review-text .mention[data-entity="lang-son"]');
    const named = await mentions.allInnerTexts();
    expect(named).toHaveLength(6);
    for (const m of named) expect(m).toMatch(/^(Lạng Sơn|Lang Son)( province)?$/);
    expect(named.filter((m) => m.startsWith('Lang Son'))).toHaveLength(3);
    expect(await page.locator('.review-entities li[data-entity="lang-son"]').innerText()).toMatch(/named 6×/);
  });

  it('brings the new-entity form into view on n, its name field ready', async () => {
    await page.evaluate(() => window.getSelection()!.removeAllRanges());
    await page.locator('#review-title').click();
    await page.keyboard.press('n');
    await page.locator('#entity-form').waitFor();
    await poll(() => inViewport(page, '#entity-form [name="entity-name"]')).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('entity-name');
    expect(await page.locator('#entity-form .from-canvas').innerText()).toBe('Use canvas selection');
    await page.fill('#entity-form [name="entity-name"]', 'Liugong Machinery');
    await page.selectOption('#entity-form [name="entity-kind"]', 'Company');
    await page.click('#entity-save');
    await page.locator('#entity-form').waitFor({ state: 'detached' });
  });

  it('pre-fills a fact from the selection: its ends from the names in it, its type from its words', async () => {
    const before = await page.locator('#review-facts .fact').count();
    await selectText(page, 'Liugong Machinery will invest 150 million USD in Lang Son');
    await page.click('#fact-from-selection');
    expect(await page.inputValue('#fact-form [name="fact-type"]')).toBe('INVESTED_IN');
    expect(await page.inputValue('#fact-form [name="fact-from"]')).toBe('liugong-machinery');
    expect(await page.inputValue('#fact-form [name="fact-to"]')).toBe('lang-son');
    await page.click('#fact-save');
    await poll(() => page.locator('#review-facts .fact').count()).toBe(before + 1);
  });

  it('shows a Save error in the edited card, in the view’s words', async () => {
    const card = page.locator('#review-facts .fact', { hasText: 'Liugong Machinery' }).last();
    const key = await card.getAttribute('data-key');
    await card.click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('e');
    await page.fill('#fact-form [name="fact-date"]', '11/09/2025');
    await page.click('#fact-save');
    const error = page.locator(`#review-facts .fact[data-key="${key}"] #fact-form .form-error`);
    await error.waitFor();
    expect(await error.innerText()).toBe(`fact ${key}: date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD`);
    await shot(page, 'review-panel', '02-save-error');
    await page.keyboard.press('Escape');
    await page.locator('#fact-form').waitFor({ state: 'detached' });
  });

  it('asks for a type when the words suggest none, and takes an end found in the graph', async () => {
    const before = await page.locator('#review-facts .fact').count();
    await selectText(page, 'The plant in Lang Son will build excavators for the border trade.');
    await page.click('#fact-from-selection');
    expect(await page.inputValue('#fact-form [name="fact-type"]')).toBe('');
    await page.click('#fact-save');
    expect(await page.locator('#fact-form .form-error').innerText()).toBe('Choose the type of the fact.');
    await page.selectOption('#fact-form [name="fact-type"]', 'PARTNER_OF');
    await page.fill('#fact-form [name="fact-to-node"]', 'bac giang');
    await page.locator('#fact-form .picker li[role="option"]', { hasText: 'Bắc Giang' }).first().click();
    expect(await page.inputValue('#fact-form [name="fact-to"]')).toBe('bac-giang');
    await page.click('#fact-save');
    await poll(() => page.locator('#review-facts .fact').count()).toBe(before + 1);
    // Not this article's claim: rejected, so that approval writes only the investment.
    await page
      .locator('#review-facts .fact')
      .last()
      .click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('r');
    await poll(() => page.locator('#review-facts .fact').last().getAttribute('data-state')).toBe('rejected');
  });

  it('edits an entity in place; a name clash with the graph offers the edit that settles it', async () => {
    const row = page.locator('.review-entities li[data-entity="lang-son"]');
    await row.locator('.entity-edit-open').click();
    // Another name than the graph's (one differing only in diacritics would be the same name).
    await page.fill('.entity-edit [name="edit-name"]', 'Lạng Sơn Province');
    await page.click('.entity-edit .entity-edit-save');
    await page.locator('.entity-edit').waitFor({ state: 'detached' });
    const offer = page.locator('#review-problems .problem-edit-entity', { hasText: 'lang-son' });
    await offer.waitFor();
    expect(await page.locator('#review-problems').innerText()).toMatch(/keep the name and add this one as an alias/);
    await offer.click();
    await page.click('.entity-edit .use-graph-name');
    expect(await page.inputValue('.entity-edit [name="edit-name"]')).toBe('Lạng Sơn');
    expect(await page.inputValue('.entity-edit [name="edit-aliases"]')).toMatch(/Lạng Sơn Province/);
    await page.click('.entity-edit .entity-edit-save');
    await page.locator('.entity-edit').waitFor({ state: 'detached' });
    await poll(() => page.locator('#review-problems .problem-edit-entity').count()).toBe(0);
    expect(await row.locator('strong').innerText()).toBe('Lạng Sơn');
  });

  it("gives a person's name the kind Official, and asks which of two to keep before merging", async () => {
    await selectText(page, 'Ho Tien Thieu');
    await page.click('#entity-from-selection');
    expect(await page.inputValue('#entity-form [name="entity-kind"]')).toBe('Official');
    await page.click('#entity-save');
    await page.locator('#entity-form').waitFor({ state: 'detached' });
    await page.locator('.review-entities li[data-entity="ho-tien-thieu"] input[type="checkbox"]').check();
    await page.locator('.review-entities li[data-entity="lang-son"] input[type="checkbox"]').check();
    await page.click('#entity-merge');
    const question = page.locator('.merge-question');
    expect(await question.innerText()).toMatch(/Ho Tien Thieu[\s\S]*Lạng Sơn|Lạng Sơn[\s\S]*Ho Tien Thieu/);
    expect(await question.locator('input[name="merge-keep"]:checked').getAttribute('value')).toBe('lang-son');
    await question.locator('.confirm-no').click();
    await question.waitFor({ state: 'detached' });
    expect(await page.locator('.review-entities li[data-entity="ho-tien-thieu"]').count()).toBe(1);
  });

  it('asks before approving with undecided facts, naming how many; then says what it added', async () => {
    await page.keyboard.press('Escape');
    await page.locator('#review-dialog[open]').waitFor({ state: 'detached' });
    await page.click(`#review-drafts tr[data-draft="${second}"] .open-review`);
    await page.locator('#review-dialog[open] #review-text').waitFor();
    await selectText(page, 'Liugong said it will sign an agreement with Lạng Sơn province');
    await page.click('#fact-from-selection');
    expect(await page.inputValue('#fact-form [name="fact-type"]')).toBe('SIGNED');
    await page.fill('#fact-form [name="fact-document"]', 'agreement on a second plant');
    await page.selectOption('#fact-form [name="fact-docKind"]', 'agreement');
    await page.click('#fact-save');
    await page.locator('#fact-form').waitFor({ state: 'detached' });
    const undecided = await page.locator('#review-facts .fact[data-state="proposed"]').count();
    expect(undecided, 'the drafter proposed facts left undecided').toBeGreaterThan(0);
    await page.click('#review-approve');
    const ask = page.locator('#review-dialog .review-panel-confirm');
    expect(await ask.innerText()).toMatch(new RegExp(`^${undecided} facts? (is|are) still undecided`));
    await page.click('#review-dialog .confirm-no');
    expect(await page.locator('#review-status').innerText()).toBe('draft');
    await page.click('#review-approve');
    await page.click('#review-dialog .confirm-yes');
    await poll(() => page.locator('#review-view-message').innerText()).toMatch(/^Approved: /);
    const made = await page.locator('.review-entities li[data-entity="liugong"]').innerText();
    expect(made).toMatch(/added to the graph/);
    expect(made).not.toMatch(/already/);
    // The drafts list behind the view counts what was just approved, without a reload.
    const accepted = await page.locator('#review-facts .fact[data-state="accepted"]').count();
    const row = page.locator(`#review-drafts tr[data-draft="${second}"]`);
    await poll(() => row.innerText()).toMatch(new RegExp(`approved · ${accepted} accepted`));
  });

  it('asks before retracting, naming the article; Retract is whole at 1280x800 and 1440x900', async () => {
    await page.click('#review-retract');
    expect(await page.locator('#review-dialog .review-panel-confirm').innerText()).toContain(`Retract “${SECOND}”?`);
    await page.click('#review-dialog .confirm-no');
    expect(await page.locator('#review-status').innerText()).toBe('approved');
    await page.keyboard.press('Escape');
    await page.locator('#review-dialog[open]').waitFor({ state: 'detached' });
    const row = page.locator(`#review-drafts tr[data-draft="${second}"]`);
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1440, height: 900 },
    ]) {
      await page.setViewportSize(size);
      const button = await row.locator('.retract').boundingBox();
      const panel = await page.locator('#left-panel').boundingBox();
      expect(button!.x + button!.width, `${size.width}x${size.height}`).toBeLessThanOrEqual(panel!.x + panel!.width);
      await shot(page, 'review-panel', '03-drafts');
    }
    await row.locator('.retract').click();
    expect(await row.locator('.review-panel-confirm').innerText()).toContain(`Retract “${SECOND}”?`);
    expect(await row.getAttribute('data-status')).toBe('approved');
    await row.locator('.confirm-yes').click();
    await poll(() => page.locator('#review-message').innerText()).toMatch(/^Retracted/);
  });
});
