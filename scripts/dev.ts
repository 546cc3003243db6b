// `npm run dev`: the app (API, embedded Neo4j) on PORT and Vite's dev server on VITE_PORT with /api
// proxied to it, so client edits reload at once. Ctrl+C stops both.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../server/config.ts';

const port = process.env.PORT ?? '8080';
const env = { ...process.env, PORT: port };
const children: ChildProcess[] = [
  spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/main.ts'], {
    cwd: PROJECT_ROOT,
    env,
    stdio: 'inherit',
  }),
  spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js')], {
    cwd: PROJECT_ROOT,
    env,
    stdio: 'inherit',
  }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
};
for (const c of children) c.on('exit', (code) => (stop(), (process.exitCode = code ?? 0)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
