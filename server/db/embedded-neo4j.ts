// Starts the project's own Neo4j (neo4j/, a Java launcher over Neo4j Community 5.26) as a child
// process: Bolt on 127.0.0.1 only, authentication on with a random password kept in the data folder.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { ensureMavenBuilt, stopByStdin, waitForReadyLine } from '../jvm/java-service.ts';

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
  ensureMavenBuilt(
    {
      dir: LAUNCHER_DIR,
      marker: path.join(CLASSES, 'corridor', 'EmbeddedNeo4j.class'),
      inputs: [
        path.join(LAUNCHER_DIR, 'pom.xml'),
        path.join(LAUNCHER_DIR, 'src/main/java/corridor/EmbeddedNeo4j.java'),
      ],
      requires: [LIB],
      announce: 'Building the embedded Neo4j launcher with Maven (first run downloads Neo4j 5.26, ~130 MB)…',
    },
    log,
  );
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
  const uri = await waitForReadyLine(child, {
    ready: READY,
    timeoutMs: opts.startTimeoutMs ?? 120_000,
    what: `Embedded Neo4j (store ${storeDir})`,
  });
  log(`Embedded Neo4j ready at ${uri} (data in ${storeDir})`);
  return {
    uri,
    user: 'neo4j',
    password,
    dataDir: storeDir,
    pid: child.pid,
    stop: () => stopByStdin(child),
  };
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
