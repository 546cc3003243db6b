// The one Neo4j driver of the process and the only way the app runs Cypher: every query goes
// through executeRead/executeWrite (so routing to a cluster's leader or followers just works),
// with a transaction time limit, in a session that is always closed.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';

export interface GraphDbOptions {
  uri: string;
  user: string;
  password?: string;
  database?: string;
  /** Default transaction time limit. */
  timeoutMs: number;
  /** True when this process started the database itself. */
  embedded: boolean;
  /** How long executeRead/executeWrite keep retrying transient failures (default here 5 s; the driver's own is 30 s). */
  maxRetryTimeMs?: number;
}

export type Params = Record<string, unknown>;
export interface TxOptions {
  timeoutMs?: number;
}

export class GraphDb {
  readonly driver: Driver;

  constructor(readonly options: GraphDbOptions) {
    this.driver = neo4j.driver(
      options.uri,
      options.password === undefined ? undefined : neo4j.auth.basic(options.user, options.password),
      {
        // Counts and ids in this graph fit in a double; plain numbers keep JSON and zod simple.
        disableLosslessIntegers: true,
        connectionAcquisitionTimeout: 10_000,
        maxConnectionPoolSize: 50,
        // The default (30 s of retries) keeps a request hanging while the database is down; a few
        // seconds ride over a blip, then the API answers 503 + Retry-After.
        maxTransactionRetryTime: 5_000,
        userAgent: 'corridor/0.1',
        ...(options.maxRetryTimeMs === undefined ? {} : { maxTransactionRetryTime: options.maxRetryTimeMs }),
      },
    );
  }

  /** A driver for a Neo4j this process started (its coordinates and generated password). */
  static forEmbedded(embedded: { uri: string; user: string; password: string }, timeoutMs: number): GraphDb {
    const { uri, user, password } = embedded;
    return new GraphDb({ uri, user, password, timeoutMs, embedded: true });
  }

  get database(): string | undefined {
    return this.options.database;
  }

  async verify(): Promise<{ version: string }> {
    const info = await this.driver.getServerInfo({ database: this.options.database });
    return { version: info.agent ?? 'unknown' };
  }

  /** Runs one query in a read transaction. */
  read<R extends RecordShape = RecordShape>(
    query: string,
    params: Params = {},
    opts: TxOptions = {},
  ): Promise<QueryResult<R>> {
    return this.readTx((tx) => tx.run<R>(query, params), opts);
  }

  /** Runs one query in a write transaction. */
  write<R extends RecordShape = RecordShape>(
    query: string,
    params: Params = {},
    opts: TxOptions = {},
  ): Promise<QueryResult<R>> {
    return this.writeTx((tx) => tx.run<R>(query, params), opts);
  }

  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: TxOptions = {}): Promise<T> {
    return this.inSession('READ', work, opts);
  }

  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: TxOptions = {}): Promise<T> {
    return this.inSession('WRITE', work, opts);
  }

  private async inSession<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    opts: TxOptions,
  ): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session[mode] });
    const config = { timeout: opts.timeoutMs ?? this.options.timeoutMs };
    try {
      return await (mode === 'READ' ? session.executeRead(work, config) : session.executeWrite(work, config));
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
