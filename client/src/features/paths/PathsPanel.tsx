// The path finder: two entities (any name form), max hops, edge types, shortest or all shortest.
// Paths are drawn and highlighted; each step says which way the path travels and, apart from that,
// states the link in its own direction ("China —INVESTED_IN→ Bắc Ninh") with its source and its
// kind (stated in an article, or reference data). By default only stated facts are walked (no
// reference link, no country as a hub); a box lets those in, and when no stated path exists the
// panel says so and offers to search again with them.
import { useEffect } from 'preact/hooks';
import { EDGE_TYPES, type EdgeType } from '../../../../common/model.ts';
import { MAX_PATH_HOPS } from '../../../../common/wire.ts';
import { canvas } from '../../app/context.ts';
import { highlightShows } from '../../app/highlight.ts';
import { EDGE_COLOR } from '../../canvas/palette.ts';
import { EntityPicker } from '../../ui/EntityPicker.tsx';
import { clearPathHighlight, showPathsAgain } from './draw-paths.ts';
import { findPaths } from './find-paths.ts';
import { PathList } from './PathList.tsx';
import { pathRequest } from './path-request.ts';
import { pathElementIds, pathForm, pathResult, setPathEnd, setPathForm, type PathResult } from './path-state.ts';

export function PathsPanel() {
  const { from, to, hops, mode, types, includeReference } = pathForm.value;
  const request = pathRequest.value;
  useEffect(() => {
    if (request) setPathEnd({ from: request.node });
  }, [request?.seq]);

  return (
    <section class="panel" aria-label="Path finder">
      <h2>Path finder</h2>
      {/* noValidate: a bad hop count is said in the panel (find-paths.ts), not only in the browser's bubble. */}
      <form class="stack" noValidate onSubmit={(ev) => (ev.preventDefault(), void findPaths())}>
        <EntityPicker name="path-from" label="From" value={from} onChange={(n) => setPathEnd({ from: n })} />
        <EntityPicker name="path-to" label="To" value={to} onChange={(n) => setPathEnd({ to: n })} />
        <div class="row">
          <MaxHops value={hops} onChange={(n) => setPathForm({ hops: n })} />
          <label>
            <select
              name="path-mode"
              value={mode}
              onChange={(ev) => setPathForm({ mode: ev.currentTarget.value as 'shortest' | 'all' })}
            >
              <option value="shortest">shortest path</option>
              <option value="all">all shortest paths</option>
            </select>
          </label>
        </div>
        <EdgeTypeChecks types={types} onChange={(t) => setPathForm({ types: t })} />
        <ReferenceBox checked={includeReference} onChange={(on) => setPathForm({ includeReference: on })} />
        <button type="submit" class="primary" id="btn-find-paths">
          Find paths
        </button>
        {/* Said before the search, not found out after it (walk 36, clumsy 7). */}
        <p class="muted" id="paths-filters-note">
          Paths go over the whole graph, whatever the Filters tab's years, kinds and countries; a step the filters hide
          is drawn while its path is shown.
        </p>
      </form>
      <PathResultView
        result={pathResult.value}
        onReference={(hops) => (setPathForm({ includeReference: true, hops }), void findPaths(true))}
        onHops={(n) => (setPathForm({ hops: n }), void findPaths())}
      />
    </section>
  );
}

/** The paths found, or why none: buttons to search again with more hops and (none stated) with reference links. */
function PathResultView(props: { result: PathResult; onReference(hops: number): void; onHops(hops: number): void }) {
  const { result, onReference } = props;
  const hops = result?.kind === 'message' ? result.offerHops : undefined;
  const reference = result?.kind === 'message' ? result.offerReference : undefined;
  const set = pathForm.value.hops;
  return (
    <div class="path-steps" id="path-result">
      {result?.kind === 'message' ? <p class={result.error ? 'error' : 'muted'}>{result.text}</p> : null}
      {hops ? (
        <button type="button" id="btn-paths-more-hops" class="long-label" onClick={() => props.onHops(hops)}>
          Search again with {hops} hops
        </button>
      ) : null}
      {reference ? (
        <button
          type="button"
          id="btn-paths-with-reference"
          class="long-label"
          onClick={() => onReference(reference.hops)}
        >
          Include reference links and country hubs, and search again
          {reference.hops > set ? ` with ${reference.hops} hops` : ''}
        </button>
      ) : null}
      {result?.kind === 'paths' ? (
        <PathList
          res={result.res}
          highlighted={highlightShows(canvas().cy, pathElementIds(result.res))}
          onClear={clearPathHighlight}
          onShow={() => showPathsAgain(result.res, true)}
        />
      ) : null}
    </div>
  );
}

function ReferenceBox(props: { checked: boolean; onChange(on: boolean): void }) {
  return (
    <div class="row">
      <label title="Off: only facts stated in articles; no reference link (gazetteer) and no country as a hub">
        <input
          type="checkbox"
          name="path-include-reference"
          checked={props.checked}
          onChange={(ev) => props.onChange(ev.currentTarget.checked)}
        />{' '}
        Also through reference links (gazetteer) and country hubs
      </label>
    </div>
  );
}

function MaxHops(props: { value: number; onChange(hops: number): void }) {
  return (
    <label>
      max hops{' '}
      <input
        type="number"
        name="max-hops"
        min={1}
        max={MAX_PATH_HOPS}
        value={props.value}
        onInput={(ev) => props.onChange(Number(ev.currentTarget.value))}
      />
    </label>
  );
}

/** The edge types a path may use, each with its colour on the canvas. */
function EdgeTypeChecks(props: { types: EdgeType[]; onChange(types: EdgeType[]): void }) {
  const { types } = props;
  return (
    <fieldset>
      <legend>Edge types</legend>
      <div class="checks">
        {EDGE_TYPES.map((t) => (
          <label>
            <input
              type="checkbox"
              name={`path-type-${t}`}
              checked={types.includes(t)}
              onChange={(ev) => props.onChange(ev.currentTarget.checked ? [...types, t] : types.filter((x) => x !== t))}
            />
            <span class="swatch" style={{ background: EDGE_COLOR[t] }} />
            {t}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
