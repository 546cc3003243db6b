// What floats over the canvas: the empty state (and the one of filters that hide everything), the status line, zoom buttons, legend, tooltip,
// context menu, and the presentation's caption and controls.
import { useEffect } from 'preact/hooks';
import { zoomAt, ZOOM_STEP } from '../canvas/wheel-zoom.ts';
import { showingViews, viewsProgress } from '../features/export/story-export.ts';
import { FilterEmptyState } from '../features/filters/FilterEmptyState.tsx';
import { Legend } from '../features/legend/Legend.tsx';
import { PresentationBar } from '../features/present/PresentationBar.tsx';
import { ContextMenu } from '../features/selection/ContextMenu.tsx';
import { Tooltip } from '../features/selection/hover.tsx';
import { clearHighlight, loadWholeGraph } from './canvas-actions.ts';
import { highlightOn } from './highlight.ts';
import { canvas } from './context.ts';
import { canvasVersion, setStatus, status } from './store.ts';

function EmptyState() {
  void canvasVersion.value;
  if (canvas().cy.elements().nonempty()) return null;
  return (
    <div id="empty-state" class="overlay-message">
      <h2>Start with a name</h2>
      <p>
        Type in the search box (press <kbd>/</kbd>) — for example <em>bac ninh</em> or <em>You Jun</em> — and choose a
        suggestion to put it on the canvas. Double-click a node to bring in its neighbours.
      </p>
      <p>
        <button id="btn-empty-load-all" onClick={() => void loadWholeGraph()}>
          Or load the whole graph
        </button>
      </p>
    </div>
  );
}

/**
 * Over the canvas while the story's views are shown in turn for its pictures (an export, the
 * thumbnails of a shared story): the canvas jumped from view to view, which read as a share link
 * opening the wrong canvas or a PDF going astray (walk 27). Clicks pass through, as they did.
 */
function ViewsCurtain() {
  const p = viewsProgress.value;
  if (!showingViews.value) return null;
  return (
    <div id="views-curtain" class="views-curtain" role="status">
      <p>Drawing the story’s views{p ? ` (${p.at} of ${p.of})` : ''}… the canvas comes back when they are done.</p>
    </div>
  );
}

/** While a result is highlighted (the rest faded), one click on the canvas takes it away. */
function HighlightChip() {
  if (!highlightOn.value) return null;
  return (
    <button type="button" id="btn-clear-highlight" class="canvas-chip canvas-overlay" onClick={clearHighlight}>
      Clear highlight ×
    </button>
  );
}

/**
 * The status line, bottom left of the part of the canvas no panel covers. It floats over the canvas
 * like the legend: Fit keeps nodes from under it and labels move clear of it while it shows (the
 * whole graph's load sets its outcome before its Fit); once it goes, the labels are placed again.
 */
function Status() {
  const s = status.value;
  useEffect(() => {
    if (!s || s.kind === 'busy') return;
    // An error, or a message offering a step (Undo), stays long enough to be read and acted on.
    const t = setTimeout(() => setStatus(null), s.kind === 'error' || s.action ? 12_000 : 5_000);
    return () => clearTimeout(t);
  }, [s]);
  useEffect(() => {
    if (!s) requestAnimationFrame(() => canvas().relabel());
  }, [s]);
  return (
    <div id="status" class="status canvas-overlay" role="status" aria-live="polite">
      {s ? (
        <div class={s.kind}>
          {s.message}
          {s.action ? (
            <button type="button" class="status-action" onClick={s.action.run}>
              {s.action.label}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function ZoomButtons() {
  const cy = () => canvas().cy;
  return (
    <div class="zoom-buttons canvas-overlay" role="group" aria-label="Zoom">
      <button
        type="button"
        id="btn-zoom-in"
        title="Zoom in (+)"
        aria-label="Zoom in"
        onClick={() => zoomAt(cy(), ZOOM_STEP)}
      >
        +
      </button>
      <button
        type="button"
        id="btn-zoom-out"
        title="Zoom out (−)"
        aria-label="Zoom out"
        onClick={() => zoomAt(cy(), 1 / ZOOM_STEP)}
      >
        −
      </button>
      <button
        type="button"
        id="btn-zoom-fit"
        title="Fit the graph"
        aria-label="Fit the graph"
        onClick={() => canvas().fit()}
      >
        ⤢
      </button>
    </div>
  );
}

export function StageOverlays() {
  return (
    <>
      <ViewsCurtain />
      <EmptyState />
      <FilterEmptyState />
      <HighlightChip />
      <Legend />
      <ZoomButtons />
      <Status />
      <Tooltip />
      <ContextMenu />
      <PresentationBar />
    </>
  );
}
