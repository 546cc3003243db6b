// The story: saved views in order, each with its own title and caption; show one, reorder, delete,
// present them all, or export a PNG per view or one PDF (a page per view). The story travels in the
// share link.
import { useState } from 'preact/hooks';
import { moveStoryView, present, removeStoryView, story, updateStoryView } from '../../app/store.ts';
import { exportStoryPngs } from '../export/story-export.ts';
import { applyView, saveView, startPresenting } from './present-actions.ts';

const STORY_EXPORTS = [
  { id: 'btn-story-png', label: 'PNG per view', run: exportStoryPngs },
  {
    id: 'btn-story-pdf',
    label: 'PDF',
    // pdf-lib, fontkit and the font load only now: the main bundle stays as it was.
    run: async () => (await import('../export/story-pdf.ts')).exportStoryPdf(story.value[0]?.title),
  },
];

/** A PNG per view, or one PDF with a page per view; the note says what was saved. */
function StoryExports({ disabled, setNote }: { disabled: boolean; setNote(note: string): void }) {
  return (
    <>
      {STORY_EXPORTS.map((x) => (
        <button
          type="button"
          id={x.id}
          disabled={disabled}
          onClick={async () => {
            setNote('Exporting…');
            setNote(await x.run());
          }}
        >
          {x.label}
        </button>
      ))}
    </>
  );
}

export function StoryPanel() {
  const views = story.value;
  const [note, setNote] = useState('');
  return (
    <section class="panel" aria-label="Story">
      <h2>Story</h2>
      <p class="muted">Save the canvas as a view, give it a title and a caption, and present the views in order.</p>
      <div class="row">
        <button type="button" class="primary" id="btn-save-view" onClick={() => saveView()}>
          Save this view
        </button>
        <button type="button" id="btn-story-present" disabled={!views.length} onClick={startPresenting}>
          Present
        </button>
        <StoryExports disabled={!views.length} setNote={setNote} />
      </div>
      <p id="story-note" class="muted" role="status">
        {note}
      </p>
      <ol class="story-list">
        {views.map((v, i) => (
          <li class="stack story-view">
            <input
              type="text"
              name={`story-title-${i}`}
              aria-label={`Title of view ${i + 1}`}
              value={v.title}
              onInput={(ev) => updateStoryView(i, { title: ev.currentTarget.value })}
            />
            <textarea
              name={`story-caption-${i}`}
              aria-label={`Caption of view ${i + 1}`}
              rows={2}
              placeholder="Caption"
              value={v.caption}
              onInput={(ev) => updateStoryView(i, { caption: ev.currentTarget.value })}
            />
            <div class="row">
              <span class="muted">{v.nodes.length} nodes</span>
              <button type="button" onClick={() => applyView(v, false)}>
                Show
              </button>
              <button type="button" onClick={() => present(i)}>
                Present from here
              </button>
              <button type="button" aria-label="Move up" disabled={i === 0} onClick={() => moveStoryView(i, -1)}>
                ↑
              </button>
              <button
                type="button"
                aria-label="Move down"
                disabled={i === views.length - 1}
                onClick={() => moveStoryView(i, 1)}
              >
                ↓
              </button>
              <button type="button" aria-label="Delete view" onClick={() => removeStoryView(i)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
