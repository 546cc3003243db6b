// The date resolver: expressions of news text resolved against the article's date, ranges kept.
import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../server/ingest/read/dates.ts';

describe('resolveDate', () => {
  it.each([
    ['held in Hanoi today [November 13].', '2023-11-13', { date: '2023-11-13' }],
    ['the conference opened today.', '2023-11-13', { date: '2023-11-13' }],
    ['During March 24-25 stay, Nghĩa held meetings', '2025-03-26', { date: '2025-03-24', endDate: '2025-03-25' }],
    ['is underway between November 13 and 14, 2023.', '2023-11-13', { date: '2023-11-13', endDate: '2023-11-14' }],
    ['from October 30, 2022 to November 2, 2022, Mr. Ky', '2022', { date: '2022-10-30', endDate: '2022-11-02' }],
    ['Last year, Bac Giang signed an agreement', '2022', { date: '2021' }],
    ['Last year, the two sides met', '2023-12-25', { date: '2022' }],
    ['next year the plant will open', '2024-05-01', { date: '2025' }],
    ['From 2012-2022, Quang Ninh organized 12 delegations', '2022', { date: '2012', endDate: '2022' }],
    ['in the 2021-2025 period', '2022', { date: '2021', endDate: '2025' }],
    ['Joint Statement for the Spring Meeting in 2021, 2022', '2022', { date: '2021', endDate: '2022' }],
    ['following the Memorandum of Understanding signed in November 2006.', '2023-11-13', { date: '2006-11' }],
    ['signed on 5 June 2019 in Kunming', '2024', { date: '2019-06-05' }],
    ['In the first six months of this year, the province', '2022', { date: '2022-01', endDate: '2022-06' }],
    ['In a recent meeting with provincial leaders', '2023-12-25', { date: '2023-12' }],
    ['Since the establishment of diplomatic relations in 1950', '2023-12-25', { date: '1950' }],
    ['On April 9, a delegation visited Chongzuo', '2024-04-12', { date: '2024-04-09' }],
    // A day without a year: the latest such day not after publication, written either way round.
    ['talks held in Nanning on December 28 ended', '2025-01-05', { date: '2024-12-28' }],
    ['On 3 October the two mayors met in Lao Cai', '2025-10-05', { date: '2025-10-03' }],
    ['the fair closed on 30 December', '2026-01-02', { date: '2025-12-30' }],
    ['a meeting on June 4-5 in Kunming', '2025-01-10', { date: '2024-06-04', endDate: '2024-06-05' }],
    // The period a document covers is not the day it was signed, nor is a date in brackets.
    ['On October 3 they signed a plan for the 2026-2027 period.', '2025-10-05', { date: '2025-10-03' }],
    ['visited Ha Long on May 2 for National Day (September 2, 1945)', '2024-05-03', { date: '2024-05-02' }],
  ])('%s (article %s)', (text, article, expected) => {
    const got = resolveDate(text, article);
    expect(got && { date: got.date, ...(got.endDate ? { endDate: got.endDate } : {}) }).toEqual(expected);
  });

  it('gives nothing for text without a date, and no day or month it cannot know', () => {
    expect(resolveDate('The province has favourable weather conditions.', '2023-12-25')).toBeUndefined();
    // "March 24-25" needs a year: without an article date there is none to give.
    expect(resolveDate('During March 24-25 stay', undefined)).toBeUndefined();
    // "today" with an article known only to the year is not a day.
    expect(resolveDate('the conference opened today', '2023')).toBeUndefined();
  });

  it('says a period something covers is one, when the sentence gives no day of the act', () => {
    expect(resolveDate('The two sides signed minutes on trade for 2026-2027.', '2025-10-05')).toMatchObject({
      date: '2026',
      endDate: '2027',
      covers: true,
    });
    expect(resolveDate('a cooperation programme until 2030', '2025')).toMatchObject({ date: '2030', covers: true });
    expect(resolveDate('From 2012-2022, the province sent 12 delegations', '2022')?.covers).toBeUndefined();
  });

  it('does not date an act by the day it was reported', () => {
    expect(
      resolveDate('Huaxin will build a plant in Bac Giang, the company said on Monday.', '2025-09-15'),
    ).toBeUndefined();
    expect(resolveDate('The province on Monday licensed the plant, officials said.', '2025-09-15')?.date).toBe(
      '2025-09-15',
    );
  });

  it('does not date an act by the day a filing or statement reported it', () => {
    expect(
      resolveDate(
        'Minh Phat Textiles will spend $60 million on a dyeing plant, it said in a stock exchange filing on Tuesday.',
        '2025-06-11',
      ),
    ).toBeUndefined();
    expect(
      resolveDate('The group plans a second mill, according to a statement on June 9.', '2025-06-11'),
    ).toBeUndefined();
    expect(resolveDate('The group opened its mill on Tuesday, it said in a filing.', '2025-06-11')?.date).toBe(
      '2025-06-10',
    );
  });

  it('reads a span across two months without a year: the visit from its first day to its last', () => {
    const got = resolveDate('The delegation toured Yunnan from May 30 to June 2 and met investors.', '2025-06-04');
    expect(got).toMatchObject({ date: '2025-05-30', endDate: '2025-06-02' });
    // Over the new year: the span starts in the year before its end.
    expect(resolveDate('a trade fair from December 30 to January 3', '2026-01-05')).toMatchObject({
      date: '2025-12-30',
      endDate: '2026-01-03',
    });
  });

  it('refuses impossible dates instead of inventing them', () => {
    expect(resolveDate('on February 30, 2023 the fair opened', '2023')?.date).not.toBe('2023-02-30');
  });
});
