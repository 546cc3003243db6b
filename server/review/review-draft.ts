// A draft under review, and what a reviewer does to it: accept, reject, edit or add facts, add,
// edit or merge entities, fix the article's metadata. Pure functions over the stored record; every
// edit is checked against the facts schema (the loader's own), and a list of edits applies whole or
// not at all. What approval would refuse (a fact pointing at an entity that is nowhere, a quote
// that is not in the text) is computed here, named by field.
import type { z } from 'zod';
import { ApiError } from '../../common/errors.ts';
import { foldForSearch } from '../../common/text/fold.ts';
import type { DraftEdit, DraftProblem, ReviewFact } from '../../common/wire.ts';
import { EntityFact, RelationFact, type FactsFile } from '../facts/facts.schema.ts';
import { fieldName } from '../facts/read-facts.ts';
import type { CheckedArticle } from './article-input.ts';

export interface DraftRecord {
  id: string;
  status: 'draft' | 'approved' | 'retracted';
  article: {
    id: string;
    title: string;
    outlet: string;
    published?: string;
    publishedNote?: string;
    url?: string;
    fileName?: string;
    text: string;
  };
  entities: EntityFact[];
  facts: { key: string; state: ReviewFact['state']; origin: ReviewFact['origin']; relation: RelationFact }[];
  nextKey: number;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  approvedBy?: string;
  approvedAt?: string;
}

export function newDraftRecord(article: CheckedArticle, drafted: FactsFile, user: string, at: string): DraftRecord {
  const meta = drafted.article;
  return {
    id: article.id,
    status: 'draft',
    article: {
      id: article.id,
      title: meta.title,
      outlet: article.outlet ?? meta.outlet,
      ...(article.published || meta.published ? { published: article.published ?? meta.published } : {}),
      ...(meta.publishedNote && !article.published ? { publishedNote: meta.publishedNote } : {}),
      ...(article.url ? { url: article.url } : {}),
      ...(article.fileName ? { fileName: article.fileName } : {}),
      text: article.text,
    },
    entities: drafted.entities,
    facts: drafted.relations.map((relation, i) => ({
      key: `f${i + 1}`,
      state: 'proposed',
      origin: 'drafted',
      relation,
    })),
    nextKey: drafted.relations.length + 1,
    createdBy: user,
    updatedAt: at,
    updatedBy: user,
  };
}

/**
 * Applies every edit in order to a copy of the record; the first bad one refuses them all (400),
 * saying what it is about in the panel's words ("fact f3: date: …"); `details` keep the request's
 * own path (edits[0].relation.date).
 */
export function applyEdits(record: DraftRecord, edits: DraftEdit[], user: string, at: string): DraftRecord {
  const draft = structuredClone(record);
  edits.forEach((edit, i) => {
    try {
      applyEdit(draft, edit, `edits[${i}]`);
    } catch (err) {
      throw err instanceof ApiError ? inPanelWords(err, edit) : err;
    }
  });
  draft.updatedAt = at;
  draft.updatedBy = user;
  return draft;
}

function applyEdit(draft: DraftRecord, edit: DraftEdit, at: string): void {
  switch (edit.op) {
    case 'accept':
    case 'reject':
      factOf(draft, edit.fact, at).state = edit.op === 'accept' ? 'accepted' : 'rejected';
      return;
    case 'edit': {
      const fact = factOf(draft, edit.fact, at);
      Object.assign(fact, { relation: checked(RelationFact, edit.relation, `${at}.relation`), state: 'accepted' });
      if (fact.origin === 'drafted') fact.origin = 'edited';
      return;
    }
    case 'add':
      draft.facts.push({
        key: `f${draft.nextKey++}`,
        state: 'accepted',
        origin: 'added',
        relation: checked(RelationFact, edit.relation, `${at}.relation`),
      });
      return;
    case 'addEntity':
    case 'editEntity':
      return putEntity(draft, checked(EntityFact, edit.entity, `${at}.entity`), edit.op === 'addEntity', at);
    case 'mergeEntities':
      return mergeEntities(draft, edit.keep, edit.drop, at);
    case 'editArticle':
      Object.assign(draft.article, edit.changes);
      if (edit.changes.published) delete draft.article.publishedNote;
      return;
  }
}

