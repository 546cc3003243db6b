// Resolves the date expressions of a sentence against the article's date: "today [November 13]",
// "March 24-25", "last year", "from 2012-2022", "October 30, 2022 to November 2, 2022".
// Ranges stay ranges (date + endDate); precision stays as written (a year stays a year). A day
// without a year ("on September 11", "3 October") is the latest such day not after publication. A
// period something covers ("minutes for the 2025-2026 period") is said to be one: it is not the day
// an act took place.
import type { PartialDate } from '../../../common/model.ts';

export interface DateRange {
  date: PartialDate;
  endDate?: PartialDate;
  /** The words the dates were read from. */
  text: string;
  /** A period the thing covers or runs to ("for 2025-2026", "until 2030"), not when an act happened. */
  covers?: boolean;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const pad = (n: number) => String(n).padStart(2, '0');
const monthNo = (name: string) =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;
const ymd = (y: number, m: number, d?: number): PartialDate => (d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`);

interface Ctx {
  year: number;
  month?: number;
  day?: number;
  article: PartialDate;
}

interface Rule {
  re: RegExp;
  resolve(m: RegExpMatchArray, ctx: Ctx): Omit<DateRange, 'text'> | undefined;
}

/** The year of a month and day the text gives without one: the latest not after the article's date. */
function yearOf(c: Ctx, month: number, day = 1): number {
  if (!c.month) return c.year;
  const later = month > c.month || (month === c.month && c.day !== undefined && day > c.day);
  return later ? c.year - 1 : c.year;
}

// Most specific first: the first rule that matches anywhere in the sentence wins.
const RULES: Rule[] = [
  // October 30, 2022 to November 2, 2022 | from October 30 to November 2, 2022
  {
    re: new RegExp(`${MONTH} (\\d{1,2})(?:, (\\d{4}))? (?:to|until|through|-|–) ${MONTH} (\\d{1,2}),? (\\d{4})`, 'i'),
    resolve: (m) => {
      const y2 = Number(m[6]);
      const y1 = m[3] ? Number(m[3]) : y2;
      return { date: ymd(y1, monthNo(m[1]!), Number(m[2])), endDate: ymd(y2, monthNo(m[4]!), Number(m[5])) };
    },
  },
  // from March 31 to April 1 (no year: the span's start is the latest such day not after the article)
  {
    re: new RegExp(`${MONTH} (\\d{1,2}) (?:to|until|through|-|–) ${MONTH} (\\d{1,2})\\b(?!,? \\d{4})`, 'i'),
    resolve: (m, c) => {
      const [mo1, d1, mo2, d2] = [monthNo(m[1]!), Number(m[2]), monthNo(m[3]!), Number(m[4])];
      const y1 = yearOf(c, mo1, d1);
      return { date: ymd(y1, mo1, d1), endDate: ymd(mo2 < mo1 ? y1 + 1 : y1, mo2, d2) };
    },
  },
  // between November 13 and 14, 2023 | March 24-25 | March 24-25, 2025
  {
    re: new RegExp(`${MONTH} (\\d{1,2}) ?(?:-|–|and|to) ?(\\d{1,2})(?:,? (\\d{4}))?\\b`, 'i'),
    resolve: (m, c) => {
      const mo = monthNo(m[1]!);
      const y = m[4] ? Number(m[4]) : yearOf(c, mo, Number(m[2]));
      return { date: ymd(y, mo, Number(m[2])), endDate: ymd(y, mo, Number(m[3])) };
    },
  },
  // 24-25 March 2025
  {
    re: new RegExp(`\\b(\\d{1,2}) ?(?:-|–) ?(\\d{1,2}) ${MONTH}(?:,? (\\d{4}))?`, 'i'),
    resolve: (m, c) => {
      const mo = monthNo(m[3]!);
      const y = m[4] ? Number(m[4]) : yearOf(c, mo, Number(m[1]));
      return { date: ymd(y, mo, Number(m[1])), endDate: ymd(y, mo, Number(m[2])) };
    },
  },
  // today [November 13] | today
  {
    re: new RegExp(`\\btoday(?: \\[${MONTH} (\\d{1,2})\\])?`, 'i'),
    resolve: (m, c) =>
      m[1]
        ? { date: ymd(yearOf(c, monthNo(m[1]), Number(m[2])), monthNo(m[1]), Number(m[2])) }
        : c.day
          ? { date: c.article }
          : undefined,
  },
  // November 13, 2023 | November 2006 | 13 November 2023
  {
    re: new RegExp(`${MONTH} (\\d{1,2}),? (\\d{4})`, 'i'),
    resolve: (m) => ({ date: ymd(Number(m[3]), monthNo(m[1]!), Number(m[2])) }),
  },
  {
    re: new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})`, 'i'),
    resolve: (m) => ({ date: ymd(Number(m[3]), monthNo(m[2]!), Number(m[1])) }),
  },
  {
    re: new RegExp(`${MONTH},? (\\d{4})`, 'i'),
    resolve: (m) => ({ date: ymd(Number(m[2]), monthNo(m[1]!)) }),
  },
  // from 2012-2022 | 2021-2025 period | from 2012 to 2022 | between 2016 and 2022
  {
    re: /\b((?:19|20)\d\d) ?(?:-|–|to|and|until) ?((?:19|20)\d\d)\b/,
    resolve: (m) => ({ date: m[1]!, endDate: m[2]! }),
  },
  // in 2021, 2022 (a list of years: the span)
  {
    re: /\b((?:19|20)\d\d), ((?:19|20)\d\d)\b/,
    resolve: (m) => ({ date: m[1]!, endDate: m[2]! }),
  },
  // November 13 | 3 October (the year from the article: the latest such day not after it)
  {
    re: new RegExp(`${MONTH} (\\d{1,2})\\b(?!,? \\d{4})`, 'i'),
    resolve: (m, c) => {
      const [mo, d] = [monthNo(m[1]!), Number(m[2])];
      return { date: ymd(yearOf(c, mo, d), mo, d) };
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2}) ${MONTH}(?![\\w,]* \\d{4})(?!\\w)`, 'i'),
    resolve: (m, c) => {
      const [mo, d] = [monthNo(m[2]!), Number(m[1])];
      return { date: ymd(yearOf(c, mo, d), mo, d) };
    },
  },
  // the first six months of this year | the first half of this year
  {
    re: /\bfirst (six|6) months of (this|last) year|first half of (this|last) year/i,
    resolve: (m, c) => {
      const y = (m[2] ?? m[3])!.toLowerCase() === 'last' ? c.year - 1 : c.year;
      return { date: `${y}-01`, endDate: `${y}-06` };
    },
  },
  { re: /\blast year\b/i, resolve: (_m, c) => ({ date: String(c.year - 1) }) },
  { re: /\bnext year\b/i, resolve: (_m, c) => ({ date: String(c.year + 1) }) },
  { re: /\bthis year\b/i, resolve: (_m, c) => ({ date: String(c.year) }) },
  {
    re: /\blast month\b/i,
    resolve: (_m, c) => (c.month ? { date: c.month === 1 ? `${c.year - 1}-12` : ymd(c.year, c.month - 1) } : undefined),
  },
  { re: /\bthis month\b/i, resolve: (_m, c) => (c.month ? { date: ymd(c.year, c.month) } : undefined) },
  { re: /\b(?:yesterday)\b/i, resolve: (_m, c) => (c.day ? { date: shiftDay(c.article, -1) } : undefined) },
  // "on Monday": the latest such weekday on or before the article's date (news reports the past week).
  {
    re: /\bon\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i,
    resolve: (m, c) => (c.day ? { date: lastWeekday(c.article, m[1]!) } : undefined),
  },
  { re: /\b(?:in|since|by|of|until|till|through) ((?:19|20)\d\d)\b/, resolve: (m) => ({ date: m[1]! }) },
  // "a recent meeting", "recently": the article's month
  {
    re: /\brecent(?:ly)?\b/i,
    resolve: (_m, c) => (c.month ? { date: ymd(c.year, c.month) } : { date: String(c.year) }),
  },
];

/** What a date of the saying follows: "said", "told reporters", "in a (stock exchange) filing", "in a statement". */
const SAID_BEFORE = new RegExp(
  String.raw`\b(?:(?:said|says|announced|reported|stated|told [\w\s]{1,30}?)|` +
    String.raw`(?:in|according to) (?:a|an|its|the|their) [\w\s-]{0,40}?(?:filing|statement|report|release|notice|announcement|disclosure|interview|post)(?: (?:to|with) the [\w\s-]{1,40}?)?(?:\s+on)?)\s+$`,
  'i',
);

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function lastWeekday(date: string, weekday: string): PartialDate {
  const back = (new Date(`${date}T00:00:00Z`).getUTCDay() - WEEKDAYS.indexOf(weekday.toLowerCase()) + 7) % 7;
  return shiftDay(date, -back);
}

function shiftDay(date: string, days: number): PartialDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The first date expression of `text`, resolved against the article's date. A period the text says
 * something covers ("for the 2025-2026 period") gives way to a date of the act in the same sentence,
 * and comes back marked `covers` when there is none.
 */
export function resolveDate(text: string, articleDate: PartialDate | undefined): DateRange | undefined {
  const [y, mo, d] = (articleDate ?? '').split('-').map(Number);
  let covering: DateRange | undefined;
  for (const rule of RULES) {
    const m = text.match(rule.re);
    if (!m) continue;
    const needsYear = !/\d{4}/.test(m[0]);
    if (needsYear && !y) continue;
    const r = rule.resolve(m, { year: y ?? 0, month: mo, day: d, article: articleDate ?? '' });
    if (!r || !isValid(r.date) || (r.endDate && !isValid(r.endDate)) || inParentheses(text, m.index!)) continue;
    // "…, the company said on Monday" / "said in a filing on Wednesday": when it was said, not when the act was.
    if (SAID_BEFORE.test(text.slice(0, m.index))) continue;
    if (!coversPeriod(text, m)) return { ...r, text: m[0] };
    covering ??= { ...r, text: m[0], covers: true };
  }
  return covering;
}

/** A date in brackets is a remark ("the anniversary of National Day (September 2, 1945)"), not when the act was. */
function inParentheses(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** "for (the) 2025-2026 (period)", "in the 2021-2025 period", "until 2030": a span something covers. */
function coversPeriod(text: string, m: RegExpMatchArray): boolean {
  const before = text.slice(0, m.index);
  const after = text.slice(m.index! + m[0].length);
  if (/^(?:until|till|through|by)\b/i.test(m[0])) return true;
  if (/\b(?:for|covering|until|till|through|to|by)\s+(?:the\s+)?(?:(?:period|phase|term)\s+(?:of\s+)?)?$/i.test(before))
    return true;
  return /^\s*(?:period|phase|term|stage|plan)\b/i.test(after) && /^(?:19|20)\d\d\b/.test(m[0]);
}

function isValid(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || y < 1800 || y > 2200) return false;
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (d < 1 || d > new Date(Date.UTC(y, m!, 0)).getUTCDate())) return false;
  return true;
}

/** The article's own date when the text states it: a "date YYYY-MM-DD" header. */
export function datelineOf(text: string): PartialDate | undefined {
  return text.match(/^\s*date (\d{4}-\d{2}-\d{2})\b/)?.[1];
}
