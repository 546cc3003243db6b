// While presenting: the view's title and caption over the canvas, and previous / next / leave.
import { present, presenting, story } from '../../app/store.ts';

export function PresentationBar() {
  const at = presenting.value;
  if (at === null) return null;
  const views = story.value;
  const view = views[at];
  return (
    <div class="presentation-bar" aria-live="polite">
      <div class="presentation-caption canvas-overlay">
        <h2 id="present-title">{view?.title}</h2>
        {view?.caption ? <p id="present-caption">{view.caption}</p> : null}
      </div>
      <div class="presentation-controls canvas-overlay">
        <button type="button" id="btn-present-prev" disabled={at === 0} onClick={() => present(at - 1)}>
          ← Previous
        </button>
        <span class="muted">
          {at + 1} / {views.length}
        </span>
        <button type="button" id="btn-present-next" disabled={at >= views.length - 1} onClick={() => present(at + 1)}>
          Next →
        </button>
        <button type="button" id="btn-exit-present" onClick={() => present(null)}>
          Leave (Esc)
        </button>
      </div>
    </div>
  );
}
