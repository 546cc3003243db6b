// The review view: the article beside its proposed facts. Each fact is a card (its statement in the
// edge's direction, date and amounts) whose quote is marked in the text; keys do the work (j/k or
// ↑/↓ next and previous fact, a accept, r reject, e edit, f a fact from the selected text, n an
// entity from it, Esc closes a form, then the view). Approve writes and loads the accepted facts
// (asking first when facts are left undecided); Retract asks first too. An edited fact's form and
// its refusal sit in its card.
import { readableDate } from '../../../../common/text/dates.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReviewDraft, TextSpan } from '../../../../common/wire.ts';
import { EdgeStatement, isReference } from '../../ui/edge-statement.tsx';
import { keepTabInside } from '../../ui/modal-focus.ts';
import { ArticleText } from './ArticleText.tsx';
import { Confirm } from './Confirm.tsx';
import { EntityList } from './EntityList.tsx';
import { FactForm, formFields } from './FactForm.tsx';
import {
  approveOpen,
  closeReview,
  decide,
  entityEdit,
  entityForm,
  factForm,
  focus,
  focusFact,
  formError,
  retract,
  reviewMessage,
  reviewing,
} from './review-state.ts';
import { factFromSelection, factLine, problemField, retractQuestion } from './review-text.ts';

type Selected = (TextSpan & { text: string }) | null;

function FactCards({ draft }: { draft: ReviewDraft }) {
  const list = useRef<HTMLOListElement>(null);
  const nameOf = (id: string) => draft.entities.find((e) => e.id === id)?.name ?? id;
  useEffect(() => {
    list.current?.querySelector('.focused')?.scrollIntoView({ block: 'nearest' });
  }, [focus.value]);
  if (!draft.facts.length) return <p class="muted">The drafter proposed no fact: add one from the text.</p>;
  return (
    <ol id="review-facts" class="facts plain" ref={list}>
      {draft.facts.map((f, i) => (
        <li
          class={`fact ${f.state}${i === focus.value ? ' focused' : ''}`}
          data-key={f.key}
          data-state={f.state}
          onClick={() => focusFact(i)}
        >
          <EdgeStatement
            source={nameOf(f.relation.from)}
            type={f.relation.type}
            target={nameOf(f.relation.to)}
            date={typeof f.relation.date === 'string' ? f.relation.date : undefined}
          />
          {factLine(f.relation) ? <div class="fact-line">{factLine(f.relation)}</div> : null}
          <div class="muted">
            {f.key} · {f.state}
            {f.origin !== 'drafted' ? ` · ${f.origin}` : ''}
            {isReference({ basis: f.relation.basis })
              ? ' · from reference data (the gazetteer), no quote'
              : f.quoteAt
                ? ''
                : ' · quote not in the text'}
          </div>
          {i === focus.value ? (
            <div class="row">
              <button type="button" onClick={() => void decide('accept')} title="a">
                Accept
              </button>
              <button type="button" onClick={() => void decide('reject')} title="r">
                Reject
              </button>
              <button type="button" onClick={() => editFocused(draft)} title="e">
                Edit
              </button>
            </div>
          ) : null}
          {factForm.value?.key === f.key ? <FactForm draft={draft} /> : null}
        </li>
      ))}
    </ol>
  );
}

function editFocused(draft: ReviewDraft): void {
  const f = draft.facts[focus.value];
  formError.value = null;
  if (f) factForm.value = { key: f.key, fields: formFields(f.relation) };
}

function newFact(draft: ReviewDraft, selected: Selected): void {
  formError.value = null;
  factForm.value = { key: null, fields: factFromSelection(draft, selected) };
}

function newEntity(selected: Selected): void {
  formError.value = null;
  entityForm.value = { name: selected?.text.trim() ?? '' };
}

/** The keys of the view, when no field has the keyboard. */
function onKey(ev: KeyboardEvent, draft: ReviewDraft, selected: Selected): void {
  const target = ev.target as HTMLElement;
  if (target.closest('input, textarea, select') || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const act: Record<string, () => void> = {
    j: () => focusFact(focus.value + 1),
    ArrowDown: () => focusFact(focus.value + 1),
    k: () => focusFact(focus.value - 1),
    ArrowUp: () => focusFact(focus.value - 1),
    a: () => void decide('accept'),
    r: () => void decide('reject'),
    e: () => editFocused(draft),
    f: () => newFact(draft, selected),
    n: () => newEntity(selected),
  };
  const run = act[ev.key];
  if (!run) return;
  ev.preventDefault();
  run();
}

function Header({ draft }: { draft: ReviewDraft }) {
  const a = draft.article;
  return (
    <form method="dialog" class="dialog-head">
      <div>
        <h2 id="review-title">{a.title}</h2>
        <p class="muted">
          {a.outlet} · {readableDate(a.published) || 'date not given'}
          {a.url ? (
            <>
              {' · '}
              <a href={a.url} target="_blank" rel="noopener noreferrer">
                source
              </a>
            </>
          ) : null}
          {' · '}
          <span id="review-status">{draft.status}</span>
          {draft.approvedBy ? ` by ${draft.approvedBy}` : ''}
        </p>
      </div>
      <button aria-label="Close">Close</button>
    </form>
  );
}

/** A problem about an entity offers to edit it ("keep the name and add this one as an alias"). */
function EditEntityOffer({ field }: { field: string }) {
  const id = /^entities\[([^\]]+)\]/.exec(field)?.[1];
  if (!id) return null;
  return (
    <button
      type="button"
      class="link problem-edit-entity"
      onClick={() => ((entityEdit.value = id), (formError.value = null))}
    >
      Edit entity {id}
    </button>
  );
}