function factOf(draft: DraftRecord, key: string, at: string) {
  const fact = draft.facts.find((f) => f.key === key);
  if (!fact) throw badEdit(`${at}.fact`, `this draft has no fact ${key}`);
  return fact;
}

function putEntity(draft: DraftRecord, entity: EntityFact, add: boolean, at: string): void {
  const i = draft.entities.findIndex((e) => e.id === entity.id);
  if (add && i >= 0) throw badEdit(`${at}.entity.id`, `this draft already has an entity "${entity.id}"`);
  if (!add && i < 0) throw badEdit(`${at}.entity.id`, `this draft has no entity "${entity.id}"`);
  if (add) draft.entities.push(entity);
  else draft.entities[i] = entity;
}

/** `drop` becomes `keep`: facts follow, names join; a fact left joining keep to itself is rejected. */
function mergeEntities(draft: DraftRecord, keepId: string, dropId: string, at: string): void {
  const keep = draft.entities.find((e) => e.id === keepId);
  const drop = draft.entities.find((e) => e.id === dropId);
  if (!keep) throw badEdit(`${at}.keep`, `this draft has no entity "${keepId}"`);
  if (!drop) throw badEdit(`${at}.drop`, `this draft has no entity "${dropId}"`);
  if (keep === drop) throw badEdit(`${at}.drop`, 'an entity cannot be merged into itself');
  if (keep.kind !== drop.kind)
    throw badEdit(
      `${at}.drop`,
      `"${dropId}" is a ${drop.kind} and "${keepId}" a ${keep.kind}: merge entities of one kind`,
    );
  keep.aliases = [...new Set([...keep.aliases, drop.name, ...drop.aliases])].filter((a) => a !== keep.name).sort();
  draft.entities = draft.entities.filter((e) => e !== drop);
  for (const f of draft.facts) {
    if (f.relation.from === dropId) f.relation.from = keepId;
    if (f.relation.to === dropId) f.relation.to = keepId;
    if (f.relation.from === f.relation.to) f.state = 'rejected';
  }
}

function checked<S extends z.ZodType>(schema: S, value: unknown, at: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    path: `${at}${i.path.length ? '.' : ''}${fieldName(i.path)}`,
    message: i.message,
  }));
  throw new ApiError(400, 'invalid_edit', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
}

/** What an edit is about, as the view names it: "fact f3", "the new fact", "entity lang-son". */
function subjectOf(edit: DraftEdit): string {
  if ('fact' in edit) return `fact ${edit.fact}`;
  if (edit.op === 'add') return 'the new fact';
  if (edit.op === 'addEntity' || edit.op === 'editEntity') {
    const id = (edit.entity as { id?: unknown }).id;
    return typeof id === 'string' && id ? `entity ${id}` : 'the new entity';
  }
  if (edit.op === 'mergeEntities') return `merging ${edit.drop} into ${edit.keep}`;
  return 'the article';
}

/** The edit's refusal with every problem on its own, named by subject and field. */
function inPanelWords(err: ApiError, edit: DraftEdit): ApiError {
  const issues = (Array.isArray(err.details) ? err.details : []) as { path: string; message: string }[];
  const field = (path: string) =>
    path
      .replace(/^edits\[\d+\]\.?/, '')
      .replace(/^(relation|entity|changes)\.?/, '')
      .replace(/^fact$/, '');
  const lines = issues.map((i) => `${subjectOf(edit)}: ${field(i.path) ? `${field(i.path)}: ` : ''}${i.message}`);
  return new ApiError(err.status, err.code, lines.join('\n') || err.message, err.details);
}

const badEdit = (path: string, message: string) =>
  new ApiError(400, 'invalid_edit', `${path}: ${message}`, [{ path, message }]);

/** What the graph holds of a node a draft names: approval must not contradict it. */
export interface KnownNode {
  name: string;
  kind: string;
  country?: string | null;
}

/**
 * What approval would refuse, by field: no accepted fact; an accepted fact whose end is neither an
 * entity of the draft nor a node of the graph (`graph`), or that joins an entity to itself; a quote
 * (of a fact or an entity) that is not verbatim in the text; an entity that is a node of the graph
 * under another name, kind or country (the facts files would disagree, and `npm run seed` refuse them).
 */
