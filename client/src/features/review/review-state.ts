// The review's state and its named actions: the reviewer's token (kept for this tab only), the
// drafts, the batch being drafted, the draft open in the review view, the focused fact, and the
// fact or entity form open in it. Views read these signals and change them only through the actions.
import { batch as batchSignals, signal } from '@preact/signals';
import type { ArticleInput, DraftBatch, DraftEdit, DraftSummary, ReviewDraft } from '../../../../common/wire.ts';
import { ApiError, api } from '../../api/client.ts';
import { errorText } from '../../app/canvas-actions.ts';
import { setStatus } from '../../app/store.ts';
import { showApproved, showRetracted } from './canvas-sync.ts';

const TOKEN_KEY = 'corridor.reviewToken';

/** A bearer token, as `npm run user:add` printed it. Session storage: gone when the tab closes. */
export const token = signal<string>(sessionStorage.getItem(TOKEN_KEY) ?? '');
export const drafts = signal<DraftSummary[] | null>(null);
export const currentBatch = signal<DraftBatch | null>(null);
export const reviewing = signal<ReviewDraft | null>(null);
/** Index of the focused fact in the open draft. */
export const focus = signal(0);
/** The fact form: editing fact `key`, or a new fact (key null) with what is filled in already. */
export const factForm = signal<{ key: string | null; fields: Record<string, string> } | null>(null);
/** The entity form: a new entity named as selected in the text. */
export const entityForm = signal<{ name: string } | null>(null);
/** The entity of the open draft being edited (its id), if any. */
export const entityEdit = signal<string | null>(null);
/** What the last review action said (refusals with their reasons), shown in the panel or the view. */
export const reviewMessage = signal<{ kind: 'error' | 'done' | 'busy'; text: string } | null>(null);
/** Why the open fact or entity form was not saved: shown in the form, beside what failed. */
export const formError = signal<string | null>(null);
/** Entities of the open draft that its approval made nodes of the graph (not "already" there). */
export const addedByApproval = signal<ReadonlySet<string>>(new Set());

const say = (kind: 'error' | 'done' | 'busy', text: string) => void (reviewMessage.value = { kind, text });

function explain(err: unknown): string {
  if (err instanceof ApiError && err.status === 401)
    return /not one of/.test(err.message)
      ? "This token is not one of a configured user's. Sign in with the token `npm run user:add` printed for you."
      : "Sign in with a reviewer's token (the one `npm run user:add` printed for you).";
  if (err instanceof ApiError && err.status === 403) return err.message;
  return errorText(err);
}

/** Signs in only with a token the server takes (it reads the drafts with it); else says why. */
export async function setToken(value: string): Promise<void> {
  const tried = value.trim();
  drafts.value = null;
  if (!tried) {
    token.value = '';
    sessionStorage.removeItem(TOKEN_KEY);
    reviewMessage.value = null;
    return;
  }
  try {
    const list = (await api.review.drafts(tried)).drafts;
    sessionStorage.setItem(TOKEN_KEY, tried);
    batchSignals(() => {
      token.value = tried;
      drafts.value = newestFirst(list);
      reviewMessage.value = null;
    });
  } catch (err) {
    say('error', explain(err));
  }
}

