// Links a draft to the graph: an entity that is already a node (same id, or a node whose name or
// alias is one of the entity's names, of the same kind) takes the node's id, and is left out of the
// draft's entities so that loading it cannot overwrite the node; the draft's relations point at
// the node (the loader accepts ends that exist in the graph).
import { cypherFile } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { EntityFact, FactsFile } from '../seed/facts.schema.ts';
import { fold, nameKey } from './text.ts';

export interface GraphNode {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
}

export interface Link {
  draftId: string;
  nodeId: string;
  how: 'id' | 'alias';
}

/** Finds, for each entity, the node it already is (if any). */
export type NodeFinder = (entities: EntityFact[]) => Promise<Map<string, GraphNode>>;

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

function phraseQuery(e: EntityFact): string {
  const forms = [...new Set([e.name, ...e.aliases].map((f) => fold(f).replace(LUCENE_SPECIAL, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean))];
  return forms.map((f) => `"${f}"`).join(' OR ');
}

export function graphNodeFinder(db: GraphDb): NodeFinder {
  return async (entities) => {
    const candidates = entities.map((e) => ({ key: e.id, id: e.id, query: phraseQuery(e) })).filter((c) => c.query);
    const found = new Map<string, GraphNode>();
    if (!candidates.length) return found;
    const byKey = new Map(entities.map((e) => [e.id, e]));
    const r = await db.read<{ key: string; same: GraphNode | null; hits: GraphNode[] }>(cypherFile('ingest/match-entities.cypher'), { candidates });
    for (const rec of r.records) {
      const e = byKey.get(rec.get('key'))!;
      const same = rec.get('same');
      // Ids are unique across kinds: the node with this id is this entity.
      if (same) {
        found.set(e.id, same);
        continue;
      }
      const forms = new Set([e.name, ...e.aliases].map(nameKey));
      const hit = rec.get('hits').find((n) => n.kind === e.kind && [n.name, ...n.aliases].some((f) => forms.has(nameKey(f))));
      if (hit) found.set(e.id, hit);
    }
    return found;
  };
}

/** Rewrites the draft onto the graph's ids; returns what was linked. */
export async function linkDraft(draft: FactsFile, find: NodeFinder): Promise<Link[]> {
  const nodes = await find(draft.entities);
  if (!nodes.size) return [];
  const links: Link[] = [...nodes.entries()].map(([draftId, n]) => ({ draftId, nodeId: n.id, how: draftId === n.id ? 'id' : 'alias' }));
  const rename = new Map(links.map((l) => [l.draftId, l.nodeId]));
  for (const r of draft.relations) {
    r.from = rename.get(r.from) ?? r.from;
    r.to = rename.get(r.to) ?? r.to;
  }
  const kept = draft.entities.filter((e) => !nodes.has(e.id));
  // A facts file declares at least one entity; if every one is known, keep the first (the loader
  // then refreshes that node with this article's forms of it).
  draft.entities = kept.length ? kept : draft.entities.slice(0, 1).map((e) => ({ ...e, id: rename.get(e.id)! }));
  draft.relations = draft.relations.filter((r) => r.from !== r.to);
  return links;
}
