// The numbers behind the year window and Play: the dated links on the canvas per year, the span the
// sliders cover, and the years Play steps through (from the first busy year, over empty stretches).
import type cytoscape from 'cytoscape';
import type { FilterState } from '../../app/types.ts';
import { isDated, passesButYears, yearOf } from '../../canvas/visibility.ts';
import { timelineEdges, undatedShown } from '../timeline/timeline-edges.ts';
import type { YearStats } from './YearRange.tsx';

export function yearStats(
  cy: cytoscape.Core,
  f: FilterState,
  graphYears: { min: number; max: number } | null,
): YearStats {
  const edges = cy.edges().filter((e) => f.types.includes(e.data('type')) && isDated(e.data()));
  const perYear = new Map<number, number>();
  edges.forEach((e) => {
    const y = yearOf(e.data('dateFrom') ?? e.data('date'));
    if (y !== null) perYear.set(y, (perYear.get(y) ?? 0) + 1);
  });
  const all = cy
    .edges()
    .map((e) => yearOf(e.data('dateFrom') ?? e.data('date')))
    .filter((y): y is number => y !== null);
  const bounds = all.length
    ? { min: Math.min(...all), max: Math.max(...all) }
    : (graphYears ?? { min: 2000, max: new Date().getFullYear() });
  // What the timeline lists, counted the same way (kinds, sources and hidden links included).
  const inWindow = timelineEdges(cy).length;
  // Until the graph's years arrive (an empty canvas), the fallback span is a guess: not shown.
  const known = all.length > 0 || graphYears !== null;
  // Out of the dated links every other filter leaves (walk 28, 4).
  const dated = edges.filter((e) => passesButYears(e as cytoscape.EdgeSingular, f)).length;
  return { bounds, perYear, dated, inWindow, undated: undatedShown(cy), known };
}

/** Play's steps: each year with events, and the years between two busy years less than 3 apart. */
export function playYears(perYear: Map<number, number>, max: number): number[] {
  const busy = [...perYear.keys()].sort((a, b) => a - b);
  if (!busy.length) return [];
  const out: number[] = [];
  for (let i = 0; i < busy.length; i++) {
    const y = busy[i]!;
    out.push(y);
    const next = busy[i + 1];
    if (next !== undefined && next - y < 3) for (let k = y + 1; k < next; k++) out.push(k);
  }
  if (out[out.length - 1]! < max) out.push(max);
  return out;
}
