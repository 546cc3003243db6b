// The drafter with the NLP engine this test run started (test/support/nlp-setup.ts), for the test
// files that read sentences written for them: one set-up and one way to list what was drafted.
import { afterAll, beforeAll, inject } from 'vitest';
import type { FactsFile } from '../../server/facts/facts.schema.ts';
import { draftText } from '../../server/ingest/draft/draft.ts';
import { startNlpEngine, type NlpEngine } from '../../server/ingest/engine/nlp-engine.ts';

/** Registers the engine's start and stop with the calling file; `draft` is usable inside its tests. */
export function useEngineDrafter() {
  let engine: NlpEngine | undefined;
  beforeAll(async () => {
    const { url } = inject('nlp');
    if (!url) throw new Error('no NLP engine in this test run (see test/support/nlp-setup.ts)');
    engine = await startNlpEngine({ url });
  });
  afterAll(async () => engine?.stop());
  return {
    /** Drafts one text as an article published on `date`. */
    draft: (text: string, date = '2024-06-12') => draftText(text, 'case.txt', { engine, date }),
  };
}

/** The article-stated relations of one type (reference facts left out). */
export const stated = (d: FactsFile, type: string) =>
  d.relations.filter((r) => r.type === type && r.basis !== 'reference');

/** The article-stated relations of one type as "from -> to". */
export const statedPairs = (d: FactsFile, type: string) => stated(d, type).map((r) => `${r.from} -> ${r.to}`);
