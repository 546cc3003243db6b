// General patterns of news English the drafter must read, on sentences written for these tests
// (none taken from an article): amounts in any currency order, dates without a year, the host of a
// visit, "the two sides", posts quoted with their holder, the headline's investment. Run with the
// engine the test run started, as test/ingest/relation-patterns.test.ts.
import { describe, expect, it } from 'vitest';
import { draftText } from '../../server/ingest/draft/draft.ts';
import { stated as of, statedPairs as facts, useEngineDrafter } from '../support/engine-drafter.ts';

const { draft } = useEngineDrafter();

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

describe('dates', () => {
  it('dates a signing by "the two sides" on the day of the talks, not the period the minutes cover', async () => {
    const d = await draft(
      'Secretary of the Cao Bang provincial Party Committee Tran Hong Minh on 2 October received Secretary of the Baise municipal Party Committee Liu Ning. The two sides signed minutes on cooperation in border management for 2026-2027.',
      '2025-10-06',
    );
    expect(of(d, 'MET')).toMatchObject([{ date: '2025-10-02' }]);
    expect(of(d, 'SIGNED')).toMatchObject([{ docKind: 'minutes', date: '2025-10-02' }]);
  });

  it('takes the year of a day from the publication date, and dates an investment by its day', async () => {
    const d = await draft(
      'Shenzhen Huaxin Electronics Co., Ltd. on December 29 received an investment certificate for a US$40 million plant in Bac Giang province. On the same day, Chairman of the Bac Giang Provincial People’s Committee Nguyen Van Gau met Vice Governor of Guangdong Province Zhou Ping.',
      '2026-01-03',
    );
    expect(of(d, 'INVESTED_IN')).toMatchObject([{ amountUsd: 40_000_000, date: '2025-12-29' }]);
    expect(of(d, 'MET')).toMatchObject([{ date: '2025-12-29' }]);
  });
});

describe('after the talks', () => {
  it('a signing that follows the talks took place on their day', async () => {
    const d = await draft(
      'Vice Chairman of the Quang Ninh Provincial People’s Committee Bui Van Khang held talks with Vice Governor of Guangdong Province Zhou Ping in Ha Long on 14 May. Following their talks, representatives of the two provinces signed a memorandum of understanding on port logistics.',
      '2025-05-16',
    );
    expect(of(d, 'SIGNED')).toMatchObject([{ from: 'quang-ninh', to: 'guangdong', date: '2025-05-14' }]);
  });
});

describe('the dateline', () => {
  it('is the day the story was filed, never the day of an act; a filing dates the filing, not the investment', async () => {
    const d = await draft(
      'HANOI, June 3 (Reuters) - Shenzhen Huaxin Electronics Co., Ltd. will invest US$80 million in a circuit board plant in Bac Giang province, the company said in a filing on Monday.',
      '2025-06-03',
    );
    expect(of(d, 'INVESTED_IN')).toHaveLength(1);
    expect(of(d, 'INVESTED_IN')[0]!.date).toBeUndefined();
  });

  it('gives way to the span of a visit the sentence states, with "--" after the agency', async () => {
    const d = await draft(
      'KUNMING, May 9 (Xinhua) -- A delegation led by Tran Hong Minh, Secretary of the Cao Bang Provincial Party Committee, visited Yunnan Province from April 29 to May 1.',
      '2025-05-09',
    );
    expect(of(d, 'VISITED')).toMatchObject([
      { from: 'tran-hong-minh', to: 'yunnan', date: '2025-04-29', endDate: '2025-05-01' },
    ]);
  });
});

describe('documents', () => {
  it('names a document by its whole subject, never cut inside a word, without the day it was signed', async () => {
    const d = await draft(
      "The People's Committee of Ha Giang Province and the People's Government of Wenshan Prefecture signed a memorandum of understanding on joint management of border markets and smart border trade in agricultural products on Tuesday.",
    );
    expect(of(d, 'SIGNED').map((r) => 'document' in r && r.document)).toEqual([
      'memorandum of understanding on joint management of border markets and smart border trade in agricultural products',
    ]);
  });
});

describe('hosts and guests', () => {
  it('takes the official a "who" clause describes as the visitor, not the host named first', async () => {
    const d = await draft(
      "Chairman of the Ha Giang Provincial People's Committee Nguyen Van Son met Vice Governor of Yunnan Province Li Ming, who led a delegation of Yunnan officials on a working visit to Ha Giang.",
    );
    expect(facts(d, 'VISITED')).toEqual(['li-ming -> ha-giang']);
    expect(facts(d, 'MET')).toEqual(['nguyen-van-son -> li-ming']);
  });

  it('meets the person of "P and the X delegation", who came to where the host received them', async () => {
    const d = await draft(
      "Vice Governor of Yunnan Province Li Ming attended the fair. Chairman of the Lao Cai Provincial People's Committee Trinh Xuan Truong hosted Li Ming and the Yunnan delegation in Lao Cai city on Friday.",
    );
    expect(facts(d, 'MET')).toEqual(['trinh-xuan-truong -> li-ming']);
    expect(facts(d, 'VISITED')).toEqual(['li-ming -> lao-cai-city']);
  });

  it('never has a host visit the place of their own post, with the engine or by the wording alone', async () => {
    const text =
      'Secretary of the Lai Chau provincial Party Committee Giang Pao My welcomed Vice Governor of Yunnan Province Li Ming, who arrived on a working visit to Lai Chau on Monday.';
    expect(facts(await draft(text), 'VISITED')).toEqual(['li-ming -> lai-chau']);
    const rulesOnly = await draftText(text, 'case.txt', { date: '2024-06-12' });
    expect(facts(rulesOnly, 'VISITED')).toEqual(['li-ming -> lai-chau']);
  });
});

