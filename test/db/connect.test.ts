// The app's way to its database: NEO4J_URI wins over the embedded one, routing URIs work, and the
// embedded store is guarded by a password only its owner can read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { openGraphDb } from '../../server/db/connect.ts';
import { spawn } from 'node:child_process';
import { ensureLauncherBuilt, ensurePassword, freePort, launcherArgs } from '../../server/db/embedded-neo4j.ts';

const n = inject('neo4j');
const opened: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const o of opened) await o.close();
});

describe('choosing the database', () => {
  it.each([
    ['bolt://', n.uri],
    ['neo4j:// (routing, as for a cluster or Aura)', n.uri.replace(/^bolt:/, 'neo4j:')],
  ])('uses NEO4J_URI when set: %s, reads and writes through it', async (_name, uri) => {
    const config = loadConfig({
      NEO4J_URI: uri,
      NEO4J_USER: n.user,
      NEO4J_PASSWORD: n.password,
      CORRIDOR_NEO4J_PORT: '1',
    });
    const o = await openGraphDb(config, () => {});
    opened.push(o);
    expect(o.embedded).toBeUndefined();
    expect(o.db.options).toMatchObject({ uri, embedded: false });
    const marker = `connect-test-${Math.random().toString(36).slice(2)}`;
    await o.db.write('CREATE (:ConnectProbe {marker: $marker})', { marker });
    const r = await o.db.read<{ c: number }>('MATCH (p:ConnectProbe {marker: $marker}) RETURN count(p) AS c', {
      marker,
    });
    expect(r.records[0]!.get('c')).toBe(1);
    await o.db.write('MATCH (p:ConnectProbe) DELETE p');
  });

  it('refuses a malformed configuration, naming the variable', () => {
    expect(() => loadConfig({ NEO4J_URI: 'not a uri' })).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});

describe('the embedded database password', () => {
  it('is random, made once, kept with owner-only permissions', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-pw-'));
    const first = ensurePassword(dir);
    const again = ensurePassword(dir);
    const other = ensurePassword(fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-pw-')));
    expect(first.password).toHaveLength(32);
    expect(again.password).toBe(first.password);
    expect(other.password).not.toBe(first.password);
    expect(fs.statSync(first.file).mode & 0o777).toBe(0o600);
  });
});

describe('the embedded launcher', () => {
  it('stops while still starting when its parent goes away (stdin closed), without ever serving', async () => {
    ensureLauncherBuilt(() => {});
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-orphan-'));
    const { file } = ensurePassword(dir);
    const child = spawn(
      'java',
      launcherArgs({ storeDir: path.join(dir, 'neo4j'), port: await freePort(), passwordFile: file }),
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.stdin.end();
    // Generous bound: the point is that it exits on its own, before printing the ready line.
    const code = await Promise.race([
      exited,
      new Promise<'still running'>((r) => setTimeout(() => r('still running'), 60_000)),
    ]);
    if (code === 'still running') child.kill('SIGKILL');
    expect(code).toBe(0);
    expect(stdout).not.toContain('CORRIDOR_NEO4J_READY');
    fs.rmSync(dir, { recursive: true, force: true });
  }, 90_000);
});
