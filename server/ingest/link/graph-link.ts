// Links a draft to the graph: an entity that is already a node (same id, or a node whose name or
// alias is one of the entity's names, of the same kind) takes the node's id, and the draft's
// relations point at the node. The entity stays in the draft restated as the node (its id, kind and
// name) with only the spellings the node lacks: the loader merges properties and unions aliases,
// so loading it adds this article's new forms of the name and nothing curated is overwritten.
import type { GraphDb } from '../../db/graph-db.ts';
import { matchEntities, type GraphNode } from '../../services/entity-match.service.ts';
import { escapeLucene } from '../../../common/text/lucene-query.ts';
import type { EntityFact, FactsFile } from '../../facts/facts.schema.ts';
import type { NodeKind } from '../../../common/model.ts';
import { fold, nameKey } from '../text.ts';

export type { GraphNode };

/** Farther apart than this, two places sharing a name are two places (Suzhou in Jiangsu and in Anhui: ~400 km). */
const SAME_PLACE_KM = 100;

export interface Link {
  draftId: string;
  nodeId: string;
  how: 'id' | 'alias';
}

/** Finds, for each entity, the node it already is (if any). */
export type NodeFinder = (entities: EntityFact[]) => Promise<Map<string, GraphNode>>;

function phraseQuery(e: EntityFact): string {
  const forms = [
    ...new Set([e.name, ...e.aliases].map((f) => escapeLucene(fold(f).replace(/\s+/g, ' ').trim())).filter(Boolean)),
  ];
  return forms.map((f) => `"${f}"`).join(' OR ');
}

export function graphNodeFinder(db: GraphDb): NodeFinder {
  return async (entities) => {
    const candidates = entities.map((e) => ({ key: e.id, id: e.id, query: phraseQuery(e) })).filter((c) => c.query);
    const found = new Map<string, GraphNode>();
    if (!candidates.length) return found;
    const byKey = new Map(entities.map((e) => [e.id, e]));
    for (const match of await matchEntities(db, candidates)) {
      const e = byKey.get(match.key)!;
      const same = match.same;
      // Ids are unique across kinds: the node with this id is this entity.
      if (same) {
        found.set(e.id, same);
        continue;
      }
      const forms = new Set([e.name, ...e.aliases].map(nameKey));
      const hit = match.hits.find(
        (n) => n.kind === e.kind && [n.name, ...n.aliases].some((f) => forms.has(nameKey(f))) && !farApart(e, n),
      );
      if (hit) found.set(e.id, hit);
    }
    return found;
  };
}

/** Rewrites the draft onto the graph's ids; returns what was linked. */
export async function linkDraft(draft: FactsFile, find: NodeFinder): Promise<Link[]> {
  const nodes = await find(draft.entities);
  if (!nodes.size) return [];
  const links: Link[] = [...nodes.entries()].map(([draftId, n]) => ({
    draftId,
    nodeId: n.id,
    how: draftId === n.id ? 'id' : 'alias',
  }));
  const rename = new Map(links.map((l) => [l.draftId, l.nodeId]));
  for (const r of draft.relations) {
    r.from = rename.get(r.from) ?? r.from;
    r.to = rename.get(r.to) ?? r.to;
  }
  const entities: EntityFact[] = [];
  const known = new Map<string, EntityFact>();
  for (const e of draft.entities) {
    const node = nodes.get(e.id);
    if (!node) {
      entities.push(e);
      continue;
    }
    // Two draft entities can turn out to be one node: one declaration, with the forms of both.
    let restated = known.get(node.id);
    if (!restated) {
      restated = {
        id: node.id,
        kind: node.kind as NodeKind,
        name: node.name,
        aliases: [],
        ...(e.quote ? { quote: e.quote } : {}),
        ...(e.confidence !== undefined ? { confidence: e.confidence } : {}),
      };
      known.set(node.id, restated);
      entities.push(restated);
    }
    restated.aliases = newForms(node, [...restated.aliases, e.name, ...e.aliases]);
  }
  draft.entities = entities;
  draft.relations = draft.relations.filter((r) => r.from !== r.to);
  return links;
}

/**
 * The forms a node does not have yet. Forms that differ from one it has only by case, diacritics or
 * punctuation are left out: search folds those already ("Bac Ninh" finds Bắc Ninh).
 */
function newForms(node: GraphNode, forms: string[]): string[] {
  const have = new Set([node.name, ...node.aliases].map(nameKey));
  const out = new Map<string, string>();
  for (const f of forms) {
    const key = nameKey(f);
    if (!key || have.has(key)) continue;
    // Of two spellings of one form, keep the one with diacritics or script ("Thủ đô Hà Nội").
    const seen = out.get(key);
    if (seen === undefined || (isAscii(seen) && !isAscii(f))) out.set(key, f);
  }
  return [...out.values()].sort();
}

const isAscii = (s: string) => /^[\p{ASCII}]*$/u.test(s);

/** Both placed and more than SAME_PLACE_KM apart (great-circle distance). */
function farApart(
  a: { lat?: number | null; lon?: number | null },
  b: { lat?: number | null; lon?: number | null },
): boolean {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return false;
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h)) > SAME_PLACE_KM;
}