describe('the two sides', () => {
  it('are the two parties of the talks, not the city where they met', async () => {
    const d = await draft(
      'Secretary of the Cao Bang provincial Party Committee Tran Hong Minh on 2 October received Secretary of the Baise municipal Party Committee Liu Ning in Cao Bang city. The two sides signed minutes on cooperation in border management.',
      '2025-10-06',
    );
    expect(facts(d, 'SIGNED')).toEqual(['cao-bang -> baise']);
  });
});

describe('the two sides after talks in a city', () => {
  it.each(['in Nanning', 'in Nanning city', 'at Nanning'])(
    'are the province and the region of the officials, never the venue (%s)',
    async (venue) => {
      const d = await draft(
        `A delegation led by Nguyen Van Binh, Secretary of the Ha Giang Provincial Party Committee, visited Guangxi Zhuang Autonomous Region last week. Liu Ning, Secretary of the Guangxi Zhuang Autonomous Region Committee, held talks with Nguyen Van Binh ${venue} on June 2. After the talks, the two sides signed a cooperation agreement on border trade.`,
        '2025-06-05',
      );
      expect(facts(d, 'SIGNED')).toEqual(['ha-giang -> guangxi']);
    },
  );
});

describe('a company’s officer', () => {
  it('is the person named after "<Company> <title>", met in person, holding the post in the company', async () => {
    const met = await draft(
      'On May 4, Bac Giang Party Secretary Nguyen Van Gau met Huaxin Group chairman Zhang Weidong in Bac Giang to discuss the plant.',
      '2025-05-06',
    );
    expect(met.entities.find((e) => e.id === 'zhang-weidong')?.kind).toBe('Official');
    expect(facts(met, 'MET')).toEqual(['nguyen-van-gau -> zhang-weidong']);
    expect(facts(met, 'HOLDS_POST')).toContain('zhang-weidong -> huaxin');
    const meets = await draft(
      'Huaxin Group chairman Zhang Weidong met Nguyen Van Gau, Secretary of the Bac Giang Provincial Party Committee, on May 4.',
      '2025-05-06',
    );
    expect(facts(meets, 'MET')).toEqual(['zhang-weidong -> nguyen-van-gau']);
  });

  it('is no body named after a lower-case title with "of the" ("chairman of the Nara Prefectural Assembly")', async () => {
    const text =
      'Kenji Morita, chairman of the Nara Prefectural Assembly, said the two assemblies would exchange delegations every year.';
    // With the engine and by the wording alone (the engine's names hide this case).
    for (const d of [await draft(text), await draftText(text, 'case.txt', { date: '2024-06-12' })])
      expect(d.entities.filter((e) => e.kind === 'Official').map((e) => e.id)).not.toContain('nara-prefectural');
  });

  it('holds no national post when the company before the title is unknown', async () => {
    const d = await draft(
      "Chairman of the Lao Cai Provincial People's Committee Trinh Xuan Truong received Dongfang Steel president Wang Lei on Friday.",
    );
    expect(facts(d, 'MET')).toEqual(['trinh-xuan-truong -> wang-lei']);
    expect(facts(d, 'HOLDS_POST')).toEqual(['trinh-xuan-truong -> lao-cai-peoples-committee']);
  });
});

describe('posts', () => {
  it('quotes a post with its holder, the title written before or after the name', async () => {
    const d = await draft(
      "Chairman of the Lao Cai Provincial People's Committee Trinh Xuan Truong met Li Ming, Vice Governor of Yunnan Province, on Friday.",
    );
    expect(of(d, 'HOLDS_POST').map((r) => r.quote)).toEqual([
      "Chairman of the Lao Cai Provincial People's Committee Trinh Xuan Truong",
      'Li Ming, Vice Governor of Yunnan Province',
    ]);
  });
});

describe('the headline', () => {
  it('drafts the investment the headline states, the investor by its short name or by what it is', async () => {
    const short = await draft(
      'Yongda Textile invests US$1.2bn in Nam Dinh\n\nNingbo Yongda Textile Co., Ltd. on Tuesday received an investment certificate for a yarn mill in Nam Dinh province.',
    );
    expect(of(short, 'INVESTED_IN')).toMatchObject([
      { from: 'ningbo-yongda-textile', to: 'nam-dinh', amountUsd: 1_200_000_000 },
    ]);
    const described = await draft(
      'Chinese textile maker to invest $90 million in Nam Dinh mill\n\nNingbo Yongda Textile Co., Ltd. said on Tuesday it has opened a representative office in Nam Dinh province.',
    );
    expect(of(described, 'INVESTED_IN')).toMatchObject([
      { from: 'ningbo-yongda-textile', to: 'nam-dinh', amountUsd: 90_000_000, note: 'planned' },
    ]);
    expect(of(described, 'INVESTED_IN')[0]!.quote).toBe('Chinese textile maker to invest $90 million in Nam Dinh mill');
  });
});
