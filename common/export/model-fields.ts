// What a data export carries of an element: the fields of the model (the wire's node and edge
// vocabulary), nothing a view adds to draw it (a map cluster, a numbered-source badge, a display
// label). Written once here, so the explorer's files and the server's read the same.
import { EdgeData, NodeData } from '../wire.ts';

const FIELDS = {
  node: new Set(Object.keys(NodeData.shape)),
  edge: new Set(Object.keys(EdgeData.shape)),
};

/** The element's data cut to the model's fields for its group. */
export function modelData<T>(group: 'node' | 'edge', data: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(data).filter(([k]) => FIELDS[group].has(k))) as T;
}
