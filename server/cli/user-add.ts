// npm run user:add -- --user NAME --role viewer|editor|admin [--file users.yaml]
// Makes a random token for a user, prints it once (give it to the user: it is not kept anywhere),
// and adds {user, role, tokenSha256} to the users file (CORRIDOR_USERS_FILE), creating it if need be.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { loadUsers, Role, sha256Hex } from '../access/users.ts';

const { values } = parseArgs({
  options: { user: { type: 'string' }, role: { type: 'string' }, file: { type: 'string' } },
});
const file = values.file ?? process.env.CORRIDOR_USERS_FILE;
const role = Role.safeParse(values.role);
if (!values.user || !role.success || !file) {
  console.error('usage: npm run user:add -- --user NAME --role viewer|editor|admin [--file users.yaml]');
  console.error('       (--file defaults to CORRIDOR_USERS_FILE)');
  process.exit(2);
}

const token = randomBytes(32).toString('base64url');
const existing: unknown = fs.existsSync(file) ? parse(fs.readFileSync(file, 'utf8')) : [];
const users = Array.isArray(existing) ? existing : ((existing as { users?: unknown[] } | null)?.users ?? []);
const entry = { user: values.user, role: role.data, tokenSha256: sha256Hex(token) };
const text = stringify({ users: [...users, entry] });
// Check the result the way the app will read it (names unique, hashes well-formed) before writing.
const check = `${file}.check-${process.pid}`;
fs.writeFileSync(check, text, { mode: 0o600 });
try {
  loadUsers(check);
} catch (err) {
  fs.rmSync(check);
  console.error(err instanceof Error ? err.message.replaceAll(check, file) : err);
  process.exit(1);
}
fs.renameSync(check, file);
console.log(`Added ${values.user} (${role.data}) to ${file}.`);
console.log(`Their token (shown once, kept nowhere): ${token}`);
console.log('They send it as the header  Authorization: Bearer <token>');
