// One source of a fact: the quote, the outlet and date it is from, and a button that opens the
// article at the quote. A fact from reference data (basis 'reference') says so instead.
import { countryName } from '../../ui/country-name.ts';
import type { ComponentChildren } from 'preact';
import type { EdgeElement } from '../../../../common/wire.ts';
import { useEffect, useState } from 'preact/hooks';
import { linkDateText, readableDate } from '../../../../common/text/dates.ts';
import { isUsdField, usdText } from '../../ui/amount.ts';
import { isReference, referenceNote } from '../../ui/edge-statement.tsx';
import { fetchArticle, readArticle, sourceName } from './article.ts';
import { citationsOf, conflictRows, DATE_FIELDS, fieldWords, sourcesLine } from './citations.ts';

const HIDDEN_KEYS = new Set([
  'id',
  'label',
  'display',
  'size',
  'searchText',
  // The map's cluster marker a node stands for (geo-markers.ts).
  'mapCluster',
  'source',
  'target',
  'quote',
  'article',
  'articles',
  'basis',
  'cite',
  'citeWith',
  // The sources of a link: listed one by one under Sources, not as lists of ids.
  'sources',
  'sourceArticles',
  'sourceOutlets',
  'sourcePublished',
  'sourceQuotes',
  'sourceStated',
  'sourceFrom',
  'conflict',
  'conflicts',
  // Read with the amount it qualifies ("over US$900 million", walk 24, 7: "amountQualifier: over").
  'amountQualifier',
  // The drafter's own certainty, not something an article or a reviewer states.
  'confidence',
  'referenceSource',
  // The date range for filtering: the date itself is shown, in words.
  'dateFrom',
  'dateTo',
]);

/** Date fields by what they mean to a reader rather than by their names in the data. */
/** Row names people read; a place's point is its "location", one row (walk 17, 10: raw lat and lon). */
const ROW_LABELS: Record<string, string> = {
  date: 'when',
  endDate: 'until',
  asOf: 'as of',
  since: 'since',
  lat: 'location',
  docKind: 'kind of document',
};

