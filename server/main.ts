// `npm start`: build what is missing (launcher, client), open the database (embedded unless
// NEO4J_URI is set), apply the schema, load the seed graph on an empty database, serve.
import { loadConfig } from './config.ts';
import { applySchema, openGraphDb } from './db/connect.ts';
import { createApp } from './app.ts';
import { ensureClientBuilt } from './client-build.ts';
import { SEED_FACTS_DIR, factsFilesIn, formatSummary, hasCorridorData, loadFacts } from './seed/load-facts.ts';

const started = performance.now();
const config = loadConfig();
ensureClientBuilt();
const opened = await openGraphDb(config);
const { db } = opened;
await applySchema(db);
if (config.seedOnStart && !(await hasCorridorData(db))) {
  console.log('Empty database: loading the seed graph…');
  console.log(formatSummary(await loadFacts(db, factsFilesIn(SEED_FACTS_DIR))));
}
const app = createApp({ db, config });
const server = app.listen(config.port, config.host, () => {
  const ms = Math.round(performance.now() - started);
  console.log(`Corridor is ready in ${ms} ms: http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: shutting down…`);
  server.close();
  await opened.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
