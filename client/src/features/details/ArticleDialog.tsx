// The article reader: the headline, the outlet and date it was published (never the stored id or
// how the date was found), a link to the original when the article has one, the scraped dateline
// apart from the text, a plain word where the text is a machine translation shown as published, and
// the text with one quote highlighted and scrolled to, and the outlet's list of other stories'
// headlines that followed it on the page shown apart. A native <dialog>,
// so Esc closes it and nothing beneath it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleResponse } from '../../../../common/wire.ts';
import { errorText } from '../../app/canvas-actions.ts';
import { keepTabInside } from '../../ui/modal-focus.ts';
import { canvas } from '../../app/context.ts';
import { fetchArticle, findQuote, openArticle, sourceName, splitDateline } from './article.ts';
import { linksQuoted } from './quoted-links.ts';

type Loaded = { kind: 'loading' } | { kind: 'ok'; a: ArticleResponse } | { kind: 'error'; message: string };

export function ArticleDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<Loaded>({ kind: 'loading' });
  const req = openArticle.value;
  useEffect(() => {
    if (!req) return;
    const d = dialog.current!;
    if (!d.open) d.showModal();
    setState({ kind: 'loading' });
    fetchArticle(req.articleId).then(
      (a) => setState({ kind: 'ok', a }),
      (err) => setState({ kind: 'error', message: errorText(err) }),
    );
  }, [req?.seq]);
  useEffect(() => {
    const box = document.getElementById('article-text');
    const mark = document.getElementById('quote-mark');
    if (box && mark) scrollToQuote(box, mark);
  }, [state]);
  const a = state.kind === 'ok' ? state.a : null;
  return (
    <dialog
      id="article-dialog"
      aria-label="Article"
      ref={dialog}
      onClose={() => (openArticle.value = null)}
      onKeyDown={keepTabInside}
    >
      <form method="dialog" class="dialog-head">
        <h2 id="article-title">
          {a ? a.title : state.kind === 'error' ? 'The article could not be loaded' : 'Loading the article…'}
        </h2>
        <button aria-label="Close">Close</button>
      </form>
      <p id="article-meta" class="muted">
        {a ? sourceName(a) : ''}
        {a?.url ? (
          <>
            {' · '}
            <a id="article-link" href={a.url} target="_blank" rel="noopener noreferrer">
              Read the original
            </a>
          </>
        ) : null}
      </p>
      {a && req ? <QuotedLinks articleId={req.articleId} quote={req.quote} fact={req.fact} /> : null}
      {a?.machineTranslated ? (
        <p id="article-translation" class="article-translation" role="note">
          This text is a machine translation, shown as {a.outlet || 'the source'} published it: its wording may read
          oddly, and quotes keep it exactly.
        </p>
      ) : null}
      {/* A stop for Tab: the keyboard scrolls the text. */}
      <div id="article-text" class="article-text" tabIndex={0} aria-label="Article text">
        {state.kind === 'error' ? (
          <p class="error">{state.message}</p>
        ) : a ? (
          <>
            <ArticleText text={a.text} quote={req?.quote} />
            {a.outletLinks?.length ? <OutletLinks links={a.outletLinks} /> : null}
          </>
        ) : null}
      </div>
    </dialog>
  );
}

/** The outlet's list of other stories' headlines that followed the text on its page: apart, muted. */
function OutletLinks({ links }: { links: string[] }) {
  return (
    <aside
      id="article-outlet-links"
      class="article-outlet-links muted"
      aria-label="Links the outlet placed after the article"
    >
      <p>Links the outlet placed after the article (not part of it):</p>
      <ul>
        {links.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </aside>
  );
}

/**
 * Scrolls the text (only the text, not the dialog) so the quote sits about a third down, with a
 * whole line at the top edge: the text runs in lines of one height, so the top is a whole number
 * of lines above the quote's first line, never a line cut in half under the notice.
 */
function scrollToQuote(box: HTMLElement, mark: HTMLElement): void {
  const lh = parseFloat(getComputedStyle(box).lineHeight);
  const first = mark.getClientRects()[0];
  if (!first || !(lh > 0)) return;
  const quoteTop = first.top - box.getBoundingClientRect().top - box.clientTop + box.scrollTop;
  const max = box.scrollHeight - box.clientHeight;
  // A third of the box above the quote, or as many whole lines as the end of the text allows.
  const above = Math.max(Math.floor(box.clientHeight / 3 / lh), Math.ceil((quoteTop - max) / lh));
  box.scrollTop = Math.max(0, quoteTop - above * lh);
}

/** The text from its first own word (a scraped dateline shown apart), the quote marked. */
function ArticleText({ text, quote }: { text: string; quote?: string }) {
  const { dateline, start } = splitDateline(text);
  const at = quote ? findQuote(text, quote) : null;
  const from = at ? Math.max(at[0], start) : start;
  return (
    <>
      {dateline ? (
        <p id="article-dateline" class="muted">
          {dateline}
        </p>
      ) : null}
      {at ? (
        <>
          {text.slice(start, from)}
          <mark id="quote-mark">{text.slice(from, at[1])}</mark>
          {text.slice(at[1])}
        </>
      ) : (
        <>
          {quote ? <p class="error">The quote was not found verbatim in this text.</p> : null}
          {text.slice(start)}
        </>
      )}
    </>
  );
}

/** What the highlighted quote states: the links on the canvas that cite it, each in its own direction. */
function QuotedLinks({ articleId, quote, fact }: { articleId: string; quote?: string; fact?: string }) {
  const links = fact ? [fact] : linksQuoted(canvas().cy, articleId, quote);
  if (!links.length) return null;
  return (
    <p id="article-fact" class="article-fact">
      The highlighted quote states {links.join('; ')}
    </p>
  );
}
