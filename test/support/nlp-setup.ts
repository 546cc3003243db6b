// One NLP engine (nlp/, CoreNLP) for the whole test run, started beside the test Neo4j by the global
// setup: CORRIDOR_NLP_URL if set, else the project's engine on a free loopback port. A run limited
// to files outside test/ingest (vitest run test/api/…) does not start it. Tests get its address
// with inject('nlp') and connect with startNlpEngine({ url }), which never stops an engine it did
// not start.
import { startNlpEngine } from '../../server/ingest/engine/nlp-engine.ts';

export interface TestNlp {
  /** Undefined when this run has no ingest tests. */
  url?: string;
  /** How long the engine took to start (0 when it was already running). */
  startMs: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    nlp: TestNlp;
  }
}

/** File filters given to `vitest run`, if any. */
function fileFilters(): string[] {
  const args = process.argv.slice(process.argv.findIndex((a) => a === 'run') + 1);
  return args.filter((a) => !a.startsWith('-') && /[/\\.]|test/.test(a));
}

export async function startTestNlp(): Promise<{ nlp: TestNlp; stop: () => Promise<void> }> {
  const filters = fileFilters();
  if (filters.length && !filters.some((f) => f.includes('ingest')))
    return { nlp: { startMs: 0 }, stop: async () => {} };
  const engine = await startNlpEngine({
    url: process.env.CORRIDOR_NLP_URL,
    log: (l) => console.log(`[test nlp] ${l}`),
  });
  return { nlp: { url: engine.url, startMs: engine.startMs }, stop: () => engine.stop() };
}
