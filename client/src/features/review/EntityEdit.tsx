// Editing an entity of the draft (name, kind, aliases, title, country) with the `editEntity` edit op:
// how a reviewer settles a clash with the graph's node ("keep the name and add this one as an alias")
// in the browser. Opened by the entity's Edit button or by the problem that names it.
import { useState } from 'preact/hooks';
import { type NodeKind } from '../../../../common/model.ts';
import type { ReviewDraft } from '../../../../common/wire.ts';
import { applyEdits, entityEdit } from './review-state.ts';
import { FormFooter, KindSelect } from './FormParts.tsx';

type Entity = ReviewDraft['entities'][number];

const listOf = (text: string) => [...new Set(text.split(/[,;]/).map((a) => a.trim()))].filter(Boolean);

/** The entity as the draft stores it, from the form's fields: empty title and country left out. */
function edited(e: Entity, f: { name: string; kind: NodeKind; aliases: string; title: string; country: string }) {
  const {
    mentions: _m,
    link: _l,
    title: _t,
    country: _c,
    ...rest
  } = e as Entity & { title?: unknown; country?: unknown };
  const name = f.name.trim();
  return {
    ...rest,
    name,
    kind: f.kind,
    aliases: listOf(f.aliases).filter((a) => a !== name),
    ...(f.title.trim() ? { title: f.title.trim() } : {}),
    ...(f.country.trim() ? { country: f.country.trim() } : {}),
  };
}

export function EntityEdit({ entity: e }: { entity: Entity }) {
  const extra = e as Entity & { title?: string; country?: string };
  const [f, setF] = useState({
    name: e.name,
    kind: e.kind,
    aliases: e.aliases.join(', '),
    title: extra.title ?? '',
    country: extra.country ?? '',
  });
  const set = (patch: Partial<typeof f>) => setF({ ...f, ...patch });
  const graphName = e.link && e.link.name !== f.name ? e.link.name : null;
  const save = async () => {
    if (await applyEdits([{ op: 'editEntity', entity: edited(e, f) }], true)) entityEdit.value = null;
  };
  const text = (key: 'name' | 'aliases' | 'title' | 'country', label: string) => (
    <label>
      {label}
      <input type="text" name={`edit-${key}`} value={f[key]} onInput={(ev) => set({ [key]: ev.currentTarget.value })} />
    </label>
  );
  return (
    <form
      class="stack entity-edit"
      aria-label={`Edit ${e.name}`}
      onSubmit={(ev) => {
        ev.preventDefault();
        void save();
      }}
    >
      {text('name', 'Name')}
      {graphName ? (
        <button
          type="button"
          class="use-graph-name"
          onClick={() => set({ name: graphName, aliases: listOf(`${f.aliases}, ${f.name}`).join(', ') })}
        >
          Use the graph's name “{graphName}” (this one becomes an alias)
        </button>
      ) : null}
      <KindSelect name="edit-kind" value={f.kind} onChange={(kind) => set({ kind })} />
      {text('aliases', 'Aliases (comma-separated)')}
      {text('title', 'Title (officials)')}
      {text('country', 'Country')}
      <FormFooter save="Save entity" saveClass="entity-edit-save" onCancel={() => (entityEdit.value = null)} />
    </form>
  );
}
