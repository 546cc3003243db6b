// The named queries of cypher/queries/: pick one, fill its form (entities with the search picker,
// any name form, resolved to the best match if none was chosen), run it. A missing value is named
// in plain words before anything is sent.
import { useEffect, useState } from 'preact/hooks';
import type { NamedQuery, NamedQueryParam, NodeElement } from '../../../../common/wire.ts';
import { api } from '../../api/client.ts';
import { errorText } from '../../app/canvas-actions.ts';
import { EntityPicker } from '../../ui/EntityPicker.tsx';
import { openInConsole } from '../console/console-actions.ts';
import { collectParams } from './collect-params.ts';
import { isEntityParam, paramWords } from './params.ts';

type RunFn = (title: string, name: string, params: Record<string, unknown>, entityIds: string[]) => void;

function ParamField(props: {
  p: NamedQueryParam;
  raw: string;
  entity: NodeElement | null;
  onRaw(v: string): void;
  onEntity(n: NodeElement | null): void;
}) {
  const { p } = props;
  const words = paramWords(p.name);
  if (isEntityParam(p))
    return (
      <EntityPicker
        name={p.name}
        label={words[0]!.toUpperCase() + words.slice(1)}
        value={props.entity}
        onChange={props.onEntity}
        onText={props.onRaw}
      />
    );
  const hint = p.description ? ` — ${p.description}` : '';
  if (p.type === 'boolean')
    return (
      <label>
        {words}
        {hint}
        <select name={p.name} value={props.raw || 'false'} onChange={(ev) => props.onRaw(ev.currentTarget.value)}>
          <option value="true">yes</option>
          <option value="false">no</option>
        </select>
      </label>
    );
  const numeric = p.type === 'integer' || p.type === 'float';
  const placeholder = p.type === 'list<string>' ? 'a, b, c' : p.type === 'date' ? 'YYYY, YYYY-MM or YYYY-MM-DD' : '';
  return (
    <label>
      {words}
      {hint}
      <input
        type={(numeric ? 'number' : 'text') as 'text'}
        name={p.name}
        value={props.raw}
        placeholder={placeholder}
        onInput={(ev) => props.onRaw(ev.currentTarget.value)}
      />
    </label>
  );
}

function QuerySelect(props: { queries: NamedQuery[]; value: string; onChange(name: string): void }) {
  return (
    <select
      name="named-query"
      aria-label="Named query"
      value={props.value}
      onChange={(ev) => props.onChange(ev.currentTarget.value)}
    >
      <option value="">Named queries ({props.queries.length})…</option>
      {props.queries.map((x) => (
        <option value={x.name}>{x.title}</option>
      ))}
    </select>
  );
}

const initialRaw = (q: NamedQuery) =>
  Object.fromEntries(
    q.params.map((p) => [
      p.name,
      p.default === undefined ? '' : Array.isArray(p.default) ? p.default.join(', ') : String(p.default),
    ]),
  );

export function NamedQueries(props: { onRun: RunFn; onStart(): void }) {
  const [queries, setQueries] = useState<NamedQuery[] | string>('Loading named queries…');
  const [chosen, setChosen] = useState('');
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [entities, setEntities] = useState<Record<string, NodeElement | null>>({});
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    api.queries().then(
      (r) => setQueries(r.queries),
      (err) => setQueries(`Named queries are not available: ${errorText(err)}`),
    );
  }, []);
  if (typeof queries === 'string') return <p class="muted">{queries}</p>;
  const q = queries.find((x) => x.name === chosen);

  const collect = () =>
    collectParams(q!, raw, entities, (name, node) => setEntities((e) => ({ ...e, [name]: node }))).then((r) => {
      setProblem(typeof r === 'string' ? r : null);
      return typeof r === 'string' ? null : r;
    });

  return (
    <div class="stack">
      <QuerySelect
        queries={queries}
        value={chosen}
        onChange={(name) => {
          const next = queries.find((x) => x.name === name);
          setChosen(name);
          props.onStart(); // the previous query's result does not stay under the new form
          setRaw(next ? initialRaw(next) : {});
          setEntities({});
          setProblem(null);
        }}
      />
      {q ? (
        <form
          class="stack"
          id="named-query-form"
          onSubmit={async (ev) => {
            ev.preventDefault();
            props.onStart();
            const c = await collect();
            if (c) props.onRun(q.title, q.name, c.values, c.entityIds);
          }}
        >
          <p class="muted">{q.description}</p>
          {q.params.map((p) => (
            <ParamField
              key={`${q.name}-${p.name}`}
              p={p}
              raw={raw[p.name] ?? ''}
              entity={entities[p.name] ?? null}
              onRaw={(v) => setRaw((r) => ({ ...r, [p.name]: v }))}
              onEntity={(n) => setEntities((e) => ({ ...e, [p.name]: n }))}
            />
          ))}
          {problem ? (
            <p class="error" role="alert" id="named-query-problem">
              {problem}
            </p>
          ) : null}
          <div class="row">
            <button type="submit" class="primary">
              Run
            </button>
            <button
              type="button"
              onClick={async () => {
                const c = await collect();
                if (c) openInConsole(q.cypher, c.values);
              }}
            >
              Open in editor
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
