// Filters: node kinds, edge types, country, and a year window over edge dates with a histogram of
// the events on the canvas, a count, and a play button that steps through the years; and a switch
// that hides the nodes the type and date filters leave without a visible link, with their count.
import { EDGE_TYPES, NODE_KINDS, type EdgeType, type NodeKind } from '../../../common/model.ts';
import { byId, h, type AppContext } from '../context.ts';
import type { FilterState } from '../events.ts';
import { edgeInWindow, isDated, unlinkedNodes, yearOf } from '../graph/filters.ts';
import { EDGE_COLOR, NODE_STYLE } from '../graph/palette.ts';

export interface FiltersView {
  set(f: FilterState): void;
  setYearBounds(min: number, max: number): void;
}

export function mountFilters(ctx: AppContext, initial: FilterState, onChange: (f: FilterState) => void): FiltersView {
  const root = byId('panel-filters');
  let state: FilterState = structuredClone(initial);
  let graphBounds = { min: 2000, max: new Date().getFullYear() };
  let bounds = graphBounds;
  let playing: ReturnType<typeof setInterval> | undefined;

  const emit = () => {
    onChange(structuredClone(state));
    renderYears();
  };

  const checkGroup = <T extends string>(name: string, key: string, values: readonly T[], selected: () => T[], set: (v: T[]) => void, color: (v: T) => string) =>
    h(
      'fieldset',
      {},
      h('legend', {}, name),
      h(
        'div',
        { class: 'checks' },
        ...values.map((v) =>
          h(
            'label',
            {},
            h('input', {
              type: 'checkbox',
              name: `${key}-${v}`,
              value: v,
              checked: selected().includes(v),
              onchange: (ev) => {
                const on = (ev.target as HTMLInputElement).checked;
                set(on ? [...selected(), v] : selected().filter((x) => x !== v));
                emit();
              },
            }),
            h('span', { class: 'swatch', style: `background:${color(v)}` }),
            v,
          ),
        ),
      ),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', onclick: () => (set([...values]), rerender(), emit()) }, 'all'),
        h('button', { type: 'button', onclick: () => (set([]), rerender(), emit()) }, 'none'),
      ),
    );

  const countriesBox = h('div', { class: 'checks' });
  const yearsBox = h('div', {});
  const unlinkedBox = h('div', {});

  const renderUnlinked = () => {
    const n = unlinkedNodes(ctx.canvas.cy, state).not('.hidden').length;
    const nodes = `${n} node${n === 1 ? '' : 's'}`;
    unlinkedBox.replaceChildren(
      h(
        'label',
        {},
        h('input', {
          type: 'checkbox',
          name: 'hide-unlinked',
          checked: state.hideUnlinked,
          onchange: (ev) => {
            state.hideUnlinked = (ev.target as HTMLInputElement).checked;
            emit();
          },
        }),
        ' Hide nodes whose links are all filtered out',
      ),
      h(
        'p',
        { id: 'unlinked-count', class: 'muted' },
        state.hideUnlinked
          ? `${nodes} hidden: the type and date filters leave ${n === 1 ? 'it' : 'them'} no visible link. Nodes that never had a link on the canvas stay.`
          : `${nodes} shown without a visible link.`,
      ),
    );
  };

  const renderCountries = () => {
    const present = [...new Set(ctx.canvas.cy.nodes().map((n) => n.data('country') as string | undefined).filter((c): c is string => !!c))].sort();
    countriesBox.replaceChildren(
      ...(present.length
        ? present.map((c) =>
            h(
              'label',
              {},
              h('input', {
                type: 'checkbox',
                name: `country-${c}`,
                checked: state.countries.length === 0 || state.countries.includes(c),
                onchange: (ev) => {
                  const on = (ev.target as HTMLInputElement).checked;
                  const all = state.countries.length ? state.countries : present;
                  const next = on ? [...new Set([...all, c])] : all.filter((x) => x !== c);
                  state.countries = next.length === present.length ? [] : next;
                  emit();
                },
              }),
              c,
            ),
          )
        : [h('span', { class: 'muted' }, 'Countries appear here once the canvas has nodes.')]),
    );
  };

  const renderYears = () => {
    // The slider spans the dated links on the canvas (the whole graph's range until there are some).
    const canvasYears = ctx.canvas.cy.edges().map((e) => yearOf(e.data('dateFrom') ?? e.data('date'))).filter((y): y is number => y !== null);
    bounds = canvasYears.length ? { min: Math.min(...canvasYears), max: Math.max(...canvasYears) } : graphBounds;
    const from = state.fromYear ?? bounds.min;
    const to = state.toYear ?? bounds.max;
    const edges = ctx.canvas.cy.edges().filter((e) => state.types.includes(e.data('type')) && isDated(e.data()));
    const perYear = new Map<number, number>();
    edges.forEach((e) => {
      const y = yearOf(e.data('dateFrom') ?? e.data('date'));
      if (y !== null) perYear.set(y, (perYear.get(y) ?? 0) + 1);
    });
    const inWindow = edges.filter((e) => edgeInWindow(e.data(), { fromYear: from, toYear: to })).length;
    const peak = Math.max(1, ...perYear.values());
    const years = Array.from({ length: bounds.max - bounds.min + 1 }, (_, i) => bounds.min + i);
    const range = (which: 'from' | 'to') =>
      h('input', {
        type: 'range',
        name: `year-${which}`,
        'aria-label': which === 'from' ? 'From year' : 'To year',
        min: bounds.min,
        max: bounds.max,
        value: which === 'from' ? from : to,
        oninput: (ev) => {
          const v = Number((ev.target as HTMLInputElement).value);
          if (which === 'from') state.fromYear = Math.min(v, state.toYear ?? bounds.max);
          else state.toYear = Math.max(v, state.fromYear ?? bounds.min);
          emit();
        },
      });
    const histogram = h('div', { class: 'histogram', 'aria-hidden': 'true' }, ...years.map((y) => h('div', { class: y >= from && y <= to ? 'in' : '', style: `height:${Math.round(((perYear.get(y) ?? 0) / peak) * 100)}%`, title: `${y}: ${perYear.get(y) ?? 0}` })));
    if (bounds.min === bounds.max) {
      // One year: two sliders with nothing to slide over would only look broken.
      yearsBox.replaceChildren(
        histogram,
        h('p', { id: 'year-count', class: 'muted' }, `${edges.length === 0 ? 'No dated link on the canvas yet' : edges.length === 1 ? `The one dated link on the canvas is from ${bounds.min}` : `All ${edges.length} dated links on the canvas are from ${bounds.min}`}; undated links stay visible.`),
        ...(state.fromYear !== null || state.toYear !== null ? [h('button', { type: 'button', onclick: () => ((state.fromYear = null), (state.toYear = null), emit()) }, 'All years')] : []),
      );
      return;
    }
    yearsBox.replaceChildren(
      histogram,
      h('div', { class: 'row' }, h('label', {}, 'from ', range('from')), h('strong', { id: 'year-from-value' }, String(from))),
      h('div', { class: 'row' }, h('label', {}, 'to ', range('to')), h('strong', { id: 'year-to-value' }, String(to))),
      h('p', { id: 'year-count', class: 'muted' }, `${inWindow} dated event${inWindow === 1 ? '' : 's'} on the canvas fall in ${from}–${to} (of ${edges.length}); undated links stay visible.`),
      h(
        'div',
        { class: 'row' },
        h('button', { type: 'button', id: 'btn-play', onclick: togglePlay }, playing ? 'Stop' : 'Play through the years'),
        h('button', { type: 'button', onclick: () => ((state.fromYear = null), (state.toYear = null), emit()) }, 'All years'),
      ),
    );
  };

  function togglePlay() {
    if (playing) {
      clearInterval(playing);
      playing = undefined;
      renderYears();
      return;
    }
    state.fromYear = bounds.min;
    state.toYear = bounds.min;
    emit();
    playing = setInterval(() => {
      if ((state.toYear ?? bounds.max) >= bounds.max) {
        clearInterval(playing);
        playing = undefined;
        renderYears();
        return;
      }
      state.toYear = (state.toYear ?? bounds.min) + 1;
      emit();
    }, Math.max(150, Math.min(700, 12_000 / Math.max(1, bounds.max - bounds.min)))); // a whole play takes about 12 s
    renderYears();
  }

  const rerender = () => {
    root.replaceChildren(
      h('h2', {}, 'Filters'),
      checkGroup<NodeKind>('Node kinds', 'kind', NODE_KINDS, () => state.kinds, (v) => (state.kinds = v), (k) => NODE_STYLE[k].color),
      checkGroup<EdgeType>('Edge types', 'type', EDGE_TYPES, () => state.types, (v) => (state.types = v), (t) => EDGE_COLOR[t]),
      h('fieldset', {}, h('legend', {}, 'Country'), countriesBox),
      h('fieldset', {}, h('legend', {}, 'Dates (years of the links)'), yearsBox),
      h('fieldset', {}, h('legend', {}, 'Unlinked nodes'), unlinkedBox),
    );
    renderCountries();
    renderYears();
    renderUnlinked();
  };
  rerender();
  ctx.bus.on('canvas:changed', () => {
    renderCountries();
    renderYears();
    renderUnlinked();
  });

  return {
    set(f) {
      state = structuredClone(f);
      rerender();
    },
    setYearBounds(min, max) {
      graphBounds = { min, max: Math.max(min, max) };
      renderYears();
    },
  };
}
