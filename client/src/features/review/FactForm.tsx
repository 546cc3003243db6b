// Editing a fact or adding one: its type, its ends (entities of the draft, or any node of the graph
// found by name, in the edge's direction), its date and the properties of its type, and the quote
// (by default the text selected). The server checks it against the facts schema and says what is
// wrong, field by field, in the form.
import { EDGE_TYPES, type EdgeType } from '../../../../common/model.ts';
import type { ReviewDraft, ReviewRelation } from '../../../../common/wire.ts';
import { EntityPicker } from '../../ui/EntityPicker.tsx';
import { applyEdits, factForm, formError } from './review-state.ts';
import { FormFooter } from './FormParts.tsx';
import { CARRIED, fieldsOf, missingField, type Field } from './fact-fields.ts';
import { relationFrom } from './review-text.ts';

/** A label, marked when its field must be filled. */
const Label = ({ field }: { field: Field }) => (
  <>
    {field.label}
    {field.required ? (
      <abbr class="required" title="required">
        {' '}
        *
      </abbr>
    ) : null}
  </>
);

/** A fact's relation as form fields (strings). */
export function formFields(r: ReviewRelation): Record<string, string> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === undefined ? '' : String(v)]));
}

type Setter = (patch: Record<string, string>) => void;

/** One end: an entity of the draft, or a node of the graph (searched as the explorer searches). */
function EndSelect(props: {
  draft: ReviewDraft;
  end: 'from' | 'to';
  label: string;
  fields: Record<string, string>;
  set: Setter;
}) {
  const value = props.fields[props.end] ?? '';
  const nodeLabel = props.fields[`${props.end}Label`];
  const outside = value && !props.draft.entities.some((e) => e.id === value);
  return (
    <div class="stack end-select">
      <label>
        {props.label}
        <select
          name={`fact-${props.end}`}
          value={value}
          onChange={(ev) => props.set({ [props.end]: ev.currentTarget.value })}
        >
          <option value="">choose…</option>
          {props.draft.entities.map((e) => (
            <option value={e.id}>
              {e.name} ({e.kind})
            </option>
          ))}
          {outside ? <option value={value}>{nodeLabel ?? value} (node of the graph)</option> : null}
        </select>
      </label>
      <EntityPicker
        name={`fact-${props.end}-node`}
        label="or a node of the graph"
        value={null}
        onChange={(node) =>
          node &&
          props.set({ [props.end]: node.data.id, [`${props.end}Label`]: String(node.data.label ?? node.data.id) })
        }
      />
    </div>
  );
}

/** The date and the properties of a fact of this type. */
function TypeFields({ type, fields, set }: { type: EdgeType; fields: Record<string, string>; set: Setter }) {
  return (
    <>
      {fieldsOf(type).map((x) => (
        <label class={x.wide ? 'wide' : undefined}>
          <Label field={x} />
          {x.options ? (
            <select
              name={`fact-${x.key}`}
              value={fields[x.key] ?? ''}
              onChange={(ev) => set({ [x.key]: ev.currentTarget.value })}
            >
              <option value="" />
              {x.options.map((o) => (
                <option value={o}>{o}</option>
              ))}
            </select>
          ) : (
            <input
              type="text"
              name={`fact-${x.key}`}
              value={fields[x.key] ?? ''}
              onInput={(ev) => set({ [x.key]: ev.currentTarget.value })}
            />
          )}
        </label>
      ))}
    </>
  );
}

export function FactForm({ draft }: { draft: ReviewDraft }) {
  const form = factForm.value;
  if (!form) return null;
  const f = form.fields;
  const type = (f.type ?? '') as EdgeType | '';
  const set = (patch: Record<string, string>) => (factForm.value = { ...form, fields: { ...f, ...patch } });
  const save = async () => {
    if (!type) return void (formError.value = 'Choose the type of the fact.');
    const missing = missingField(type, f);
    if (missing) return void (formError.value = missing);
    const keys = ['type', 'from', 'to', 'quote', ...fieldsOf(type).map((x) => x.key)];
    const relation = relationFrom(Object.fromEntries(keys.map((k) => [k, f[k] ?? ''])));
    const old = form.key ? draft.facts.find((x) => x.key === form.key)?.relation : undefined;
    for (const k of CARRIED) if (old && old[k] !== undefined) (relation as Record<string, unknown>)[k] = old[k];
    const edit = form.key ? { op: 'edit' as const, fact: form.key, relation } : { op: 'add' as const, relation };
    if (await applyEdits([edit], true)) factForm.value = null;
  };
  return (
    <form
      id="fact-form"
      class="fact-form stack"
      onSubmit={(ev) => {
        ev.preventDefault();
        void save();
      }}
    >
      <h3>{form.key ? `Edit fact ${form.key}` : 'New fact'}</h3>
      <label>
        Type
        <select name="fact-type" value={type} onChange={(ev) => set({ type: ev.currentTarget.value })}>
          <option value="">choose…</option>
          {EDGE_TYPES.map((t) => (
            <option value={t}>{t}</option>
          ))}
        </select>
      </label>
      <EndSelect draft={draft} end="from" label="From (who or what does it)" fields={f} set={set} />
      <EndSelect draft={draft} end="to" label="To" fields={f} set={set} />
      {type ? <TypeFields type={type} fields={f} set={set} /> : null}
      <label>
        Quote (verbatim from the article)
        <textarea
          name="fact-quote"
          rows={3}
          value={f.quote ?? ''}
          onInput={(ev) => set({ quote: ev.currentTarget.value })}
        />
      </label>
      <FormFooter save="Save" saveId="fact-save" onCancel={() => (factForm.value = null)} />
    </form>
  );
}
