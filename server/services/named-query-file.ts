// Reads a named query: a .cypher file of cypher/queries/ whose leading comment carries its
// metadata, so a researcher can read, copy and run the file as it is:
//
//   // @title Who met whom
//   // @description Everyone an official met, newest first.
//   // @param official: entity — the official, e.g. nguyen-huu-nghia
//   // @param since?: date — optional (null when not given)
//   // @param limit: integer = 50 — with a default
//   // @range since until — since must not come after until (both dates; checked when both are given)
//
// Types: string, entity (a node's id, a slug: the client offers the search picker for it), integer,
// hops (a path's maximum length, 1 to MAX_PATH_HOPS as in the path finder: a file with one bounds its
// quantified pattern by that number, checked here), float, boolean, date (YYYY, YYYY-MM or
// YYYY-MM-DD), list<string>.
// The separator before a description is an em dash or a hyphen with spaces around it.
import neo4j from 'neo4j-driver';
import { paramsSchema, paramValueSchema } from '../../common/named-params.ts';
import { MAX_PATH_HOPS, NamedQueryParam, type NamedQuery } from '../../common/wire.ts';

export type ParamType = NamedQueryParam['type'];

export class NamedQueryFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = 'NamedQueryFileError';
  }
}

const PARAM_TYPES = NamedQueryParam.shape.type.options;
const PARAM_LINE = /^(\w+)(\?)?\s*:\s*(\S+)\s*(?:=\s*(.*?))?\s*(?:\s(?:—|--|-)\s+(.*))?$/;

export function parseNamedQuery(name: string, text: string, file = `${name}.cypher`): NamedQuery {
  const lines = text.split(/\r?\n/);
  let title: string | undefined;
  const description: string[] = [];
  const params: NamedQueryParam[] = [];
  const ranges: { from: string; to: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (!line.startsWith('//')) break; // the header ends at the first line of Cypher
    const tag = /^\/\/\s*@(\w+)\s*(.*)$/.exec(line);
    if (!tag) continue;
    const [, key, value = ''] = tag;
    if (key === 'title') title = value.trim();
    else if (key === 'description') description.push(value.trim());
    else if (key === 'param') params.push(parseParam(value, file, i + 1));
    else if (key === 'range') ranges.push(parseRange(value, file, i + 1));
    else
      throw new NamedQueryFileError(
        file,
        i + 1,
        `unknown tag @${key} (expected @title, @description, @param or @range)`,
      );
  }
  if (!title) throw new NamedQueryFileError(file, 1, 'missing "// @title ..." in the header comment');
  const seen = new Set<string>();
  for (const p of params) {
    if (seen.has(p.name)) throw new NamedQueryFileError(file, 1, `parameter $${p.name} is declared twice`);
    seen.add(p.name);
    if (!new RegExp(`\\$${p.name}\\b`).test(text))
      throw new NamedQueryFileError(file, 1, `parameter $${p.name} is declared but not used`);
  }
  if (params.some((p) => p.type === 'hops')) checkHopsBound(text, file);
  for (const r of ranges)
    for (const end of [r.from, r.to])
      if (params.find((p) => p.name === end)?.type !== 'date')
        throw new NamedQueryFileError(file, 1, `@range ${r.from} ${r.to}: $${end} is not a declared date parameter`);
  const query = { name, title, description: description.join(' '), params, cypher: text };
  return ranges.length ? { ...query, ranges } : query;
}

/**
 * A quantified pattern's bound cannot be a parameter, so a query with a `hops` parameter searches up
 * to MAX_PATH_HOPS and narrows by the parameter: every `{m,n}` in its Cypher must end at that number
 * (walk 13, 15a: the named path query stopped at 6 while the path finder and its field went to 8).
 */
function checkHopsBound(text: string, file: string): void {
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim().startsWith('//')) return;
    for (const m of line.matchAll(/\{\s*\d*\s*,\s*(\d*)\s*\}/g))
      if (Number(m[1]) !== MAX_PATH_HOPS || m[1] === '')
        throw new NamedQueryFileError(
          file,
          i + 1,
          `the pattern's bound ${m[0]} is not the most hops a path search takes, ${MAX_PATH_HOPS} (MAX_PATH_HOPS): write {1,${MAX_PATH_HOPS}}`,
        );
  });
}

function parseRange(spec: string, file: string, line: number): { from: string; to: string } {
  const m = /^(\w+)\s+(\w+)\b/.exec(spec.trim());
  if (!m) throw new NamedQueryFileError(file, line, `cannot read @range "${spec}" (expected "since until")`);
  return { from: m[1]!, to: m[2]! };
}

function parseParam(spec: string, file: string, line: number): NamedQueryParam {
  const m = PARAM_LINE.exec(spec.trim());
  if (!m)
    throw new NamedQueryFileError(file, line, `cannot read @param "${spec}" (expected "name: type — description")`);
  const [, name, question, type, rawDefault, description] = m;
  if (!(PARAM_TYPES as readonly string[]).includes(type!)) {
    throw new NamedQueryFileError(
      file,
      line,
      `@param ${name}: unknown type "${type}" (expected ${PARAM_TYPES.join(', ')})`,
    );
  }
  const param: NamedQueryParam = {
    name: name!,
    type: type as ParamType,
    required: !question && rawDefault === undefined,
  };
  if (description) param.description = description.trim();
  if (rawDefault !== undefined && rawDefault !== '') {
    const parsed = paramValueSchema(param.type).safeParse(parseDefault(param.type, rawDefault));
    if (!parsed.success)
      throw new NamedQueryFileError(file, line, `@param ${name}: default ${rawDefault} is not of type ${type}`);
    param.default = parsed.data;
  }
  return param;
}

function parseDefault(type: ParamType, raw: string): unknown {
  const unquoted = raw.replace(/^"(.*)"$/, '$1');
  switch (type) {
    case 'integer':
    case 'hops':
    case 'float':
      return Number(raw);
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'list<string>':
      return raw.startsWith('[') ? JSON.parse(raw) : raw.split(',').map((s) => s.trim());
    default:
      return unquoted;
  }
}

/**
 * Checks the values a caller sends against the declared parameters (unknown names refused) and
 * gives the driver's parameters: integers as Neo4j Integers (a JS number is sent as a float),
 * optional ones absent as their default or null.
 */
export function bindParams(query: NamedQuery, values: Record<string, unknown>): Record<string, unknown> {
  const checked = paramsSchema(query).parse(values);
  const bound: Record<string, unknown> = {};
  for (const p of query.params) {
    const v = checked[p.name] ?? p.default ?? null;
    const integer = p.type === 'integer' || p.type === 'hops';
    bound[p.name] = integer && typeof v === 'number' ? neo4j.int(v) : v;
  }
  return bound;
}
