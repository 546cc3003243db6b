// What the review e2e tests do in the review view, written once.
import type { Page } from 'playwright-core';

/** Selects `text` in the article under review, as a mouse would, and tells the view. */
export async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const root = document.getElementById('review-text')!;
    const at = root.textContent!.indexOf(wanted);
    if (at < 0) throw new Error(`"${wanted}" is not in the article`);
    const point = (offset: number) => {
      const runs = [...root.querySelectorAll<HTMLElement>('[data-start]')];
      const run = runs.filter((r) => Number(r.dataset.start) <= offset).pop()!;
      return { node: run.firstChild!, offset: offset - Number(run.dataset.start) };
    };
    const [a, b] = [point(at), point(at + wanted.length)];
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, text);
}
