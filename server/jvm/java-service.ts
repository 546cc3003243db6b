// What the project's Java services (the embedded Neo4j in neo4j/, the NLP engine in nlp/) share:
// a Maven build done once and redone only when its sources change, and a child JVM that is ready
// when it prints its ready line on stdout. Both keep stdin open as a lifeline: closing it stops them.
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

/** The start-up code every Java service compiles in (jvm-common/): an input of each module's build. */
export const SHARED_JAVA_SOURCE = path.join(
  PROJECT_ROOT,
  'jvm-common',
  'src',
  'main',
  'java',
  'corridor',
  'service',
  'ServiceProcess.java',
);

export interface MavenModule {
  /** Folder with the pom.xml. */
  dir: string;
  /** A file the build produces; its time says when the module was last built. */
  marker: string;
  /** Files whose change needs a rebuild. */
  inputs: string[];
  /** Other outputs that must exist (a folder of copied jars). */
  requires?: string[];
  /** Said before a build: what is built and what the first build downloads. */
  announce: string;
}

/** Builds the module with Maven unless its marker is newer than every input. */
export function ensureMavenBuilt(m: MavenModule, log: (line: string) => void = console.log): void {
  const built =
    fs.existsSync(m.marker) && (m.requires ?? []).every((f) => fs.existsSync(f)) ? fs.statSync(m.marker).mtimeMs : 0;
  if (built && [...m.inputs, SHARED_JAVA_SOURCE].every((f) => fs.statSync(f).mtimeMs <= built)) return;
  log(m.announce);
  const r = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', 'package', '-DskipTests'], {
    cwd: m.dir,
    stdio: 'inherit',
  });
  if (r.error)
    throw new Error(`Could not run Maven (mvn) to build ${m.dir}: ${r.error.message}. Install Maven and JDK 17.`);
  if (r.status !== 0) throw new Error(`Maven failed (exit ${r.status}) building ${m.dir}`);
  // Maven leaves an up-to-date output untouched, so after a checkout that only refreshed the
  // sources' times every later start would go through Maven again (~5 s each): mark it built.
  const now = new Date();
  fs.utimesSync(m.marker, now, now);
}

/** Waits for the line starting with `ready` on the child's stdout; resolves with the rest of the line. */
export function waitForReadyLine(
  child: ChildProcess,
  o: { ready: string; timeoutMs: number; what: string },
): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${o.what} did not start within ${o.timeoutMs} ms. stderr:\n${stderr.slice(-4000)}`));
    }, o.timeoutMs);
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.length > 100_000) stderr = stderr.slice(-50_000);
    });
    child.stdout?.on('data', (d: Buffer) => {
      buffered += d.toString();
      const line = buffered.split('\n').find((l) => l.startsWith(o.ready));
      if (line) {
        clearTimeout(timer);
        resolve(line.slice(o.ready.length).trim());
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`Could not start java for ${o.what} (is JDK 17 installed?): ${err.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${o.what} exited with code ${code} before it was ready. stderr:\n${stderr.slice(-4000)}`));
    });
  });
}

/** Stops a child that treats stdin as its lifeline: close stdin, then SIGTERM if it lingers. */
export async function stopByStdin(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  const killer = setTimeout(() => child.kill('SIGTERM'), graceMs);
  await exited;
  clearTimeout(killer);
}
