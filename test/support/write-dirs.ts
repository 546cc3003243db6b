// Where a test app writes (the audit log, approved facts): a throw-away folder, never the
// project's own .data/ or reviewed/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function throwawayWriteEnv(): { CORRIDOR_AUDIT_LOG: string; CORRIDOR_FACTS_DIR: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-writes-'));
  return { CORRIDOR_AUDIT_LOG: path.join(dir, 'audit.jsonl'), CORRIDOR_FACTS_DIR: path.join(dir, 'reviewed') };
}
