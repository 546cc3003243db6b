// One structured (pino) log line per request, tagged with a request id that the response returns
// in X-Request-Id; a caller's own X-Request-Id is kept when it is a sane token.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import pretty from 'pino-pretty';

const SANE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * JSON lines for log collectors; readable, coloured lines when a person watches the terminal.
 * pino-pretty is used as a plain synchronous stream, so no worker thread is started for it.
 */
export function createLogger(
  level: string,
  stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout,
): Logger {
  const options = { level, base: { app: 'corridor' } };
  if (!stream.isTTY) return pino(options, stream);
  return pino(
    options,
    pretty({
      destination: stream,
      colorize: true,
      // A request is one line at a terminal: its message says method, URL, status and time.
      ignore: 'app,pid,hostname,req,res,responseTime',
      translateTime: 'HH:MM:ss',
    }),
  );
}

export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId(req, res) {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && SANE_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customSuccessMessage: (req, res, ms) =>
      `${req.method} ${req.originalUrl} ${res.statusCode} in ${Math.round(ms)} ms`,
    customErrorMessage: (req, res, err) => `${req.method} ${req.originalUrl} ${res.statusCode}: ${err.message}`,
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    // The Cypher text can be long and private: log the route, not the body.
    serializers: {
      req: (req) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res) => ({ statusCode: res.statusCode }),
    },
  });
}
