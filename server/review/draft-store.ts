// Drafts under review, one JSON file each in <facts folder>/drafts/ (work in progress: kept across
// restarts, not loaded into the graph, git-ignored). File names come from checked ids only, and
// every path is confirmed to stay inside the folder.
import fs from 'node:fs';
import path from 'node:path';
import { ApiError, notFound } from '../../common/errors.ts';
import { DraftIdParams } from '../../common/wire.ts';
import type { DraftRecord } from './review-draft.ts';

export class DraftStore {
  readonly dir: string;

  constructor(factsDir: string) {
    this.dir = path.join(factsDir, 'drafts');
  }

  private fileOf(id: string): string {
    if (!DraftIdParams.shape.id.safeParse(id).success)
      throw new ApiError(400, 'invalid_request', `id: "${id}" is not an article id`);
    const file = path.resolve(this.dir, `${id}.json`);
    if (path.dirname(file) !== path.resolve(this.dir))
      throw new ApiError(400, 'invalid_request', `id: "${id}" leaves the drafts folder`);
    return file;
  }

  has(id: string): boolean {
    return fs.existsSync(this.fileOf(id));
  }

  get(id: string): DraftRecord {
    const file = this.fileOf(id);
    if (!fs.existsSync(file)) throw notFound('draft', id);
    return JSON.parse(fs.readFileSync(file, 'utf8')) as DraftRecord;
  }

  /** Writes through a temporary file and a rename, so a reader never sees half a draft. */
  put(draft: DraftRecord): void {
    const file = this.fileOf(draft.id);
    fs.mkdirSync(this.dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(draft, null, 1));
    fs.renameSync(tmp, file);
  }

  list(): DraftRecord[] {
    if (!fs.existsSync(this.dir)) return [];
    return fs
      .readdirSync(this.dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(this.dir, f), 'utf8')) as DraftRecord);
  }
}
