// A named query's parameters as one zod schema, for the server (it binds them) and the client (it
// names each bad field next to the field before anything is sent): each value by its declared type,
// optional ones nullable, unknown names refused, and every declared range (`@range since until`)
// checked the right way round (walk 11, 5: since 2025 / until 2022 gave "0 rows" and no word why).
import { z } from 'zod';
import { dateBounds, PartialDate, Slug } from './model.ts';
import { PathHopsValue, type NamedQuery, type NamedQueryParam } from './wire.ts';

export function paramValueSchema(type: NamedQueryParam['type']): z.ZodType {
  switch (type) {
    case 'string':
      return z.string().min(1);
    case 'entity':
      return Slug;
    case 'integer':
      return z.number().int();
    case 'hops':
      return PathHopsValue;
    case 'float':
      return z.number();
    case 'boolean':
      return z.boolean();
    case 'date':
      return PartialDate;
    case 'list<string>':
      return z.array(z.string());
  }
}

/** Is the range from `since` to `until` (partial dates) reversed: does `until` end before `since` begins? */
export function reversedRange(since: string, until: string): boolean {
  return dateBounds(until)[1] < dateBounds(since)[0];
}

export function paramsSchema(query: NamedQuery): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const p of query.params)
    shape[p.name] = p.required ? paramValueSchema(p.type) : paramValueSchema(p.type).nullish();
  return z.strictObject(shape).superRefine((values: Record<string, unknown>, ctx) => {
    for (const { from, to } of query.ranges ?? []) {
      const since = values[from];
      const until = values[to];
      // Only when both ends are dates: a bad one already has its format error (walk 12, 9).
      const bothDates = PartialDate.safeParse(since).success && PartialDate.safeParse(until).success;
      if (!bothDates || !reversedRange(String(since), String(until))) continue;
      ctx.addIssue({
        code: 'custom',
        path: [to],
        message: `${to} (${until}) comes before ${from} (${since}): the range is reversed; swap them, or leave one empty for an open-ended range`,
      });
    }
  }) as z.ZodType<Record<string, unknown>>;
}
