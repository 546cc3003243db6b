// The review: drafts read with the graph around them (which entities are already nodes, how linked),
// reviewers' edits, approval (the facts file written into the facts folder and loaded in one
// transaction) and retraction (the article's facts out of the graph in one transaction, facts other
// articles state kept with their other sources, its files out of the facts folder).
import fs from 'node:fs';
import path from 'node:path';
import { Document } from 'yaml';
import { ApiError } from '../../common/errors.ts';
import type { ApproveResponse, DraftEdit, DraftSummary, ReviewDraft } from '../../common/wire.ts';
import { cypherFile } from '../db/cypher-files.ts';
import type { GraphDb } from '../db/graph-db.ts';
import type { FactsFile } from '../facts/facts.schema.ts';
import { factsFilesIn, factsFolders, readAndCheck } from '../facts/facts-files.ts';
import { FactsError, formatProblem, type ReadFacts } from '../facts/read-facts.ts';
import type { DraftStore } from '../review/draft-store.ts';
import { draftSummary, reviewDraftView, type GraphNodeInfo } from '../review/draft-view.ts';
import { applyEdits, approvedFactsFile, draftProblems, factLabel, type DraftRecord } from '../review/review-draft.ts';
import { loadFacts } from './facts-load.service.ts';
import { nodesFromAllFiles } from './node-rebuild.service.ts';
import { retractArticle, retraction } from './retract.service.ts';
import { serialWrite } from './write-queue.ts';

export class ReviewService {
  constructor(
    private readonly db: GraphDb,
    /** CORRIDOR_FACTS_DIR: <id>.txt and facts/<id>.yaml per approved article. */
    private readonly factsDir: string,
    private readonly store: DraftStore,
  ) {}

  async view(id: string): Promise<ReviewDraft> {
    return this.viewOf(this.store.get(id));
  }

  list(): DraftSummary[] {
    return this.store.list().map(draftSummary);
  }

  /** Edits queue with approvals, so that two reviewers' edits never overwrite each other's. */
  async edit(id: string, edits: DraftEdit[], user: string): Promise<ReviewDraft> {
    const draft = await serialWrite(async () => {
      const edited = applyEdits(this.store.get(id), edits, user, new Date().toISOString());
      this.store.put(edited);
      return edited;
    });
    return this.viewOf(draft);
  }

  /** Nodes of the graph among `ids`, with name, kind and degree. */
  private async nodes(ids: string[]): Promise<Map<string, GraphNodeInfo>> {
    if (!ids.length) return new Map();
    type Row = GraphNodeInfo & { id: string };
    const r = await this.db.read<Row>(cypherFile('review/node-info.cypher'), { ids: [...new Set(ids)] });
    return new Map(r.records.map((x) => [x.get('id'), x.toObject()]));
  }

  private async viewOf(draft: DraftRecord): Promise<ReviewDraft> {
    const nodes = await this.nodes(namedIds(draft));
    return reviewDraftView(draft, nodes, draftProblems(draft, nodes));
  }

  approve(id: string, user: string): Promise<ApproveResponse> {
    return serialWrite(async () => {
      const draft = this.store.get(id);
      const nodes = await this.nodes(namedIds(draft));
      const problems = draftProblems(draft, nodes);
      if (problems.length) {
        const list = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
        throw new ApiError(422, 'draft_invalid', `Draft ${id} cannot be approved: ${list}`, problems);
      }
      const at = new Date().toISOString();
      const facts = approvedFactsFile(draft, user, at, nodes);
      const summary = await this.writeAndLoad(facts, draft.article.text);
      this.store.put({ ...draft, status: 'approved', approvedBy: user, approvedAt: at });
      return {
        article: id,
        factsFile: path.join('facts', `${id}.yaml`),
        approvedBy: user,
        approvedAt: at,
        facts: [...new Set(facts.relations.map(factLabel))],
        leftOut: draft.facts.filter((f) => f.state === 'proposed').map((f) => `${f.key} ${factLabel(f.relation)}`),
        summary,
      };
    });
  }