/** Beside the text: the keys, the forms, the fact cards, the entities, what approval would refuse. */
function Side({ draft, selected }: { draft: ReviewDraft; selected: Selected }) {
  const msg = reviewMessage.value;
  return (
    <div class="review-side">
      <p class="muted keys">j/k next · a accept · r reject · e edit · f fact from selection · n entity</p>
      <div class="row">
        <button type="button" id="fact-from-selection" onClick={() => newFact(draft, selected)}>
          {selected ? 'Fact from selection' : 'Add a fact'}
        </button>
        <button type="button" id="entity-from-selection" disabled={!selected} onClick={() => newEntity(selected)}>
          Entity from selection
        </button>
      </div>
      {factForm.value && factForm.value.key === null ? <FactForm draft={draft} /> : null}
      <FactCards draft={draft} />
      <EntityList draft={draft} />
      {draft.problems.length ? (
        <ul id="review-problems" class="plain error" aria-label="Approval would refuse">
          <li>
            <strong>Before approving:</strong>
          </li>
          {draft.problems.map((p) => (
            <li>
              {problemField(p.field)}: {p.message} <EditEntityOffer field={p.field} />
            </li>
          ))}
        </ul>
      ) : null}
      {msg ? (
        <p id="review-view-message" class={msg.kind === 'error' ? 'error' : 'muted'} role="status">
          {msg.text}
        </p>
      ) : null}
      <Decide draft={draft} />
    </div>
  );
}

/** Approve (asking first when facts are undecided: they are left out) and Retract (asking first). */
function Decide({ draft }: { draft: ReviewDraft }) {
  const [asking, setAsking] = useState<'approve' | 'retract' | null>(null);
  const undecided = draft.facts.filter((f) => f.state === 'proposed').length;
  const accepted = draft.facts.filter((f) => f.state === 'accepted').length;
  const done = () => setAsking(null);
  return (
    <>
      <div class="row">
        <button
          type="button"
          class="primary"
          id="review-approve"
          onClick={() => (undecided ? setAsking('approve') : void approveOpen())}
        >
          {draft.status === 'approved' ? 'Approve again' : 'Approve'}
        </button>
        {draft.status === 'approved' ? (
          <button type="button" id="review-retract" onClick={() => setAsking('retract')}>
            Retract
          </button>
        ) : null}
      </div>
      {asking === 'approve' ? (
        <Confirm
          text={`${undecided} fact${undecided === 1 ? ' is' : 's are'} still undecided: approving leaves ${undecided === 1 ? 'it' : 'them'} out of the graph. Approve the ${accepted} accepted?`}
          yes="Approve anyway"
          onYes={() => (done(), void approveOpen())}
          onNo={done}
        />
      ) : null}
      {asking === 'retract' ? (
        <Confirm
          text={retractQuestion(draft.article.title, accepted)}
          yes="Retract"
          onYes={() => (done(), void retract(draft.id))}
          onNo={done}
        />
      ) : null}
    </>
  );
}

export function ReviewDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [selected, setSelected] = useState<Selected>(null);
  const draft = reviewing.value;
  useEffect(() => {
    const d = dialog.current!;
    if (draft && !d.open) d.showModal();
    if (!draft && d.open) d.close();
  }, [draft?.id]);
  // On the document, not the dialog: after a form closes the focus may rest on the page's body.
  const latest = useRef({ draft, selected });
  latest.current = { draft, selected };
  useEffect(() => {
    const listener = (ev: KeyboardEvent) => {
      const { draft: d, selected: sel } = latest.current;
      if (d && dialog.current?.open) onKey(ev, d, sel);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
  const fact = draft?.facts[focus.value];
  return (
    <dialog
      id="review-dialog"
      class="review-dialog"
      aria-label="Review a draft"
      ref={dialog}
      onClose={closeReview}
      onKeyDown={keepTabInside}
      onCancel={(ev) => {
        // Esc closes an open form first, then the view.
        if (!factForm.value && !entityForm.value) return;
        ev.preventDefault();
        factForm.value = null;
        entityForm.value = null;
      }}
    >
      {draft ? (
        <>
          <Header draft={draft} />
          <div class="review-body">
            <ArticleText draft={draft} quote={fact?.quoteAt ?? null} onSelect={setSelected} />
            <Side draft={draft} selected={selected} />
          </div>
        </>
      ) : null}
    </dialog>
  );
}
