// The explorer's one store: filters, style, layout, open panels, details, selection, story and
// status as signals. Views read the signals and change them only through the named actions below,
// so the share link, Copy as Cypher and the exports all read the same, current state.
import { batch, signal } from '@preact/signals';
import { EDGE_TYPES, NODE_KINDS } from '../../../common/model.ts';
import type { ElementRef, FilterState, LayoutName, PanelName, StatusMessage, StoryView, StyleState } from './types.ts';

export const ALL_FILTERS: FilterState = {
  kinds: [...NODE_KINDS],
  types: [...EDGE_TYPES],
  countries: [],
  fromYear: null,
  toYear: null,
  showUndated: true,
  hideUnlinked: true,
  minSources: 1,
};

export const DEFAULT_STYLE: StyleState = { sizeBy: 'degree', labelMode: 'canonical', edgeLabels: false };

export interface Selection {
  nodes: string[];
  edges: string[];
  /** What the single selected element is called, for the selection bar. */
  label: string;
}

export const filters = signal<FilterState>(structuredClone(ALL_FILTERS));
export const style = signal<StyleState>({ ...DEFAULT_STYLE });
export const layoutName = signal<LayoutName>('fcose');
export const panel = signal<PanelName | null>('filters');
export const details = signal<ElementRef | null>(null);
/**
 * The details card drawn compact (a summary over the left panel's foot with "Open details"): the
 * card and the left panel have no room side by side and the user is working in the panel
 * (app/narrow-panels.ts).
 */
export const detailsCompact = signal(false);
/** The panel the app folded to make room for the details card: its tab is marked until a panel opens. */
export const foldedPanel = signal<PanelName | null>(null);
export const selection = signal<Selection>({ nodes: [], edges: [], label: '' });
export const story = signal<StoryView[]>([]);
/** The story's pictures number the links that cite an article and list their sources (its exports' option). */
export const storySources = signal(false);
/** Index of the story view on screen while presenting; null when not presenting. */
export const presenting = signal<number | null>(null);
export const status = signal<StatusMessage | null>(null);
/** Whether Play is stepping through the years (the filters' year window moving). */
export const playing = signal(false);
/** Bumped whenever the set of elements on the canvas, or what of it is shown, changes. */
export const canvasVersion = signal(0);
/** The graph's whole date range (from /api/stats), the year sliders' span until the canvas has dated links. */
export const graphYears = signal<{ min: number; max: number } | null>(null);
export const undoLabel = signal<string | null>(null);
/** The step Redo would do again (the last one undone), null when there is none. */
export const redoLabel = signal<string | null>(null);

// ---- actions ----

export function setFilters(patch: Partial<FilterState>): void {
  filters.value = { ...filters.value, ...patch };
}

export function resetYears(): void {
  setFilters({ fromYear: null, toYear: null, showUndated: true });
}

export function setStyle(patch: Partial<StyleState>): void {
  style.value = { ...style.value, ...patch };
}

export function setLayout(name: LayoutName): void {
  layoutName.value = name;
}

export function openPanel(name: PanelName): void {
  panel.value = name;
}

export function closePanel(): void {
  panel.value = null;
}

/** Whether the details on show were asked for (Enter, the menu), not opened on the side. */
let detailsAsked = false;

/**
 * Shows `target`'s details card. `asked`: the user asked for this element's details; where the card and
 * the left panel have no room together, an asked-for card folds the panel, one opened on the side
 * (a click on the canvas, a share link) shows compact beside the panel instead (narrow-panels.ts).
 */
export function showDetails(target: ElementRef | null, asked = false): void {
  detailsAsked = asked && target !== null;
  details.value = target;
}

export const detailsWereAsked = (): boolean => detailsAsked;

/** True while an open card moves to the new selection (followDetails): nothing folds for it. */
let detailsFollowing = false;

/** An open card shows `target`, the element now selected, in its place (whether it was asked for stays). */
export function followDetails(target: ElementRef): void {
  detailsFollowing = true;
  try {
    details.value = target;
  } finally {
    detailsFollowing = false;
  }
}

export const detailsAreFollowing = (): boolean => detailsFollowing;

export function setSelection(next: Selection): void {
  selection.value = next;
}

/** When the status line was last set (performance.now()): a hint does not replace what was just said. */
let statusSetAt = -Infinity;
export const statusAge = (): number => performance.now() - statusSetAt;

export function setStatus(message: StatusMessage | null): void {
  statusSetAt = performance.now();
  status.value = message;
}

export function canvasChanged(): void {
  canvasVersion.value = canvasVersion.peek() + 1;
}

export function addStoryView(view: StoryView): void {
  story.value = [...story.value, view];
}

export function updateStoryView(index: number, patch: Partial<Pick<StoryView, 'title' | 'caption'>>): void {
  story.value = story.value.map((v, i) => (i === index ? { ...v, ...patch } : v));
}

/** Puts `view` (captured anew from the canvas) in place of view `index`, keeping its title and caption. */
export function replaceStoryView(index: number, view: StoryView): void {
  story.value = story.value.map((v, i) => (i === index ? { ...view, title: v.title, caption: v.caption } : v));
}

/**
 * Gives the view whose node list is `nodes` its thumbnail. The node list is the view's identity here:
 * editing a title or caption copies the view but keeps it, and a picture may arrive after such an edit.
 */
export function setStoryThumb(nodes: StoryView['nodes'], thumb: string): void {
  story.value = story.value.map((v) => (v.nodes === nodes ? { ...v, thumb } : v));
}

export function removeStoryView(index: number): void {
  story.value = story.value.filter((_, i) => i !== index);
}

/** Puts `view` back into the story at `index` (a deleted view, undone). */
export function insertStoryView(index: number, view: StoryView): void {
  const next = [...story.value];
  next.splice(Math.min(index, next.length), 0, view);
  story.value = next;
}

export function moveStoryView(index: number, by: -1 | 1): void {
  const next = [...story.value];
  const j = index + by;
  if (j < 0 || j >= next.length) return;
  [next[index], next[j]] = [next[j]!, next[index]!];
  story.value = next;
}

export function setStorySources(on: boolean): void {
  storySources.value = on;
}

export function setStory(views: StoryView[]): void {
  story.value = views;
}

export function present(index: number | null): void {
  presenting.value = index;
}

/** Everything a share link restores, in one step (one re-render). */
export function restoreState(s: {
  filters: FilterState;
  style: StyleState;
  layout: LayoutName;
  panel: PanelName | null;
  story: StoryView[];
  storySources?: boolean;
}): void {
  batch(() => {
    filters.value = s.filters;
    style.value = s.style;
    layoutName.value = s.layout;
    panel.value = s.panel;
    story.value = s.story;
    storySources.value = !!s.storySources;
  });
}
