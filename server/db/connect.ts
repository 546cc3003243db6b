// Opens the app's database: the user's Neo4j when NEO4J_URI is set, else the embedded one.
import type { AppConfig } from '../config.ts';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded-neo4j.ts';
import { GraphDb } from './graph-db.ts';
import path from 'node:path';

export interface OpenedDb {
  db: GraphDb;
  embedded?: EmbeddedNeo4j;
  /** Closes the driver, then stops the embedded database if this process started it. */
  close(): Promise<void>;
}

export async function openGraphDb(config: AppConfig, log: (line: string) => void = console.log): Promise<OpenedDb> {
  const { neo4j } = config;
  let embedded: EmbeddedNeo4j | undefined;
  if (!neo4j.uri) {
    embedded = await startEmbeddedNeo4j({ dataDir: path.resolve(neo4j.dataDir), port: neo4j.embeddedPort, log });
  }
  const db = new GraphDb({
    uri: embedded?.uri ?? neo4j.uri!,
    user: embedded?.user ?? neo4j.user,
    password: embedded?.password ?? neo4j.password,
    database: neo4j.database,
    timeoutMs: config.queryTimeoutMs,
    embedded: Boolean(embedded),
  });
  return {
    db,
    embedded,
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}
