// The error middleware's answers to errors the database raises (no database needed: the errors are
// built as the driver builds them, and the answer is read from the response).
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { errorMiddleware } from '../../server/api/error-middleware.ts';

/** The status, headers and body the middleware answers `err` with. */
function answer(err: unknown): { status: number; headers: Record<string, string>; body: any } {
  const out = { status: 0, headers: {} as Record<string, string>, body: undefined as any };
  const res = {
    setHeader: (k: string, v: string) => void (out.headers[k] = v),
    status(code: number) {
      out.status = code;
      return this;
    },
    json: (b: unknown) => void (out.body = b),
  };
  const req = { method: 'GET', originalUrl: '/api/graph', log: { error: () => undefined } };
  errorMiddleware(err, req as never, res as never, () => undefined);
  return out;
}

describe('the error middleware', () => {
  it('answers a query that ran out of its time limit with 503, Retry-After and words, not "Internal error" (walk 25)', () => {
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.ClientError.Transaction.TransactionTimedOut',
    ]) {
      const got = answer(new Neo4jError('The transaction has been terminated.', code, 'gql', 'desc'));
      expect(got.status, code).toBe(503);
      expect(got.headers['Retry-After']).toBe('2');
      expect(got.body.error.code).toBe('query_timeout');
      expect(got.body.error.message).toContain('CORRIDOR_QUERY_TIMEOUT_MS');
    }
  });

  it('still answers an unknown database error with 500 and no detail', () => {
    const got = answer(new Neo4jError('boom', 'Neo.DatabaseError.General.UnknownError', 'gql', 'desc'));
    expect(got.status).toBe(500);
    expect(got.body.error).toEqual({ code: 'internal', message: 'Internal error; the server log has the details.' });
  });
});
