// Batches of articles being drafted: the articles are checked when the batch arrives (a bad one
// refuses the batch, nothing queued, every bad one named), then drafted one after another in the background, each
// article's progress readable by polling the batch. A text already under review keeps its draft.
import { randomBytes } from 'node:crypto';
import { ApiError, notFound } from '../../common/errors.ts';
import type { ArticleInput, DraftBatch } from '../../common/wire.ts';
import { articleName, checkArticle, type CheckedArticle } from './article-input.ts';
import type { DraftStore } from './draft-store.ts';
import { newDraftRecord } from './review-draft.ts';
import type { Drafted } from './drafter.ts';

/** Batches kept for polling; older ones are forgotten (their drafts stay in the store). */
const KEPT = 200;

export type Drafter = (article: CheckedArticle) => Promise<Drafted>;

export class DraftBatches {
  private readonly batches = new Map<string, DraftBatch>();

  constructor(
    private readonly store: DraftStore,
    private readonly drafter: Drafter,
    private readonly log: (o: object, msg: string) => void = () => undefined,
  ) {}

  /** Checks every article, then starts drafting; answers at once with the queued batch. */
  start(inputs: ArticleInput[], user: string): DraftBatch {
    const articles = checkAll(inputs);
    const id = `b_${randomBytes(8).toString('hex')}`;
    const batch: DraftBatch = {
      id,
      status: 'running',
      total: articles.length,
      drafted: 0,
      failed: 0,
      articles: articles.map((a, index) => ({
        index,
        draftId: a.id,
        status: 'queued',
        ...(a.fileName ? { fileName: a.fileName } : {}),
        ...(a.headline ? { headline: a.headline } : {}),
      })),
    };
    this.batches.set(id, batch);
    for (const old of [...this.batches.keys()].slice(0, Math.max(0, this.batches.size - KEPT)))
      this.batches.delete(old);
    void this.run(batch, articles, user);
    return structuredClone(batch);
  }

  get(id: string): DraftBatch {
    const batch = this.batches.get(id);
    if (!batch) throw notFound('batch', id);
    return structuredClone(batch);
  }

  private async run(batch: DraftBatch, articles: CheckedArticle[], user: string): Promise<void> {
    for (const [i, article] of articles.entries()) {
      // Answer the request (and let polls in) before each article: drafting may hold the CPU a while.
      await new Promise((resolve) => setImmediate(resolve));
      const entry = batch.articles[i]!;
      entry.status = 'drafting';
      try {
        if (this.store.has(article.id)) entry.existing = true;
        else {
          const drafted = await this.drafter(article);
          if (drafted.note) entry.note = drafted.note;
          this.store.put(newDraftRecord(article, drafted.facts, user, new Date().toISOString()));
        }
        entry.status = 'drafted';
        batch.drafted++;
      } catch (err) {
        entry.status = 'failed';
        entry.error = err instanceof Error ? err.message.split('\n')[0] : String(err);
        batch.failed++;
        this.log({ err, article: article.id }, 'drafting failed');
      }
    }
    batch.status = 'done';
  }
}

/** Every article checked, and no text twice; every refusal of the batch in one 400, in batch order. */
function checkAll(inputs: ArticleInput[]): CheckedArticle[] {
  const refusals: ApiError[] = [];
  const firstOf = new Map<string, number>();
  const articles: CheckedArticle[] = [];
  inputs.forEach((input, i) => {
    try {
      const a = checkArticle(input, i);
      const first = firstOf.get(a.id);
      if (first !== undefined) {
        const message = `the same text as ${articleName(first)}`;
        refusals.push(
          new ApiError(400, 'invalid_article', `${articleName(i, a.fileName)}: ${message}`, [
            { path: ['articles', i, 'text'], message },
          ]),
        );
      } else firstOf.set(a.id, i);
      articles.push(a);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      refusals.push(err);
    }
  });
  if (refusals.length === 1) throw refusals[0]!;
  if (refusals.length)
    throw new ApiError(
      400,
      'invalid_article',
      refusals.map((r) => r.message).join('\n'),
      refusals.flatMap((r) => (Array.isArray(r.details) ? r.details : [])),
    );
  return articles;
}
