// The graph's vocabulary: the one fixed list of node kinds and edge types. Labels and relationship
// types cannot be Cypher parameters, so anything that reaches a query as a label or a type must be
// a member of these lists (checked by zod at the edge).
import { z } from 'zod';

// A place's kind is its rank: a Province is any first-level unit (a tỉnh, a centrally-run city such as
// Hà Nội, a municipality such as Shanghai, an autonomous region, an SAR); a City is a unit below one.
export const NODE_KINDS = ['Country', 'Province', 'City', 'Official', 'Company', 'Organization', 'Event'] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

export const EDGE_TYPES = [
  'SIGNED', // a document signed between two parties (props: document, docKind, date, count)
  'VISITED', // a person or delegation visiting a place (date, endDate, count)
  'MET', // two officials (or an official and a body) meeting (date)
  'INVESTED_IN', // a company investing in a locality (amountUsd, projects, workers, asOf)
  'PARTNER_OF', // a standing cooperation or partnership between localities or bodies (since)
  'LOCATED_IN', // place/company/organisation/event inside a place
  'HOLDS_POST', // official -> organisation or locality (title)
  'ATTENDED', // locality or official -> Event (role)
] as const;
export const EdgeType = z.enum(EDGE_TYPES);
export type EdgeType = z.infer<typeof EdgeType>;

/** Edge types that describe something that happened (dated), as opposed to standing structure. */
export const EVENT_EDGE_TYPES: readonly EdgeType[] = ['SIGNED', 'VISITED', 'MET', 'INVESTED_IN', 'ATTENDED'];

/**
 * Edge types that say the same whichever end comes first ("A met B" is "B met A"): two sources
 * naming the ends in either order state one fact. The stored edge keeps the direction its first
 * source gives.
 */
export const SYMMETRIC_EDGE_TYPES: readonly EdgeType[] = ['SIGNED', 'MET', 'PARTNER_OF'];

export const DOC_KINDS = ['MoU', 'agreement', 'minutes', 'joint statement', 'plan', 'other'] as const;
export const DocKind = z.enum(DOC_KINDS);

export const ATTEND_ROLES = ['host', 'chair', 'participant', 'speaker', 'organizer'] as const;
export const AttendRole = z.enum(ATTEND_ROLES);

/** ISO 8601 date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD (a bare year may be a YAML number). */
export const PartialDate = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);
export type PartialDate = z.infer<typeof PartialDate>;

/** Stable node id: lower-case ASCII slug. */
export const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case ASCII slug like "bac-ninh"');

/** First and last day covered by a partial date: "2006-11" -> ["2006-11-01", "2006-11-30"]. */
export function dateBounds(date: string): [string, string] {
  const [y, m, d] = date.split('-');
  if (d) return [date, date];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}
