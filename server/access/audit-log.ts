// The audit log: one JSON line per write attempt (who, when, what, which article and facts, and
// how it ended), appended to CORRIDOR_AUDIT_LOG. The file is only ever opened for appending; each
// line is one write(2) on an O_APPEND descriptor, so concurrent requests never interleave lines.
import fs from 'node:fs';
import path from 'node:path';

export interface AuditEntry {
  /** ISO 8601 time the request finished. */
  at: string;
  /** The user name, or null when the request carried no valid token. */
  user: string | null;
  role: string | null;
  /** What was attempted: reload, draft, edit, approve, retract, … */
  action: string;
  method: string;
  path: string;
  requestId?: string;
  articles?: string[];
  facts?: string[];
  outcome: 'ok' | 'refused' | 'failed';
  status: number;
  /** Why it was refused or failed. */
  message?: string;
}

export class AuditLog {
  constructor(readonly file: string) {}

  append(entry: AuditEntry): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.appendFileSync(this.file, JSON.stringify(entry) + '\n', { flag: 'a', mode: 0o600 });
  }
}
