// Answers with a body checked against its wire schema. A body that does not match is the
// server's bug, not the caller's: it becomes a 500 (logged), never a 400.
import type { Response } from 'express';
import { z } from 'zod';

export function sendValid<S extends z.ZodType>(res: Response, schema: S, body: z.input<S>, status = 200): void {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new Error(`response body does not match its wire schema:\n${z.prettifyError(parsed.error)}`);
  }
  res.status(status).json(parsed.data);
}
