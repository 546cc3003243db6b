// The UI's events, declared once. Views talk to each other only through this bus, so a view never
// imports another view; `emit` and `on` are checked against this map.
import type { EdgeType, NodeKind } from '../../common/model.ts';

export interface FilterState {
  kinds: NodeKind[];
  types: EdgeType[];
  countries: string[];
  /** Inclusive year range over edge dates; undated edges always stay visible. */
  fromYear: number | null;
  toYear: number | null;
  /**
   * Hide a node whose links on the canvas are all filtered out (it had some, none is left). A node
   * that never had a link on the canvas, such as a single search result, stays.
   */
  hideUnlinked: boolean;
}

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst' | 'grid' | 'geo';
export type SizeBy = 'none' | 'degree' | 'pagerank';
export type LabelMode = 'canonical' | 'ascii' | 'chinese';

export interface StyleState {
  sizeBy: SizeBy;
  labelMode: LabelMode;
  edgeLabels: boolean;
}

export interface UiEvents {
  /** Put a node on the canvas (from search, a path, a console result…) and select it. */
  'node:add': { id: string };
  'node:expand': { id: string };
  'select:element': { id: string } | null;
  'details:show': { id: string; group: 'nodes' | 'edges' } | null;
  'article:open': { articleId: string; quote?: string };
  'filters:changed': FilterState;
  'style:changed': StyleState;
  'layout:run': { name: LayoutName };
  /** The set of elements on the canvas changed (added, removed, hidden, filtered). */
  'canvas:changed': void;
  'status': { kind: 'info' | 'error' | 'busy' | 'done'; message: string };
  'panel:open': { panel: PanelName };
  'console:open': { query: string; params?: Record<string, unknown> };
}

export type PanelName = 'filters' | 'details' | 'timeline' | 'paths' | 'cypher' | 'export';

type Handler<K extends keyof UiEvents> = (payload: UiEvents[K]) => void;

export class EventBus {
  private handlers = new Map<keyof UiEvents, Set<Handler<never>>>();

  on<K extends keyof UiEvents>(name: K, handler: Handler<K>): () => void {
    let set = this.handlers.get(name);
    if (!set) this.handlers.set(name, (set = new Set()));
    set.add(handler as Handler<never>);
    return () => set.delete(handler as Handler<never>);
  }

  emit<K extends keyof UiEvents>(name: K, ...payload: UiEvents[K] extends void ? [] : [UiEvents[K]]): void {
    for (const h of this.handlers.get(name) ?? []) (h as Handler<K>)(payload[0] as UiEvents[K]);
  }
}
