// The year window: a histogram of the dated links on the canvas and one range control with two
// handles aligned with it, which stay the same elements while they move (so a drag or the
// keyboard — arrows, Home/End, PageUp/Down — keeps working and keeps focus), with the count of
// dated links in the window (the timeline's) and Play.
import { useRef } from 'preact/hooks';
import type { FilterState } from '../../app/types.ts';
import { datedLinks, undatedNote } from '../timeline/timeline-edges.ts';
import { PlayControls } from './PlayControls.tsx';

export interface YearStats {
  bounds: { min: number; max: number };
  perYear: Map<number, number>;
  dated: number;
  /** Dated links the canvas shows: the timeline's count. */
  inWindow: number;
  /** Undated links the canvas shows (not on the timeline). */
  undated: number;
  /** False while the span is a guess (the graph's years not read yet): the control waits for them. */
  known?: boolean;
}

/** A filter change; a year handle's moves also name the gesture they belong to (one undo step). */
type FilterChange = (patch: Partial<FilterState>, gesture?: string) => void;

export function YearRange(props: { f: FilterState; stats: YearStats; onChange: FilterChange }) {
  const { f, stats } = props;
  const { min, max } = stats.bounds;
  const from = Math.max(min, Math.min(max, f.fromYear ?? min));
  const to = Math.max(min, Math.min(max, f.toYear ?? max));
  const years = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const reset = () => props.onChange({ fromYear: null, toYear: null, showUndated: true });
  if (stats.known === false)
    return (
      <p id="year-count" class="muted">
        Reading the years of the links…
      </p>
    );
  if (min === max)
    return (
      <SingleYear year={min} dated={stats.dated} filtered={f.fromYear !== null || f.toYear !== null} onReset={reset} />
    );
  return (
    <div>
      <div class="year-values">
        <span>
          from <strong id="year-from-value">{from}</strong>
        </span>
        <span>
          to <strong id="year-to-value">{to}</strong>
        </span>
      </div>
      <YearScale years={years} from={from} to={to} perYear={stats.perYear} onChange={props.onChange} />
      <p id="year-count" class="muted">
        {datedLinks(stats.inWindow)} on the canvas {stats.inWindow === 1 ? 'falls' : 'fall'} in {from}–{to} (of{' '}
        {stats.dated}); {f.showUndated ? undatedNote(stats.undated) || 'no undated links' : 'undated links are hidden'}.
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
      <PlayControls />
      <div class="row">
        <button type="button" onClick={reset}>
          All years
        </button>
      </div>
    </div>
  );
}

/**
 * One range control with two handles over the histogram: the two native range inputs lie on one
 * track (only their handles take the pointer), so each keeps the keyboard (arrows, Home/End,
 * PageUp/Down) and its focus; each year's bar is centred on the point its handle stops at, inside
 * the track (styles.css: .histogram div).
 */
function YearScale(props: {
  years: number[];
  from: number;
  to: number;
  perYear: Map<number, number>;
  onChange: FilterChange;
}) {
  const { years, from, to } = props;
  const gesture = useGesture();
  const min = years[0]!;
  const max = years[years.length - 1]!;
  const frac = (y: number) => (y - min) / (max - min);
  /** A handle set to year `v`, kept on its side of the other. Returns the year it took. */
  const move = (which: Handle, v: number) => {
    const next = which === 'from' ? Math.min(v, to) : Math.max(v, from);
    if (next === (which === 'from' ? from : to)) return next; // a drag within one year's step
    // A handle back at its end is no limit (walk 13, 11: Home left "1 active filter" on 1950–2025).
    const id = `${which}-${gesture.id()}`;
    if (which === 'from') props.onChange({ fromYear: next === min ? null : next }, id);
    else props.onChange({ toYear: next === max ? null : next }, id);
    return next;
  };
  const inputs = { from: useRef<HTMLInputElement>(null), to: useRef<HTMLInputElement>(null) };
  const press = useTrackPress({ min, max, from, to, move, begin: () => gesture.begin('pointer'), inputs });
  // Both handles on one year, only the top one takes the pointer: dragged past the other, the drag
  // takes the other handle for the rest of it (walk 35, B3: "To year" on top, a drag left did nothing).
  const steer = useRef<Handle | null>(null);
  const onHandleInput = (which: Handle, input: HTMLInputElement) => {
    const v = Number(input.value);
    const other: Handle = which === 'from' ? 'to' : 'from';
    const past = which === 'to' ? v < from : v > to;
    if (!steer.current && gesture.mode() === 'pointer' && from === to && past) steer.current = other;
    const as = steer.current ?? which;
    const next = move(as, v);
    const own = as === which ? next : which === 'from' ? from : to;
    if (own !== v) input.value = String(own);
  };
  const handle = (which: Handle) => (
    <input
      ref={inputs[which]}
      type="range"
      name={`year-${which}`}
      aria-label={which === 'from' ? 'From year' : 'To year'}
      aria-valuetext={String(which === 'from' ? from : to)}
      min={min}
      max={max}
      step={1}
      value={which === 'from' ? from : to}
      // Both handles at the right end: the "from" one on top, else it could not be moved back.
      class={which === 'from' && from === max ? 'on-top' : ''}
      onPointerDown={() => ((steer.current = null), gesture.begin('pointer'))}
      onKeyDown={() => ((steer.current = null), gesture.begin('keys'))}
      onInput={(ev) => onHandleInput(which, ev.currentTarget)}
    />
  );
  return (
    <div class="year-scale" style={{ '--gaps': String(max - min) }}>
      <Histogram years={years} from={from} to={to} perYear={props.perYear} />
      <div class="year-track" {...press}>
        <div class="year-span" style={{ '--a': String(frac(from)), '--b': String(frac(to)) }} />
        {handle('from')}
        {handle('to')}
      </div>
    </div>
  );
}