/** "21.85° N, 106.76° E": a point as a map reads it. */
function pointText(lat: number, lon: number): string {
  const deg = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(2)}° ${v < 0 ? neg : pos}`;
  return `${deg(lat, 'N', 'S')}, ${deg(lon, 'E', 'W')}`;
}

function valueText(k: string, v: unknown, data: Record<string, unknown>): string {
  if (k === 'date') return linkDateText(data);
  // A country by its name, as the Country filter lists it ("CN" had to be guessed: walk 27).
  if (k === 'country' && typeof v === 'string') return `${countryName(v)} (${v})`;
  if (k === 'lat' && typeof v === 'number' && typeof data.lon === 'number') return pointText(v, data.lon);
  if (DATE_FIELDS.has(k)) return readableDate(v);
  if (typeof v === 'number' && isUsdField(k))
    return `${k === 'amountUsd' && data.amountQualifier ? `${String(data.amountQualifier)} ` : ''}${usdText(v)}`;
  if (typeof v === 'number') return v.toLocaleString('en');
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'object')
    return Object.entries(v as object)
      .map(([a, b]) => `${a}: ${String(b)}`)
      .join(', ');
  return String(v);
}

export function Props({ data }: { data: Record<string, unknown> }) {
  const rows = Object.entries(data).filter(
    ([k, v]) =>
      !HIDDEN_KEYS.has(k) &&
      // An end date with a start reads as one range under "when".
      !(k === 'endDate' && data.date) &&
      // The longitude reads with the latitude under "location".
      !(k === 'lon' && typeof data.lat === 'number') &&
      v !== undefined &&
      v !== null &&
      v !== '' &&
      !(Array.isArray(v) && !v.length),
  );
  return (
    <dl>
      {rows.map(([k, v]) => (
        <>
          <dt>{ROW_LABELS[k] ?? (isUsdField(k) ? 'amount' : k)}</dt>
          <dd>{valueText(k, v, data)}</dd>
        </>
      ))}
    </dl>
  );
}

/** What the link's own data says of its article before the article is fetched: outlet and day, never its id. */
function knownSourceName(data: SourceData): string {
  const i = (data.sourceArticles ?? []).indexOf(data.article ?? '');
  const outlet = i >= 0 ? data.sourceOutlets?.[i] : undefined;
  return outlet ? sourceName({ outlet, published: data.sourcePublished?.[i] ?? '' }) : 'the article';
}

/** "Title — VnExpress, 5 March 2024" once the article is fetched; its outlet and day until then. */
export function useSourceName(articleId: string | undefined, before = 'the article'): string {
  const [name, setName] = useState(before);
  useEffect(() => {
    setName(before);
    if (!articleId) return;
    let live = true;
    fetchArticle(articleId)
      .then((a) => live && setName(`${a.title} — ${sourceName(a)}`))
      .catch(() => undefined);
    return () => void (live = false);
  }, [articleId, before]);
  return name;
}

export interface SourceData {
  article?: string;
  quote?: string;
  basis?: unknown;
  referenceSource?: unknown;
  sourceArticles?: string[];
  sourceOutlets?: string[];
  sourcePublished?: string[];
}

export function SourceBlock(props: {
  data: SourceData;
  /** The link quoted, worded in its direction: the article reader repeats it. */
  fact?: string;
  heading?: ComponentChildren;
  /** Said of this link under its heading (how many outlets state it), inside its box. */
  children?: ComponentChildren;
}) {
  const { data } = props;
  const reference = isReference(data);
  const name = useSourceName(reference || !data.article ? undefined : data.article, knownSourceName(data));
  return (
    <div class={`quote${reference ? ' reference' : ''}`}>
      {props.heading ? <div>{props.heading}</div> : null}
      {props.children}
      {reference ? (
        <p class="reference-note">{referenceNote(data)}</p>
      ) : !data.quote || !data.article ? (
        <p class="muted">No quote is recorded for this link.</p>
      ) : (
        <>
          <blockquote>“{data.quote}”</blockquote>
          <div class="muted source-name">{name}</div>
          <button type="button" class="read-article" onClick={() => readArticle(data.article!, data.quote, props.fact)}>
            Read in the article
          </button>
        </>
      )}
    </div>
  );
}

/** How many outlets state a link, and where its sources disagree: each source's value side by side. */
export function SourcesNote({ data }: { data: Record<string, unknown> }) {
  const line = sourcesLine(data);
  const conflicts = conflictRows(data);
  return (
    <>
      {line ? <p class="sources-line">{line}</p> : null}
      {conflicts.map((c) => (
        <div class="conflict" role="note">
          <strong>Sources disagree on {fieldWords(c.field)}:</strong>
          <table>
            <tbody>
              {c.values.map((v) => (
                <tr>
                  <td>{v.outlet}</td>
                  <td>{v.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}

/** Every source of a link: the note, then each article's own quote. */
export function SourceList({ data }: { data: Record<string, unknown> }) {
  const cites = citationsOf(data);
  return (
    <div class="source-list">
      <SourcesNote data={data} />
      {cites.length ? (
        cites.map((c) => (
          // A link with one source may carry its basis on the link itself (reference data).
          <SourceBlock
            data={{
              article: c.article,
              quote: c.quote,
              basis: c.stated.basis ?? (cites.length === 1 ? data.basis : undefined),
              referenceSource: c.stated.referenceSource ?? data.referenceSource,
            }}
          />
        ))
      ) : (
        <SourceBlock data={data} />
      )}
    </div>
  );
}

/**
 * A node's card quotes each of its links once: the other articles' quotes of a corroborated link
 * are a click away (walk 33, clumsy 9: "Stated by 3 outlets in 4 articles" showed one quote).
 */
export function MoreQuotes({ data }: { data: Partial<EdgeElement['data']> }) {
  const rest = citationsOf(data).filter(
    (c) => c.article && c.quote && !(c.article === data.article && c.quote === data.quote),
  );
  if (!rest.length) return null;
  return (
    <details class="more-quotes">
      <summary>
        {rest.length} more {rest.length === 1 ? 'quote' : 'quotes'} of this link
      </summary>
      {rest.map((c) => (
        <SourceBlock
          data={{
            article: c.article,
            quote: c.quote,
            sourceArticles: [c.article],
            sourceOutlets: [c.outlet],
            sourcePublished: [c.published],
          }}
        />
      ))}
    </details>
  );
}
