// The story: saved views in order, each with its own title and caption; show one, reorder, delete,
// present them all, or export a PNG per view or one PDF (a page per view). The story travels in the
// share link.
import { useState } from 'preact/hooks';
import { canvasEmpty, EMPTY_CANVAS } from '../../app/canvas-empty.ts';
import {
  moveStoryView,
  openPanel,
  setStatus,
  setStorySources,
  story,
  storySources,
  updateStoryView,
} from '../../app/store.ts';
import { offerViewText, typedPictureText } from '../export/ExportPanel.tsx';
import { exporting, exportStoryPngs, storyBusy } from '../export/story-export.ts';
import type { StoryView } from '../../app/types.ts';
import { deleteView, saveView, showView, startPresenting, updateView, viewName } from './present-actions.ts';
import { StoryThumb } from './StoryThumb.tsx';
import { presentFrom } from './view-nodes.ts';

const STORY_EXPORTS = [
  { id: 'btn-story-png', label: 'PNG per view', run: (numbered: boolean) => exportStoryPngs(numbered) },
  {
    id: 'btn-story-pdf',
    label: 'PDF',
    // pdf-lib, fontkit and the font load only now: the main bundle stays as it was.
    run: async (numbered: boolean) =>
      (await import('../export/story-pdf.ts')).exportStoryPdf(story.value[0]?.title, numbered),
  },
];

/** A PNG per view, or one PDF with a page per view (their sources numbered, as an option); the note says what was saved. */
function StoryExports({ disabled, setNote }: { disabled: boolean; setNote(note: string): void }) {
  // In the store, so the share link carries it with the story (walk 21: a link dropped the tick).
  const numbered = storySources.value;
  return (
    <>
      {STORY_EXPORTS.map((x) => (
        <button
          type="button"
          id={x.id}
          disabled={disabled || storyBusy()}
          title={storyBusy() ? 'Wait for the export under way' : undefined}
          onClick={async () => {
            exporting.value = true;
            setNote('Exporting…');
            try {
              setNote(await x.run(numbered));
            } finally {
              exporting.value = false;
            }
          }}
        >
          {x.label}
        </button>
      ))}
      <label title="Number the links that cite an article on each picture, and list their sources under the PNG's picture or after the PDF's page">
        <input
          type="checkbox"
          name="story-sources"
          checked={numbered}
          onChange={(ev) => setStorySources(ev.currentTarget.checked)}
        />{' '}
        numbered sources
      </label>
    </>
  );
}

/**
 * One view of the story: its picture and its title (the card's heading, edited where it stands),
 * its caption in a field that grows with the text, and what can be done with the view.
 */
type StoryViewProps = { view: StoryView; index: number; count: number; empty: boolean };

function StoryViewItem({ view: v, index: i, count, empty }: StoryViewProps) {
  return (
    <li class="story-view">
      <div class="story-view-head">
        <StoryThumb view={v} index={i} />
        <div class="story-view-heading">
          <textarea
            class="story-title"
            name={`story-title-${i}`}
            aria-label={`Title of view ${i + 1}`}
            rows={1}
            value={v.title}
            // A title is one line of text however long: Enter ends the edit, pasted lines join.
            onKeyDown={(ev) => {
              if (ev.key === 'Enter') {
                ev.preventDefault();
                ev.currentTarget.blur();
              }
            }}
            onInput={(ev) => updateStoryView(i, { title: ev.currentTarget.value.replace(/\s*\n\s*/g, ' ') })}
          />
          <span class="muted">
            {i + 1} of {count} · {v.nodes.length} nodes
          </span>
        </div>
      </div>
      <textarea
        class="story-caption"
        name={`story-caption-${i}`}
        aria-label={`Caption of view ${i + 1}`}
        rows={1}
        placeholder="Caption"
        value={v.caption}
        onInput={(ev) => updateStoryView(i, { caption: ev.currentTarget.value })}
      />
      <StoryViewActions view={v} index={i} count={count} empty={empty} />
    </li>
  );
}

