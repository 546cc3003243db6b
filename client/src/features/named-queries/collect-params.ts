// A named query's form values as its parameters: entities resolved (a typed name with no chosen
// suggestion becomes the best search match), the other values typed, and either the parameters or
// a sentence saying what is missing or matches nothing, and each bad value named next to its field
// (the server's zod schema, common/named-params.ts: a date that is not one, a reversed range).
import { paramsSchema } from '../../../../common/named-params.ts';
import type { NamedQuery, NamedQueryParam, NodeElement } from '../../../../common/wire.ts';
import { api } from '../../api/client.ts';
import { isEntityParam, missingMessage, paramValue, paramWords } from './params.ts';

export interface Collected {
  values: Record<string, unknown>;
  entityIds: string[];
}

/** What stops a run: a sentence for the form, and a sentence for each bad field (by parameter name). */
export interface Problems {
  message: string | null;
  fields: Record<string, string>;
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Each value the schema refuses, named with its field and what is wrong, e.g. Since: “oct 2022” is not a date… */
export function fieldProblems(q: NamedQuery, values: Record<string, unknown>, raw: Record<string, string>) {
  const checked = paramsSchema(q).safeParse(values);
  const fields: Record<string, string> = {};
  for (const issue of checked.success ? [] : checked.error.issues) {
    const name = String(issue.path[0] ?? '');
    if (fields[name]) continue;
    const typed = (raw[name] ?? '').trim();
    fields[name] =
      issue.code === 'custom'
        ? `${capital(issue.message)}.`
        : `${capital(paramWords(name))}: “${typed}” is not valid, ${issue.message}.`;
  }
  return fields;
}

export async function collectParams(
  q: NamedQuery,
  raw: Record<string, string>,
  entities: Record<string, NodeElement | null>,
  resolved: (name: string, node: NodeElement) => void,
): Promise<Collected | Problems> {
  const values: Record<string, unknown> = {};
  const entityIds: string[] = [];
  const missing: NamedQueryParam[] = [];
  for (const p of q.params) {
    let v: unknown;
    if (isEntityParam(p)) {
      let node = entities[p.name] ?? null;
      const typed = (raw[p.name] ?? '').trim();
      if (!node && typed) {
        node = (await api.search(typed, 1)).hits[0]?.node ?? null;
        if (!node)
          return { message: null, fields: { [p.name]: `Nothing matches “${typed}” for the ${paramWords(p.name)}.` } };
        resolved(p.name, node);
      }
      v = node?.data.id;
      if (node) entityIds.push(node.data.id);
    } else v = paramValue(p.type, raw[p.name] ?? '');
    if (v === undefined && p.required) missing.push(p);
    else if (v !== undefined) values[p.name] = v;
  }
  // A missing value is said once, in the form's sentence ("Choose an official first."), not again
  // beside its field in the schema's words (walk 20, 8: "Official: “” is not valid, Invalid input…").
  const fields = fieldProblems(q, values, raw);
  for (const p of missing) delete fields[p.name];
  const message = missingMessage(missing);
  if (message || Object.keys(fields).length) return { message, fields };
  return { values, entityIds };
}

/**
 * The other way: a run's parameters back in the form (a share link being opened). An entity is the
 * node `nodeData` finds (the canvas's), else its id typed in the field; lists are comma-separated.
 */
export function formOf(
  q: NamedQuery,
  params: Record<string, unknown>,
  nodeData: (id: string) => NodeElement['data'] | undefined,
): { raw: Record<string, string>; entities: Record<string, NodeElement | null>; entityIds: string[] } {
  const raw: Record<string, string> = {};
  const entities: Record<string, NodeElement | null> = {};
  const entityIds: string[] = [];
  for (const p of q.params) {
    const v = params[p.name];
    if (v === undefined || v === null) continue;
    if (isEntityParam(p)) {
      const id = String(v);
      const data = nodeData(id);
      entities[p.name] = data ? { data } : null;
      raw[p.name] = data?.label ?? id;
      entityIds.push(id);
    } else raw[p.name] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return { raw, entities, entityIds };
}
