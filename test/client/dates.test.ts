// Dates as people read them: one wording for every place the explorer shows a link's date.
import { describe, expect, it } from 'vitest';
import { linkDateText, readableDate } from '../../common/text/dates.ts';

describe('readable dates', () => {
  it.each([
    ['2025-03-12', '12 March 2025'],
    ['2025-03', 'March 2025'],
    ['2024', '2024'],
    ['', ''],
    ['not a date', 'not a date'],
    ['2025-13', '2025-13'],
  ])('%s reads as "%s"', (iso, words) => expect(readableDate(iso)).toBe(words));

  it.each([
    ['2025-03-12', '2025-03-14', '12–14 March 2025'],
    ['2025-02-28', '2025-03-02', '28 February – 2 March 2025'],
    ['2024-12-30', '2025-01-02', '30 December 2024 – 2 January 2025'],
    ['2025-03', '2025-05', 'March–May 2025'],
    ['2021', '2023', '2021–2023'],
    ['2025-03-12', '2025-03-12', '12 March 2025'],
    ['2025-03-12', undefined, '12 March 2025'],
    // A link dated 2021 whose end is the year's last day, as the filter bounds store it.
    ['2021', '2021-12-31', '2021'],
    ['2006-11', '2006-11-30', 'November 2006'],
    ['2006-11-01', '2006-11-30', 'November 2006'],
    ['2021-01-01', '2021-12-31', '2021'],
    ['2022-10-30', '2022-11-02', '30 October – 2 November 2022'],
    ['2021', '2022-06-30', '2021 – 30 June 2022'],
  ])('%s to %s reads as "%s"', (date, endDate, words) => expect(linkDateText({ date, endDate })).toBe(words));
});
