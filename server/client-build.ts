// The production client (dist/client) is built by Vite on first start, and again when anything it
// is built from is newer than the build, so `npm start` always serves what is in the tree.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.ts';

export const CLIENT_DIST = path.join(PROJECT_ROOT, 'dist', 'client');

/** What the bundle is made of: client/, common/ (vocabulary, wire schemas, export writers), the build config. */
const BUILD_INPUTS = ['client', 'common', 'vite.config.ts', 'package-lock.json'];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function ensureClientBuilt(log: (line: string) => void = console.log): void {
  const index = path.join(CLIENT_DIST, 'index.html');
  const srcDir = path.join(PROJECT_ROOT, 'client');
  if (!fs.existsSync(path.join(srcDir, 'index.html'))) return;
  const newestInput = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(PROJECT_ROOT, p))));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestInput) return;
  log('Building the client with Vite…');
  const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status})`);
}
