// Amounts of money as news English writes them, read into US dollars: "US$150 million", "$1.2bn",
// "150 million USD", "USD 150 million", "VND 3.5 trillion", "3.5 trillion dong", "800 million yuan",
// "150 triệu USD". An amount in another currency is converted at that currency's average rate for
// the year it was stated (the article's year), and says so: the fact keeps what the text said.
import type { PartialDate } from '../../../common/model.ts';

export interface Money {
  /** The amount in US dollars (converted when stated in another currency). */
  usd: number;
  /** "over", "about", "nearly", … as written before the amount. */
  qualifier?: string;
  /** ISO code of the currency the text used. */
  currency: string;
  /** The words the amount was read from ("VND 3.5 trillion"). */
  text: string;
  /** Where the amount (its qualifier included) starts in the text. */
  index: number;
  /** How a converted amount was converted ("stated as VND 3.5 trillion; at 25,000 VND per US$, the 2024 average"). */
  conversion?: string;
}

/**
 * Units of a currency per US dollar, one a year from FIRST_YEAR: approximate annual averages, rounded,
 * written from memory of the commonly quoted yearly averages (not read from a data file; the last
 * year is an estimate). Good to the magnitude and the first two digits, which is what an amount in a
 * news story needs; each converted fact's note states the amount as written and the rate used.
 */
const FIRST_YEAR = 2015;
const PER_USD: Record<string, number[]> = {
  VND: [21_700, 22_000, 22_400, 22_600, 23_050, 23_200, 23_150, 23_300, 23_800, 25_000, 26_000],
  CNY: [6.23, 6.64, 6.75, 6.62, 6.91, 6.9, 6.45, 6.73, 7.08, 7.19, 7.18],
  JPY: [121, 109, 112, 110, 109, 107, 110, 131, 140, 151, 149],
  KRW: [1131, 1160, 1130, 1100, 1166, 1180, 1144, 1292, 1306, 1364, 1400],
  EUR: [0.9, 0.9, 0.89, 0.85, 0.89, 0.88, 0.85, 0.95, 0.92, 0.92, 0.89],
};

/** Each currency: its symbols (before the number), its codes (before or after) and its words (after, with a scale). */
const CURRENCY: { code: string; symbols?: string; codes: string; words: string }[] = [
  { code: 'USD', symbols: String.raw`US\$|\$`, codes: 'USD', words: String.raw`US dollars?|U\.S\. dollars?|dollars?` },
  { code: 'VND', codes: 'VND|VNĐ', words: 'Vietnamese dong|dong|đồng' },
  { code: 'CNY', codes: 'CNY|RMB', words: 'Chinese yuan|yuan|renminbi' },
  { code: 'JPY', symbols: '¥', codes: 'JPY', words: 'Japanese yen|yen' },
  { code: 'KRW', symbols: '₩', codes: 'KRW', words: 'Korean won|won' },
  { code: 'EUR', symbols: '€', codes: 'EUR', words: 'euros?' },
];
const any = (key: 'symbols' | 'codes' | 'words') => CURRENCY.flatMap((c) => (c[key] ? [c[key]] : [])).join('|');
const SYMBOLS = any('symbols');
const CODES = any('codes');
const WORDS = any('words');
const QUALIFIER =
  'over|about|nearly|more than|exceeding|around|approximately|almost|some|up to|at least|roughly|less than';
const NUMBER = String.raw`\d[\d.,]*`;
/** English and Vietnamese scales: "million", "bn", "trillion", "triệu", "tỷ", "nghìn tỷ". */
const SCALE = String.raw`trillion|tn|billion|bn|bil|million|mn|mil|m|nghìn tỷ|ngàn tỷ|tỷ|tỉ|triệu`;
const SCALES: [RegExp, number][] = [
  [/^(?:trillion|tn|nghìn tỷ|ngàn tỷ)$/i, 1e12],
  [/^(?:billion|bn|bil|tỷ|tỉ)$/i, 1e9],
  [/^(?:million|mn|mil|m|triệu)$/i, 1e6],
];
const Q = String.raw`(?<q>\b(?:${QUALIFIER})\s+)?`;
const END = String.raw`(?![\p{L}\d])`;

