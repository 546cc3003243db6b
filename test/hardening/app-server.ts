// A real app on a free port over a real database, for the hardening tests and the load bench.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import type { DatabaseStatus } from '../../server/db/database-status.ts';

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/** `env` are environment variables as the app reads them (CORRIDOR_ROW_CAP…); logs are silent unless asked. */
export async function startApp(
  db: GraphDb,
  env: Record<string, string> = {},
  dbStatus?: DatabaseStatus,
): Promise<RunningApp> {
  const config = loadConfig({ CORRIDOR_LOG_LEVEL: 'silent', CORRIDOR_SEED_ON_START: 'false', ...env });
  const app = createApp({ db, config, dbStatus });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}
