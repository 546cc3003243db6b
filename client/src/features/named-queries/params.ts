// Named-query parameters: which ones name an entity (they get the search picker, any name form),
// how a typed value becomes the parameter, and what is missing, in plain words.
import type { NamedQueryParam } from '../../../../common/wire.ts';

/** A parameter the query file declares as an entity (`@param locality: entity`): it takes a node's id. */
export function isEntityParam(p: NamedQueryParam): boolean {
  return p.type === 'entity';
}

/** "maxHops" -> "max hops", "locality" -> "locality". */
export function paramWords(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function paramValue(type: NamedQueryParam['type'], raw: string): unknown {
  if (raw.trim() === '') return undefined;
  if (type === 'integer' || type === 'hops') return Math.trunc(Number(raw));
  if (type === 'float') return Number(raw);
  if (type === 'boolean') return raw === 'true';
  if (type === 'list<string>')
    return raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return raw.trim();
}

export function missingMessage(missing: NamedQueryParam[]): string | null {
  if (!missing.length) return null;
  const names = missing.map((p) => (isEntityParam(p) ? withArticle(paramWords(p.name)) : `the ${paramWords(p.name)}`));
  return `Choose ${names.join(' and ')} first.`;
}

/** "an official", "a locality": the indefinite article by the word's first letter (good for the words params use). */
export function withArticle(words: string): string {
  return `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
}