const newestFirst = (list: DraftSummary[]) => [...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

/** Reads the drafts again; a token the server no longer takes signs the tab out, saying why. */
export async function refreshDrafts(): Promise<void> {
  try {
    drafts.value = newestFirst((await api.review.drafts(token.value)).drafts);
  } catch (err) {
    drafts.value = null;
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      token.value = '';
      sessionStorage.removeItem(TOKEN_KEY);
    }
    say('error', explain(err));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** "Drafting 2 of 3…" while the batch runs. */
function progressText(b: DraftBatch): string {
  const at = b.articles.find((a) => a.status === 'drafting') ?? b.articles.find((a) => a.status === 'queued');
  return at ? `Drafting ${at.index + 1} of ${b.total}…` : `Drafted ${b.drafted} of ${b.total}.`;
}

/** Why the server refused a batch, by article index (0-based), from its details. */
export type Refusals = Map<number, string>;

/**
 * Sends the articles to be drafted, then follows the batch until every article is drafted or
 * failed. Answers true when sent, else the refusals by article (the whole message when unplaced).
 */
export async function submitArticles(articles: ArticleInput[]): Promise<true | Refusals> {
  currentBatch.value = null;
  say('busy', `Sending ${articles.length} article${articles.length === 1 ? '' : 's'}…`);
  try {
    let b = await api.review.draftBatch(token.value, articles);
    currentBatch.value = b;
    while (b.status !== 'done') {
      say('busy', progressText(b));
      await sleep(400);
      b = await api.review.batch(token.value, b.id);
      currentBatch.value = b;
    }
    say(b.failed ? 'error' : 'done', `Drafted ${b.drafted} of ${b.total}${b.failed ? `; ${b.failed} failed` : ''}.`);
    await refreshDrafts();
    return true;
  } catch (err) {
    say('error', explain(err));
    return refusalsOf(err);
  }
}

function refusalsOf(err: unknown): Refusals {
  const out: Refusals = new Map();
  const details = err instanceof ApiError && Array.isArray(err.details) ? err.details : [];
  for (const d of details as { path?: unknown[]; message?: string }[])
    if (d.path?.[0] === 'articles' && typeof d.path[1] === 'number' && d.message)
      out.set(d.path[1], [out.get(d.path[1]), d.message].filter(Boolean).join('; '));
  return out;
}

export async function openReview(id: string): Promise<void> {
  try {
    const d = await api.review.draft(token.value, id);
    batchSignals(() => {
      if (reviewing.value?.id !== id) addedByApproval.value = new Set();
      reviewing.value = d;
      focus.value = Math.max(
        0,
        d.facts.findIndex((f) => f.state === 'proposed'),
      );
      factForm.value = null;
      entityForm.value = null;
      entityEdit.value = null;
      formError.value = null;
      reviewMessage.value = null;
    });
  } catch (err) {
    say('error', explain(err));
  }
}

export function closeReview(): void {
  batchSignals(() => {
    reviewing.value = null;
    factForm.value = null;
    entityForm.value = null;
    addedByApproval.value = new Set();
  });
  void refreshDrafts();
}

export function focusFact(i: number): void {
  const n = reviewing.value?.facts.length ?? 0;
  if (n) focus.value = Math.max(0, Math.min(n - 1, i));
}

/**
 * Applies edits to the open draft; true when the server took them (all or none). A refusal is
 * said in the open form (`inForm`), beside what failed, else in the view's message line.
 */
export async function applyEdits(edits: DraftEdit[], inForm = false): Promise<boolean> {
  const d = reviewing.value;
  if (!d) return false;
  try {
    reviewing.value = await api.review.edit(token.value, d.id, edits);
    reviewMessage.value = null;
    formError.value = null;
    void refreshDrafts(); // the list's counts ("3 accepted") follow at once, not on the next visit
    return true;
  } catch (err) {
    if (inForm) formError.value = explain(err);
    else say('error', explain(err));
    return false;
  }
}

/** Accepts or rejects the focused fact and moves to the next one still undecided. */
export async function decide(op: 'accept' | 'reject'): Promise<void> {
  const fact = reviewing.value?.facts[focus.value];
  if (!fact || !(await applyEdits([{ op, fact: fact.key }]))) return;
  const facts = reviewing.value!.facts;
  const next = facts.findIndex((f, i) => i > focus.value && f.state === 'proposed');
  if (next >= 0) focus.value = next;
}

export async function approveOpen(): Promise<void> {
  const d = reviewing.value;
  if (!d) return;
  say('busy', 'Approving…');
  const wasNew = d.entities.filter((e) => !e.link).map((e) => e.id);
  try {
    const res = await api.review.approve(token.value, d.id);
    addedByApproval.value = new Set([...addedByApproval.value, ...wasNew]);
    await showApproved(d.id, res.facts);
    // Read again after the graph changed: the entities' link counts and the list's counts are the new ones.
    await Promise.all([openReview(d.id), refreshDrafts()]);
    const left = res.leftOut.length ? `; ${res.leftOut.length} undecided fact(s) left out` : '';
    say('done', `Approved: ${res.facts.length} fact(s) written to ${res.factsFile} and loaded${left}.`);
    setStatus({ kind: 'done', message: `Approved ${d.article.title}: the canvas shows its facts.` });
  } catch (err) {
    say('error', explain(err));
  }
}

export async function retract(id: string): Promise<void> {
  say('busy', 'Retracting…');
  try {
    const res = await api.review.retract(token.value, id);
    await showRetracted(id, [...res.removed, ...res.kept]);
    if (reviewing.value?.id === id) await openReview(id);
    await refreshDrafts();
    const text = `Retracted: ${res.removed.length} fact(s) left the graph, ${res.kept.length} stay with their other sources.`;
    say('done', text);
    setStatus({ kind: 'done', message: text });
  } catch (err) {
    say('error', explain(err));
  }
}
