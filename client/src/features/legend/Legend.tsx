// The legend: a swatch per node kind and edge type on the canvas (all when it is empty). It floats
// over the canvas's corner, folds away, and Fit keeps the graph clear of it.
import { useState } from 'preact/hooks';
import { EDGE_TYPES, NODE_KINDS } from '../../../../common/model.ts';
import { canvas } from '../../app/context.ts';
import { canvasVersion } from '../../app/store.ts';
import { EDGE_COLOR, NODE_STYLE } from '../../canvas/palette.ts';
import { shapeSvg } from '../../canvas/shapes.ts';
import { visibleKindsAndTypes } from './legend-entries.ts';

const Icon = ({ inner }: { inner: string }) => (
  <svg width="14" height="14" viewBox="-8 -8 16 16" aria-hidden="true" dangerouslySetInnerHTML={{ __html: inner }} />
);

export function Legend() {
  void canvasVersion.value;
  const [open, setOpen] = useState(true);
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
              <Icon inner={shapeSvg(NODE_STYLE[k].shape, 0, 0, 12, NODE_STYLE[k].color)} />
              {k}
            </span>
          ))}
          <h4>Links</h4>
          {types.map((t) => (
            <span>
              <Icon inner={`<line x1="-7" y1="0" x2="7" y2="0" stroke="${EDGE_COLOR[t]}" stroke-width="3"/>`} />
              {t}
            </span>
          ))}
        </div>
      ) : null}
    </div>
  );
}
