// The relation patterns on sentences written for these tests (not taken from any article): each
// case is one shape of news wording the drafter reads from the NLP engine's parse and the
// gazetteer — coordination, passives, appositions, titles, "the two sides", hedged acts,
// provenance of places — with the engine the test run started.
import { describe, expect, it } from 'vitest';
import type { FactsFile } from '../../server/facts/facts.schema.ts';
import { statedPairs as facts, useEngineDrafter } from '../support/engine-drafter.ts';

const { draft } = useEngineDrafter();
const ids = (d: FactsFile) => d.entities.map((e) => e.id);

describe('signings', () => {
  it('takes the bodies named in the signatories’ titles as the parties', async () => {
    const d = await draft(
      "Chairman of the Lang Son Provincial People's Committee Ho Tien Thieu and Vice Chairman of the Chongzuo Municipal People's Government Wei Hong signed a memorandum of understanding on border trade on Monday.",
    );
    expect(facts(d, 'SIGNED')).toEqual(['lang-son-peoples-committee -> chongzuo-peoples-government']);
    expect(d.relations.find((r) => r.type === 'SIGNED')).toMatchObject({ docKind: 'MoU', date: '2024-06-10' });
  });

  it('reads a passive with its agent, and "the two sides" as the two localities named before', async () => {
    const passive = await draft('A cooperation agreement on tourism was signed by Lai Chau and Honghe on Tuesday.');
    expect(facts(passive, 'SIGNED')).toEqual(['lai-chau -> honghe']);
    const sides = await draft(
      'Dien Bien province received a delegation from Phongsaly province of Laos. The two sides signed minutes of the talks.',
    );
    expect(facts(sides, 'SIGNED')).toEqual(['dien-bien -> phongsaly']);
  });

  it('drafts no signing that is only intended', async () => {
    const d = await draft('Ha Giang and Wenshan agreed to sign an agreement on tourism next year.');
    expect(facts(d, 'SIGNED')).toEqual([]);
  });
});

describe('meetings and visits', () => {
  it('reads a reception of a visiting official: they met, and the guest visited the host’s place', async () => {
    const d = await draft(
      "Vice Chairman of the Ha Giang Provincial People's Committee Nguyen Van Son received the visiting Vice Governor of Wenshan Prefecture Li Ming on June 3.",
    );
    expect(facts(d, 'MET')).toEqual(['nguyen-van-son -> li-ming']);
    expect(facts(d, 'VISITED')).toEqual(['li-ming -> ha-giang']);
  });

  it('takes talks "with" an official named in apposition, and not a place named as where', async () => {
    const d = await draft(
      'Secretary of the Cao Bang Provincial Party Committee Tran Hong Minh held talks with Liu Ning, Secretary of the Guangxi Party Committee, in Nanning.',
    );
    expect(facts(d, 'MET')).toEqual(['tran-hong-minh -> liu-ning']);
    const where = await draft(
      "Chairman of the Bac Giang Provincial People's Committee Nguyen Van Gau met investors in Bac Giang on Monday.",
    );
    expect(facts(where, 'MET')).toEqual([]);
  });

  it('has "leaders of the two localities … at their talks" meet: the last official named on each side', async () => {
    const d = await draft(
      "Chairman of the Lang Son Provincial People's Committee Ho Tien Thieu and Mayor of Chongzuo Liu Ning signed a deal. Leaders of the two localities agreed on new trade routes at their talks in Lang Son city.",
    );
    expect(facts(d, 'MET')).toEqual(['ho-tien-thieu -> liu-ning']);
    const none = await draft('Leaders of the two provinces agreed on new trade routes at their talks.');
    expect(facts(none, 'MET')).toEqual([]);
  });

  it('sends a coordinated delegation to the most specific place it visited, its container left out', async () => {
    const d = await draft("A delegation from Jingxi and Napo of China visited Lao Cai province's Sa Pa town on May 4.");
    expect(facts(d, 'VISITED').sort()).toEqual(['jingxi -> sa-pa', 'napo -> sa-pa']);
  });
});

