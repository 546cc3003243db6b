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
  /** How long executeRead/executeWrite keep retrying transient failures (driver default: 30 s). */
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
        userAgent: 'corridor/0.1',
        ...(options.maxRetryTimeMs === undefined ? {} : { maxTransactionRetryTime: options.maxRetryTimeMs }),
      },
    );
  }

  get database(): string | undefined {
    return this.options.database;
  }

  async verify(): Promise<{ version: string }> {
    const info = await this.driver.getServerInfo({ database: this.options.database });
    return { version: info.agent ?? 'unknown' };
  }

  /** Runs one query in a read transaction. */
  read<R extends RecordShape = RecordShape>(query: string, params: Params = {}, opts: TxOptions = {}): Promise<QueryResult<R>> {
    return this.readTx((tx) => tx.run<R>(query, params), opts);
  }

  /** Runs one query in a write transaction. */
  write<R extends RecordShape = RecordShape>(query: string, params: Params = {}, opts: TxOptions = {}): Promise<QueryResult<R>> {
    return this.writeTx((tx) => tx.run<R>(query, params), opts);
  }

  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: TxOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, { timeout: opts.timeoutMs ?? this.options.timeoutMs });
    } finally {
      await session.close();
    }
  }

  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, opts: TxOptions = {}): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, { timeout: opts.timeoutMs ?? this.options.timeoutMs });
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
