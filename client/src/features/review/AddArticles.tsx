// Adding articles: a pasted text (kept in this tab's session storage until it is sent, so signing
// out or reloading does not lose it) and chosen or dropped .txt files, listed by the app (the
// browser's own file field stays hidden, so no second list contradicts this one), each removable,
// each refusal shown beside the article it is about.
import { useRef, useState } from 'preact/hooks';
import { MAX_ARTICLE_CHARS } from '../../../../common/review-wire.ts';
import type { ArticleInput } from '../../../../common/wire.ts';
import { reviewMessage, submitArticles } from './review-state.ts';

const PASTE_KEY = 'corridor.reviewPaste';

interface Chosen {
  name: string;
  text: string;
}

async function readFiles(files: FileList | null): Promise<Chosen[]> {
  return Promise.all([...(files ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));
}

function FileList(props: { files: Chosen[]; refusals: Map<string, string>; remove(name: string): void }) {
  if (!props.files.length) return <p class="muted">No file chosen.</p>;
  return (
    <ul id="review-file-list" class="plain">
      {props.files.map((f) => (
        <li data-file={f.name} class="row">
          <span>{f.name}</span>
          <button
            type="button"
            class="remove-file"
            aria-label={`Remove ${f.name}`}
            onClick={() => props.remove(f.name)}
          >
            Remove
          </button>
          {props.refusals.get(f.name) ? <span class="error">{props.refusals.get(f.name)}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The app's own chooser button over the hidden native field, and the list of chosen files. */
function FileChooser(props: {
  files: Chosen[];
  refusals: Map<string, string>;
  add(files: Chosen[]): void;
  setFiles(files: Chosen[]): void;
  /** A removed file's refusal goes with it. */
  forget(name: string): void;
}) {
  const chooser = useRef<HTMLInputElement>(null);
  const { files, refusals } = props;
  return (
    <div class="stack">
      <span>or choose or drop .txt files</span>
      <input
        id="review-files"
        class="visually-hidden"
        ref={chooser}
        type="file"
        accept=".txt,text/plain"
        multiple
        tabIndex={-1}
        onChange={async (ev) => {
          const input = ev.currentTarget;
          props.add(await readFiles(input.files));
          input.value = '';
        }}
      />
      <button type="button" id="review-choose" onClick={() => chooser.current?.click()}>
        Choose .txt files…
      </button>
      <FileList
        files={files}
        refusals={refusals}
        remove={(name) => {
          props.setFiles(files.filter((f) => f.name !== name));
          props.forget(name);
        }}
      />
    </div>
  );
}

const META = [
  ['url', 'URL'],
  ['outlet', 'Outlet'],
  ['published', 'Published (YYYY-MM-DD)'],
] as const;

/** Checked here before sending: a multi-MB paste gets the same words as one just over the limit. */
function tooLong(a: Chosen): string | null {
  if (a.text.length <= MAX_ARTICLE_CHARS) return null;
  const what = a.name ? a.name : 'The pasted text';
  return `${what} has ${a.text.length.toLocaleString('en')} characters; an article may have at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters. Send one article at a time.`;
}

type Meta = { url: string; outlet: string; published: string };

/** The URL, outlet and date of the pasted text (a file uses its own `# source:` line). */
function MetaFields({ meta, setMeta }: { meta: Meta; setMeta(m: Meta): void }) {
  return (
    <>
      {META.map(([k, label]) => (
        <label>
          {label} (pasted text)
          <input
            type="text"
            name={`review-${k}`}
            value={meta[k]}
            placeholder="from the # source: line when empty"
            onInput={(ev) => setMeta({ ...meta, [k]: ev.currentTarget.value })}
          />
        </label>
      ))}
    </>
  );
}

export function AddArticles() {
  const [pasted, setPastedState] = useState(() => sessionStorage.getItem(PASTE_KEY) ?? '');
  const [files, setFiles] = useState<Chosen[]>([]);
  const [meta, setMeta] = useState({ url: '', outlet: '', published: '' });
  const [dragging, setDragging] = useState(false);
  /** Refusals by file name, and the pasted article's under "". */
  const [refusals, setRefusals] = useState(new Map<string, string>());
  const setPasted = (text: string) => {
    setPastedState(text);
    try {
      if (text) sessionStorage.setItem(PASTE_KEY, text);
      else sessionStorage.removeItem(PASTE_KEY);
    } catch {
      // A paste of megabytes does not fit the tab's storage: it is kept on the page only (and refused on sending).
      sessionStorage.removeItem(PASTE_KEY);
    }
  };
  const addFiles = (more: Chosen[]) => {
    const names = new Set(more.map((f) => f.name));
    setFiles([...files.filter((f) => !names.has(f.name)), ...more]);
  };
  const forget = (name: string) => {
    const left = new Map(refusals);
    left.delete(name);
    setRefusals(left);
    if (reviewMessage.value?.kind === 'error' && reviewMessage.value.text.includes(name)) reviewMessage.value = null;
  };
  const send = async () => {
    const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v.trim())) as Partial<ArticleInput>;
    const withPaste = pasted.trim() ? [{ name: '', text: pasted }] : [];
    const all = [...withPaste, ...files];
    if (!all.length) return;
    const long = all.filter(tooLong);
    if (long.length) return setRefusals(new Map(long.map((a) => [a.name, tooLong(a)!])));
    // The URL, outlet and date typed here are the pasted text's; files carry their `# source:` line.
    const res = await submitArticles(all.map((a) => ({ text: a.text, ...(a.name ? { fileName: a.name } : given) })));
    if (res === true) {
      setPasted('');
      setFiles([]);
      setRefusals(new Map());
    } else setRefusals(new Map([...res].map(([i, why]) => [all[i]?.name ?? '', why])));
  };
  return (
    <fieldset
      class={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(ev) => (ev.preventDefault(), setDragging(true))}
      onDragLeave={() => setDragging(false)}
      onDrop={async (ev) => {
        ev.preventDefault();
        setDragging(false);
        addFiles(await readFiles(ev.dataTransfer?.files ?? null));
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
        {refusals.get('') ? <p class="error paste-refusal">{refusals.get('')}</p> : null}
        <FileChooser files={files} refusals={refusals} add={addFiles} setFiles={setFiles} forget={forget} />
        <p class="muted meta-note">For the pasted text only (a file uses its own # source: line):</p>
        <MetaFields meta={meta} setMeta={setMeta} />
        <button type="button" class="primary" id="review-draft" onClick={() => void send()}>
          Draft {files.length + (pasted.trim() ? 1 : 0) || ''} article(s)
        </button>
      </div>
    </fieldset>
  );
}
