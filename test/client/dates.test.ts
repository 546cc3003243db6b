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
  ])('%s to %s reads as "%s"', (date, endDate, words) => expect(linkDateText({ date, endDate })).toBe(words));
});
