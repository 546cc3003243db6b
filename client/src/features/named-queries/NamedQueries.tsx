// The named queries of cypher/queries/: pick one, fill its form (entities with the search picker,
// any name form, resolved to the best match if none was chosen), run it. A missing value is named
// in plain words before anything is sent.
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_PATH_HOPS, type NamedQuery, type NamedQueryParam, type NodeElement } from '../../../../common/wire.ts';
import { api } from '../../api/client.ts';
import { errorText } from '../../app/canvas-actions.ts';
import { canvas } from '../../app/context.ts';
import { EntityPicker } from '../../ui/EntityPicker.tsx';
import { openInConsole } from '../console/console-actions.ts';
import { collectParams, formOf, type Problems } from './collect-params.ts';
import { isEntityParam, paramWords } from './params.ts';

/** `quiet`: a share link's run under another panel, read into the table without drawing it. */
type RunFn = (
  title: string,
  name: string,
  params: Record<string, unknown>,
  entityIds: string[],
  quiet?: boolean,
) => void;

type FieldProps = {
  p: NamedQueryParam;
  raw: string;
  entity: NodeElement | null;
  onRaw(v: string): void;
  onEntity(n: NodeElement | null): void;
};

/** A field and, under it, what is wrong with its value (walk 11, 5: the bad field was not named). */
function ParamField(props: FieldProps & { problem: string | undefined }) {
  return (
    <div class="stack field">
      <FieldInput {...props} />
      {props.problem ? (
        <p class="error field-problem" role="alert" id={`named-query-problem-${props.p.name}`}>
          {props.problem}
        </p>
      ) : null}
    </div>
  );
}

function FieldInput(props: FieldProps & { problem: string | undefined }) {
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
        enterCompletes
      />
    );
  // A path's hops: the path finder's limit, said and set on the field from its one source (walk 13, 15a).
  const hops = p.type === 'hops';
  const hint = (p.description ? ` — ${p.description}` : '') + (hops ? ` (at most ${MAX_PATH_HOPS})` : '');
  if (p.type === 'boolean')
    return (
      <div class="row">
        <label>
          <input
            type="checkbox"
            name={p.name}
            checked={props.raw === 'true'}
            onChange={(ev) => props.onRaw(String(ev.currentTarget.checked))}
          />{' '}
          <span>
            {words[0]!.toUpperCase() + words.slice(1)}
            {hint}
          </span>
        </label>
      </div>
    );
  const numeric = p.type === 'integer' || p.type === 'float' || hops;
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
        min={hops ? 1 : undefined}
        max={hops ? MAX_PATH_HOPS : undefined}
        aria-invalid={props.problem ? true : undefined}
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

/** A run a share link asked for: the query to choose, its parameters, and whether it runs quietly (RunFn). */
export interface NamedPreset {
  named: string;
  params: Record<string, unknown>;
  quiet: boolean;
  seq: number;
}

function FormButtons(props: { onEditor(): void }) {
  return (
    <div class="row">
      <button type="submit" class="primary">
        Run
      </button>
      <button type="button" onClick={props.onEditor}>
        Open in editor
      </button>
    </div>
  );
}

/** A shared run: its query chosen and its form filled (once the list has come), then run. */
function usePreset(
  preset: NamedPreset | null,
  queries: NamedQuery[] | string,
  apply: (q: NamedQuery, form: ReturnType<typeof formOf>) => void,
): void {
  const done = useRef(0);
  useEffect(() => {
    const q = typeof queries === 'string' ? undefined : queries.find((x) => x.name === preset?.named);
    if (!preset || !q || preset.seq === done.current) return;
    done.current = preset.seq;
    apply(
      q,
      formOf(q, preset.params, (id) => {
        const n = canvas().cy.getElementById(id);
        return n.nonempty() ? (n.data() as NodeElement['data']) : undefined;
      }),
    );
  }, [preset?.seq, queries]);
}

export function NamedQueries(props: { onRun: RunFn; onStart(): void; preset: NamedPreset | null }) {
  const [queries, setQueries] = useState<NamedQuery[] | string>('Loading named queries…');
  const [chosen, setChosen] = useState('');
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [entities, setEntities] = useState<Record<string, NodeElement | null>>({});
  const [problem, setProblem] = useState<Problems | null>(null);
  useEffect(() => {
    api.queries().then(
      (r) => setQueries(r.queries),
      (err) => setQueries(`Named queries are not available: ${errorText(err)}`),
    );
  }, []);
  const fill = (name: string, values: Record<string, string>, nodes: Record<string, NodeElement | null>) => {
    setChosen(name);
    setRaw(values);
    setEntities(nodes);
    setProblem(null);
  };
  // The console's editor keeps the user's own query (walk 13, 4: a run put its 28-line source there,
  // and the next query picked left it standing); the result shows under this form, titled with the
  // query's name, and "Open in editor" brings its source when asked for.
  const run: RunFn = (title, name, values, entityIds, quiet) => props.onRun(title, name, values, entityIds, quiet);
  usePreset(props.preset, queries, (q, form) => {
    fill(q.name, form.raw, form.entities);
    if (props.preset) run(q.title, q.name, props.preset.params, form.entityIds, props.preset.quiet);
  });
  if (typeof queries === 'string') return <p class="muted">{queries}</p>;
  const q = queries.find((x) => x.name === chosen);

  const collect = () =>
    collectParams(q!, raw, entities, (name, node) => setEntities((e) => ({ ...e, [name]: node }))).then((r) => {
      const bad = 'fields' in r ? r : null;
      setProblem(bad);
      return 'fields' in r ? null : r;
    });

  return (
    <div class="stack">
      <QuerySelect
        queries={queries}
        value={chosen}
        onChange={(name) => {
          const next = queries.find((x) => x.name === name);
          props.onStart(); // the previous query's result does not stay under the new form
          fill(name, next ? initialRaw(next) : {}, {});
        }}
      />
      {q ? (
        <form
          class="stack"
          id="named-query-form"
          // Bad values are named beside their field in the app's words (the browser's bubble would stop the run first).
          noValidate
          onSubmit={async (ev) => {
            ev.preventDefault();
            props.onStart();
            const c = await collect();
            if (c) run(q.title, q.name, c.values, c.entityIds);
          }}
        >
          <p class="muted">{q.description}</p>
          {q.params.map((p) => (
            <ParamField
              key={`${q.name}-${p.name}`}
              p={p}
              raw={raw[p.name] ?? ''}
              entity={entities[p.name] ?? null}
              problem={problem?.fields[p.name]}
              onRaw={(v) => setRaw((r) => ({ ...r, [p.name]: v }))}
              onEntity={(n) => setEntities((e) => ({ ...e, [p.name]: n }))}
            />
          ))}
          {problem?.message ? (
            <p class="error" role="alert" id="named-query-problem">
              {problem.message}
            </p>
          ) : null}
          <FormButtons onEditor={() => void collect().then((c) => c && openInConsole(q.cypher, c.values))} />
        </form>
      ) : null}
    </div>
  );
}
