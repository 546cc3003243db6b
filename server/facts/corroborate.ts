// Corroboration: one fact is one edge, whatever the number of articles stating it. Each article's
// statement of a fact is a citation; citations of the same type between the same ends (in either
// order for a symmetric type: "A met B", "B met A"; for a signing, of the same document) with
// compatible dates (equal, one a prefix of the other, or days a few apart: then flagged as a
// conflict) become one edge that carries all of them. The edge is a pure function of its set of citations, so
// loading articles one by one, in any order, or all at once from the files gives the same graph.
//
// Storage (see the commit that added this): the citations live on the relationship as parallel
// lists (sourceArticles[i], sourceOutlets[i], sourcePublished[i], sourceQuotes[i], sourceStated[i],
// and for a symmetric type sourceFrom[i], the end that source names first), so paths and neighbourhoods stay one hop per fact and a fact's sources come with it.
import { createHash } from 'node:crypto';
import { dateBounds, SYMMETRIC_EDGE_TYPES, type EdgeType } from '../../common/model.ts';
import { foldForSearch } from '../../common/text/fold.ts';

/** One article's statement of one fact. `stated` is what that article says of it besides its ends. */
export interface Citation {
  type: EdgeType;
  from: string;
  to: string;
  article: string;
  outlet: string;
  published: string;
  quote: string;
  stated: Record<string, unknown>;
}

