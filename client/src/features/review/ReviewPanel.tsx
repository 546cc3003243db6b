// The Review tab: sign in with a reviewer's token, add articles (paste text or drop .txt files;
// url, outlet and date, or a first line `# source: URL | outlet | published YYYY-MM-DD`), follow
// their drafting, and open a draft to review (or retract an approved one, once confirmed). The list
// of drafts, newest first, is read again when the window comes back and every few seconds.
import { readableDate } from '../../../../common/text/dates.ts';
import { useEffect, useState } from 'preact/hooks';
import type { DraftSummary } from '../../../../common/wire.ts';
import { AddArticles } from './AddArticles.tsx';
import { Confirm } from './Confirm.tsx';
import { retractQuestion } from './review-text.ts';
import {
  currentBatch,
  drafts,
  openReview,
  refreshDrafts,
  retract,
  reviewMessage,
  setToken,
  token,
} from './review-state.ts';

/** How often the list of drafts is read again while the tab shows it (others draft and approve too). */
const REFRESH_MS = 15_000;

function SignIn() {
  const [value, setValue] = useState('');
  if (token.value)
    return (
      <p class="row">
        <span class="muted">Signed in with a reviewer's token (this tab only).</span>
        <button type="button" id="review-sign-out" onClick={() => void setToken('')}>
          Sign out
        </button>
      </p>
    );
  return (
    <form
      class="stack"
      onSubmit={(ev) => {
        ev.preventDefault();
        void setToken(value);
      }}
    >
      <label>
        Reviewer's token
        <input
          id="review-token"
          type="password"
          autocomplete="off"
          value={value}
          onInput={(ev) => setValue(ev.currentTarget.value)}
        />
      </label>
      <button type="submit" class="primary">
        Sign in
      </button>
      <p class="muted">An admin makes one with npm run user:add; reading the graph needs none.</p>
    </form>
  );
}

function BatchProgress() {
  const b = currentBatch.value;
  if (!b) return null;
  return (
    <div id="review-batch" aria-live="polite">
      <progress max={b.total} value={b.drafted + b.failed} />
      <ul class="plain">
        {b.articles.map((a) => (
          <li data-status={a.status}>
            {a.headline ?? a.fileName ?? `article ${a.index + 1}`}: {a.status}
            {a.existing ? ' (already under review)' : ''}
            {a.error ? <span class="error"> {a.error}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function DraftRow({ d }: { d: DraftSummary }) {
  const [asking, setAsking] = useState(false);
  return (
    <tr data-draft={d.id} data-status={d.status}>
      <td>
        <strong>{d.title}</strong>
        <div class="muted">
          {d.outlet} · {readableDate(d.published) || 'date not given'} · {d.status} · {d.facts.accepted} accepted,{' '}
          {d.facts.rejected} rejected, {d.facts.proposed} to decide
        </div>
        <div class="row actions">
          <button type="button" class="open-review" onClick={() => void openReview(d.id)}>
            Review
          </button>
          {d.status === 'approved' ? (
            <button type="button" class="retract" onClick={() => setAsking(true)}>
              Retract
            </button>
          ) : null}
        </div>
        {asking ? (
          <Confirm
            text={retractQuestion(d.title, d.facts.accepted)}
            yes="Retract"
            onYes={() => (setAsking(false), void retract(d.id))}
            onNo={() => setAsking(false)}
          />
        ) : null}
      </td>
    </tr>
  );
}

function DraftList() {
  const list = drafts.value;
  if (!list) return null;
  if (!list.length) return <p class="muted">No drafts yet.</p>;
  return (
    <table id="review-drafts" class="drafts">
      <tbody>
        {list.map((d) => (
          <DraftRow d={d} key={d.id} />
        ))}
      </tbody>
    </table>
  );
}

/** Reads the drafts again when the window or tab comes back, and every REFRESH_MS while signed in. */
function useFreshDrafts(): void {
  const signedIn = !!token.value;
  useEffect(() => {
    if (!signedIn) return;
    if (!drafts.value) void refreshDrafts();
    const again = () => {
      if (document.visibilityState === 'visible' && token.value) void refreshDrafts();
    };
    const timer = setInterval(again, REFRESH_MS);
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [signedIn]);
}

export function ReviewPanel() {
  useFreshDrafts();
  const msg = reviewMessage.value;
  return (
    <section class="panel" aria-label="Review">
      <h2>Review articles</h2>
      <SignIn />
      {msg ? (
        <p id="review-message" class={msg.kind === 'error' ? 'error' : 'muted'} role="status">
          {msg.text}
        </p>
      ) : null}
      {token.value ? (
        <>
          <AddArticles />
          <BatchProgress />
          <h3>Drafts</h3>
          <DraftList />
        </>
      ) : null}
    </section>
  );
}
