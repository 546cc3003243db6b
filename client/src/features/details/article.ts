// Articles, fetched once each; where a quote sits in an article's text; and how a source is named
// in the UI ("VnExpress, 5 March 2024" rather than the article's id).
import { signal } from '@preact/signals';
import type { ArticleResponse } from '../../../../common/wire.ts';
import { readableDate } from '../../../../common/text/dates.ts';
import { api } from '../../api/client.ts';

const cache = new Map<string, Promise<ArticleResponse>>();

export function fetchArticle(id: string): Promise<ArticleResponse> {
  let p = cache.get(id);
  if (!p) {
    p = api.article(id);
    cache.set(id, p);
    p.catch(() => cache.delete(id));
  }
  return p;
}

/** Forgets a fetched article (approved again or retracted: its text or facts changed). */
export function forgetArticle(id: string): void {
  cache.delete(id);
}

/** Where the quote sits in the text; whitespace may differ (line breaks in the article). */
export function findQuote(text: string, quote: string): [number, number] | null {
  const exact = text.indexOf(quote);
  if (exact >= 0) return [exact, exact + quote.length];
  const pattern = quote
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const m = pattern ? new RegExp(pattern).exec(text) : null;
  return m ? [m.index, m.index + m[0].length] : null;
}

/** A scraped text's first line " date 2023-12-25 …": the page's dateline, not the article's words. */
const DATELINE = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;

/**
 * The dateline a stored text opens with (in words) and where the article's own words begin. The
 * stored text itself stays as it is: quotes are found by their place in it.
 */
export function splitDateline(text: string): { dateline: string | null; start: number } {
  const m = DATELINE.exec(text);
  return m ? { dateline: readableDate(m[1]), start: m[0].length } : { dateline: null, start: 0 };
}

/** "VnExpress, 5 March 2024": the outlet and date a reader knows a source by (or "date not given"). */
export function sourceName(a: Pick<ArticleResponse, 'outlet' | 'published'>): string {
  return [a.outlet, readableDate(a.published) || 'date not given'].filter(Boolean).join(', ');
}

/**
 * The article dialog's request: which article, which quote to highlight, and the link it was
 * opened for when the opener knows it ("Goertek —INVESTED_IN→ Bắc Ninh"; else the dialog finds the
 * links on the canvas that cite the quote).
 */
export const openArticle = signal<{ articleId: string; quote?: string; fact?: string; seq: number } | null>(null);
let seq = 0;

export function readArticle(articleId: string, quote?: string, fact?: string): void {
  openArticle.value = { articleId, quote, fact, seq: ++seq };
}