export interface CorroboratedEdge {
  id: string;
  type: EdgeType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** Amounts two sources may not disagree on without the edge saying so. */
const AMOUNT_FIELDS = ['amountUsd', 'projects', 'workers', 'count'] as const;
/** Dates: sources disagree when neither is a prefix of the other. */
const DATE_FIELDS = ['date', 'endDate', 'asOf'] as const;
export const CONFLICT_FIELDS: readonly string[] = [...AMOUNT_FIELDS, ...DATE_FIELDS];
/**
 * Day-precise dates at most this many days apart are one event that sources date differently (a
 * time zone, "yesterday" counted from another day, a signing reported the day after): one fact with
 * its dates flagged, not two facts. Further apart, they are two events (two visits a year apart).
 */
export const SAME_EVENT_DAYS = 7;

export const compatibleDates = (a: string | undefined, b: string | undefined): boolean =>
  a === undefined || b === undefined || a.startsWith(b) || b.startsWith(a);

/** What makes two statements of one type between the same ends the same fact, besides the date. */
function discriminator(c: Citation): string {
  // One article may name several documents signed by the same two parties in one year.
  if (c.type !== 'SIGNED') return '';
  return foldForSearch(String(c.stated.document ?? ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const isSymmetric = (type: EdgeType) => SYMMETRIC_EDGE_TYPES.includes(type);

/** The fact's type and ends; a symmetric type's ends in a fixed order, so either order is one fact. */
export const groupKey = (c: Pick<Citation, 'type' | 'from' | 'to'>): string => {
  const ends = isSymmetric(c.type) ? [c.from, c.to].sort() : [c.from, c.to];
  return [c.type, ...ends].join('\u0000');
};

const dateOf = (c: Citation) => (typeof c.stated.date === 'string' ? c.stated.date : undefined);

/** Sources in a fixed order (earliest published first), so that the first is the same however loaded. */
export function byPublication(a: Citation, b: Citation): number {
  return (
    a.published.localeCompare(b.published) ||
    a.article.localeCompare(b.article) ||
    a.quote.localeCompare(b.quote) ||
    stableJson(a.stated).localeCompare(stableJson(b.stated))
  );
}

export function corroborate(citations: readonly Citation[]): CorroboratedEdge[] {
  const byFact = new Map<string, Citation[]>();
  for (const c of citations) {
    const key = `${groupKey(c)}\u0000${discriminator(c)}`;
    (byFact.get(key) ?? byFact.set(key, []).get(key)!).push(c);
  }
  const edges: CorroboratedEdge[] = [];
  for (const group of byFact.values()) {
    for (const [dateKey, cluster] of clusterByDate(group)) edges.push(mergeCluster(dateKey, cluster));
  }
  return edges.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Splits statements of one fact into edges by date. The most precise dates none other extends
 * ("2023-05-12" beside "2023-05" and "2023") make the edges, those a few days apart one edge (see
 * SAME_EVENT_DAYS); a less precise or missing date joins the one edge it is compatible with, and
 * stays an edge of its own when it fits several ("2023" beside "2023-05" and "2023-09": which of the
 * two it means the article does not say).
 */
function clusterByDate(group: Citation[]): Map<string, Citation[]> {
  const dates = [...new Set(group.map(dateOf))];
  const leaves = dates.filter(
    (d): d is string => d !== undefined && !dates.some((o) => o !== undefined && o !== d && o.startsWith(d)),
  );
  const eventOf = sameEventKeys(leaves);
  const clusters = new Map<string, Citation[]>();
  for (const c of group) {
    const date = dateOf(c);
    const fits = new Set(leaves.filter((leaf) => compatibleDates(leaf, date)).map((leaf) => eventOf.get(leaf)!));
    const key = fits.size === 1 ? [...fits][0]! : (date ?? '');
    (clusters.get(key) ?? clusters.set(key, []).get(key)!).push(c);
  }
  return clusters;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** Each date's event: the earliest of the day-precise dates chained at most SAME_EVENT_DAYS apart. */
function sameEventKeys(leaves: string[]): Map<string, string> {
  const keys = new Map(leaves.map((d) => [d, d]));
  let start = '';
  let previous = '';
  for (const day of leaves.filter((d) => DAY.test(d)).sort()) {
    if (!previous || (Date.parse(day) - Date.parse(previous)) / MS_PER_DAY > SAME_EVENT_DAYS) start = day;
    keys.set(day, start);
    previous = day;
  }
  return keys;
}

/** A citation of reference data (`basis: reference`: the gazetteer), not of an article's words. */
const isReference = (c: Citation) => c.stated.basis === 'reference';
/** Where a fact comes from is the edge's own to say (below), not any one source's. */
const PROVENANCE = new Set(['basis', 'referenceSource']);

function mergeCluster(dateKey: string, cluster: Citation[]): CorroboratedEdge {
  // Articles stating the fact first (earliest published first), then reference data.
  const sources = [...cluster].sort((a, b) => Number(isReference(a)) - Number(isReference(b)) || byPublication(a, b));
  const first = sources[0]!;
  const props: Record<string, unknown> = {};
  // Each property from the first source that states it; dates as precise as any source gives them.
  for (const c of sources) {
    for (const [k, v] of Object.entries(c.stated))
      if (props[k] === undefined && v !== undefined && !PROVENANCE.has(k)) props[k] = v;
  }
  // From reference data only when no article states it: then it says so, and names the data.
  if (isReference(first)) Object.assign(props, { basis: 'reference', referenceSource: first.stated.referenceSource });
  const conflicts = CONFLICT_FIELDS.filter((k) =>
    disagree(
      k,
      sources.map((c) => c.stated[k]),
    ),
  );
  // Compatible dates refine each other; disagreeing ones keep the earliest source's precise one, flagged.
  for (const k of DATE_FIELDS) {
    const values = sources.map((c) => c.stated[k]);
    const date = conflicts.includes(k) ? precise(values)[0] : mostPrecise(values);
    if (date !== undefined) props[k] = date;
  }
  const confidences = sources.map((c) => c.stated.confidence).filter((v): v is number => typeof v === 'number');
  if (confidences.length) props.confidence = Math.max(...confidences);
  Object.assign(props, dateSpan(props, conflicts.includes('date') ? sources.map(dateOf) : [props.date]));
  const id = edgeId(first, discriminator(first), dateKey);
  const lead = leadSource(sources, props);
  Object.assign(props, {
    id,
    article: lead.article,
    ...(lead.quote ? { quote: lead.quote } : {}),
    sources: independentOutlets(sources),
    sourceArticles: sources.map((c) => c.article),
    sourceOutlets: sources.map((c) => c.outlet),
    sourcePublished: sources.map((c) => c.published),
    sourceQuotes: sources.map((c) => c.quote),
    sourceStated: sources.map((c) => stableJson(c.stated)),
    ...(isSymmetric(first.type) ? { sourceFrom: sources.map((c) => c.from) } : {}),
    conflict: conflicts.length > 0,
  });
  if (conflicts.length) props.conflicts = conflicts;
  return { id, type: first.type, from: first.from, to: first.to, props };
}

/**
 * The source whose quote the edge shows: the one that best states what the edge says. Each value
 * of the edge a source states alike counts for it, one it states otherwise counts twice against
 * it; the earliest wins a tie. A partnership "since 1950" quotes the source that says 1950, not an
 * undated one published earlier; an investment of US$150 million never quotes the source that
 * says US$200 million, whatever else that source adds.
 */
function leadSource(sources: Citation[], props: Record<string, unknown>): Citation {
  const stating = sources.filter((c) => !isReference(c));
  if (!stating.length) return sources[0]!;
  const score = (c: Citation) =>
    [...AMOUNT_FIELDS, ...DATE_FIELDS].reduce((sum, k) => {
      const stated = c.stated[k];
      if (stated === undefined || props[k] === undefined) return sum;
      return sum + (JSON.stringify(stated) === JSON.stringify(props[k]) ? 1 : -2);
    }, 0);
  return stating.reduce((best, c) => (score(c) > score(best) ? c : best));
}

/**
 * dateFrom/dateTo, what the date filters read: the bounds of the edge's date (to its end date), or
 * when sources disagree on the date, the span of every date they give.
 */
function dateSpan(props: Record<string, unknown>, dates: unknown[]): { dateFrom?: string; dateTo?: string } {
  const stated = precise(dates);
  if (!stated.length) return {};
  const end = typeof props.endDate === 'string' ? [props.endDate] : [];
  const lows = stated.map((d) => dateBounds(d)[0]).sort();
  const highs = [...stated, ...end].map((d) => dateBounds(d)[1]).sort();
  return { dateFrom: lows[0], dateTo: highs[highs.length - 1] };
}

/**
 * Outlets (compared without case or diacritics) whose articles state the fact. A citation of
 * reference data (`basis: reference`: the gazetteer says Hekou is in Yunnan) is no outlet's
 * statement: it is kept among the citations but not counted.
 */
function independentOutlets(citations: Citation[]): number {
  const stating = citations.filter((c) => !isReference(c));
  return new Set(stating.map((c) => foldForSearch(c.outlet).trim())).size;
}

function disagree(field: string, values: unknown[]): boolean {
  const stated = values.filter((v) => v !== undefined && v !== null);
  if ((DATE_FIELDS as readonly string[]).includes(field)) {
    const dates = stated.map(String);
    return dates.some((a) => dates.some((b) => !compatibleDates(a, b)));
  }
  return new Set(stated.map((v) => JSON.stringify(v))).size > 1;
}

/** The dates given that no other given date makes more precise ("2025-09" beside "2025-09-10" is not), in order. */
function precise(values: unknown[]): string[] {
  const given = values.filter((d): d is string => typeof d === 'string');
  return given.filter((d) => !given.some((o) => o !== d && o.startsWith(d)));
}

/** The longest of compatible partial dates; undefined if none is stated. */
function mostPrecise(values: unknown[]): string | undefined {
  const dates = values.filter((v): v is string => typeof v === 'string');
  return dates.sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
}

function edgeId(c: Citation, discriminator: string, dateKey: string): string {
  return createHash('sha1')
    .update([c.type, c.from, c.to, discriminator, dateKey].join('\u0000'))
    .digest('hex')
    .slice(0, 16);
}

/** JSON with sorted keys: the same statement always reads the same (and checksums agree). */
export function stableJson(o: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b))));
}

/** Properties an edge has for itself, not stated by any one source. */
const EDGE_OWN = new Set(['id', 'article', 'quote', 'dateFrom', 'dateTo', 'sources', 'conflict', 'conflicts']);

/**
 * The citations a stored edge carries (the inverse of corroborate). An edge written before
 * corroboration (one article per edge) is one citation; its article's outlet and date come from
 * the Article node.
 */
export function citationsOfEdge(
  edge: Pick<Citation, 'type' | 'from' | 'to'>,
  props: Record<string, unknown>,
  legacyArticle: { outlet?: string | null; published?: string | null } = {},
): Citation[] {
  const { type, from, to } = edge;
  const list = (k: string) => (Array.isArray(props[k]) ? (props[k] as unknown[]).map(String) : undefined);
  const articles = list('sourceArticles');
  if (!articles) {
    const stated = Object.fromEntries(
      Object.entries(props).filter(([k, v]) => !EDGE_OWN.has(k) && !k.startsWith('source') && v != null),
    );
    return [
      {
        type,
        from,
        to,
        article: String(props.article ?? ''),
        outlet: legacyArticle.outlet ?? 'unknown',
        published: legacyArticle.published ?? '',
        quote: String(props.quote ?? ''),
        stated,
      },
    ];
  }
  const [outlets, published, quotes, stated, froms] = ['Outlets', 'Published', 'Quotes', 'Stated', 'From'].map(
    (k) => list(`source${k}`) ?? [],
  );
  // A symmetric fact's source may name the ends the other way round than the edge.
  const reversed = (i: number) => froms![i] !== undefined && froms![i] !== from;
  return articles.map((article, i) => ({
    type,
    from: reversed(i) ? to : from,
    to: reversed(i) ? from : to,
    article,
    outlet: outlets![i] ?? 'unknown',
    published: published![i] ?? '',
    quote: quotes![i] ?? '',
    stated: JSON.parse(stated![i] ?? '{}') as Record<string, unknown>,
  }));
}
