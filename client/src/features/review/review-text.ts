// Pure pieces of the review view: the article cut into runs for highlighting (each mention by its
// entity's kind, the focused fact's quote), the id a new entity gets from its name, and a fact's
// properties in a line.
import type { NodeKind } from '../../../../common/model.ts';
import { readableDate } from '../../../../common/text/dates.ts';
import { foldForSearch } from '../../../../common/text/fold.ts';
import type { ReviewDraft, ReviewRelation, TextSpan } from '../../../../common/wire.ts';

export interface TextRun {
  start: number;
  text: string;
  /** The entity named here (the innermost mention when names nest), with its kind. */
  entity?: { id: string; kind: NodeKind };
  /** Inside the focused fact's quote. */
  quote: boolean;
}

/**
 * The text as runs between every mention and quote boundary. Nested mentions ("Bắc Giang" inside
 * "Bắc Giang People's Committee") colour the inner name by its own kind and the rest by the outer's.
 */
export function textRuns(text: string, entities: ReviewDraft['entities'], quote: TextSpan | null): TextRun[] {
  const marks = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, id: e.id, kind: e.kind })));
  const cuts = new Set([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  if (quote) cuts.add(quote.start).add(quote.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    const covering = marks.filter((m) => m.start <= start && end <= m.end);
    const inner = covering.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    runs.push({
      start,
      text: text.slice(start, end),
      ...(inner ? { entity: { id: inner.id, kind: inner.kind } } : {}),
      quote: !!quote && quote.start <= start && end <= quote.end,
    });
  }
  return runs;
}

/** "Hồng Lâm Electronics" -> "hong-lam-electronics"; a name with no Latin letters gets a numbered id. */
export function entityIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    foldForSearch(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'entity';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

const AMOUNT = (v: unknown) => (typeof v === 'number' ? `US$${v.toLocaleString('en')}` : String(v));

/** What a fact states besides its ends and quote, in a line: "US$500,000,000 · 12,000 workers". */
export function factLine(r: ReviewRelation): string {
  const parts: string[] = [];
  const v = r as Record<string, unknown>;
  if (v.document) parts.push(`${String(v.document)}${v.docKind ? ` (${String(v.docKind)})` : ''}`);
  if (v.title) parts.push(String(v.title));
  if (v.role) parts.push(`as ${String(v.role)}`);
  if (v.amountUsd !== undefined)
    parts.push(`${v.amountQualifier ? `${String(v.amountQualifier)} ` : ''}${AMOUNT(v.amountUsd)}`);
  for (const [k, unit] of [
    ['projects', 'projects'],
    ['workers', 'workers'],
    ['count', 'times'],
  ] as const)
    if (typeof v[k] === 'number') parts.push(`${(v[k] as number).toLocaleString('en')} ${unit}`);
  // Worded as the card's date is: "until 1 April 2025", never "until 2025-04-01".
  if (v.endDate) parts.push(`until ${readableDate(v.endDate)}`);
  if (v.asOf) parts.push(`as of ${readableDate(v.asOf)}`);
  return parts.join(' · ');
}

/** The relation a fact form gives: empty fields left out, numbers as numbers. */
export function relationFrom(fields: Record<string, string>): ReviewRelation {
  const numbers = new Set(['amountUsd', 'projects', 'workers', 'count']);
  const out: Record<string, unknown> = {};
  for (const [k, raw] of Object.entries(fields)) {
    const v = raw.trim();
    if (!v) continue;
    out[k] = numbers.has(k) ? Number(v.replace(/[,\s]/g, '')) : v;
  }
  return out as ReviewRelation;
}

/** Words that say what kind of fact a sentence states; the first found wins, none leaves the choice open. */
const TYPE_CUES: [RegExp, ReviewRelation['type']][] = [
  [/\binvest(s|ed|ing|ment|ments)?\b|\bcapital\b/i, 'INVESTED_IN'],
  [/\bsign(s|ed|ing)?\b|\bagreement|\bmemorand|\bMoU\b|\bminutes\b/i, 'SIGNED'],
  [/\battend(s|ed|ing)?\b|\bparticipat/i, 'ATTENDED'],
  [/\bvisit(s|ed|ing)?\b|\btrip\b|\btour(s|ed)?\b/i, 'VISITED'],
  [/\b(met|meet(s|ing)?|received|receives|talks|hosted)\b/i, 'MET'],
  [/\b(chairman|chairwoman|chair|secretary|governor|mayor|director|president|minister|head)\b/i, 'HOLDS_POST'],
  [/\bpartner(s|ship|ed)?\b|\bsister\b|\btwinn/i, 'PARTNER_OF'],
];

type Named = { id: string; kind: NodeKind; start: number; end: number };

/** The entities named in the selection, even in part, in text order (two named by the same words: the first). */
function namedIn(draft: Pick<ReviewDraft, 'entities'>, selected: TextSpan): Named[] {
  return draft.entities
    .flatMap((e) =>
      e.mentions
        .filter((m) => m.start < selected.end && selected.start < m.end)
        .map((m) => ({ id: e.id, kind: e.kind, start: m.start, end: m.end })),
    )
    .sort((a, b) => a.start - b.start)
    .filter((n, i, all) => i === 0 || all[i - 1]!.start !== n.start)
    .filter((n, i, all) => all.findIndex((x) => x.id === n.id) === i);
}

/** The words between two mentions, when they are a title ("Tay Ninh Party Secretary Nguyen…" -> "Party Secretary"). */
function titleBetween(text: string, a: Named, b: Named): string {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const words = text
    .slice(first.end, second.start)
    .replace(/^[\s,;:'’s]+|[\s,;:]+$/g, '')
    .replace(/^(of|the|for)\s+|\s+(of|the|for)$/gi, '')
    .trim();
  return words && TYPE_CUES.find(([, t]) => t === 'HOLDS_POST')![0].test(words) && words.length <= 60 ? words : '';
}

/**
 * A new fact's form from the selected text: its quote, the entities named in it, even in part (in text
 * order, first `from`, second `to`) and the type its words suggest ("" when none: the reviewer
 * chooses). A post runs from the official to the body or place (whatever the order in the text),
 * its title the words between the two names.
 */
export function factFromSelection(
  draft: Pick<ReviewDraft, 'entities'>,
  selected: (TextSpan & { text: string }) | null,
): Record<string, string> {
  if (!selected) return { type: '', quote: '' };
  const named = namedIn(draft, selected);
  const type = TYPE_CUES.find(([cue]) => cue.test(selected.text))?.[1] ?? '';
  let [from, to] = named;
  const out: Record<string, string> = { type, quote: selected.text };
  if (type === 'HOLDS_POST' && from && to) {
    if (to.kind === 'Official' && from.kind !== 'Official') [from, to] = [to, from];
    const title = titleBetween(selected.text, shift(from, selected.start), shift(to, selected.start));
    if (title) out.title = title;
  }
  return { ...out, ...(from ? { from: from.id } : {}), ...(to ? { to: to.id } : {}) };
}

const shift = (n: Named, by: number): Named => ({ ...n, start: n.start - by, end: n.end - by });

const SURNAMES = new Set(
  (
    'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh mai cao lam ' +
    'liu wang li zhang chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng ' +
    'xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan qian tang yin yi chang wen niu'
  ).split(' '),
);

/**
 * The kind a new entity named `name` most likely is: a kind known for that name in the draft, else
 * by its words ("… Group/Company/Co." a Company, "… Province" a Province, a person's name an
 * Official), else Organization.
 */
export function kindForName(
  name: string,
  known: readonly { name: string; aliases?: string[]; kind: NodeKind }[],
): NodeKind {
  const key = foldForSearch(name.trim());
  const same = known.find((k) => [k.name, ...(k.aliases ?? [])].some((n) => foldForSearch(n) === key));
  if (same) return same.kind;
  const words = key.split(/\s+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  if (/^(group|company|co\.?|corp\.?|corporation|ltd\.?|limited|jsc|inc\.?|holdings?|bank)$/.test(last))
    return 'Company';
  if (/^(committee|department|ministry|council|association|office|agency|commission|bureau)$/.test(last))
    return 'Organization';
  if (last === 'province') return 'Province';
  if (last === 'city') return 'City';
  const capitalised = name
    .trim()
    .split(/\s+/)
    .every((w) => /^\p{Lu}/u.test(w));
  if (capitalised && words.length >= 2 && words.length <= 4 && SURNAMES.has(words[0]!)) return 'Official';
  return 'Organization';
}

/** A problem's field in the view's words: "facts[f3].quote" -> "fact f3, quote". */
export function problemField(field: string): string {
  return field
    .replace(/^facts\[([^\]]+)\]\.?/, (_m, key: string) => `fact ${key}, `)
    .replace(/^entities\[([^\]]+)\]\.?/, (_m, id: string) => `entity ${id}, `)
    .replace(/, $/, '');
}

/** What a retraction does, asked before it is done. */
export const retractQuestion = (title: string, accepted: number): string =>
  `Retract “${title}”? Its ${accepted} approved fact${accepted === 1 ? '' : 's'} leave the graph (a fact another article also states stays, with that source), and its facts file is removed.`;
