// `npm start`: build what is missing (launcher, client), open the database (embedded unless
// NEO4J_URI is set), serve at once, and apply the schema and load the seed graph on an empty
// database as soon as the database answers (retried in the background: the app starts, and keeps
// serving 503 + Retry-After on data routes, while Neo4j is down or that start-up work is not done).
import { loadConfig } from './config.ts';
import { openGraphDb } from './db/connect.ts';
import { createApp } from './app.ts';
import { ensureClientBuilt } from './client-build.ts';
import { DatabaseStatus } from './db/database-status.ts';
import { prepareDatabase } from './services/prepare-database.service.ts';
import { warmSearch } from './services/search.service.ts';
import { createLogger } from './api/middleware/request-log.middleware.ts';

const started = performance.now();
const config = loadConfig();
const logger = createLogger(config.logLevel);
const log = (line: string) => logger.info(line);
ensureClientBuilt();
const opened = await openGraphDb(config, log);
const { db } = opened;
const dbStatus = new DatabaseStatus(db);
const stopWatching = dbStatus.watch();
const app = createApp({ db, config, logger, dbStatus });
const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/`;
const server = app.listen(config.port, config.host, () => log(`Listening on ${url}; preparing the database…`));
const preparing = new AbortController();
void prepareDatabase(db, {
  seedOnStart: config.seedOnStart,
  factsDir: config.factsDir,
  log,
  signal: preparing.signal,
  status: dbStatus,
}).then(async (done) => {
  if (!done) return;
  await warmSearch(db).catch((err: unknown) => logger.warn({ err }, 'search warm-up failed'));
  const ms = Math.round(performance.now() - started);
  logger.info({ readyMs: ms, url }, 'ready');
  // The one line a person starting the app looks for, plain whatever the log format.
  console.log(`\nCorridor is ready in ${(ms / 1000).toFixed(1)} s: open ${url}\n`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down…`);
  preparing.abort();
  stopWatching();
  server.close();
  await opened.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
