// Write endpoints (reload, ingest) are off unless CORRIDOR_ADMIN_TOKEN is set, and then need
// `Authorization: Bearer <that token>`.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ApiError } from '../../../common/errors.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireAdminToken(token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : digest(token);
  return (req, _res, next) => {
    if (!expected)
      return next(
        new ApiError(
          403,
          'admin_disabled',
          'Write endpoints are off; start the server with CORRIDOR_ADMIN_TOKEN set to turn them on.',
        ),
      );
    const header = req.headers.authorization ?? '';
    const given = /^Bearer (.+)$/.exec(header)?.[1];
    // Hashing first gives equal lengths, so the comparison takes the same time whatever was sent.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      return next(
        new ApiError(
          401,
          'unauthorized',
          'This endpoint needs the header Authorization: Bearer <CORRIDOR_ADMIN_TOKEN>.',
        ),
      );
    }
    next();
  };
}