describe('investments and posts', () => {
  it('reads a licence granted to a company in the passive, with its amount', async () => {
    const d = await draft(
      'Hengli Technology Co., Ltd of Shenzhen was granted an investment licence for a US$150 million electronics plant in the northern province of Bac Giang.',
    );
    expect(d.relations.find((r) => r.type === 'INVESTED_IN')).toMatchObject({
      from: 'hengli-technology',
      to: 'bac-giang',
      amountUsd: 150_000_000,
    });
    expect(facts(d, 'LOCATED_IN')).toContain('hengli-technology -> shenzhen');
  });

  it('holds a post in the named body, or in the locality when the body is not named', async () => {
    const d = await draft(
      'Chairman of the provincial People’s Committee Nguyen Duc Trung met Secretary of the Napo Party Committee Pan Fulin in Nghe An province.',
    );
    expect(facts(d, 'HOLDS_POST').sort()).toEqual(['nguyen-duc-trung -> nghe-an', 'pan-fulin -> napo-party-committee']);
    // "Duc" in a Vietnamese name is no Germany (Đức); the official is Pan Fulin, not "Party Committee Pan".
    expect(ids(d)).not.toContain('germany');
    expect(
      d.entities
        .filter((e) => e.kind === 'Official')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Nguyen Duc Trung', 'Pan Fulin']);
  });
});

describe('names and titles that look like something else', () => {
  it('reads a country’s Vietnamese form inside a personal name (Đức, Pháp) as a given name, title before or after', async () => {
    const d = await draft(
      'Nguyen Phap Hung, Secretary of the Lao Cai Provincial Party Committee, visited Hekou county. Standing Deputy Secretary of the Ha Giang Party Committee Tran Duc Long met him there.',
    );
    expect(ids(d)).not.toContain('germany');
    expect(ids(d)).not.toContain('france');
    expect(facts(d, 'HOLDS_POST').sort()).toEqual([
      'nguyen-phap-hung -> lao-cai-party-committee',
      'tran-duc-long -> ha-giang-party-committee',
    ]);
  });

  it('keeps two coordinated titled officials apart, each body named after its own place', async () => {
    const d = await draft(
      'Head of the Lang Son provincial Department of Foreign Affairs Trieu Dinh Le and Director of the Guangxi Department of Commerce Wei Jianping opened the meeting.',
    );
    expect(
      d.entities
        .filter((e) => e.kind === 'Official')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Trieu Dinh Le', 'Wei Jianping']);
    expect(facts(d, 'HOLDS_POST').sort()).toEqual([
      'trieu-dinh-le -> lang-son-department-of-foreign-affairs',
      'wei-jianping -> guangxi-department-of-commerce',
    ]);
  });
});

describe('partnerships', () => {
  it('drafts a partnership the sentence states, not one it only hopes for', async () => {
    const stated = await draft('Lao Cai and Honghe have expanded cooperation in tourism.');
    expect(facts(stated, 'PARTNER_OF')).toEqual(['lao-cai -> honghe']);
    const hoped = await draft(
      "Chairman of the Lao Cai Provincial People's Committee Trinh Xuan Truong said he hoped that Lao Cai and Honghe would expand cooperation in tourism, and that Lao Cai is ready to cooperate with Wenshan.",
    );
    expect(facts(hoped, 'PARTNER_OF')).toEqual([]);
  });
});

describe('local units and bodies', () => {
  it('reads a Vietnamese district named like a Chinese city in Sino-Vietnamese as the district, and "An" as a syllable', async () => {
    const d = await draft(
      'Secretary of the Jingxi County Party Committee Nong Zhiqiang led a delegation to Trung Khanh district. Secretary of the Longzhou CPC Committee Lu Hong met leaders of Thach An district.',
    );
    expect(ids(d)).not.toContain('chongqing');
    expect(facts(d, 'VISITED')).toEqual(['nong-zhiqiang -> trung-khanh']);
    expect(facts(d, 'MET')).toEqual(['lu-hong -> thach-an']);
    // A "CPC Committee" is the named place's body like a "Party Committee".
    expect(facts(d, 'HOLDS_POST').sort()).toEqual([
      'lu-hong -> longzhou-cpc-committee',
      'nong-zhiqiang -> jingxi-party-committee',
    ]);
  });
});

describe('places and events', () => {
  it('drafts a container the article states, the most specific one, and none for a province in its country', async () => {
    const d = await draft(
      "Delegates came from Pingxiang city in China's Guangxi region, from Ha Giang's Dong Van district and from Yen Bai (Vietnam).",
    );
    expect(facts(d, 'LOCATED_IN').sort()).toEqual(['dong-van -> ha-giang', 'pingxiang-guangxi -> guangxi']);
  });

  it('drafts no country that only the dateline names, a demonym elsewhere notwithstanding', async () => {
    const d = await draft(
      'VIETNAM, June 3 - HÀ NỘI — Three firms opened plants in Bac Ninh province on Monday. The Vietnamese side welcomed them.',
    );
    expect(ids(d)).toContain('bac-ninh');
    expect(ids(d)).not.toContain('vietnam');
    expect(ids(d)).not.toContain('hanoi');
  });

  it('says a container from the gazetteer is reference data, not an article fact', async () => {
    const d = await draft('Officials of Pingxiang met traders. Guangxi sent two delegations.');
    const ref = d.relations.find((r) => r.type === 'LOCATED_IN' && r.from === 'pingxiang-guangxi');
    expect(ref).toMatchObject({
      to: 'guangxi',
      basis: 'reference',
      referenceSource: 'gazetteer (seeds/gazetteer/cn-cities.yaml)',
    });
    expect(ref!.quote).toBeUndefined();
  });

  it('takes the host of this edition, not every host of a series held in turn', async () => {
    const d = await draft(
      'The 9th Lang Son-Chongzuo tourism fair opened in Lang Son city on Friday. The fair has been held alternately by Lang Son city and Chongzuo since 2012.',
    );
    const fair = d.entities.find((e) => e.kind === 'Event')!;
    const hosts = d.relations.filter((r) => r.type === 'ATTENDED' && r.to === fair.id).map((r) => r.from);
    expect(hosts).toContain('lang-son-city');
    expect(hosts).not.toContain('chongzuo');
  });

  it('has the head of a delegation named after the event take part in it', async () => {
    const d = await draft(
      'The 8th Ha Giang-Wenshan border trade fair opened in Ha Giang city on Friday. Li Ming, head of the delegation of Wenshan Prefecture, said the fair would boost trade.',
    );
    const fair = d.entities.find((e) => e.kind === 'Event')!;
    expect(facts(d, 'ATTENDED')).toContain(`li-ming -> ${fair.id}`);
  });

  it('reads an event edition by its ordinal and the place it opened in as its host', async () => {
    const d = await draft('The 12th Lao Cai-Yunnan border trade fair opened in Lao Cai City on Friday.');
    const fair = d.entities.find((e) => e.kind === 'Event');
    expect(fair?.name).toBe('12th Lao Cai-Yunnan border trade fair');
    expect(facts(d, 'ATTENDED')).toContain(`lao-cai-city -> ${fair!.id}`);
  });
});
