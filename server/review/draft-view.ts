// A stored draft as the review view reads it: each entity with where the text names it and the
// graph node it already is (with its number of links), each fact with where its quote is.
import { foldForSearch } from '../../common/text/fold.ts';
import type { DraftProblem, DraftSummary, ReviewDraft, TextSpan } from '../../common/wire.ts';
import type { EntityFact } from '../facts/facts.schema.ts';
import type { DraftRecord } from './review-draft.ts';

export interface GraphNodeInfo {
  name: string;
  kind: string;
  country: string | null;
  degree: number;
  /** The node's other names in the graph ("Vietnam" for Việt Nam): the text may name it by them. */
  aliases?: string[];
}

export function reviewDraftView(
  draft: DraftRecord,
  nodes: ReadonlyMap<string, GraphNodeInfo>,
  problems: DraftProblem[],
): ReviewDraft {
  const text = draft.article.text;
  return {
    id: draft.id,
    status: draft.status,
    article: draft.article,
    entities: [...draft.entities, ...graphEnds(draft, nodes)].map((e) => {
      const node = nodes.get(e.id);
      return {
        ...e,
        mentions: mentionsOf(text, { name: e.name, aliases: [...e.aliases, ...(node?.aliases ?? [])] }),
        link: node ? { nodeId: e.id, name: node.name, kind: node.kind, degree: node.degree } : null,
      };
    }),
    facts: draft.facts.map((f) => {
      const quote: string | undefined = f.relation.quote;
      const start = quote === undefined ? -1 : text.indexOf(quote);
      return { ...f, quoteAt: quote === undefined || start < 0 ? null : { start, end: start + quote.length } };
    }),
    problems,
    createdBy: draft.createdBy,
    updatedAt: draft.updatedAt,
    updatedBy: draft.updatedBy,
    ...(draft.approvedBy ? { approvedBy: draft.approvedBy, approvedAt: draft.approvedAt } : {}),
  };
}

/**
 * Nodes of the graph a fact has as an end without being an entity of the draft (picked from the
 * graph in the fact form): listed among the entities, by their name, as "in the graph", as approval
 * writes them.
 */
function graphEnds(draft: DraftRecord, nodes: ReadonlyMap<string, GraphNodeInfo>): DraftRecord['entities'] {
  const declared = new Set(draft.entities.map((e) => e.id));
  const ends = [...new Set(draft.facts.flatMap((f) => [f.relation.from, f.relation.to]))];
  return ends
    .filter((id) => !declared.has(id) && nodes.has(id))
    .map((id) => ({ id, kind: nodes.get(id)!.kind as EntityFact['kind'], name: nodes.get(id)!.name, aliases: [] }));
}

/** A line of the list of drafts: what it is and how far its review went. */
export function draftSummary(d: DraftRecord): DraftSummary {
  const count = (state: DraftRecord['facts'][number]['state']) => d.facts.filter((f) => f.state === state).length;
  return {
    id: d.id,
    status: d.status,
    title: d.article.title,
    outlet: d.article.outlet,
    ...(d.article.published ? { published: d.article.published } : {}),
    facts: { proposed: count('proposed'), accepted: count('accepted'), rejected: count('rejected') },
    updatedAt: d.updatedAt,
  };
}

/**
 * Where the text names an entity: every occurrence of its name or an alias, with or without its
 * diacritics ("Lang Son" names Lạng Sơn: both sides folded as search folds them, the spans still in
 * the original text), longer forms first so "Bắc Ninh Province" wins over "Bắc Ninh", never two
 * overlapping, in text order. Forms are matched whole-word where they start or end in a Latin
 * letter or digit (Chinese forms have no word breaks). A dateline's capitals run the words of a
 * name together ("HANOI" for Hà Nội): that form counts only where the text is in capitals. Nothing
 * inside a `# source:` line (its URL) is a mention.
 */
export function mentionsOf(text: string, entity: Pick<EntityFact, 'name' | 'aliases'>): TextSpan[] {
  const { folded, from } = foldedText(text);
  const spans: TextSpan[] = [];
  const taken = (s: number, e: number) => spans.some((x) => s < x.end && x.start < e);
  const sourceLines = sourceLineSpans(text);
  for (const { form, capitalsOnly } of formsOf(entity)) {
    for (let at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + 1)) {
      const start = from[at]!;
      const end = from[at + form.length]!;
      const cutLeft = isLatinOrDigit(form[0]) && isWordChar(text[start - 1]);
      const cutRight = isLatinOrDigit(form[form.length - 1]) && isWordChar(text[end]);
      if (cutLeft || cutRight || taken(start, end)) continue;
      if (capitalsOnly && text.slice(start, end) !== text.slice(start, end).toUpperCase()) continue;
      if (sourceLines.some((l) => start < l.end && l.start < end)) continue;
      spans.push({ start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The folded forms to look for, longest first; a many-word form also run together, for capitals. */
function formsOf(entity: Pick<EntityFact, 'name' | 'aliases'>): { form: string; capitalsOnly: boolean }[] {
  const plain = [...new Set([entity.name, ...entity.aliases].map(foldForSearch))].filter((f) => f.trim().length >= 2);
  const joined = plain
    .filter((f) => /^[a-z0-9]+( [a-z0-9]+)+$/.test(f))
    .map((f) => f.replace(/ /g, ''))
    .filter((f) => !plain.includes(f));
  return [
    ...plain.map((form) => ({ form, capitalsOnly: false })),
    ...joined.map((form) => ({ form, capitalsOnly: true })),
  ].sort((a, b) => b.form.length - a.form.length);
}

/** The spans of the text's `# source:` lines. */
function sourceLineSpans(text: string): TextSpan[] {
  return [...text.matchAll(/^#\s*source:.*$/gim)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

let lastFold: { text: string; folded: string; from: number[] } | undefined;

/**
 * The text folded character by character, with where each folded unit starts in the original
 * (`from[i]`, and `from[folded.length]` the text's end): a combining mark folds to nothing and
 * joins the character before it, so a span never splits a letter from its marks. One text at a
 * time is kept: a draft's view folds it once for all its entities.
 */
function foldedText(text: string): { folded: string; from: number[] } {
  if (lastFold?.text === text) return lastFold;
  let folded = '';
  const from: number[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < text.length && /\p{M}/u.test(text[j]!)) j++;
    const f = foldForSearch(text.slice(i, j));
    for (let k = 0; k < f.length; k++) from.push(i);
    folded += f;
    i = j;
  }
  from.push(text.length);
  lastFold = { text, folded, from };
  return lastFold;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isLatinOrDigit = (c: string | undefined) => c !== undefined && /[\p{Script=Latin}\p{N}]/u.test(c);
