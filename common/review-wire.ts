// The review API's requests and answers (re-exported by wire.ts, where every wire schema is found):
// a batch of articles in, drafts out, a reviewer's edits, approval and retraction. A drafted fact
// travels in the facts files' own shape (type, from, to, quote, date, amounts…); the server checks
// it against the facts schema, which stays the one authority on what a fact may hold.
import { z } from 'zod';
import { EdgeType, NodeKind, PartialDate, Slug } from './model.ts';

/** The longest article the review takes (a long news article is 20-50,000 characters). */
export const MAX_ARTICLE_CHARS = 200_000;
export const MAX_BATCH_ARTICLES = 50;

export const ArticleInput = z
  .object({
    /** Plain UTF-8 text; a first line `# source: URL | outlet | published YYYY-MM-DD` fills what is not given. */
    text: z
      .string()
      .min(1, 'the article text is empty')
      .max(MAX_ARTICLE_CHARS, `an article may have at most ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`),
    /** The dropped file's name, for messages and the article id: a plain name ending in .txt. */
    fileName: z.string().max(200).optional(),
    url: z.string().url().max(2_000).optional(),
    outlet: z.string().trim().min(1).max(200).optional(),
    published: PartialDate.optional(),
  })
  .strict();
export type ArticleInput = z.infer<typeof ArticleInput>;

export const DraftBatchRequest = z.object({ articles: z.array(ArticleInput).min(1).max(MAX_BATCH_ARTICLES) }).strict();
export type DraftBatchRequest = z.infer<typeof DraftBatchRequest>;

export const BatchArticle = z.object({
  index: z.number().int(),
  fileName: z.string().optional(),
  /** The article's headline, when its first line reads as one: how a pasted article is listed. */
  headline: z.string().optional(),
  draftId: z.string(),
  status: z.enum(['queued', 'drafting', 'drafted', 'failed']),
  /** Why it failed. */
  error: z.string().optional(),
  /** True when this text was already under review: its draft is kept as the reviewer left it. */
  existing: z.boolean().optional(),
  /** How it was drafted, when worth saying (by the rules alone: the NLP engine did not start). */
  note: z.string().optional(),
});
export const DraftBatch = z.object({
  id: z.string(),
  status: z.enum(['running', 'done']),
  total: z.number().int(),
  drafted: z.number().int(),
  failed: z.number().int(),
  articles: z.array(BatchArticle),
});
export type DraftBatch = z.infer<typeof DraftBatch>;
export const BatchIdParams = z.object({ id: z.string().regex(/^b_[a-f0-9]{16}$/, 'expected a batch id like b_0123…') });

export const DraftIdParams = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,100}$/, 'expected an article id of a-z, 0-9, _ and -'),
});

/** A stretch of the article text: [start, end) in UTF-16 code units, as JavaScript indexes strings. */
export const TextSpan = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type TextSpan = z.infer<typeof TextSpan>;

/** A relation as the facts files hold it; the server checks it against the facts schema. */
export const ReviewRelation = z
  .object({ type: EdgeType, from: Slug, to: Slug, quote: z.string().max(5_000).optional() })
  .catchall(z.unknown());
export type ReviewRelation = z.infer<typeof ReviewRelation>;

/** An entity as the facts files hold it (id, kind, name, aliases, country, …). */
export const ReviewEntityFact = z
  .object({ id: Slug, kind: NodeKind, name: z.string().min(1).max(300), aliases: z.array(z.string()).default([]) })
  .catchall(z.unknown());

export const ReviewEntity = ReviewEntityFact.extend({
  /** Where the text names it (its name and aliases), for highlighting by kind. */
  mentions: z.array(TextSpan),
  /** The node of the graph it is (same id), with its number of links; null when it is new. */
  link: z.object({ nodeId: z.string(), name: z.string(), kind: z.string(), degree: z.number().int() }).nullable(),
});
export type ReviewEntity = z.infer<typeof ReviewEntity>;

export const ReviewFact = z.object({
  /** Stable within the draft: f1, f2, … (added facts continue the count). */
  key: z.string(),
  state: z.enum(['proposed', 'accepted', 'rejected']),
  origin: z.enum(['drafted', 'edited', 'added']),
  relation: ReviewRelation,
  /** Where the quote is in the text; null when it is not there verbatim (then approval is refused) or the fact has none (reference data). */
  quoteAt: TextSpan.nullable(),
});
export type ReviewFact = z.infer<typeof ReviewFact>;

