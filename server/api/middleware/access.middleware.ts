// Access to the write endpoints: off unless users are configured, then a bearer token of a user
// with the route's role (viewer < editor < admin); and an audit line for every attempt, refused
// ones included. Bearer tokens rather than cookies: no ambient credential, so no CSRF surface.
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ApiError } from '../../../common/errors.ts';
import type { AuditLog } from '../../access/audit-log.ts';
import { hasRole, type Role, type User, type UserDirectory } from '../../access/users.ts';

/** What a write route tells the audit log about what it touched. */
export interface AuditNote {
  articles?: string[];
  facts?: string[];
}

interface WriteLocals {
  user?: User;
  audit?: AuditNote;
  failure?: string;
}

const locals = (res: Response) => res.locals as WriteLocals;

/** The user requireRole let through (only call after it). */
export function userOf(res: Response): User {
  const { user } = locals(res);
  if (!user) throw new Error('userOf called on a route without requireRole');
  return user;
}

/** Notes which articles and facts the request touched, for its audit line. */
export function noteAudit(res: Response, note: AuditNote): void {
  const audit = (locals(res).audit ??= {});
  if (note.articles) audit.articles = [...new Set([...(audit.articles ?? []), ...note.articles])];
  if (note.facts) audit.facts = [...new Set([...(audit.facts ?? []), ...note.facts])];
}

export function requireRole(users: UserDirectory, role: Role): RequestHandler {
  return (req, res, next) => {
    if (!users.enabled) {
      return next(
        new ApiError(
          403,
          'writes_disabled',
          'Write endpoints are off; configure users with roles in CORRIDOR_USERS_FILE (or CORRIDOR_ADMIN_TOKEN for one admin) to turn them on.',
        ),
      );
    }
    const token = /^Bearer ([\x21-\x7e]{1,512})$/i.exec(req.headers.authorization ?? '')?.[1];
    const user = token === undefined ? undefined : users.authenticate(token);
    if (!user) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="corridor"');
      const why = token === undefined ? 'no bearer token was sent' : 'the bearer token is not one of a configured user';
      return next(
        new ApiError(401, 'unauthorized', `This endpoint needs the header Authorization: Bearer <token>; ${why}.`),
      );
    }
    locals(res).user = user;
    if (!hasRole(user, role)) {
      return next(
        new ApiError(
          403,
          'forbidden',
          `${req.method} ${req.baseUrl}${req.path} needs the role ${role}; ${user.user} is ${user.role}.`,
        ),
      );
    }
    next();
  };
}

/** Appends one audit line per request once its answer is sent: who, what, and how it ended. */
export function auditWrites(log: AuditLog, action: string): RequestHandler {
  return (req, res, next) => {
    res.on('finish', () => {
      const { user, audit, failure } = locals(res);
      log.append({
        at: new Date().toISOString(),
        user: user?.user ?? null,
        role: user?.role ?? null,
        action,
        method: req.method,
        path: req.originalUrl.split('?')[0]!,
        requestId: requestIdOf(req),
        ...audit,
        outcome: res.statusCode < 400 ? 'ok' : res.statusCode < 500 ? 'refused' : 'failed',
        status: res.statusCode,
        ...(failure ? { message: failure } : {}),
      });
    });
    next();
  };
}

/** Keeps an error's message for the audit line of the request that met it (the error middleware answers). */
export const auditFailure: ErrorRequestHandler = (err, _req, res, next) => {
  locals(res).failure = err instanceof Error ? err.message.slice(0, 500) : String(err);
  next(err);
};

function requestIdOf(req: Request): string | undefined {
  const id = (req as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}
