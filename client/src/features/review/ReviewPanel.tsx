// The Review tab: sign in with a reviewer's token, add articles (paste text or drop .txt files;
// url, outlet and date, or a first line `# source: URL | outlet | published YYYY-MM-DD`), follow
// their drafting, and open a draft to review (or retract an approved one).
import { readableDate } from '../../../../common/text/dates.ts';
import { useEffect, useState } from 'preact/hooks';
import type { ArticleInput } from '../../../../common/wire.ts';
import {
  currentBatch,
  drafts,
  openReview,
  refreshDrafts,
  retract,
  reviewMessage,
  setToken,
  submitArticles,
  token,
} from './review-state.ts';

function SignIn() {
  const [value, setValue] = useState('');
  if (token.value)
    return (
      <p class="row">
        <span class="muted">Signed in with a reviewer's token (this tab only).</span>
        <button type="button" id="review-sign-out" onClick={() => setToken('')}>
          Sign out
        </button>
      </p>
    );
  return (
    <form
      class="stack"
      onSubmit={(ev) => {
        ev.preventDefault();
        setToken(value);
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

async function readFiles(files: FileList | null): Promise<{ name: string; text: string }[]> {
  return Promise.all([...(files ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));
}

function AddArticles() {
  const [pasted, setPasted] = useState('');
  const [files, setFiles] = useState<{ name: string; text: string }[]>([]);
  const [meta, setMeta] = useState({ url: '', outlet: '', published: '' });
  const [dragging, setDragging] = useState(false);
  const send = async () => {
    const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v.trim())) as Partial<ArticleInput>;
    const articles: ArticleInput[] = [
      ...(pasted.trim() ? [{ text: pasted, ...given }] : []),
      ...files.map((f) => ({ text: f.text, fileName: f.name, ...given })),
    ];
    if (articles.length && (await submitArticles(articles))) {
      setPasted('');
      setFiles([]);
    }
  };
  return (
    <fieldset
      class={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(ev) => (ev.preventDefault(), setDragging(true))}
      onDragLeave={() => setDragging(false)}
      onDrop={async (ev) => {
        ev.preventDefault();
        setDragging(false);
        setFiles([...files, ...(await readFiles(ev.dataTransfer?.files ?? null))]);
      }}
    >
      <legend>Add articles</legend>
      <div class="stack">
        <label>
          Paste an article
          <textarea
            id="review-paste"
            rows={5}
            value={pasted}
            onInput={(ev) => setPasted(ev.currentTarget.value)}
            placeholder="# source: https://… | Viet Nam News | published 2025-04-02"
          />
        </label>
        <label>
          or choose or drop .txt files
          <input
            id="review-files"
            type="file"
            accept=".txt,text/plain"
            multiple
            onChange={async (ev) => setFiles([...files, ...(await readFiles(ev.currentTarget.files))])}
          />
        </label>
        {files.length ? <p class="muted">{files.map((f) => f.name).join(', ')}</p> : null}
        {(['url', 'outlet', 'published'] as const).map((k) => (
          <label>
            {k === 'published' ? 'Published (YYYY-MM-DD)' : k === 'url' ? 'URL' : 'Outlet'}
            <input
              type="text"
              name={`review-${k}`}
              value={meta[k]}
              placeholder="from the # source: line when empty"
              onInput={(ev) => setMeta({ ...meta, [k]: ev.currentTarget.value })}
            />
          </label>
        ))}
        <button type="button" class="primary" id="review-draft" onClick={() => void send()}>
          Draft {files.length + (pasted.trim() ? 1 : 0) || ''} article(s)
        </button>
      </div>
    </fieldset>
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
            {a.fileName ?? `article ${a.index + 1}`}: {a.status}
            {a.existing ? ' (already under review)' : ''}
            {a.error ? <span class="error"> {a.error}</span> : null}
          </li>
        ))}
      </ul>
    </div>
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
          <tr data-draft={d.id} data-status={d.status}>
            <td>
              <strong>{d.title}</strong>
              <div class="muted">
                {d.outlet} · {readableDate(d.published) || 'date not given'} · {d.status} · {d.facts.accepted} accepted,{' '}
                {d.facts.rejected} rejected, {d.facts.proposed} to decide
              </div>
            </td>
            <td class="actions">
              <button type="button" class="open-review" onClick={() => void openReview(d.id)}>
                Review
              </button>
              {d.status === 'approved' ? (
                <button type="button" class="retract" onClick={() => void retract(d.id)}>
                  Retract
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReviewPanel() {
  useEffect(() => {
    if (token.value && !drafts.value) void refreshDrafts();
  }, []);
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
