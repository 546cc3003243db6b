// The format of a facts file (seeds/facts/*.yaml): one per article, curated by hand or drafted by
// the ingest pipeline. Everything the loader writes comes through these schemas.
import { z } from 'zod';
import { AttendRole, DocKind, NodeKind, PartialDate, Slug } from '../../common/model.ts';

const Quote = z.string().min(3, 'a quote must be a verbatim passage of the article');
const Confidence = z.number().min(0).max(1);

export const ArticleMeta = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_.-]+$/),
    file: z.string().regex(/^[^/\\]+\.txt$/, 'expected a file name in the seeds folder, like 000_x.txt'),
    title: z.string().min(1),
    outlet: z.string().min(1),
    /** Absent when neither the article nor its header states it (publishedNote then says so). */
    published: PartialDate.optional(),
    /** How the date is known: "in text", "in the source header", or "unknown: <why>". */
    publishedNote: z.string().optional(),
    url: z.string().url().optional(),
    /**
     * The text as published is a machine translation (the outlet's own): readers are told so, as its
     * wording can read garbled, and quotes keep that wording exactly.
     */
    machineTranslated: z.boolean().optional(),
  })
  .strict();
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const EntityFact = z
  .object({
    id: Slug,
    kind: NodeKind,
    /** Canonical name: Vietnamese with diacritics for Vietnamese names, pinyin for Chinese ones. */
    name: z.string().min(1),
    /** Every other form: ASCII, Sino-Vietnamese, Chinese characters, the article's own spellings. */
    aliases: z.array(z.string().min(1)).default([]),
    /** ISO 3166-1 alpha-2 of the country the entity belongs to. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    /** Officials: their title as the article gives it. */
    title: z.string().optional(),
    /** Events: when they took place, and whether they recur. */
    date: PartialDate.optional(),
    endDate: PartialDate.optional(),
    recurrence: z.enum(['annual', 'periodic']).optional(),
    /** Where the article names the entity (verbatim). */
    quote: Quote.optional(),
    confidence: Confidence.optional(),
  })
  .strict();
export type EntityFact = z.infer<typeof EntityFact>;

/**
 * Where a relation comes from. `article` (the default): the article states it, and `quote` is the
 * verbatim clause that does. `reference`: reference data says it (the gazetteer: Hekou is in
 * Yunnan), not the article; `referenceSource` names that data and there is no quote, since no passage of
 * the article states the fact. Reference facts are not article facts: evaluation leaves them out.
 */
export const Basis = z.enum(['article', 'reference']);
export type Basis = z.infer<typeof Basis>;

const relationBase = {
  from: Slug,
  to: Slug,
  /** The verbatim sentence or clause of the article that supports the edge (required unless basis is reference). */
  quote: Quote.optional(),
  basis: Basis.optional(),
  /** For basis reference: the reference data the fact comes from ("gazetteer (seeds/gazetteer/cn-provinces.yaml)"). */
  referenceSource: z.string().min(1).optional(),
  date: PartialDate.optional(),
  endDate: PartialDate.optional(),
  /** A fact stated as an aggregate ("12 delegations", "5 minutes"): how many. */
  count: z.number().int().positive().optional(),
  note: z.string().optional(),
  confidence: Confidence.optional(),
};

export const RelationFact = z.discriminatedUnion('type', [
  z.object({ type: z.literal('SIGNED'), ...relationBase, document: z.string().min(1), docKind: DocKind }).strict(),
  z.object({ type: z.literal('VISITED'), ...relationBase }).strict(),
  z.object({ type: z.literal('MET'), ...relationBase }).strict(),
  z
    .object({
      type: z.literal('INVESTED_IN'),
      ...relationBase,
      amountUsd: z.number().positive().optional(),
      /** "over", "about", "nearly": how the amount is qualified in the text. */
      amountQualifier: z.string().optional(),
      projects: z.number().int().positive().optional(),
      workers: z.number().int().positive().optional(),
      asOf: PartialDate.optional(),
    })
    .strict(),
  z.object({ type: z.literal('PARTNER_OF'), ...relationBase }).strict(),
  z.object({ type: z.literal('LOCATED_IN'), ...relationBase }).strict(),
  z.object({ type: z.literal('HOLDS_POST'), ...relationBase, title: z.string().min(1) }).strict(),
  z.object({ type: z.literal('ATTENDED'), ...relationBase, role: AttendRole }).strict(),
]);
export type RelationFact = z.infer<typeof RelationFact>;

export const FactsFile = z
  .object({
    article: ArticleMeta,
    /** curated: written by a person; draft: written by `npm run ingest`, loaded only once approved. */
    status: z.enum(['curated', 'draft']).default('curated'),
    approved: z.boolean().optional(),
    /** Who approved a reviewed draft in the browser, and when (ISO 8601). */
    approvedBy: z.string().min(1).optional(),
    approvedAt: z.string().datetime().optional(),
    entities: z.array(EntityFact).min(1),
    relations: z.array(RelationFact).default([]),
  })
  .strict()
  .superRefine((f, ctx) => {
    f.relations.forEach((r, i) => {
      if (r.basis === 'reference') {
        if (!r.referenceSource)
          ctx.addIssue({
            code: 'custom',
            path: ['relations', i, 'referenceSource'],
            message: 'a fact with basis reference names its source (the reference data it comes from)',
          });
      } else if (!r.quote) {
        ctx.addIssue({
          code: 'custom',
          path: ['relations', i, 'quote'],
          message: 'a fact the article states needs its verbatim quote (or basis: reference with a referenceSource)',
        });
      }
    });
  });
export type FactsFile = z.infer<typeof FactsFile>;