type Handle = 'from' | 'to';

/**
 * A press on the track, off both handles, takes the nearer handle to the year under the pointer and
 * drags it on until release, as a native slider does (walk 33, 4: a click on the track did nothing;
 * only the handles took the pointer, the two inputs lying on one track).
 */
function useTrackPress(o: {
  min: number;
  max: number;
  from: number;
  to: number;
  move: (which: Handle, year: number) => number;
  begin: () => void;
  inputs: Record<Handle, { current: HTMLInputElement | null }>;
}) {
  const dragging = useRef<Handle | null>(null);
  const yearAt = (track: HTMLElement, clientX: number) => {
    const r = track.getBoundingClientRect();
    // The handles' centres run from half a handle in from each end (styles.css: --thumb).
    const thumb = parseFloat(getComputedStyle(track).getPropertyValue('--thumb')) || 0;
    const f = (clientX - r.left - thumb / 2) / Math.max(1, r.width - thumb);
    return Math.round(o.min + Math.max(0, Math.min(1, f)) * (o.max - o.min));
  };
  return {
    onPointerDown: (ev: PointerEvent) => {
      const track = ev.currentTarget as HTMLElement;
      if (ev.target instanceof HTMLInputElement || ev.button !== 0) return; // a handle's own drag
      const y = yearAt(track, ev.clientX);
      const which: Handle = y <= o.from ? 'from' : y >= o.to ? 'to' : y - o.from <= o.to - y ? 'from' : 'to';
      o.begin();
      dragging.current = which;
      track.setPointerCapture(ev.pointerId);
      ev.preventDefault(); // no text selection; the handle takes focus instead
      o.inputs[which].current?.focus();
      o.move(which, y);
    },
    onPointerMove: (ev: PointerEvent) => {
      if (dragging.current) o.move(dragging.current, yearAt(ev.currentTarget as HTMLElement, ev.clientX));
    },
    onPointerUp: () => void (dragging.current = null),
    onPointerCancel: () => void (dragging.current = null),
  };
}

/**
 * Numbers the gestures on the handles: a drag (pointer down to up) is one, a run of key presses is
 * one, and a drag after keys starts another (walk 26, 4: Undo after keys then a drag took back both).
 */
function useGesture() {
  const state = useRef({ n: 0, mode: '' as '' | 'pointer' | 'keys' });
  return {
    begin(mode: 'pointer' | 'keys') {
      const s = state.current;
      // Each press of the pointer is a new drag; keys in a row stay one gesture.
      if (mode === 'pointer' || s.mode !== mode) s.n += 1;
      s.mode = mode;
    },
    id: () => state.current.n,
    mode: () => state.current.mode,
  };
}

/** Bars of the dated links per year, the ones in the window highlighted. */
function Histogram(props: { years: number[]; from: number; to: number; perYear: Map<number, number> }) {
  const peak = Math.max(1, ...props.perYear.values());
  return (
    <div class="histogram" aria-hidden="true">
      {props.years.map((y, i) => (
        <div
          class={y >= props.from && y <= props.to ? 'in' : ''}
          style={{
            height: `${Math.round(((props.perYear.get(y) ?? 0) / peak) * 100)}%`,
            '--f': String(i / Math.max(1, props.years.length - 1)),
          }}
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