export function draftProblems(draft: DraftRecord, graph: ReadonlyMap<string, KnownNode>): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const declared = new Set(draft.entities.map((e) => e.id));
  const accepted = draft.facts.filter((f) => f.state === 'accepted');
  if (!accepted.length)
    problems.push({ field: 'facts', message: 'no fact is accepted: accept at least one to approve' });
  for (const f of accepted) {
    for (const end of ['from', 'to'] as const) {
      const id = f.relation[end];
      if (!declared.has(id) && !graph.has(id))
        problems.push({
          field: `facts[${f.key}].${end}`,
          message: `"${id}" is neither an entity of this draft nor a node of the graph`,
        });
    }
    if (f.relation.from === f.relation.to)
      problems.push({ field: `facts[${f.key}]`, message: 'a fact cannot join an entity to itself' });
    // A fact from reference data has no quote; the facts schema asks for its source instead.
    const quote: string | undefined = f.relation.quote;
    if (quote !== undefined && !draft.article.text.includes(quote))
      problems.push({ field: `facts[${f.key}].quote`, message: `not verbatim in the article text: ${short(quote)}` });
  }
  for (const e of entitiesToWrite(draft)) {
    if (e.quote !== undefined && !draft.article.text.includes(e.quote))
      problems.push({
        field: `entities[${e.id}].quote`,
        message: `not verbatim in the article text: ${short(e.quote)}`,
      });
    const node = graph.get(e.id);
    for (const key of ['kind', 'name', 'country'] as const) {
      const theirs = node?.[key];
      if (key === 'name' && theirs != null && sameName(theirs, e.name)) continue;
      if (node && theirs != null && e[key] !== undefined && e[key] !== theirs)
        problems.push({
          field: `entities[${e.id}].${key}`,
          message: `the graph's node "${e.id}" has ${key} ${JSON.stringify(theirs)}, this draft ${JSON.stringify(e[key])}${key === 'name' ? ': keep the name and add this one as an alias' : ''}`,
        });
    }
  }
  return problems;
}

const short = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** The entities the accepted facts name: a wrong entity goes by rejecting its facts. */
function entitiesToWrite(draft: DraftRecord): EntityFact[] {
  const used = new Set(
    draft.facts.filter((f) => f.state === 'accepted').flatMap((f) => [f.relation.from, f.relation.to]),
  );
  return draft.entities.filter((e) => used.has(e.id));
}

/**
 * Names that differ only in diacritics or case are one name ("Nguyen Thanh Tam" approved earlier
 * in the same batch, "Nguyễn Thành Tâm" here): no clash for a reviewer to settle; the loader keeps
 * the fuller spelling as the name and the other as an alias.
 */
const sameName = (a: string, b: string) => foldForSearch(a) === foldForSearch(b);

/**
 * The facts file approval writes: the loader's format, marked approved by whom and when. A fact may
 * end at a node of the graph the draft does not name (`graph`): the file restates that node (id,
 * kind, name), as the linker does, so that it loads from the files alone.
 */
export function approvedFactsFile(
  draft: DraftRecord,
  user: string,
  at: string,
  graph: ReadonlyMap<string, KnownNode>,
): FactsFile {
  const { id, title, outlet, published, publishedNote, url } = draft.article;
  const declared = new Set(draft.entities.map((e) => e.id));
  const accepted = draft.facts.filter((f) => f.state === 'accepted').map((f) => f.relation);
  const restated = [...new Set(accepted.flatMap((r) => [r.from, r.to]))]
    .filter((e) => !declared.has(e) && graph.has(e))
    .map((e) => ({ id: e, kind: graph.get(e)!.kind as EntityFact['kind'], name: graph.get(e)!.name, aliases: [] }));
  return {
    article: {
      id,
      file: `${id}.txt`,
      title,
      outlet,
      ...(published ? { published } : {}),
      ...(publishedNote ? { publishedNote } : {}),
      ...(url ? { url } : {}),
    },
    status: 'draft',
    approved: true,
    approvedBy: user,
    approvedAt: at,
    entities: [...entitiesToWrite(draft), ...restated],
    relations: accepted,
  };
}

export const factLabel = (r: Pick<RelationFact, 'type' | 'from' | 'to'>): string => `${r.type} ${r.from} ${r.to}`;
