// The explorer's state vocabulary: what the store holds and the share link carries.
import type { EdgeType, NodeKind } from '../../../common/model.ts';

export interface FilterState {
  kinds: NodeKind[];
  types: EdgeType[];
  countries: string[];
  /** Inclusive year range over edge dates. */
  fromYear: number | null;
  toYear: number | null;
  /** Undated links stay visible unless this is off (Play turns it off to show only what happened when). */
  showUndated: boolean;
  /**
   * Hide a node whose links on the canvas are all filtered out (it had some, none is left), and set
   * aside those "Whole graph" brought with no link at all. A node added on its own, such as a single
   * search result, stays (unless only corroborated links are shown).
   */
  hideUnlinked: boolean;
  /** Only links stated by at least this many independent outlets (1: every link). */
  minSources: number;
}

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst' | 'grid' | 'geo';
export type SizeBy = 'none' | 'degree' | 'pagerank';
export type LabelMode = 'canonical' | 'ascii' | 'chinese';

export interface StyleState {
  sizeBy: SizeBy;
  labelMode: LabelMode;
  edgeLabels: boolean;
}

export type PanelName = 'filters' | 'timeline' | 'paths' | 'cypher' | 'export' | 'story' | 'review';

/** Each panel's name on its tab, in the tabs' order. */
export const PANEL_TITLES: Record<PanelName, string> = {
  filters: 'Filters',
  timeline: 'Timeline',
  paths: 'Paths',
  cypher: 'Cypher',
  export: 'Export',
  story: 'Story',
  review: 'Review',
};

export interface StatusMessage {
  kind: 'info' | 'error' | 'busy' | 'done';
  message: string;
  /** A step the message offers, as a button beside it (Undo after a deletion). */
  action?: { label: string; run: () => void };
}

/** One saved view of a story: what the canvas showed, with a title and caption for presenting. */
export interface StoryView {
  title: string;
  caption: string;
  /** Node ids shown, positions (model units, rounded), and the viewport. */
  nodes: { id: string; x: number; y: number }[];
  zoom: number;
  pan: { x: number; y: number };
  /** The layout the view was saved in: a view restores it (and the basemap only with the map). */
  layout?: LayoutName;
  /**
   * Ids of the links shown when saved, and the filters then: a view is a snapshot, so links loaded
   * or filters changed later do not change it. Views saved before these were kept show every link
   * between their nodes under the current filters.
   */
  edges?: string[];
  filters?: FilterState;
  /**
   * The part of the canvas no panel covered when saved (screen px): with zoom and pan it says what
   * the view showed, which Present fits to its own screen.
   */
  frame?: { x: number; y: number; w: number; h: number };
  /**
   * A small picture of the view (PNG data URL) for the story list. Never in the share link (it would
   * make the link long): a restored view has none until it is shown again.
   */
  thumb?: string;
  /** Ids of the elements selected when saved: the view, presented or exported, shows them selected. */
  selected?: string[];
  /**
   * Ids of the elements a path or query result highlighted when saved: the view, shown, presented or
   * exported, shows them highlighted and the rest faded (a story view of a path shows the path).
   */
  highlight?: string[];
}

export type ElementGroup = 'nodes' | 'edges';

export interface ElementRef {
  id: string;
  group: ElementGroup;
}
