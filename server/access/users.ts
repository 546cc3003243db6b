// Who may write: users with a role, from a file (CORRIDOR_USERS_FILE, YAML or JSON) that holds only
// the SHA-256 of each token, never the token. A request's bearer token is hashed and compared with
// every user's hash in constant time, so neither the answer's timing nor an early exit tells how
// close a guess came.
import { createHash, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

const UserEntry = z
  .object({
    user: z.string().regex(/^[A-Za-z0-9_.@-]{1,64}$/, 'expected a user name of letters, digits and _.@- (1-64)'),
    role: Role,
    tokenSha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'expected the SHA-256 of the token as 64 hex digits (npm run user:add makes one)'),
  })
  .strict();
type UserEntry = z.infer<typeof UserEntry>;
/** A list of users, bare or under `users:`. */
const UsersFile = z.preprocess(
  (v) => (v && typeof v === 'object' && !Array.isArray(v) && 'users' in v ? v.users : v),
  z.array(UserEntry),
);

export interface User {
  user: string;
  role: Role;
}

export const sha256Hex = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** True when `user` has `role` or a higher one (viewer < editor < admin). */
export const hasRole = (user: User, role: Role): boolean => ROLES.indexOf(user.role) >= ROLES.indexOf(role);

export class UserDirectory {
  private readonly entries: { user: User; hash: Buffer }[];

  constructor(entries: UserEntry[]) {
    this.entries = entries.map((e) => ({
      user: { user: e.user, role: e.role },
      hash: Buffer.from(e.tokenSha256.toLowerCase(), 'hex'),
    }));
  }

  /** No user configured: every write is off. */
  get enabled(): boolean {
    return this.entries.length > 0;
  }

  /** The user whose token this is, or undefined. Every entry is compared, whatever matched. */
  authenticate(token: string): User | undefined {
    const given = createHash('sha256').update(token, 'utf8').digest();
    let found: User | undefined;
    for (const e of this.entries) if (timingSafeEqual(given, e.hash) && !found) found = e.user;
    return found;
  }
}

/**
 * The users of CORRIDOR_USERS_FILE, plus `admin` when CORRIDOR_ADMIN_TOKEN is set (one admin
 * without a file; its token is hashed here and kept only as its hash). Problems name the file and
 * the field.
 */
export function loadUsers(file: string | undefined, adminToken?: string): UserDirectory {
  const entries: UserEntry[] = file ? readUsersFile(file) : [];
  if (adminToken) entries.push({ user: 'admin', role: 'admin', tokenSha256: sha256Hex(adminToken) });
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const e of entries) {
    const hash = e.tokenSha256.toLowerCase();
    if (seen.has(hash)) problems.push(`users "${seen.get(hash)}" and "${e.user}" have the same token`);
    seen.set(hash, e.user);
  }
  const names = entries.map((e) => e.user);
  for (const n of new Set(names)) if (names.indexOf(n) !== names.lastIndexOf(n)) problems.push(`user "${n}" twice`);
  if (problems.length) throw new Error(`${file ?? 'CORRIDOR_ADMIN_TOKEN'}: ${problems.join('; ')}`);
  return new UserDirectory(entries);
}

function readUsersFile(file: string): UserEntry[] {
  let raw: unknown;
  try {
    raw = parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`CORRIDOR_USERS_FILE ${file}: ${err instanceof Error ? err.message.split('\n')[0] : err}`, {
      cause: err,
    });
  }
  const parsed = UsersFile.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(
      `CORRIDOR_USERS_FILE ${file}: expected a list of {user, role, tokenSha256}\n  ${issues.join('\n  ')}`,
    );
  }
  return parsed.data;
}
