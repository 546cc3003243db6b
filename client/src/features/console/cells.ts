// A Cypher result's cells in words: nodes by name, relationships as "A —TYPE→ B" in their own
// direction, paths as chains ("A —MET (2024, VnExpress)→ B ←SIGNED— C", each step's date and outlets
// telling apart links of one type between the same ends), lists and maps item by item; never raw JSON.
import { linkDateText } from '../../../../common/text/dates.ts';
import { isUsdField, usdText } from '../../ui/amount.ts';
import { statementText } from '../../ui/edge-statement.tsx';

interface PlainNode {
  _type: 'node';
  elementId: string;
  labels?: string[];
  properties?: Record<string, unknown>;
}
interface PlainRel {
  _type: 'relationship';
  elementId: string;
  type: string;
  startElementId?: string;
  endElementId?: string;
  properties?: Record<string, unknown>;
}
interface PlainPath {
  _type: 'path';
  nodes: PlainNode[];
  relationships: PlainRel[];
}

/** Names of nodes by element id, from every node anywhere in the rows (and any fetched ends). */
export type NameIndex = Map<string, string>;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
export const isNode = (v: unknown): v is PlainNode => isObj(v) && v._type === 'node';
export const isRel = (v: unknown): v is PlainRel => isObj(v) && v._type === 'relationship';
export const isPath = (v: unknown): v is PlainPath => isObj(v) && v._type === 'path';

export function nodeName(n: PlainNode): string {
  const p = n.properties ?? {};
  return String(p.name ?? p.title ?? p.id ?? (n.labels ?? []).join(':'));
}

export function collectNames(value: unknown, into: NameIndex = new Map()): NameIndex {
  if (isNode(value)) into.set(value.elementId, nodeName(value));
  else if (isPath(value)) value.nodes.forEach((n) => collectNames(n, into));
  else if (Array.isArray(value)) value.forEach((v) => collectNames(v, into));
  else if (isObj(value) && !isRel(value)) Object.values(value).forEach((v) => collectNames(v, into));
  return into;
}

/** Relationships (anywhere in the rows) whose ends are not named by the rows themselves. */
export function relsWithUnknownEnds(rows: unknown[][], names: NameIndex): string[] {
  const out = new Set<string>();
  const visit = (v: unknown): void => {
    if (isRel(v)) {
      if (!names.has(v.startElementId ?? '') || !names.has(v.endElementId ?? '')) out.add(v.elementId);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (isObj(v) && !isNode(v) && !isPath(v)) Object.values(v).forEach(visit);
  };
  rows.forEach((r) => r.forEach(visit));
  return [...out];
}

function relText(r: PlainRel, names: NameIndex): string {
  const a = names.get(r.startElementId ?? '') ?? '?';
  const b = names.get(r.endElementId ?? '') ?? '?';
  const when = r.properties ? linkDateText(r.properties) : '';
  const date = when ? ` (${when})` : '';
  // A fact from the gazetteer cites no article: the table says so.
  const reference = r.properties?.basis === 'reference' ? ' (reference data)' : '';
  return statementText(a, r.type, b) + date + reference;
}

/** What tells links of one type between the same ends apart: date, document signed, outlets ("2016, “…”, VnExpress"). */
function stepNote(r: PlainRel): string {
  const p = r.properties ?? {};
  const outlets = Array.isArray(p.sourceOutlets) ? [...new Set(p.sourceOutlets.map(String))].join(', ') : '';
  const doc = typeof p.document === 'string' ? `“${p.document}”` : '';
  const parts = [linkDateText(p), doc, p.basis === 'reference' ? 'reference data' : outlets].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export function pathText(p: PlainPath): string {
  let out = p.nodes[0] ? nodeName(p.nodes[0]) : '';
  p.relationships.forEach((r, i) => {
    const from = p.nodes[i];
    const to = p.nodes[i + 1];
    if (!to) return;
    const forward = !from || r.startElementId === from.elementId;
    const link = `${r.type}${stepNote(r)}`;
    out += forward ? ` —${link}→ ${nodeName(to)}` : ` ←${link}— ${nodeName(to)}`;
  });
  const n = p.relationships.length;
  return `${out}  (${n} step${n === 1 ? '' : 's'})`;
}

/** `field`: the column or map key the value comes from (amounts in US dollars read "US$900 million"). */
export function cellText(v: unknown, names: NameIndex, field = ''): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' && isUsdField(field)) return usdText(v);
  if (typeof v !== 'object') return String(v);
  if (isNode(v)) return `${nodeName(v)} (${(v.labels ?? []).filter((l) => l !== 'Entity').join(', ')})`;
  if (isRel(v)) return relText(v, names);
  if (isPath(v)) return pathText(v);
  if (Array.isArray(v)) return v.map((x) => cellText(x, names, field)).join('; ');
  return Object.entries(v)
    .map(([k, x]) => `${k}: ${cellText(x, names, k)}`)
    .join(', ');
}

/** What a value is, for telling rows apart: nodes and relationships by element id, the rest as they are. */
export function identity(v: unknown): unknown {
  if (isNode(v) || isRel(v)) return v.elementId;
  if (isPath(v)) return { nodes: v.nodes.map(identity), rels: v.relationships.map(identity) };
  if (Array.isArray(v)) return v.map(identity);
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, identity(x)]));
  return v;
}

const QUOTE_WORDS = 8;

/**
 * A value in words with what tells it apart from another that reads the same (walk 11, 2): a
 * relationship with its date, document, outlets (or, with no document, its quote's first words); a
 * node with its id.
 */
export function cellDetail(v: unknown, names: NameIndex, field = ''): string {
  if (isNode(v))
    return `${nodeName(v)} (${[...(v.labels ?? []).filter((l) => l !== 'Entity'), v.properties?.id].filter(Boolean).join(', ')})`;
  if (!isRel(v)) return cellText(v, names, field);
  const a = names.get(v.startElementId ?? '') ?? '?';
  const b = names.get(v.endElementId ?? '') ?? '?';
  const p = v.properties ?? {};
  const words = typeof p.quote === 'string' ? p.quote.split(/\s+/).filter(Boolean) : [];
  const quote =
    typeof p.document === 'string' || !words.length
      ? ''
      : `, “${words.slice(0, QUOTE_WORDS).join(' ')}${words.length > QUOTE_WORDS ? '…' : ''}”`;
  const note = stepNote(v);
  const inside = note ? note.slice(2, -1) + quote : quote.slice(2);
  return statementText(a, v.type, b) + (inside ? ` (${inside})` : '');
}
