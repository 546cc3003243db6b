// The timeline: the dated events on the canvas (signings, visits, meetings, attendances,
// investments) oldest first, each stated in its link's direction (its date in words). A click selects the link, shows
// its details and brings it into view.
import type cytoscape from 'cytoscape';
import type { EdgeType } from '../../../../common/model.ts';
import { linkDateText } from '../../../../common/text/dates.ts';
import { canvas } from '../../app/context.ts';
import { canvasVersion, filters, selection, showDetails } from '../../app/store.ts';
import { bringIntoView } from '../../canvas/fit.ts';
import { EdgeStatement } from '../../ui/edge-statement.tsx';
import { shown } from '../../canvas/visibility.ts';

const TIMELINE_TYPES: readonly EdgeType[] = ['SIGNED', 'VISITED', 'MET', 'ATTENDED', 'INVESTED_IN'];
const when = (e: cytoscape.EdgeSingular) => String(e.data('dateFrom') ?? e.data('date') ?? '');

export function timelineEdges(cy: cytoscape.Core): cytoscape.EdgeSingular[] {
  return shown(cy.edges())
    .filter((e) => TIMELINE_TYPES.includes(e.data('type')) && !!(e.data('dateFrom') ?? e.data('date')))
    .toArray()
    .map((e) => e as cytoscape.EdgeSingular)
    .sort((a, b) => when(a).localeCompare(when(b)));
}

function dateText(e: cytoscape.EdgeSingular): string {
  return linkDateText({ date: e.data('date') ?? e.data('dateFrom'), endDate: e.data('endDate') });
}

export function focusEdge(id: string): void {
  const cy = canvas().cy;
  const el = cy.getElementById(id);
  if (el.empty()) return;
  cy.$(':selected').unselect();
  el.select();
  showDetails({ id, group: 'edges' });
  bringIntoView(cy, el.union(el.connectedNodes()));
}

export function TimelinePanel() {
  void canvasVersion.value;
  void filters.value;
  const selected = new Set(selection.value.edges);
  const edges = timelineEdges(canvas().cy);
  return (
    <section class="panel" aria-label="Timeline">
      <h2>Timeline</h2>
      <p class="muted">
        {edges.length
          ? `${edges.length} dated event${edges.length === 1 ? '' : 's'} on the canvas, oldest first.`
          : 'No dated signings, visits or meetings are visible. Expand a locality or an official, or widen the filters.'}
      </p>
      <ol class="timeline">
        {edges.map((e) => (
          <li key={e.id()}>
            <button
              type="button"
              data-edge={e.id()}
              aria-current={selected.has(e.id())}
              onClick={() => focusEdge(e.id())}
            >
              <span class="date">{dateText(e)}</span>
              <span>
                <EdgeStatement
                  source={e.source().data('label')}
                  type={e.data('type')}
                  target={e.target().data('label')}
                />
                {e.data('document') ? <div class="muted">{String(e.data('document'))}</div> : null}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
