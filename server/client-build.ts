// The production client (dist/client) is built by Vite on first start, and again when a client
// source is newer than the build, so `npm start` always serves what is in client/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.ts';

export const CLIENT_DIST = path.join(PROJECT_ROOT, 'dist', 'client');

function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function ensureClientBuilt(log: (line: string) => void = console.log): void {
  const index = path.join(CLIENT_DIST, 'index.html');
  const srcDir = path.join(PROJECT_ROOT, 'client');
  if (!fs.existsSync(path.join(srcDir, 'index.html'))) return;
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestMtime(srcDir)) return;
  log('Building the client with Vite…');
  const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
}
