// Full-text search over entity names and aliases, diacritics folded. With no hit, the gazetteer
// says whether the words name a place that no article links (walk 9: "Bằng Tường" found nothing,
// though it is Pingxiang, the border crossing, in seeds/gazetteer).
import neo4j from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { nodeToElement, type Node } from '../db/bolt-mapping.ts';
import { luceneQuery, otherForms, searchWords } from '../../common/text/lucene-query.ts';
import type { NodeKind } from '../../common/model.ts';
import type { KnownPlace, SearchResponse } from '../../common/wire.ts';
import { defaultGazetteer } from '../ingest/recognise/gazetteer.ts';

export interface SearchInput {
  q: string;
  kinds?: NodeKind[];
  limit: number;
}

export async function search(db: GraphDb, { q, kinds, limit }: SearchInput): Promise<SearchResponse> {
  const hits = await textHits(db, q, kinds, limit);
  if (hits.length) return { query: q, hits };
  // Found nothing as typed: the other ways the words may be meant ("Liu Jian chao", "Ha Noi city").
  for (const form of otherForms(q)) {
    const found = await textHits(db, form, kinds, limit);
    if (found.length) return { query: q, hits: found };
  }
  // With kinds asked for, a missing hit may be a node of another kind: nothing is said then.
  if (kinds?.length) return { query: q, hits };
  // A place the gazetteer knows by this name may be a node under another of its names ("PRC" is
  // China, walk 20, 5: "PRC (China) is a known place, but no article links it" of a node with 13 links).
  const places = defaultGazetteer().lookup(q);
  const held = places.length ? await searchHits(db, 'api/search-by-ids.cypher', { ids: places.map((p) => p.id) }) : [];
  if (held.length) return { query: q, hits: held.slice(0, limit) };
  const known = knownPlaces(q);
  return known.length ? { query: q, hits, known } : { query: q, hits };
}

/**
 * Runs a search of each kind once, so the first person's search is answered at once: the first
 * "PRC" took 0.55 s against 0.02 s after (the gazetteer read, each query planned: walk 22, 10 and
 * walk 23, 12 waited "about a second").
 */
export async function warmSearch(db: GraphDb): Promise<void> {
  await search(db, { q: 'PRC', limit: 1 }); // no full-text hit: other forms, the gazetteer, search-by-ids
  await search(db, { q: 'Ha Noi', limit: 1 });
}

/** The full-text hits for `q`, exact names first (none when it has no searchable word). */
async function textHits(db: GraphDb, q: string, kinds: NodeKind[] | undefined, limit: number) {
  const lucene = luceneQuery(q);
  if (!lucene) return [];
  return searchHits(db, 'api/search.cypher', {
    lucene,
    exact: searchWords(q).join(' '),
    kinds: kinds?.length ? kinds : null,
    limit: neo4j.int(limit),
  });
}

async function searchHits(db: GraphDb, file: string, params: Record<string, unknown>): Promise<SearchResponse['hits']> {
  const result = await db.read<{ node: Node; score: number; degree: number }>(cypherFile(file), params);
  const hits: SearchResponse['hits'] = [];
  for (const record of result.records) {
    const el = nodeToElement(record.get('node'));
    if (el) hits.push({ node: { data: { ...el.data, degree: record.get('degree') } }, score: record.get('score') });
  }
  return hits;
}

/** Places the gazetteer knows by `q` (read once per process, then a map lookup), each with its province or country. */
export function knownPlaces(q: string): KnownPlace[] {
  const g = defaultGazetteer();
  return g.lookup(q).map((place) => {
    let up = place.parent ? g.byId.get(place.parent) : undefined;
    while (up && up.kind !== 'Province' && up.kind !== 'Country' && up.parent) up = g.byId.get(up.parent);
    return up ? { name: place.name, within: up.name } : { name: place.name };
  });
}
