// What the end-to-end tests share: the real app (built client, seed graph in the run's Neo4j) on a
// free port, and Debian's Chromium driven by playwright-core.
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { CHROMIUM, hasChromium, launchChromium } from '../support/chromium.ts';
import { createApp } from '../../server/app.ts';
import { ensureClientBuilt } from '../../server/client-build.ts';
import { loadConfig, PROJECT_ROOT } from '../../server/config.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { throwawayWriteEnv } from '../support/write-dirs.ts';
import { loadSeedGraph, testDb } from '../support/test-db.ts';

export { CHROMIUM, hasChromium };
export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-output', 'screenshots');

export interface E2eEnv {
  baseUrl: string;
  browser: Browser;
  db: GraphDb;
  close(): Promise<void>;
}

/** `env`: configuration beyond the defaults (a users file and a facts folder for the review). */
export async function startE2e(env: Record<string, string> = {}): Promise<E2eEnv> {
  ensureClientBuilt(() => undefined);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const db = testDb();
  await loadSeedGraph(db);
  const config = loadConfig({
    ...throwawayWriteEnv(),
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    CORRIDOR_LOG_LEVEL: 'silent',
    CORRIDOR_SEED_ON_START: 'false',
    ...env,
  });
  const app = createApp({ db, config });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    db,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
      await db.close();
    },
  };
}