/** What can be done with a view: show it, present from it, update it from the canvas, move or delete it. */
function StoryViewActions({ view: v, index: i, count, empty }: StoryViewProps) {
  return (
    <div class="row story-view-actions">
      <button type="button" disabled={storyBusy()} onClick={() => void showView(v).then(() => offerViewText(v))}>
        Show
      </button>
      <button
        type="button"
        aria-label={`Present from view ${i + 1}`}
        disabled={storyBusy()}
        title="Present the story from this view"
        onClick={() => void presentFrom(story.value, i)}
      >
        Present
      </button>
      <button
        type="button"
        title={empty ? EMPTY_CANVAS : 'Save the canvas as it is now into this view'}
        disabled={empty}
        onClick={() => updateView(i)}
      >
        Update
      </button>
      <button type="button" aria-label="Move up" disabled={i === 0} onClick={() => moveStoryView(i, -1)}>
        ↑
      </button>
      <button type="button" aria-label="Move down" disabled={i === count - 1} onClick={() => moveStoryView(i, 1)}>
        ↓
      </button>
      <button
        type="button"
        aria-label={`Delete ${viewName(i, v)}`}
        title="Delete this view (Undo brings it back)"
        onClick={() => deleteView(i)}
      >
        ✕
      </button>
    </div>
  );
}

/**
 * Saves the canvas as a new view (named by the title and caption typed in Export for this canvas, if
 * any), and the new view's title takes the focus, its default text selected
 * to type over, whether the button was clicked or pressed from the keyboard (walk 13, 14: it was 5 Tabs
 * away; walk 14, 1: after a click the title typed went to the search). In the title Ctrl+Z is the
 * field's own undo.
 */
function saveAndFocusTitle(): void {
  saveTypedView();
  focusTitle(story.peek().length - 1);
}

/** Saves the canvas as the story's next view, named by the title and caption typed in Export, if any. */
function saveTypedView(): void {
  const typed = typedPictureText();
  saveView(typed.title || undefined, typed.caption);
}

function focusTitle(index: number): void {
  requestAnimationFrame(() => {
    const title = document.querySelector<HTMLTextAreaElement>(`textarea[name="story-title-${index}"]`);
    title?.focus();
    title?.select();
  });
}

/**
 * Saves the view from the canvas's own menu, leaving the panels as they are (walk 26: saving only
 * from the Story panel closed the details card at 1024, so a view with its card open could not be
 * saved there); the status line offers to title it.
 */
export function saveViewFromCanvas(): void {
  saveTypedView();
  const index = story.peek().length - 1;
  const view = story.peek()[index]!;
  setStatus({
    kind: 'done',
    message: `Saved ${viewName(index, view)} to the story.`,
    action: { label: 'Title it', run: () => (openPanel('story'), focusTitle(index)) },
  });
}

export function StoryPanel() {
  const views = story.value;
  const empty = canvasEmpty();
  const [note, setNote] = useState('');
  return (
    <section class="panel" aria-label="Story">
      <h2>Story</h2>
      <p class="muted">Save the canvas as a view, give it a title and a caption, and present the views in order.</p>
      <div class="row story-toolbar">
        <button
          type="button"
          class="primary"
          id="btn-save-view"
          disabled={empty}
          title={empty ? EMPTY_CANVAS : undefined}
          onClick={saveAndFocusTitle}
        >
          Save this view
        </button>
        <button type="button" id="btn-story-present" disabled={!views.length || storyBusy()} onClick={startPresenting}>
          Present
        </button>
        <StoryExports disabled={!views.length} setNote={setNote} />
      </div>
      <p id="story-note" class="muted" role="status">
        {note || (empty ? `${EMPTY_CANVAS}.` : '')}
      </p>
      <ol class="story-list">
        {views.map((v, i) => (
          <StoryViewItem view={v} index={i} count={views.length} empty={empty} />
        ))}
      </ol>
    </section>
  );
}
