// Who may write and where writes are recorded, as the app's configuration says.
import type { AppConfig } from '../config.ts';
import { AuditLog } from './audit-log.ts';
import { loadUsers, type UserDirectory } from './users.ts';

export interface Access {
  users: UserDirectory;
  audit: AuditLog;
}

export function accessFromConfig(config: AppConfig): Access {
  return { users: loadUsers(config.usersFile, config.adminToken), audit: new AuditLog(config.auditLog) };
}