export const DraftProblem = z.object({ field: z.string(), message: z.string() });
export type DraftProblem = z.infer<typeof DraftProblem>;

export const ReviewArticle = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string(),
  /** Absent when neither the article nor its source line states it (publishedNote says so). */
  published: z.string().optional(),
  publishedNote: z.string().optional(),
  url: z.string().optional(),
  fileName: z.string().optional(),
  /** The article as submitted, its `# source:` line included; always plain text: never render it as HTML. */
  text: z.string(),
});

export const ReviewDraft = z.object({
  id: z.string(),
  status: z.enum(['draft', 'approved', 'retracted']),
  article: ReviewArticle,
  entities: z.array(ReviewEntity),
  facts: z.array(ReviewFact),
  /** What approval would refuse now (missing entities, quotes not in the text, invalid facts). */
  problems: z.array(DraftProblem),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  approvedBy: z.string().optional(),
  approvedAt: z.string().optional(),
});
export type ReviewDraft = z.infer<typeof ReviewDraft>;

export const DraftSummary = z.object({
  id: z.string(),
  status: ReviewDraft.shape.status,
  title: z.string(),
  outlet: z.string(),
  published: z.string().optional(),
  facts: z.object({ proposed: z.number().int(), accepted: z.number().int(), rejected: z.number().int() }),
  updatedAt: z.string(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;
export const DraftListResponse = z.object({ drafts: z.array(DraftSummary) });
export type DraftListResponse = z.infer<typeof DraftListResponse>;

const FactKey = z.string().regex(/^f\d{1,4}$/, 'expected a fact key like f3');
const ArticleChanges = z
  .object({
    title: z.string().trim().min(1).max(300),
    outlet: z.string().trim().min(1).max(200),
    published: PartialDate,
    url: z.string().url().max(2_000),
  })
  .partial()
  .strict();

/** One reviewer action; a PUT applies a list of them, all or none. */
export const DraftEdit = z.discriminatedUnion('op', [
  z.object({ op: z.literal('accept'), fact: FactKey }).strict(),
  z.object({ op: z.literal('reject'), fact: FactKey }).strict(),
  z.object({ op: z.literal('edit'), fact: FactKey, relation: ReviewRelation }).strict(),
  z.object({ op: z.literal('add'), relation: ReviewRelation }).strict(),
  z.object({ op: z.literal('addEntity'), entity: ReviewEntityFact }).strict(),
  z.object({ op: z.literal('editEntity'), entity: ReviewEntityFact }).strict(),
  /** `drop` becomes `keep`: its facts point at `keep`, its name and aliases join keep's aliases. */
  z.object({ op: z.literal('mergeEntities'), keep: Slug, drop: Slug }).strict(),
  z.object({ op: z.literal('editArticle'), changes: ArticleChanges }).strict(),
]);
export type DraftEdit = z.infer<typeof DraftEdit>;
export const DraftEditRequest = z.object({ edits: z.array(DraftEdit).min(1).max(500) }).strict();
export type DraftEditRequest = z.infer<typeof DraftEditRequest>;

export const LoadSummaryBody = z.object({
  files: z.number().int(),
  articles: z.number().int(),
  nodesByLabel: z.record(z.string(), z.number().int()),
  edgesByType: z.record(z.string(), z.number().int()),
  ms: z.number(),
});

export const ApproveResponse = z.object({
  article: z.string(),
  /** The facts file written, relative to the facts folder. */
  factsFile: z.string(),
  approvedBy: z.string(),
  approvedAt: z.string(),
  /** Facts loaded ("TYPE from to"), and undecided ones left out. */
  facts: z.array(z.string()),
  leftOut: z.array(z.string()),
  summary: LoadSummaryBody,
});
export type ApproveResponse = z.infer<typeof ApproveResponse>;

export const RetractResponse = z.object({
  article: z.string(),
  retracted: z.literal(true),
  /** Facts ("TYPE from to") that left the graph with the article. */
  removed: z.array(z.string()),
  /** Facts it stated that stay, cited by other articles. */
  kept: z.array(z.string()),
  factsFileRemoved: z.string(),
});
export type RetractResponse = z.infer<typeof RetractResponse>;
