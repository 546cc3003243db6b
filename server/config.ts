// Runtime configuration, read once from the environment and checked with zod so a typo fails at
// start with the variable's name rather than later with a confusing driver error.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The app's version, as package.json states it (health and the OpenAPI document report it). */
export const APP_VERSION: string = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version;

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  /** A Neo4j of the user's (bolt://, neo4j://, neo4j+s:// for Aura). Unset: start the embedded one. */
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  /** Embedded Neo4j: Bolt port (0 picks a free one) and data folder. */
  CORRIDOR_NEO4J_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  CORRIDOR_DATA_DIR: z.string().default(path.join(PROJECT_ROOT, '.data')),
  /** Time limit of every transaction the app runs, and of the Cypher console. */
  CORRIDOR_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  CORRIDOR_ROW_CAP: z.coerce.number().int().min(1).max(100_000).default(1_000),
  /** Largest JSON body the Cypher console and named queries answer with; past it the rows stop (truncated). */
  CORRIDOR_RESPONSE_MAX_BYTES: z.coerce.number().int().min(1_000).max(100_000_000).default(2_000_000),
  /** Browser origins allowed to call the API, comma-separated; empty (the default) allows none but the app's own. */
  CORRIDOR_CORS_ORIGINS: z.string().default(''),
  /** Cypher console requests per client per minute. */
  CORRIDOR_CYPHER_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(60),
  /** Users who may write, with their roles and the SHA-256 of their tokens (YAML or JSON). Unset: writes are off. */
  CORRIDOR_USERS_FILE: z.string().min(1).optional(),
  /** One admin without a users file (reload and every other write), behind `Authorization: Bearer <token>`. */
  CORRIDOR_ADMIN_TOKEN: z.string().min(16, 'CORRIDOR_ADMIN_TOKEN must be at least 16 characters').optional(),
  /** The append-only audit log of every write attempt (JSON lines); default <CORRIDOR_DATA_DIR>/audit.jsonl. */
  CORRIDOR_AUDIT_LOG: z.string().min(1).optional(),
  /** Where approved reviews are written (<id>.txt and facts/<id>.yaml) and loaded from with the seeds. */
  CORRIDOR_FACTS_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, 'reviewed')),
  /** Request logs (pino, JSON lines). Test runs stay quiet unless this is set. */
  CORRIDOR_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default(process.env.VITEST ? 'silent' : 'info'),
  /** At most this many nodes and this many edges from /api/graph (beyond: `truncated`). */
  CORRIDOR_GRAPH_CAP: z.coerce.number().int().min(1).max(100_000).default(5_000),
  /** An NLP engine (nlp/, CoreNLP) already running, e.g. http://127.0.0.1:9000: ingest uses it instead of starting one. */
  CORRIDOR_NLP_URL: z.string().url().optional(),
  /** Java heap of the NLP engine ingest starts (MB); bounded at 4 GB. */
  CORRIDOR_NLP_HEAP_MB: z.coerce.number().int().min(1024).max(4096).default(3072),
  /** Run CoreNLP's KBP relation extractor in the engine ingest starts (off: measured not to pay, BENCHMARKS.md). */
  CORRIDOR_NLP_KBP: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * How the review drafts: `nlp` with the NLP engine (CORRIDOR_NLP_URL, else one the app starts on the
   * first batch and keeps), falling back to the rules alone if it cannot start; `rules` never starts it.
   */
  CORRIDOR_REVIEW_ENGINE: z.enum(['nlp', 'rules']).default('nlp'),
  /** Load the seed graph at start when the database has no Corridor data. */
  CORRIDOR_SEED_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type AppConfig = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration in environment variables:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      embeddedPort: e.CORRIDOR_NEO4J_PORT,
      dataDir: e.CORRIDOR_DATA_DIR,
    },
    queryTimeoutMs: e.CORRIDOR_QUERY_TIMEOUT_MS,
    rowCap: e.CORRIDOR_ROW_CAP,
    responseMaxBytes: e.CORRIDOR_RESPONSE_MAX_BYTES,
    corsOrigins: e.CORRIDOR_CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    cypherRateLimitPerMinute: e.CORRIDOR_CYPHER_RATE_LIMIT,
    adminToken: e.CORRIDOR_ADMIN_TOKEN,
    usersFile: e.CORRIDOR_USERS_FILE,
    auditLog: path.resolve(e.CORRIDOR_AUDIT_LOG ?? path.join(e.CORRIDOR_DATA_DIR, 'audit.jsonl')),
    factsDir: path.resolve(e.CORRIDOR_FACTS_DIR),
    logLevel: e.CORRIDOR_LOG_LEVEL,
    graphCap: e.CORRIDOR_GRAPH_CAP,
    seedOnStart: e.CORRIDOR_SEED_ON_START,
    nlp: { url: e.CORRIDOR_NLP_URL, heapMb: e.CORRIDOR_NLP_HEAP_MB, kbp: e.CORRIDOR_NLP_KBP },
    reviewEngine: e.CORRIDOR_REVIEW_ENGINE,
  };
}