const PATTERNS = [
  // "US$150 million", "VND 3.5 trillion", "$1.2bn", "USD150m"
  new RegExp(
    String.raw`${Q}(?<![\p{L}])(?<cur>${SYMBOLS}|${CODES})\s?(?<n>${NUMBER})(?:[\s-]*(?<scale>${SCALE}))?${END}`,
    'giu',
  ),
  // "150 million USD", "150 triệu USD", "3.5 trillion VND"
  new RegExp(
    String.raw`${Q}(?<![\p{L}\d.,$])(?<n>${NUMBER})(?:[\s-]*(?<scale>${SCALE}))?\s*(?<cur>${CODES})${END}`,
    'giu',
  ),
  // "3.5 trillion dong", "800 million yuan": a currency word only with a scale ("won 3 medals" is no money)
  new RegExp(String.raw`${Q}(?<![\p{L}\d.,$])(?<n>${NUMBER})[\s-]*(?<scale>${SCALE})\s+(?<cur>${WORDS})${END}`, 'giu'),
];

/** Every amount of money in `text`, in order, with its value in US dollars. */
export function moneyIn(text: string, stated?: PartialDate): Money[] {
  const found: Money[] = [];
  const taken: [number, number][] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const g = m.groups!;
      const read = readAmount(g.n!, g.scale, currencyOf(g.cur!), stated);
      const index = m.index;
      const end = index + m[0].length;
      if (!read || taken.some(([s, e]) => index < e && s < end)) continue;
      taken.push([index, end]);
      found.push({
        ...read,
        text: m[0].slice(g.q?.length ?? 0).trim(),
        index,
        ...(g.q ? { qualifier: g.q.trim().toLowerCase() } : {}),
      });
    }
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map((f) => (f.conversion ? { ...f, conversion: `stated as ${f.text}; ${f.conversion}` } : f));
}

/** The amount a sentence gives: the first in US dollars (a conversion the text gives wins over ours), else the first. */
export function mainAmount(text: string, stated?: PartialDate): Money | undefined {
  const all = moneyIn(text, stated);
  return all.find((m) => m.currency === 'USD') ?? all[0];
}

function currencyOf(word: string): string {
  const c = CURRENCY.find((x) =>
    new RegExp(`^(?:${[x.symbols, x.codes, x.words].filter(Boolean).join('|')})$`, 'iu').test(word),
  );
  return c?.code ?? 'USD';
}

function readAmount(
  digits: string,
  scaleWord: string | undefined,
  currency: string,
  stated: PartialDate | undefined,
): Pick<Money, 'usd' | 'currency' | 'conversion'> | undefined {
  const n = readNumber(digits);
  if (!n) return undefined;
  const scale = SCALES.find(([re]) => scaleWord && re.test(scaleWord))?.[1] ?? 1;
  const amount = n * scale;
  if (currency === 'USD') return { usd: Math.round(amount), currency };
  const rates = PER_USD[currency]!;
  const last = FIRST_YEAR + rates.length - 1;
  // The year it was stated, within the table (before it: the first year; after it, or unknown: the last).
  const year = Math.min(Math.max(Number((stated ?? '').slice(0, 4)) || last, FIRST_YEAR), last);
  const rate = rates[year - FIRST_YEAR]!;
  const usd = amount / rate;
  // Rounded to three significant digits: the rate is an annual average, not the day's.
  const digitsKept = Math.max(0, Math.floor(Math.log10(usd)) - 2);
  return {
    usd: Math.round(usd / 10 ** digitsKept) * 10 ** digitsKept,
    currency,
    conversion: `converted at ${rate.toLocaleString('en-US')} ${currency} per US$ (the ${year} average)`,
  };
}

/** "1,200" is 1200, "3.5" is 3.5, "1,200.5" is 1200.5; a lone separator before three digits groups thousands. */
function readNumber(s: string): number | undefined {
  const t = s.replace(/[.,]$/, '');
  let n: number;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t) || /^\d+(?:\.\d+)?$/.test(t)) n = Number(t.replace(/,/g, ''));
  else if (/^\d{1,3}(?:\.\d{3})+$/.test(t)) n = Number(t.replace(/\./g, ''));
  else return undefined;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
