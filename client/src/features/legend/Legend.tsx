// The legend: a swatch per node kind and edge type on the canvas (all when it is empty). It floats
// over the canvas's corner, folds away, and Fit keeps the graph clear of it. While the Filters panel
// floats over a narrow canvas it shows the same swatches, so the legend starts folded there (a
// fifth of the little canvas left free); a click on its toggle decides from then on.
import { useState } from 'preact/hooks';
import { EDGE_TYPES, NODE_KINDS } from '../../../../common/model.ts';
import { canvas } from '../../app/context.ts';
import { NARROW_PX } from '../../app/narrow-panels.ts';
import { canvasVersion, panel } from '../../app/store.ts';
import { CONFLICT_COLOR, EDGE_COLOR } from '../../canvas/palette.ts';
import { Icon, KindIcon } from './KindIcon.tsx';
import { visibleKindsAndTypes } from './legend-entries.ts';

export function Legend() {
  void canvasVersion.value;
  const [chosen, setOpen] = useState<boolean | null>(null);
  const open = chosen ?? !(panel.value === 'filters' && window.innerWidth < NARROW_PX);
  const v = visibleKindsAndTypes(canvas().cy);
  const kinds = v.kinds.length ? v.kinds : [...NODE_KINDS];
  const types = v.types.length ? v.types : [...EDGE_TYPES];
  return (
    <div id="legend" class={`legend canvas-overlay${open ? '' : ' folded'}`} aria-label="Legend">
      <button
        type="button"
        class="legend-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title={open ? 'Fold the legend' : 'Show the legend'}
      >
        {open ? 'Legend ▾' : 'Legend ▸'}
      </button>
      {open ? (
        <div class="legend-body">
          <h4>Nodes</h4>
          {kinds.map((k) => (
            <span>
              <KindIcon kind={k} />
              {k}
            </span>
          ))}
          <h4 title="Line width: the number of independent outlets stating a link">Links (width: 1, 2, 3+ outlets)</h4>
          {types.map((t) => (
            <span>
              <Icon inner={`<line x1="-7" y1="0" x2="7" y2="0" stroke="${EDGE_COLOR[t]}" stroke-width="3"/>`} />
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
        </div>
      ) : null}
    </div>
  );
}
