// Play's controls, the same in the Filters and the Timeline panels: Play or Stop, and while
// playing the year on show, Pause or Resume and a step to the previous or next year (play.ts).
import { pausePlay, play, stepPlay, togglePlay } from './play.ts';

export function PlayControls() {
  const s = play.value;
  return (
    <div class="play-controls">
      <div class="row">
        <button type="button" id="btn-play" onClick={togglePlay}>
          {s ? 'Stop' : 'Play through the years'}
        </button>
        {s ? (
          <>
            <button type="button" id="btn-play-pause" onClick={() => pausePlay(!s.paused)}>
              {s.paused ? 'Resume' : 'Pause'}
            </button>
            <button type="button" id="btn-play-prev" disabled={s.at === 0} onClick={() => stepPlay(-1)}>
              ‹ Previous year
            </button>
            <button type="button" id="btn-play-next" disabled={s.at === s.steps.length - 1} onClick={() => stepPlay(1)}>
              Next year ›
            </button>
          </>
        ) : null}
      </div>
      {s ? (
        <p id="play-year" class="muted" aria-live="polite">
          {s.paused ? 'Paused at' : 'Playing'} <strong>{s.steps[s.at]}</strong> (links of {s.steps[0]}–{s.steps[s.at]};
          year {s.at + 1} of {s.steps.length})
        </p>
      ) : null}
    </div>
  );
}
