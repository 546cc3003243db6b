// Access to writes (real app, real Neo4j): users and roles from a users file holding token hashes,
// bearer tokens compared in constant time, 401/403 that say why, and an append-only audit line for
// every attempt, refused ones included.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadUsers, sha256Hex } from '../../server/access/users.ts';
import { graphChecksum } from '../support/graph-checksum.ts';
import { loadSeedGraph, testDb } from '../support/test-db.ts';
import { postJson, startApp, type RunningApp } from './app-server.ts';

const db = testDb();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-access-'));
const AUDIT = path.join(dir, 'audit.jsonl');
const TOKENS = {
  vera: 'viewer-token-vera-0123456789',
  ed: 'editor-token-ed-0123456789',
  ada: 'admin-token-ada-0123456789',
};
let app: RunningApp;

function usersFile(name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, body);
  return file;
}

const auditLines = () =>
  fs
    .readFileSync(AUDIT, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

const reload = (token?: string) =>
  postJson(`${app.url}/api/admin/reload`, {}, token === undefined ? {} : { authorization: `Bearer ${token}` });

beforeAll(async () => {
  await loadSeedGraph(db);
  const file = usersFile(
    'users.yaml',
    [
      'users:',
      `  - {user: vera, role: viewer, tokenSha256: ${sha256Hex(TOKENS.vera)}}`,
      `  - {user: ed, role: editor, tokenSha256: ${sha256Hex(TOKENS.ed)}}`,
      `  - {user: ada, role: admin, tokenSha256: ${sha256Hex(TOKENS.ada).toUpperCase()}}`,
    ].join('\n'),
  );
  app = await startApp(db, { CORRIDOR_USERS_FILE: file, CORRIDOR_AUDIT_LOG: AUDIT });
});
afterAll(async () => {
  await app?.close();
  await db.close();
});

describe('a write (POST /api/admin/reload needs admin)', () => {
  it('without a token: 401 with WWW-Authenticate, saying no token was sent; nothing written', async () => {
    const before = await graphChecksum(db);
    const res = await reload();
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(res.json.error).toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/no bearer token/) });
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('with a wrong token, or a token in another scheme: 401', async () => {
    for (const authorization of [`Bearer ${TOKENS.ada}x`, `Basic ${TOKENS.ada}`, `Bearer ${sha256Hex(TOKENS.ada)}`]) {
      const res = await postJson(`${app.url}/api/admin/reload`, {}, { authorization });
      expect(res.status, authorization).toBe(401);
      expect(res.json.error.code).toBe('unauthorized');
    }
  });

  it("with a viewer's or an editor's token: 403 naming the role needed and the user's", async () => {
    const before = await graphChecksum(db);
    for (const [user, role] of [
      ['vera', 'viewer'],
      ['ed', 'editor'],
    ] as const) {
      const res = await reload(TOKENS[user]);
      expect(res.status).toBe(403);
      expect(res.json.error).toMatchObject({
        code: 'forbidden',
        message: `POST /api/admin/reload needs the role admin; ${user} is ${role}.`,
      });
    }
    expect(await graphChecksum(db)).toEqual(before);
  });

  it("with an admin's token: done (the stored hash may be upper-case hex)", async () => {
    const before = await graphChecksum(db);
    const res = await reload(TOKENS.ada);
    expect(res.status, res.text).toBe(200);
    expect(await graphChecksum(db)).toEqual(before);
  });
});

describe('the audit log', () => {
  it('has one line per attempt: who, when, what, outcome; refused ones too', async () => {
    const lines = auditLines();
    expect(lines.length).toBe(7);
    expect(lines.every((l) => l.action === 'reload' && l.method === 'POST' && l.path === '/api/admin/reload')).toBe(
      true,
    );
    expect(lines.map((l) => [l.user, l.outcome, l.status])).toEqual([
      [null, 'refused', 401],
      [null, 'refused', 401],
      [null, 'refused', 401],
      [null, 'refused', 401],
      ['vera', 'refused', 403],
      ['ed', 'refused', 403],
      ['ada', 'ok', 200],
    ]);
    expect(lines[4].message).toMatch(/needs the role admin/);
    for (const l of lines) expect(Date.parse(l.at)).toBeGreaterThan(Date.now() - 600_000);
    expect(JSON.stringify(lines)).not.toContain(TOKENS.ada);
  });

  it('only grows: a new attempt appends, what was there stays byte for byte', async () => {
    const before = fs.readFileSync(AUDIT, 'utf8');
    await reload('nope-nope-nope');
    const after = fs.readFileSync(AUDIT, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length).trim().split('\n')).toHaveLength(1);
  });
});

describe('the users file', () => {
  it('is refused at start with the file and the field when a hash is malformed or a name repeats', () => {
    const bad = usersFile('bad.yaml', '- {user: x, role: editor, tokenSha256: abc}\n');
    expect(() => loadUsers(bad)).toThrow(/bad\.yaml.*\n.*0\.tokenSha256: expected the SHA-256/);
    const role = usersFile('role.json', JSON.stringify([{ user: 'x', role: 'owner', tokenSha256: 'a'.repeat(64) }]));
    expect(() => loadUsers(role)).toThrow(/role\.json[\s\S]*0\.role/);
    const twice = usersFile('twice.yaml', `- {user: x, role: viewer, tokenSha256: ${'a'.repeat(64)}}\n`.repeat(2));
    expect(() => loadUsers(twice)).toThrow(/same token/);
  });

  it('holds hashes only: the token itself is nowhere in it', () => {
    const text = fs.readFileSync(path.join(dir, 'users.yaml'), 'utf8');
    for (const t of Object.values(TOKENS)) expect(text).not.toContain(t);
  });
});
