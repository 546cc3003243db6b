// The legend: a swatch per node kind and edge type on the canvas (all when it is empty). It floats
// over the canvas's corner, folds away, and Fit keeps the graph clear of it. It keeps the state it
// is in (walk 9: it came back open over the map when the panel changed or the window was resized):
// only the user opens it again. On a narrow window it folds by itself where it would cover nodes,
// or while the Filters panel floats over the canvas (that panel shows the same swatches).
import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { EDGE_TYPES, NODE_KINDS } from '../../../../common/model.ts';
import { canvas } from '../../app/context.ts';
import { NARROW_PX } from '../../app/narrow-panels.ts';
import { canvasVersion, layoutName, panel, presenting, style } from '../../app/store.ts';
import { CONFLICT_COLOR, DASHED_MEANS, edgeSwatchSvg, STRUCTURAL_EDGES } from '../../canvas/palette.ts';
import { shown } from '../../canvas/visibility.ts';
import type { SizeBy } from '../../app/types.ts';
import { markersPlaced } from '../../canvas/canvas.ts';
import { Icon, KindIcon } from './KindIcon.tsx';
import {
  MAP_MARKS_HEADING,
  mapMarkEntries,
  mapMarks,
  markIconSvg,
  visibleKindsAndTypes,
  type MapMarks,
} from './legend-entries.ts';

/** Open or folded, and whether the user chose it (then nothing folds it but the user). */
const legendState = signal<{ open: boolean; byUser: boolean } | null>(null);

const narrow = () => window.innerWidth < NARROW_PX;

/** Whether the open legend's box lies over a shown node's body. */
function coversNodes(box: DOMRect): boolean {
  const cy = canvas().cy;
  const base = cy.container()!.getBoundingClientRect();
  return shown(cy.nodes()).some((n) => {
    const b = n.renderedBoundingBox({ includeLabels: false });
    return (
      b.x1 + base.left < box.right &&
      b.x2 + base.left > box.left &&
      b.y1 + base.top < box.bottom &&
      b.y2 + base.top > box.top
    );
  });
}

/**
 * Folds a legend the user has not chosen to keep open, on a narrow window, where it covers nodes or
 * the Filters panel floats beside it: checked when the canvas or the panel changes and after a resize.
 */
function useAutoFold(ref: { current: HTMLDivElement | null }): void {
  const version = canvasVersion.value;
  const open = panel.value;
  useEffect(() => {
    let frame = 0;
    let timer = 0;
    const check = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const st = legendState.peek();
        if (!st?.open || st.byUser || !narrow() || !ref.current) return;
        if (panel.peek() === 'filters' || coversNodes(ref.current.getBoundingClientRect()))
          legendState.value = { open: false, byUser: false };
      });
    };
    check();
    const onResize = () => {
      clearTimeout(timer);
      timer = window.setTimeout(check, 300);
    };
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, [version, open]);
}

/**
 * The map's marks that the kinds and link colours do not explain (walk 10, 10: the dashed halo was
 * explained only in a node's details): shown in Map layout, each while the map draws it. Their
 * icons and words are the pictures' legends' too (legend-entries.ts).
 */
function MapMarkEntries({ marks }: { marks: MapMarks }) {
  const entries = mapMarkEntries(marks);
  if (!entries.length) return null;
  // Presented, the legend is set in a projector's size and nobody clicks: the story PDF's few words
  // (walk 29: the full sentences made it a third of a 1440×900 screen, the view fitted smaller beside it).
  const brief = presenting.value !== null;
  return (
    <>
      <h4>{MAP_MARKS_HEADING}</h4>
      {entries.map((e) => (
        <span class="legend-wide" id={`legend-map-${MARK_IDS[e.mark]}`}>
          <Icon inner={markIconSvg(e.icon)} />
          {brief ? e.short : e.onCanvas ? `${e.text}; ${e.onCanvas}` : e.text}
        </span>
      ))}
    </>
  );
}

/** The ids the entries have had (tests and styles find them by these). */
const MARK_IDS: Record<keyof MapMarks, string> = { derived: 'derived', offMap: 'offmap', clusters: 'cluster' };

/**
 * What a node's size says, on hover of the legend's heading (walk 33, clumsy 4: a path's provinces
 * drawn small beside a large city read as a fault). A line of its own would make the legend taller,
 * and Fit beside it frames the map at another zoom.
 */
const SIZE_MEANS: Record<SizeBy, string> = {
  degree:
    'Size: how many links the node has in the whole graph, scaled from the least to the most linked node on the canvas (View ▸ Size)',
  pagerank: 'Size: PageRank over the links on the canvas, scaled from least to most (View ▸ Size)',
  none: 'Every node the same size (View ▸ Size)',
};

export function Legend() {
  void canvasVersion.value;
  void markersPlaced.value;
  const ref = useRef<HTMLDivElement>(null);
  // Until the first render has fixed it: folded on a narrow window the Filters panel floats over.
  const state = legendState.value ?? { open: !(panel.peek() === 'filters' && narrow()), byUser: false };
  useEffect(() => void (legendState.value ??= state), []);
  const open = state.open;
  useAutoFold(ref);
  const v = visibleKindsAndTypes(canvas().cy);
  const kinds = v.kinds.length ? v.kinds : [...NODE_KINDS];
  const types = v.types.length ? v.types : [...EDGE_TYPES];
  return (
    <div ref={ref} id="legend" class={`legend canvas-overlay${open ? '' : ' folded'}`} aria-label="Legend">
      <button
        type="button"
        class="legend-toggle"
        aria-expanded={open}
        onClick={() => (legendState.value = { open: !open, byUser: true })}
        title={open ? 'Fold the legend' : 'Show the legend'}
      >
        {open ? 'Legend ▾' : 'Legend ▸'}
      </button>
      {open ? (
        <div class="legend-body">
          <h4 title={SIZE_MEANS[style.value.sizeBy]}>Nodes</h4>
          {kinds.map((k) => (
            <span>
              <KindIcon kind={k} />
              {k}
            </span>
          ))}
          <h4 title={`Line width: the number of independent outlets stating a link; ${DASHED_MEANS}`}>
            Links (width: 1, 2, 3+ outlets)
          </h4>
          {/* A dashed type says what dashed means on hover: a line of its own made the legend taller,
              and Fit, beside it, framed the map at another zoom. */}
          {types.map((t) => (
            <span title={STRUCTURAL_EDGES.includes(t) ? DASHED_MEANS : undefined}>
              <Icon inner={edgeSwatchSvg(t, 7, 3)} />
              {t}
            </span>
          ))}
          {v.conflicts ? (
            <span>
              <Icon
                inner={`<line x1="-7" y1="0" x2="7" y2="0" stroke="#555" stroke-width="2"/><path d="M0,-4 L4,0 L0,4 L-4,0 Z" fill="${CONFLICT_COLOR}"/>`}
              />
              sources disagree
            </span>
          ) : null}
          {layoutName.value === 'geo' ? <MapMarkEntries marks={mapMarks(canvas().cy)} /> : null}
        </div>
      ) : null}
    </div>
  );
}
