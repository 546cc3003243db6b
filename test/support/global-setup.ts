// One Neo4j for the whole test run, found the same way the app finds one:
//   1. NEO4J_TEST_URI (+ NEO4J_TEST_USER / NEO4J_TEST_PASSWORD) if set;
//   2. else Testcontainers' Neo4j module where a container engine answers;
//   3. else the project's embedded Neo4j on a free port, with a throw-away data folder.
// Tests never mock Neo4j. They get the coordinates with inject('neo4j').
// The NLP engine the ingest tests use starts at the same time (test/support/nlp-setup.ts).
import type { TestProject } from 'vitest/node';
import { startThrowawayNeo4j } from '../../server/db/embedded-neo4j.ts';
import { GraphDb } from '../../server/db/graph-db.ts';
import { applySchema } from '../../server/services/schema.service.ts';
import { startTestNlp } from './nlp-setup.ts';

export interface TestNeo4j {
  uri: string;
  user: string;
  password?: string;
  source: 'env' | 'testcontainers' | 'embedded';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

async function containerRuntimeAvailable(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false; // "Could not find a working container runtime strategy"
  }
}

export default async function setup(project: TestProject) {
  const stops: (() => Promise<unknown>)[] = [];
  // The engine loads its models (~20 s) while Neo4j starts.
  const nlpStarting = startTestNlp();
  nlpStarting.catch(() => {});
  let neo4j: TestNeo4j;
  if (process.env.NEO4J_TEST_URI) {
    neo4j = {
      uri: process.env.NEO4J_TEST_URI,
      user: process.env.NEO4J_TEST_USER ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD,
      source: 'env',
    };
  } else if (await containerRuntimeAvailable()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26').withPassword('corridor-test').start();
    stops.push(() => container.stop());
    neo4j = { uri: container.getBoltUri(), user: 'neo4j', password: container.getPassword(), source: 'testcontainers' };
  } else {
    const embedded = await startThrowawayNeo4j({
      folderPrefix: 'corridor-test-neo4j-',
      log: (l) => console.log(`[test neo4j] ${l}`),
    });
    stops.push(() => embedded.stop());
    neo4j = { uri: embedded.uri, user: embedded.user, password: embedded.password, source: 'embedded' };
  }
  const db = new GraphDb({ ...neo4j, timeoutMs: 60_000, embedded: neo4j.source === 'embedded' });
  try {
    await applySchema(db);
  } finally {
    await db.close();
  }
  console.log(`[test neo4j] ${neo4j.source} at ${neo4j.uri}`);
  project.provide('neo4j', neo4j);
  const nlp = await nlpStarting;
  stops.push(nlp.stop);
  project.provide('nlp', nlp.nlp);
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
