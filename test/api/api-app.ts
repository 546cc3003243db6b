// The app under test: the real Express app on the run's Neo4j, with the seed graph loaded.
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import { loadConfig, type AppConfig } from '../../server/config.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { loadSeedGraph, testDb } from '../support/test-db.ts';

export interface ApiUnderTest {
  app: Express;
  db: GraphDb;
  config: AppConfig;
}

export async function seededApi(overrides: Partial<AppConfig> = {}): Promise<ApiUnderTest> {
  const db = testDb();
  await loadSeedGraph(db);
  const config = { ...loadConfig({}), ...overrides };
  return { app: createApp({ db, config }), db, config };
}

/** supertest parser that keeps any body (GraphML, CSV) as text: `.buffer(true).parse(asText)`. */
// superagent types the stream as its own Response; at run time it is Node's IncomingMessage.
export function asText(res: any, done: (err: Error | null, body: string) => void): void {
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (text += chunk));
  res.on('end', () => done(null, text));
}
