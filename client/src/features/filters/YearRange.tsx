// The year window: a histogram of the dated links on the canvas and two range sliders that stay
// the same elements while they move (so a drag or the keyboard — arrows, Home/End, PageUp/Down —
// keeps working and keeps focus), with the count of dated links in the window (the timeline's) and Play.
import type { FilterState } from '../../app/types.ts';
import { datedLinks, undatedNote } from '../timeline/timeline-edges.ts';

export interface YearStats {
  bounds: { min: number; max: number };
  perYear: Map<number, number>;
  dated: number;
  /** Dated links the canvas shows: the timeline's count. */
  inWindow: number;
  /** Undated links the canvas shows (not on the timeline). */
  undated: number;
}

export function YearRange(props: {
  f: FilterState;
  stats: YearStats;
  playing: boolean;
  onChange(patch: Partial<FilterState>): void;
  onPlay(): void;
}) {
  const { f, stats } = props;
  const { min, max } = stats.bounds;
  const from = Math.max(min, Math.min(max, f.fromYear ?? min));
  const to = Math.max(min, Math.min(max, f.toYear ?? max));
  const years = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const reset = () => props.onChange({ fromYear: null, toYear: null, showUndated: true });
  if (min === max)
    return (
      <SingleYear year={min} dated={stats.dated} filtered={f.fromYear !== null || f.toYear !== null} onReset={reset} />
    );
  const slider = (which: 'from' | 'to') => (
    <input
      type="range"
      name={`year-${which}`}
      aria-label={which === 'from' ? 'From year' : 'To year'}
      aria-valuetext={String(which === 'from' ? from : to)}
      min={min}
      max={max}
      step={1}
      value={which === 'from' ? from : to}
      onInput={(ev) => {
        const v = Number(ev.currentTarget.value);
        props.onChange(which === 'from' ? { fromYear: Math.min(v, to) } : { toYear: Math.max(v, from) });
      }}
    />
  );
  return (
    <div>
      <Histogram years={years} from={from} to={to} perYear={stats.perYear} />
      <div class="row">
        <label>from {slider('from')}</label>
        <strong id="year-from-value">{from}</strong>
      </div>
      <div class="row">
        <label>to {slider('to')}</label>
        <strong id="year-to-value">{to}</strong>
      </div>
      <p id="year-count" class="muted">
        {datedLinks(stats.inWindow)} on the canvas fall in {from}–{to} (of {stats.dated});{' '}
        {f.showUndated ? undatedNote(stats.undated) || 'no undated links' : 'undated links are hidden'}.
      </p>
      <label class="check">
        <input
          type="checkbox"
          name="show-undated"
          checked={f.showUndated}
          onChange={(ev) => props.onChange({ showUndated: ev.currentTarget.checked })}
        />{' '}
        show undated links
      </label>
      <div class="row">
        <button type="button" id="btn-play" onClick={props.onPlay}>
          {props.playing ? 'Stop' : 'Play through the years'}
        </button>
        <button type="button" onClick={reset}>
          All years
        </button>
      </div>
    </div>
  );
}

/** Bars of the dated links per year, the ones in the window highlighted. */
function Histogram(props: { years: number[]; from: number; to: number; perYear: Map<number, number> }) {
  const peak = Math.max(1, ...props.perYear.values());
  return (
    <div class="histogram" aria-hidden="true">
      {props.years.map((y) => (
        <div
          class={y >= props.from && y <= props.to ? 'in' : ''}
          style={{ height: `${Math.round(((props.perYear.get(y) ?? 0) / peak) * 100)}%` }}
          title={`${y}: ${props.perYear.get(y) ?? 0}`}
        />
      ))}
    </div>
  );
}

/** Every dated link is from one year: say so instead of two sliders with nothing to slide over. */
function SingleYear(props: { year: number; dated: number; filtered: boolean; onReset(): void }) {
  const n = props.dated;
  const text =
    n === 0
      ? 'No dated link on the canvas yet'
      : n === 1
        ? `The one dated link on the canvas is from ${props.year}`
        : `All ${n} dated links on the canvas are from ${props.year}`;
  return (
    <div>
      <p id="year-count" class="muted">
        {text}; undated links stay visible.
      </p>
      {props.filtered ? (
        <button type="button" onClick={props.onReset}>
          All years
        </button>
      ) : null}
    </div>
  );
}
