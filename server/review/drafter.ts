// The ingest engine as the review drafts with it, the one place the review calls into
// server/ingest/: the article read and checked as ingest reads a file (empty, binary, not English:
// refused with the reason), drafted by draftArticle with the NLP engine (CORRIDOR_NLP_URL, or one
// started on the first batch and kept; it stops with the process), then linked to the graph's nodes.
// With CORRIDOR_REVIEW_ENGINE=rules, or when the engine cannot start, the rules draft alone.
import type { AppConfig } from '../config.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { FactsFile } from '../facts/facts.schema.ts';
import { draftArticle } from '../ingest/draft/draft.ts';
import { startNlpEngine, type NlpEngine } from '../ingest/engine/nlp-engine.ts';
import { graphNodeFinder, linkDraft } from '../ingest/link/graph-link.ts';
import { checkArticle } from '../ingest/read/article.ts';
import type { CheckedArticle } from './article-input.ts';

export interface Drafted {
  facts: FactsFile;
  /** How it was drafted when that is worth saying (the rules alone because the engine did not start). */
  note?: string;
}

export class ReviewDrafter {
  private engine: Promise<{ engine?: NlpEngine; note?: string }> | undefined;

  constructor(
    private readonly db: GraphDb,
    private readonly config: Pick<AppConfig, 'nlp' | 'reviewEngine'>,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  async draft(article: CheckedArticle): Promise<Drafted> {
    const read = checkArticle(`${article.id}.txt`, Buffer.from(article.text, 'utf8'));
    const { engine, note } = await this.engineOnce();
    const facts = await draftArticle(read, {
      ...(article.published ? { date: article.published } : {}),
      ...(article.outlet ? { outlet: article.outlet } : {}),
      engine,
    });
    if (article.url) facts.article.url = article.url;
    await linkDraft(facts, graphNodeFinder(this.db));
    return { facts, ...(note ? { note } : {}) };
  }

  /** The engine, started once; the rules alone when it is off or cannot start (said once per batch article). */
  private engineOnce() {
    this.engine ??= (async () => {
      if (this.config.reviewEngine === 'rules') return {};
      try {
        return { engine: await startNlpEngine({ url: this.config.nlp.url, log: this.log }) };
      } catch (err) {
        const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
        this.log(`The NLP engine did not start (${why}); the review drafts with the rules alone.`);
        return { note: `drafted by the rules alone: the NLP engine did not start (${why})` };
      }
    })();
    return this.engine;
  }
}