  /**
   * Stages the article and its facts file beside the facts folder, loads the staged file (the
   * loader checks it again and writes it in one transaction), and only then moves both into the
   * facts folder. A refused load leaves the folder and the graph as they were.
   */
  private async writeAndLoad(facts: FactsFile, text: string) {
    const id = facts.article.id;
    fs.mkdirSync(path.join(this.factsDir, 'facts'), { recursive: true });
    const staging = fs.mkdtempSync(path.join(this.factsDir, '.staging-'));
    try {
      const stagedText = path.join(staging, `${id}.txt`);
      const stagedYaml = path.join(staging, 'facts', `${id}.yaml`);
      fs.mkdirSync(path.dirname(stagedYaml));
      fs.writeFileSync(stagedText, text);
      fs.writeFileSync(stagedYaml, factsYaml(facts));
      // Approved before: the old version leaves in the same transaction (facts and names it alone gave).
      const approvedBefore = fs.existsSync(path.join(this.factsDir, 'facts', `${id}.yaml`));
      const others = this.otherFacts(id, approvedBefore ? 'approve again' : 'approve');
      let summary;
      try {
        summary = await loadFacts(
          this.db,
          [stagedYaml],
          {},
          {
            before: approvedBefore ? retraction(id, others) : undefined,
            after: nodesFromAllFiles(readAndCheck([stagedYaml])[0]!, others),
          },
        );
      } catch (err) {
        if (!(err instanceof FactsError)) throw err;
        const message = err.problems.map((p) => formatProblem(p).trim()).join('; ');
        throw new ApiError(422, 'draft_invalid', `The loader refused draft ${id}: ${message}`, err.problems);
      }
      fs.renameSync(stagedText, path.join(this.factsDir, `${id}.txt`));
      fs.renameSync(stagedYaml, path.join(this.factsDir, 'facts', `${id}.yaml`));
      return summary;
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  }

  /** The facts files of every article but `id`, checked (what the graph holds once `id` is out). */
  private otherFacts(id: string, doing: string): ReadFacts[] {
    const own = path.resolve(this.factsDir, 'facts', `${id}.yaml`);
    const others = factsFolders(this.factsDir)
      .flatMap(factsFilesIn)
      .filter((f) => path.resolve(f) !== own);
    try {
      return readAndCheck(others);
    } catch (err) {
      if (!(err instanceof FactsError)) throw err;
      const why = err.problems.map((p) => formatProblem(p).trim()).join('; ');
      throw new ApiError(
        409,
        'facts_folder_invalid',
        `Cannot ${doing} ${id}: the other facts files do not load: ${why}`,
      );
    }
  }

  retract(id: string): Promise<{ removed: string[]; kept: string[]; factsFileRemoved: string }> {
    return serialWrite(async () => {
      const yaml = path.join(this.factsDir, 'facts', `${id}.yaml`);
      if (!fs.existsSync(yaml)) {
        throw new ApiError(
          404,
          'not_found',
          `article "${id}" is not an approved review in the facts folder (seed articles are curated in seeds/facts)`,
        );
      }
      const result = await retractArticle(this.db, id, this.otherFacts(id, 'retract'));
      fs.rmSync(yaml);
      fs.rmSync(path.join(this.factsDir, `${id}.txt`), { force: true });
      if (this.store.has(id)) this.store.put({ ...this.store.get(id), status: 'retracted' });
      return { ...result, factsFileRemoved: path.join('facts', `${id}.yaml`) };
    });
  }
}

/** Every id a draft names: its entities and the ends of its facts. */
const namedIds = (draft: DraftRecord) => [
  ...draft.entities.map((e) => e.id),
  ...draft.facts.flatMap((f) => [f.relation.from, f.relation.to]),
];

/** YAML in the loader's format, with a header saying where it came from. */
function factsYaml(facts: FactsFile): string {
  const header = `# Reviewed in Corridor: approved by ${facts.approvedBy} at ${facts.approvedAt}.\n`;
  return header + new Document(facts).toString({ lineWidth: 0 });
}
