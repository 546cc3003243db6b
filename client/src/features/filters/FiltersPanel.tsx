// Filters: node kinds, edge types, country, the year window, and the switch that hides nodes the
// filters leave without a visible link. Every control changes the store through an action and
// updates in place; the canvas follows the store (main.tsx).
import { EDGE_TYPES, NODE_KINDS } from '../../../../common/model.ts';
import { canvas } from '../../app/context.ts';
import { canvasVersion, filters, graphYears } from '../../app/store.ts';
import { changeFilters } from './filter-steps.ts';
import type { FilterState } from '../../app/types.ts';
import { EDGE_COLOR, NODE_STYLE } from '../../canvas/palette.ts';
import { KindIcon } from '../legend/KindIcon.tsx';
import { yearStats } from './year-stats.ts';
import { switchUnlinked, unlinkedText } from './unlinked-text.ts';
import { YearRange } from './YearRange.tsx';
import { countryName } from '../../ui/country-name.ts';
import { LINKLESS_CLASS } from '../../canvas/visibility.ts';

function CheckGroup<T extends string>(props: {
  title: string;
  name: string;
  values: readonly T[];
  on: T[];
  color(v: T): string;
  /** Drawn instead of the colour swatch (node kinds: their shape as on the canvas). */
  icon?(v: T): preact.JSX.Element;
  set(v: T[]): void;
}) {
  return (
    <fieldset>
      <legend>{props.title}</legend>
      <div class="checks">
        {props.values.map((v) => (
          <label>
            <input
              type="checkbox"
              name={`${props.name}-${v}`}
              value={v}
              checked={props.on.includes(v)}
              onChange={(ev) =>
                props.set(ev.currentTarget.checked ? [...props.on, v] : props.on.filter((x) => x !== v))
              }
            />
            {props.icon ? props.icon(v) : <span class="swatch" style={{ background: props.color(v) }} />}
            {v}
          </label>
        ))}
      </div>
      <div class="row">
        <button type="button" onClick={() => props.set([...props.values])}>
          all
        </button>
        <button type="button" onClick={() => props.set([])}>
          none
        </button>
      </div>
    </fieldset>
  );
}

function Countries({ f }: { f: FilterState }) {
  const cy = canvas().cy;
  // Not the countries of nodes set aside for having no link (walk 26, 13: FR, JP, KR, TH listed
  // for nodes the canvas does not show); they come back with those nodes.
  const listed = f.hideUnlinked ? cy.nodes().not(`.${LINKLESS_CLASS}`) : cy.nodes();
  const named = [...new Set(listed.map((n) => n.data('country') as string | undefined).filter((c): c is string => !!c))]
    .map((code) => ({ code, name: countryName(code, cy) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const present = named.map((c) => c.code);
  if (!present.length) return <span class="muted">Countries appear here once the canvas has nodes.</span>;
  const toggle = (c: string, on: boolean) => {
    const all = f.countries.length ? f.countries : present;
    const next = on ? [...new Set([...all, c])] : all.filter((x) => x !== c);
    changeFilters({ countries: next.length === present.length ? [] : next });
  };
  return (
    <div class="checks">
      {named.map(({ code, name }) => (
        <label title={code}>
          <input
            type="checkbox"
            name={`country-${code}`}
            checked={f.countries.length === 0 || f.countries.includes(code)}
            onChange={(ev) => toggle(code, ev.currentTarget.checked)}
          />
          {name}
        </label>
      ))}
    </div>
  );
}

export function FiltersPanel() {
  void canvasVersion.value;
  const f = filters.value;
  const cy = canvas().cy;
  const stats = yearStats(cy, f, graphYears.value);
  return (
    <section class="panel" aria-label="Filters">
      <h2>Filters</h2>
      <CheckGroup
        title="Node kinds"
        name="kind"
        values={NODE_KINDS}
        on={f.kinds}
        color={(k) => NODE_STYLE[k].color}
        icon={(k) => <KindIcon kind={k} />}
        set={(kinds) => changeFilters({ kinds })}
      />
      <CheckGroup
        title="Edge types"
        name="type"
        values={EDGE_TYPES}
        on={f.types}
        color={(t) => EDGE_COLOR[t]}
        set={(types) => changeFilters({ types })}
      />
      <fieldset>
        <legend>Country</legend>
        <Countries f={f} />
      </fieldset>
      <fieldset>
        <legend>Dates (years of the links)</legend>
        <YearRange f={f} stats={stats} onChange={changeFilters} />
      </fieldset>
      <fieldset>
        <legend>Sources</legend>
        <label>
          Links stated by{' '}
          <select
            name="min-sources"
            value={String(f.minSources)}
            onChange={(ev) => changeFilters({ minSources: Number(ev.currentTarget.value) })}
          >
            <option value="1">any number of</option>
            <option value="2">at least 2</option>
            <option value="3">at least 3</option>
          </select>{' '}
          outlets
        </label>
      </fieldset>
      <fieldset>
        <legend>Unlinked nodes</legend>
        <label class="check">
          <input
            type="checkbox"
            name="hide-unlinked"
            checked={f.hideUnlinked}
            onChange={(ev) => switchUnlinked(ev.currentTarget.checked)}
          />{' '}
          Hide nodes whose links are all filtered out
        </label>
        <p id="unlinked-count" class="muted">
          {unlinkedText(cy, f)}
        </p>
      </fieldset>
    </section>
  );
}
