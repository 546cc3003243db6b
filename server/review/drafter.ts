// The ingest engine, as the review drafts with it: its public draft function, then the linker
// that points the draft's entities at the nodes already in the graph. The one place the review
// calls into server/ingest/.
import type { GraphDb } from '../db/graph-db.ts';
import type { FactsFile } from '../facts/facts.schema.ts';
import { draftFacts } from '../ingest/draft.ts';
import { graphNodeFinder, linkDraft } from '../ingest/graph-link.ts';
import type { CheckedArticle } from './article-input.ts';

export async function draftArticle(db: GraphDb, article: CheckedArticle): Promise<FactsFile> {
  const draft = draftFacts(article.text, {
    file: `${article.id}.txt`,
    ...(article.published ? { date: article.published } : {}),
    ...(article.outlet ? { outlet: article.outlet } : {}),
  });
  await linkDraft(draft, graphNodeFinder(db));
  return draft;
}
