// Full-text search over entity names and aliases, diacritics folded.
import neo4j from 'neo4j-driver';
import { cypherFile } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { nodeToElement, type Node } from '../db/bolt-mapping.ts';
import { luceneQuery } from '../../common/text/lucene-query.ts';
import type { NodeKind } from '../../common/model.ts';
import type { SearchResponse } from '../../common/wire.ts';

export interface SearchInput {
  q: string;
  kinds?: NodeKind[];
  limit: number;
}

export async function search(db: GraphDb, { q, kinds, limit }: SearchInput): Promise<SearchResponse> {
  const lucene = luceneQuery(q);
  if (!lucene) return { query: q, hits: [] };
  const result = await db.read<{ node: Node; score: number; degree: number }>(cypherFile('api/search.cypher'), {
    lucene,
    kinds: kinds?.length ? kinds : null,
    limit: neo4j.int(limit),
  });
  const hits: SearchResponse['hits'] = [];
  for (const record of result.records) {
    const el = nodeToElement(record.get('node'));
    if (el) hits.push({ node: { data: { ...el.data, degree: record.get('degree') } }, score: record.get('score') });
  }
  return { query: q, hits };
}
