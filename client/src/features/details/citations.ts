// The sources of a link as the details show them. The wire carries them as parallel lists
// (sourceArticles[i], sourceOutlets[i], …: one column each in the exports); a view wants one object
// per source, and, where sources disagree, each source's value side by side.
import { readableDate } from '../../../../common/text/dates.ts';
import type { EdgeElement } from '../../../../common/wire.ts';
import { isUsdField, usdText } from '../../ui/amount.ts';

/** A link's fields that hold a (partial) ISO date. */
export const DATE_FIELDS = new Set(['date', 'endDate', 'asOf', 'since', 'published']);

type EdgeData = Partial<EdgeElement['data']> & Record<string, unknown>;

export interface Citation {
  article: string;
  outlet: string;
  published: string;
  quote: string;
  /** What this source states of the link besides its ends: date, amounts, document… */
  stated: Record<string, unknown>;
}

export function citationsOf(data: EdgeData): Citation[] {
  const articles = data.sourceArticles;
  if (!Array.isArray(articles) || !articles.length)
    return data.article
      ? [{ article: data.article, outlet: '', published: '', quote: data.quote ?? '', stated: {} }]
      : [];
  return articles.map((article, i) => ({
    article,
    outlet: data.sourceOutlets?.[i] ?? '',
    published: data.sourcePublished?.[i] ?? '',
    quote: data.sourceQuotes?.[i] ?? '',
    stated: data.sourceStated?.[i] ?? {},
  }));
}

/**
 * "Stated by 2 outlets in 3 articles", or nothing for a link with one source. A link no outlet
 * states (reference data) says so rather than "Stated by 0 outlets".
 */
export function sourcesLine(data: EdgeData): string | null {
  const n = typeof data.sources === 'number' ? data.sources : 1;
  const articles = new Set(citationsOf(data).map((c) => c.article)).size;
  if (n === 0)
    return articles > 1 ? `No article states this link; ${articles} articles cite it as reference data` : null;
  if (articles <= 1 && n <= 1) return null;
  const outlets = `${n} outlet${n === 1 ? '' : 's'}`;
  return articles > n ? `Stated by ${outlets} in ${articles} articles` : `Stated by ${outlets}`;
}

/** What a field is called in a sentence ("Sources disagree on the amount"). */
const FIELD_WORDS: Record<string, string> = {
  amountUsd: 'the amount',
  date: 'the date',
  endDate: 'the end date',
  asOf: 'the "as of" date',
  projects: 'the number of projects',
  workers: 'the number of workers',
  count: 'the count',
};
export const fieldWords = (field: string): string => FIELD_WORDS[field] ?? field;

/** For each field the sources disagree on: every source's value, in the order of the sources. */
export function conflictRows(data: EdgeData): { field: string; values: { outlet: string; value: string }[] }[] {
  const fields = Array.isArray(data.conflicts) ? data.conflicts : [];
  const cites = citationsOf(data);
  return fields.map((field) => ({
    field,
    values: cites
      .filter((c) => c.stated[field] !== undefined)
      .map((c) => ({ outlet: c.outlet || c.article, value: formatValue(field, c.stated[field]) })),
  }));
}

function formatValue(field: string, v: unknown): string {
  if (DATE_FIELDS.has(field)) return readableDate(v);
  if (typeof v === 'number' && isUsdField(field)) return usdText(v);
  return typeof v === 'number' ? v.toLocaleString('en') : String(v);
}
