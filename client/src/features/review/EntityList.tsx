// The draft's entities: each with its kind, and whether it is already a node of the graph ("Bắc
// Giang, already in the graph, 9 links"), new, or added to the graph by the approval just made; two of them merged into one; a new entity named as
// selected in the text, or a node of the graph brought in to be a fact's end.
import { useEffect, useRef, useState } from 'preact/hooks';
import { type NodeKind } from '../../../../common/model.ts';
import type { NodeElement, ReviewDraft } from '../../../../common/wire.ts';
import { NODE_STYLE } from '../../canvas/palette.ts';
import { EntityPicker } from '../../ui/EntityPicker.tsx';
import { Confirm } from './Confirm.tsx';
import { EntityEdit } from './EntityEdit.tsx';
import { addedByApproval, applyEdits, entityEdit, entityForm, formError } from './review-state.ts';
import { FormFooter, KindSelect } from './FormParts.tsx';
import { entityIdFor, kindForName } from './review-text.ts';

function EntityForm({ draft }: { draft: ReviewDraft }) {
  const form = entityForm.value;
  const [name, setName] = useState(form?.name ?? '');
  // A person's name an Official, "… Group" a Company, a place the draft knows its kind: not always Organization.
  const [kind, setKind] = useState<NodeKind>(() => kindForName(form?.name ?? '', draft.entities));
  const [node, setNode] = useState<NodeElement | null>(null);
  const root = useRef<HTMLFormElement>(null);
  // Opened by `n` or a button above, the form sits below the entities: bring it into view.
  useEffect(() => {
    root.current?.scrollIntoView({ block: 'nearest' });
    root.current?.querySelector<HTMLInputElement>('[name="entity-name"]')?.focus();
  }, [!!form]);
  if (!form) return null;
  const taken = new Set(draft.entities.map((e) => e.id));
  const add = async () => {
    const entity = node
      ? { id: node.data.id, kind: node.data.kind, name: node.data.name, aliases: [] }
      : { id: entityIdFor(name, taken), kind, name: name.trim(), aliases: [] };
    if (await applyEdits([{ op: 'addEntity', entity }], true)) entityForm.value = null;
  };
  return (
    <form
      id="entity-form"
      class="stack"
      ref={root}
      onSubmit={(ev) => {
        ev.preventDefault();
        void add();
      }}
    >
      <h3>New entity</h3>
      <label>
        Name
        <input type="text" name="entity-name" value={name} onInput={(ev) => setName(ev.currentTarget.value)} />
      </label>
      <KindSelect name="entity-kind" value={kind} onChange={setKind} />
      <EntityPicker name="entity-node" label="or a node of the graph" value={node} onChange={setNode} />
      <FormFooter save="Add entity" saveId="entity-save" onCancel={() => (entityForm.value = null)} />
    </form>
  );
}

/** "new", "already in the graph, 9 links", or "added to the graph" by the approval just made here. */
function graphState(id: string, link: ReviewDraft['entities'][number]['link']): string {
  const links = link ? `${link.degree} link${link.degree === 1 ? '' : 's'}` : '';
  if (!link) return 'new';
  return addedByApproval.value.has(id) ? `added to the graph, ${links}` : `already in the graph, ${links}`;
}

/** Which of two entities to keep when merging: the one already in the graph, else the first ticked. */
export function keptByDefault(a: ReviewDraft['entities'][number], b: ReviewDraft['entities'][number]): string {
  return !a.link && b.link ? b.id : a.id;
}

/** Merging asks which of the two to keep (names both), the one already in the graph chosen. */
function MergeQuestion(props: { draft: ReviewDraft; pair: [string, string]; onDone(): void }) {
  const [a, b] = props.pair.map((id) => props.draft.entities.find((e) => e.id === id)!);
  const [keep, setKeep] = useState(keptByDefault(a!, b!));
  const drop = keep === a!.id ? b!.id : a!.id;
  const merge = async () => {
    if (await applyEdits([{ op: 'mergeEntities', keep, drop }])) props.onDone();
  };
  return (
    <div class="merge-question stack">
      <fieldset>
        <legend>Merge: which one to keep? The other's name becomes its alias.</legend>
        {[a!, b!].map((e) => (
          <label class="check">
            <input type="radio" name="merge-keep" value={e.id} checked={keep === e.id} onChange={() => setKeep(e.id)} />{' '}
            {e.name} <span class="muted">({e.link ? 'in the graph' : 'new'})</span>
          </label>
        ))}
      </fieldset>
      <Confirm
        text={`Keep ${props.draft.entities.find((e) => e.id === keep)!.name}, merging ${props.draft.entities.find((e) => e.id === drop)!.name} into it?`}
        yes="Merge"
        onYes={() => void merge()}
        onNo={props.onDone}
      />
    </div>
  );
}

function EntityRow(props: { e: ReviewDraft['entities'][number]; picked: string[]; setPicked(p: string[]): void }) {
  const { e, picked, setPicked } = props;
  return (
    <li data-entity={e.id}>
      <label class="check">
        <input
          type="checkbox"
          checked={picked.includes(e.id)}
          onChange={(ev) =>
            setPicked(ev.currentTarget.checked ? [...picked, e.id].slice(-2) : picked.filter((p) => p !== e.id))
          }
        />
        <span class="swatch" style={{ background: NODE_STYLE[e.kind]?.color }} /> <strong>{e.name}</strong>
      </label>{' '}
      <span class="muted">
        {e.kind} · {graphState(e.id, e.link)} · named {e.mentions.length}×
      </span>{' '}
      <button
        type="button"
        class="link entity-edit-open"
        aria-label={`Edit ${e.name}`}
        onClick={() => ((entityEdit.value = e.id), (formError.value = null))}
      >
        Edit
      </button>
      {entityEdit.value === e.id ? <EntityEdit entity={e} key={e.id} /> : null}
    </li>
  );
}

export function EntityList({ draft }: { draft: ReviewDraft }) {
  const [picked, setPicked] = useState<string[]>([]);
  const [asking, setAsking] = useState(false);
  const done = () => (setPicked([]), setAsking(false));
  return (
    <section class="review-entities" aria-label="Entities">
      <h3>Entities</h3>
      <ul class="plain">
        {draft.entities.map((e) => (
          <EntityRow e={e} picked={picked} setPicked={setPicked} />
        ))}
      </ul>
      {asking && picked.length === 2 ? (
        <MergeQuestion draft={draft} pair={[picked[0]!, picked[1]!]} onDone={done} />
      ) : null}
      <div class="row">
        <button type="button" id="entity-merge" disabled={picked.length !== 2} onClick={() => setAsking(true)}>
          {picked.length === 2 ? 'Merge these two…' : 'Merge two (tick them)'}
        </button>
        <button type="button" id="entity-add" onClick={() => (entityForm.value = { name: '' })}>
          Add entity
        </button>
      </div>
      <EntityForm draft={draft} key={entityForm.value?.name} />
    </section>
  );
}
