// Dates as people read them. The graph stores partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD); every
// place the UI or an export shows one (details, timeline, tables, path steps, sources) words it
// here: "12 March 2025", "March 2025", "2024", and a range as "12–14 March 2025" or "2021–2023".
/** English month names, January first (also the synthetic articles' wording). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** "2025-03-12" -> "12 March 2025", "2025-03" -> "March 2025", "2024" -> "2024"; other text as given. */
export function readableDate(date: unknown): string {
  if (date === undefined || date === null || date === '') return '';
  const text = String(date);
  const m = PARTS.exec(text);
  const month = m?.[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || (m[2] && !month)) return text;
  if (!month) return m[1]!;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** The first and last day a partial ISO date covers: "2021" -> 2021-01-01..2021-12-31; null if not a date. */
function daysCovered(date: unknown): { first: string; last: string } | null {
  const m = PARTS.exec(String(date ?? ''));
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return { first: `${y}-${mo}-${d}`, last: `${y}-${mo}-${d}` };
  if (mo) {
    const lastDay = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return { first: `${y}-${mo}-01`, last: `${y}-${mo}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/**
 * A span said as simply as it is true: one that ends inside its start's period says the start only
 * ("2021" to "2021-12-31" is "2021"), and one covering exactly a month or a year says that month or
 * year ("2006-11-01" to "2006-11-30" is "November 2006").
 */
function simplestSpan(date: unknown, endDate: unknown): { date: unknown; endDate: unknown } {
  const a = daysCovered(date);
  const b = daysCovered(endDate);
  if (!a || !b) return { date, endDate };
  if (b.last <= a.last && b.first >= a.first) return { date, endDate: undefined };
  for (const period of [a.first.slice(0, 7), a.first.slice(0, 4)]) {
    const whole = daysCovered(period)!;
    if (whole.first === a.first && whole.last === b.last) return { date: period, endDate: undefined };
  }
  return { date, endDate };
}

/** A date and an optional end: "12–14 March 2025", "28 February – 2 March 2025", "2021–2023". */
export function readableRange(date: unknown, endDate?: unknown): string {
  const span = simplestSpan(date, endDate);
  const from = readableDate(span.date);
  const to = readableDate(span.endDate);
  if (!to || to === from) return from;
  if (!from) return `until ${to}`;
  const a = from.split(' ');
  const b = to.split(' ');
  // Shared trailing words (the year, then the month) are said once.
  let shared = 0;
  while (shared < Math.min(a.length, b.length) - 1 && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  const head = a.slice(0, a.length - shared).join(' ');
  // A dash between single words ("12–14", "2021–2023"); spaced between phrases.
  return head.includes(' ') || to.split(' ').length - shared > 1 ? `${head} – ${to}` : `${head}–${to}`;
}

/** The date a link states, in words: its date (and end date), or '' when it has none. */
export function linkDateText(data: { date?: unknown; endDate?: unknown }): string {
  return readableRange(data.date, data.endDate);
}
