// The article reader: the stored text of an article with one quote highlighted and scrolled to.
import type { ArticleResponse } from '../../../common/wire.ts';
import { api } from '../api/client.ts';
import { byId, h, type AppContext } from '../context.ts';

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

/** Where the quote sits in the text; whitespace may differ (line breaks in the article). */
export function findQuote(text: string, quote: string): [number, number] | null {
  const exact = text.indexOf(quote);
  if (exact >= 0) return [exact, exact + quote.length];
  const pattern = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const m = pattern ? new RegExp(pattern).exec(text) : null;
  return m ? [m.index, m.index + m[0].length] : null;
}

export function mountArticleViewer(ctx: AppContext): void {
  const dialog = byId<HTMLDialogElement>('article-dialog');
  const title = byId('article-title');
  const meta = byId('article-meta');
  const body = byId('article-text');
  ctx.bus.on('article:open', async ({ articleId, quote }) => {
    title.textContent = 'Loading the article…';
    meta.textContent = '';
    body.replaceChildren();
    if (!dialog.open) dialog.showModal();
    try {
      const a = await fetchArticle(articleId);
      title.textContent = a.title;
      meta.textContent = `${a.outlet} · ${a.published}${a.publishedNote ? ` (${a.publishedNote})` : ''} · ${a.id}`;
      const at = quote ? findQuote(a.text, quote) : null;
      if (at) {
        const mark = h('mark', { id: 'quote-mark' }, a.text.slice(at[0], at[1]));
        body.replaceChildren(a.text.slice(0, at[0]), mark, a.text.slice(at[1]));
        mark.scrollIntoView({ block: 'center' });
      } else {
        body.replaceChildren(quote ? h('p', { class: 'error' }, 'The quote was not found verbatim in this text.') : '', a.text);
      }
    } catch (err) {
      title.textContent = 'The article could not be loaded';
      body.replaceChildren(h('p', { class: 'error' }, err instanceof Error ? err.message : String(err)));
    }
  });
}
