// Starts the project's own Neo4j (neo4j/, a Java launcher over Neo4j Community 5.26) as a child
// process: Bolt on 127.0.0.1 only, authentication on with a random password kept in the data folder.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j');
const CLASSES = path.join(LAUNCHER_DIR, 'target', 'classes');
const LIB = path.join(LAUNCHER_DIR, 'target', 'lib');
const READY = 'CORRIDOR_NEO4J_READY';

export interface EmbeddedNeo4j {
  uri: string;
  user: string;
  password: string;
  dataDir: string;
  /** The Java process, for benchmarks that read its CPU time. */
  pid: number | undefined;
  /** Stops the database cleanly (closes the launcher's stdin, then waits for it to exit). */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  log?: (line: string) => void;
  startTimeoutMs?: number;
  /** Java heap (-Xmx); 1024 unless set. Bulk loads of a million edges want more. */
  heapMb?: number;
  /** Neo4j page cache; the launcher's default (512) unless set. */
  pagecacheMb?: number;
}

/** Builds the launcher with Maven unless it is already built and newer than its sources. */
export function ensureLauncherBuilt(log: (line: string) => void = console.log): void {
  const marker = path.join(CLASSES, 'corridor', 'EmbeddedNeo4j.class');
  const inputs = [
    path.join(LAUNCHER_DIR, 'pom.xml'),
    path.join(LAUNCHER_DIR, 'src/main/java/corridor/EmbeddedNeo4j.java'),
  ];
  const built = fs.existsSync(marker) && fs.existsSync(LIB) ? fs.statSync(marker).mtimeMs : 0;
  if (built && inputs.every((f) => fs.statSync(f).mtimeMs <= built)) return;
  log('Building the embedded Neo4j launcher with Maven (first run downloads Neo4j 5.26, ~130 MB)…');
  const r = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', 'package', '-DskipTests'], {
    cwd: LAUNCHER_DIR,
    stdio: 'inherit',
  });
  if (r.error)
    throw new Error(
      `Could not run Maven (mvn) to build ${LAUNCHER_DIR}: ${r.error.message}. Install Maven and JDK 17.`,
    );
  if (r.status !== 0) throw new Error(`Maven failed (exit ${r.status}) building the Neo4j launcher in ${LAUNCHER_DIR}`);
  // Maven leaves an up-to-date class untouched, so after a checkout that only refreshed the
  // sources' times every later start would go through Maven again (~5 s each): mark it built.
  const now = new Date();
  fs.utimesSync(marker, now, now);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The password lives beside the store, readable by its owner only; made once, reused after. */
export function ensurePassword(dataDir: string): { file: string; password: string } {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, 'neo4j-password');
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(24).toString('base64url') + '\n', { mode: 0o600 });
  }
  fs.chmodSync(file, 0o600);
  return { file, password: fs.readFileSync(file, 'utf8').trim() };
}

/** The launcher's classes and Neo4j's jars (the offline importer runs from them too). */
export function launcherClasspath(): string {
  return [CLASSES, path.join(LIB, '*')].join(path.delimiter);
}

/** The java command line of the launcher (its stdin is the lifeline: closing it stops Neo4j). */
export function launcherArgs(o: {
  storeDir: string;
  port: number;
  passwordFile: string;
  heapMb?: number;
  pagecacheMb?: number;
}): string[] {
  return [
    '-Xms256m',
    `-Xmx${o.heapMb ?? 1024}m`,
    '-cp',
    launcherClasspath(),
    'corridor.EmbeddedNeo4j',
    '--data',
    o.storeDir,
    '--port',
    String(o.port),
    '--password-file',
    o.passwordFile,
    ...(o.pagecacheMb ? ['--pagecache-mb', String(o.pagecacheMb)] : []),
  ];
}

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  ensureLauncherBuilt(log);
  const port = opts.port || (await freePort());
  const dataDir = path.resolve(opts.dataDir);
  const { file: passwordFile, password } = ensurePassword(dataDir);
  const storeDir = path.join(dataDir, 'neo4j');
  const child = spawn(
    'java',
    launcherArgs({ storeDir, port, passwordFile, heapMb: opts.heapMb, pagecacheMb: opts.pagecacheMb }),
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const uri = await waitForReady(child, opts.startTimeoutMs ?? 120_000, storeDir);
  log(`Embedded Neo4j ready at ${uri} (data in ${storeDir})`);
  let exited = child.exitCode !== null;
  const exitPromise = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  return {
    uri,
    user: 'neo4j',
    password,
    dataDir: storeDir,
    pid: child.pid,
    async stop() {
      if (exited) return;
      child.stdin?.end();
      const killer = setTimeout(() => child.kill('SIGTERM'), 30_000);
      await exitPromise;
      clearTimeout(killer);
    },
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number, storeDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Embedded Neo4j did not start within ${timeoutMs} ms. stderr:\n${stderr.slice(-4000)}`));
    }, timeoutMs);
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.length > 100_000) stderr = stderr.slice(-50_000);
    });
    child.stdout?.on('data', (d: Buffer) => {
      buffered += d.toString();
      const line = buffered.split('\n').find((l) => l.startsWith(READY));
      if (line) {
        clearTimeout(timer);
        resolve(line.slice(READY.length).trim());
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`Could not start java for the embedded Neo4j (is JDK 17 installed?): ${err.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `Embedded Neo4j exited with code ${code} before it was ready (store ${storeDir}). stderr:\n${stderr.slice(-4000)}`,
        ),
      );
    });
  });
}

/**
 * A Neo4j for one run of a test suite or a benchmark: the embedded one on a free port, in a new
 * temporary folder that stopping removes.
 */
export async function startThrowawayNeo4j(
  opts: Omit<EmbeddedOptions, 'dataDir' | 'port'> & { folderPrefix?: string } = {},
): Promise<EmbeddedNeo4j> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), opts.folderPrefix ?? 'corridor-neo4j-'));
  const neo = await startEmbeddedNeo4j({ ...opts, dataDir, port: 0 });
  return {
    ...neo,
    async stop() {
      await neo.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
