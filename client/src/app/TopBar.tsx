// The top bar, one row at any width from 1024 px: brand, search (then a "Go to graph" skip link,
// shown when focused), layout, a View menu (size,
// labels, edge labels), the canvas steps, sharing and presenting.
import { LAYOUTS } from '../canvas/layouts.ts';
import { SearchBox } from '../features/search/SearchBox.tsx';
import { focusCanvas, keepKeyboardAfterStep } from '../features/selection/keyboard-nav.ts';
import { copyAsCypher, shareView } from '../features/share/share-actions.ts';
import { storyBusy } from '../features/export/story-export.ts';
import { startPresenting } from '../features/present/present-actions.ts';
import { chooseLayout, clearCanvas, loadWholeGraph, redo, undo } from './canvas-actions.ts';
import { canvasEmpty, EMPTY_CANVAS } from './canvas-empty.ts';
import { canvas } from './context.ts';
import { layoutName, redoLabel, setStyle, style, undoLabel } from './store.ts';
import type { LabelMode, LayoutName, SizeBy } from './types.ts';

function ViewMenu() {
  const s = style.value;
  return (
    <details class="menu" id="view-menu">
      <summary title="Node size, label form and edge labels">View</summary>
      <div class="menu-body stack">
        <label>
          Size
          <select
            id="size-select"
            value={s.sizeBy}
            onChange={(ev) => setStyle({ sizeBy: ev.currentTarget.value as SizeBy })}
          >
            <option value="degree">by degree</option>
            <option value="pagerank">by PageRank</option>
            <option value="none">uniform</option>
          </select>
        </label>
        <label>
          Labels
          <select
            id="label-select"
            value={s.labelMode}
            onChange={(ev) => setStyle({ labelMode: ev.currentTarget.value as LabelMode })}
          >
            <option value="canonical">canonical</option>
            <option value="ascii">ASCII</option>
            <option value="chinese">Chinese (汉字)</option>
          </select>
        </label>
        <label class="check">
          <input
            id="edge-labels"
            type="checkbox"
            checked={s.edgeLabels}
            onChange={(ev) => setStyle({ edgeLabels: ev.currentTarget.checked })}
          />{' '}
          edge labels
        </label>
      </div>
    </details>
  );
}

/** Undo and Redo, each titled with the step it would take back or do again. */
function UndoRedo() {
  const last = undoLabel.value;
  const next = redoLabel.value;
  return (
    <>
      <button
        id="btn-undo"
        disabled={!last}
        title={last ? `Undo: ${last} (Ctrl+Z)` : 'Nothing to undo'}
        onClick={() => (undo(), keepKeyboardAfterStep())}
      >
        Undo
      </button>
      <button
        id="btn-redo"
        disabled={!next}
        title={next ? `Redo: ${next} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        onClick={() => (redo(), keepKeyboardAfterStep())}
      >
        Redo
      </button>
    </>
  );
}

/** Copy as Cypher: off on an empty canvas, saying why (walk 19, 14: it copied a query for 0 nodes). */
function AsCypherButton() {
  const empty = canvasEmpty();
  return (
    <button
      id="btn-copy-cypher"
      disabled={empty}
      title={empty ? EMPTY_CANVAS : 'The Cypher query that reproduces the canvas'}
      onClick={() => void copyAsCypher()}
    >
      As Cypher
    </button>
  );
}

export function TopBar() {
  return (
    <>
      <h1 class="brand">Corridor</h1>
      <SearchBox />
      <a
        href="#cy"
        class="skip-link"
        id="skip-to-graph"
        onClick={(ev) => (ev.preventDefault(), focusCanvas(canvas().cy.$('node:selected').first().id()))}
      >
        Go to graph
      </a>
      <div class="toolbar" role="toolbar" aria-label="Canvas">
        <select
          id="layout-select"
          aria-label="Layout"
          title="Layout"
          value={layoutName.value}
          onChange={(ev) => void chooseLayout(ev.currentTarget.value as LayoutName)}
        >
          {LAYOUTS.map((l) => (
            <option value={l.name}>{l.title}</option>
          ))}
        </select>
        <ViewMenu />
        <span class="sep" />
        <UndoRedo />
        <button id="btn-fit" title="Fit the graph in view" onClick={() => canvas().fit()}>
          Fit
        </button>
        <button
          id="btn-load-all"
          title="Load the whole graph within the current filters"
          onClick={() => void loadWholeGraph()}
        >
          Whole graph
        </button>
        <button id="btn-clear" title="Clear the canvas" onClick={clearCanvas}>
          Clear
        </button>
        <span class="sep" />
        <button
          id="btn-share"
          title="Copy a link that restores this view, panels and story included"
          onClick={() => void shareView()}
        >
          Share
        </button>
        <AsCypherButton />
        <button
          id="btn-present"
          // The story's views shown in turn for an export or the thumbnails of a shared story hold the
          // canvas: presenting meanwhile showed another view's layout (walk 27, 1: a force view on the Map).
          disabled={storyBusy()}
          title={
            storyBusy()
              ? 'Wait: the story’s views are being drawn'
              : "Presentation mode: the story's views one by one (Esc to leave)"
          }
          onClick={startPresenting}
        >
          Present
        </button>
      </div>
    </>
  );
}
