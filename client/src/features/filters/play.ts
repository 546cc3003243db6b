// Play through the years: one action for the Filters and the Timeline panels (walk 15, 5: it ran
// 2012 -> 2016 -> 2021 in about 2 seconds, and only Filters offered it). The year window grows from
// the first busy year, one step at a time; a year with links stays on screen long enough to read
// them, a quiet year between two busy ones passes quickly. It can be paused and stepped (previous,
// next year); Stop, or its end, gives back the filters and the view it started from (play-view.ts).
import { signal } from '@preact/signals';
import { canvas } from '../../app/context.ts';
import { filters, graphYears, layoutName, playing, setFilters, setStatus } from '../../app/store.ts';
import type { FilterState } from '../../app/types.ts';
import { sayWhatShows } from './filter-status.ts';
import { endPlay, followPlay, playStart, type PlayStart } from './play-view.ts';
import { playYears, yearStats } from './year-stats.ts';

/** How long a year with links stays on screen, and a quiet year between two busy ones. */
export const BUSY_YEAR_MS = 1500;
export const QUIET_YEAR_MS = 500;

export interface PlayState {
  /** The years Play steps through, and the one it shows now (an index into them). */
  steps: number[];
  at: number;
  /** Years with links on the canvas. */
  busy: Set<number>;
  paused: boolean;
}

/** What Play is doing (null: not playing); the panels' controls read it. */
export const play = signal<PlayState | null>(null);

let timer: ReturnType<typeof setTimeout> | undefined;
/** The filters Play changes, as they were before it; given back when it ends or is stopped. */
let before: Pick<FilterState, 'fromYear' | 'toYear' | 'showUndated'> | null = null;
let view: PlayStart | null = null;

function show(state: PlayState): void {
  play.value = state;
  setFilters({ fromYear: state.steps[0]!, toYear: state.steps[state.at]! });
  followPlay(canvas().cy, layoutName.peek() === 'geo');
  schedule();
}

/** The next step after the year on show has stayed its time; nothing while paused. */
function schedule(): void {
  clearTimeout(timer);
  const s = play.peek();
  if (!s || s.paused) return;
  const ms = s.busy.has(s.steps[s.at]!) ? BUSY_YEAR_MS : QUIET_YEAR_MS;
  timer = setTimeout(() => {
    const now = play.peek();
    if (!now) return;
    if (now.at + 1 >= now.steps.length) return stopPlay();
    show({ ...now, at: now.at + 1 });
  }, ms);
}

export function startPlay(): void {
  if (play.peek()) return;
  const cy = canvas().cy;
  const stats = yearStats(cy, filters.peek(), graphYears.peek());
  const { fromYear, toYear, showUndated } = filters.peek();
  // Within the years the user chose (walk 30: it played from 1950 with 2012–2025 set).
  const chosen = (y: number) => (fromYear === null || y >= fromYear) && (toYear === null || y <= toYear);
  const steps = playYears(stats.perYear, Math.min(stats.bounds.max, toYear ?? Infinity)).filter(chosen);
  if (!steps.length) return;
  before = { fromYear, toYear, showUndated };
  view = playStart(cy);
  playing.value = true;
  // Undated links hide while playing (the switch shows it and can undo it).
  setFilters({ showUndated: false });
  const busy = new Set([...stats.perYear.entries()].filter(([, n]) => n > 0).map(([y]) => y));
  // The line said what the filters showed before Play ("Showing all 56 nodes…" while 6 were on
  // show in 2012: walk 28, 3); what Play shows, year by year, its panel says.
  setStatus({
    kind: 'info',
    message: `Playing the links year by year, ${steps[0]}–${steps[steps.length - 1]}; undated links hidden meanwhile. Stop gives your years back.`,
  });
  show({ steps, at: 0, busy, paused: false });
}

export function stopPlay(): void {
  clearTimeout(timer);
  if (!play.peek()) return;
  const back = filtersAfterPlay();
  play.value = null;
  before = null;
  if (back) setFilters(back);
  if (view) endPlay(canvas().cy, view);
  view = null;
  playing.value = false;
  sayWhatShows(canvas().cy, filters.peek()); // what the years given back show, not "Playing…"
}

/**
 * The filters as Play will give them back: the user's own, which a share link carries while Play
 * runs or is paused (the address bar keeps them too, live-link.ts); null when not playing.
 */
export function filtersAfterPlay(): FilterState | null {
  if (!play.peek() || !before) return null;
  // Undated links stay shown if the user switched them back on while playing.
  return { ...filters.peek(), ...before, showUndated: before.showUndated || filters.peek().showUndated };
}

export function togglePlay(): void {
  if (play.peek()) stopPlay();
  else startPlay();
}

/** Pause keeps the year on show (and the filters Play set) until Resume or a step. */
export function pausePlay(paused: boolean): void {
  const s = play.peek();
  if (!s) return;
  play.value = { ...s, paused };
  schedule();
}

/** The previous or next year, Play paused there (a step is the user reading at their own pace). */
export function stepPlay(delta: -1 | 1): void {
  const s = play.peek();
  if (!s) return;
  const at = Math.max(0, Math.min(s.steps.length - 1, s.at + delta));
  show({ ...s, at, paused: true });
}
