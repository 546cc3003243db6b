// General patterns of news English the drafter must read, on sentences written for these tests
// (none taken from an article): amounts in any currency order, dates without a year, the host of a
// visit, "the two sides", posts quoted with their holder, the headline's investment. Run with the
// engine the test run started, as test/ingest/relation-patterns.test.ts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FactsFile } from '../../server/facts/facts.schema.ts';
import { draftText } from '../../server/ingest/draft/draft.ts';
import { startNlpEngine, type NlpEngine } from '../../server/ingest/engine/nlp-engine.ts';

let engine: NlpEngine;
beforeAll(async () => {
  const { url } = inject('nlp');
  if (!url) throw new Error('no NLP engine in this test run (see test/support/nlp-setup.ts)');
  engine = await startNlpEngine({ url });
});
afterAll(async () => engine?.stop());

const draft = (text: string, date = '2024-06-12') => draftText(text, 'case.txt', { engine, date });
const of = (d: FactsFile, type: string) => d.relations.filter((r) => r.type === type && r.basis !== 'reference');

describe('amounts', () => {
  it('reads the currency written after the amount, and an announced investment as planned', async () => {
    const d = await draft(
      'Shenzhen Huaxin Electronics Co., Ltd. will invest 150 million USD in a circuit board factory in the northern province of Bac Giang.',
    );
    expect(of(d, 'INVESTED_IN')).toMatchObject([
      { from: 'shenzhen-huaxin-electronics', to: 'bac-giang', amountUsd: 150_000_000, note: 'planned' },
    ]);
  });

  it('converts an amount in dong at the year’s rate and keeps what the text stated', async () => {
    const d = await draft(
      'Thanh Cong Logistics JSC has invested VND 3.5 trillion in a bonded warehouse in Lang Son province.',
    );
    const [fact] = of(d, 'INVESTED_IN');
    expect(fact).toMatchObject({ from: 'thanh-cong-logistics', to: 'lang-son', amountUsd: 140_000_000 });
    expect(fact!.note).toMatch(/stated as VND 3\.5 trillion/);
  });
});
