// The timeline: the dated links on the canvas (signings, visits, meetings, attendances,
// investments, partnerships with a start) oldest first, each stated in its link's direction, its
// date in words. A click selects the link, shows its details and frames it (canvas/link-focus.ts).
import type cytoscape from 'cytoscape';
import { linkDateText } from '../../../../common/text/dates.ts';
import { clearHighlight } from '../../app/canvas-actions.ts';
import { canvas } from '../../app/context.ts';
import { HIGHLIGHT } from '../../app/highlight.ts';
import { canvasVersion, filters, selection, showDetails } from '../../app/store.ts';
import { frameLink } from '../../canvas/link-focus.ts';
import { EdgeStatement, statementText } from '../../ui/edge-statement.tsx';
import { PlayControls } from '../filters/PlayControls.tsx';
import { datedLinks, shortDocumentName, timelineEdges, undatedNote, undatedShown } from './timeline-edges.ts';

function dateText(e: cytoscape.EdgeSingular): string {
  return linkDateText({ date: e.data('date') ?? e.data('dateFrom'), endDate: e.data('endDate') });
}

/**
 * Selects the link, shows its card and frames it. A link outside a highlighted result drops the
 * highlight, as a click on the canvas or a search pick does: the analyst has moved on to something
 * new, and under the old highlight the pick was drawn faded, its ends too (walk 12, 6). A link the
 * result holds keeps it.
 */
export function focusEdge(id: string): void {
  const cy = canvas().cy;
  const el = cy.getElementById(id);
  if (el.empty()) return;
  if (!el.hasClass(HIGHLIGHT)) clearHighlight();
  cy.$(':selected').unselect();
  el.select();
  showDetails({ id, group: 'edges' });
  frameLink(cy, el);
}

export function TimelinePanel() {
  void canvasVersion.value;
  void filters.value;
  const selected = new Set(selection.value.edges);
  const cy = canvas().cy;
  const edges = timelineEdges(cy);
  const undated = undatedNote(undatedShown(cy));
  return (
    <section class="panel" aria-label="Timeline">
      <h2>Timeline</h2>
      <p id="timeline-count" class="muted">
        {edges.length
          ? `${datedLinks(edges.length)} on the canvas, oldest first${undated ? `; ${undated}` : ''}.`
          : 'No dated signings, visits or meetings are visible. Expand a locality or an official, or widen the filters.'}
      </p>
      {/* The Filters panel's Play, here too (walk 15, 5): the years step through this list. */}
      {edges.length ? <PlayControls /> : null}
      <ol class="timeline">
        {edges.map((e) => {
          const [source, type, target] = [e.source().data('label'), e.data('type'), e.target().data('label')];
          const docName = e.data('document') ? String(e.data('document')) : '';
          // Three lines at most (the link's on two), cut at the panel's edge, the whole entry in its
          // title: a dozen entries fit at 1024x700, where entries wrapped in full took five or six
          // lines each (walk 16, 2).
          const title = `${dateText(e)}${docName ? ` · ${docName}` : ''} ${statementText(source, type, target)}`;
          return (
            <li key={e.id()}>
              <button
                type="button"
                data-edge={e.id()}
                aria-current={selected.has(e.id())}
                title={title}
                onClick={() => focusEdge(e.id())}
              >
                <span class="timeline-line">
                  <span class="date">{dateText(e)}</span>
                  {docName ? <span class="muted"> · {shortDocumentName(docName)}</span> : null}
                </span>
                <span class="timeline-line timeline-link">
                  <EdgeStatement source={source} type={type} target={target} />
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
