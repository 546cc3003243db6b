// Whether the database answers, as last seen, so requests can be turned away at once with 503
// while it is down instead of each one waiting on the driver's connection retries. The driver
// itself reconnects when the server is back; this only decides when to try again.
import type { GraphDb } from './graph-db.ts';

export interface DatabaseState {
  up: boolean;
  checkedAt: number;
  error?: string;
}

export class DatabaseStatus {
  private state: DatabaseState = { up: true, checkedAt: 0 };
  private probing: Promise<DatabaseState> | undefined;

  constructor(
    private readonly db: GraphDb,
    /** How long a failed check stands before a request may trigger another. */
    private readonly recheckMs = 1_000,
    private readonly probeTimeoutMs = 3_000,
  ) {}

  /**
   * True while the start-up work (schema, and the seed graph on an empty database) is not done:
   * answers then would be empty or partial, so the gate turns requests away instead.
   */
  preparing = false;

  get current(): DatabaseState {
    return this.state;
  }

  markUp(): void {
    this.state = { up: true, checkedAt: Date.now() };
  }

  markDown(err: unknown): void {
    this.state = { up: false, checkedAt: Date.now(), error: err instanceof Error ? err.message : String(err) };
  }

  /** Up, or down but due for a check: then checks (one check at a time, shared by concurrent callers). */
  async isUp(): Promise<boolean> {
    if (this.state.up) return true;
    if (Date.now() - this.state.checkedAt < this.recheckMs) return false;
    return (await this.check()).up;
  }

  check(): Promise<DatabaseState> {
    this.probing ??= this.probe().finally(() => (this.probing = undefined));
    return this.probing;
  }

  /** Checks every `intervalMs` in the background so /api/health and the gate stay current. */
  watch(intervalMs = 2_000): () => void {
    const timer = setInterval(() => void this.check(), intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  private async probe(): Promise<DatabaseState> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.db.verify(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${this.probeTimeoutMs} ms`)),
            this.probeTimeoutMs,
          );
        }),
      ]);
      this.markUp();
    } catch (err) {
      this.markDown(err);
    } finally {
      clearTimeout(timer);
    }
    return this.state;
  }
}
