// The draft's entities: each with its kind, and whether it is already a node of the graph ("Bắc
// Giang, already in the graph, 9 links"), new, or added to the graph by the approval just made; two of them merged into one; a new entity named as
// selected in the text, or a node of the graph brought in to be a fact's end.
import { useEffect, useRef, useState } from 'preact/hooks';
import { NODE_KINDS, type NodeKind } from '../../../../common/model.ts';
import type { NodeElement, ReviewDraft } from '../../../../common/wire.ts';
import { NODE_STYLE } from '../../canvas/palette.ts';
import { EntityPicker } from '../../ui/EntityPicker.tsx';
import { addedByApproval, applyEdits, entityForm, formError } from './review-state.ts';
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
      <label>
        Kind
        <select name="entity-kind" value={kind} onChange={(ev) => setKind(ev.currentTarget.value as NodeKind)}>
          {NODE_KINDS.map((k) => (
            <option value={k}>{k}</option>
          ))}
        </select>
      </label>
      <EntityPicker name="entity-node" label="or a node of the graph" value={node} onChange={setNode} />
      {formError.value ? (
        <p class="error form-error" role="alert">
          {formError.value}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="primary" id="entity-save">
          Add entity
        </button>
        <button type="button" onClick={() => ((entityForm.value = null), (formError.value = null))}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** "new", "already in the graph, 9 links", or "added to the graph" by the approval just made here. */
function graphState(id: string, link: ReviewDraft['entities'][number]['link']): string {
  const links = link ? `${link.degree} link${link.degree === 1 ? '' : 's'}` : '';
  if (!link) return 'new';
  return addedByApproval.value.has(id) ? `added to the graph, ${links}` : `already in the graph, ${links}`;
}

export function EntityList({ draft }: { draft: ReviewDraft }) {
  const [picked, setPicked] = useState<string[]>([]);
  const nameOf = (id: string) => draft.entities.find((e) => e.id === id)?.name ?? id;
  const merge = async () => {
    const [keep, drop] = picked;
    if (keep && drop && (await applyEdits([{ op: 'mergeEntities', keep, drop }]))) setPicked([]);
  };
  return (
    <section class="review-entities" aria-label="Entities">
      <h3>Entities</h3>
      <ul class="plain">
        {draft.entities.map((e) => (
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
            </span>
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" id="entity-merge" disabled={picked.length !== 2} onClick={() => void merge()}>
          {picked.length === 2 ? `Merge ${nameOf(picked[1]!)} into ${nameOf(picked[0]!)}` : 'Merge two (tick them)'}
        </button>
        <button type="button" id="entity-add" onClick={() => (entityForm.value = { name: '' })}>
          Add entity
        </button>
      </div>
      <EntityForm draft={draft} key={entityForm.value?.name} />
    </section>
  );
}
