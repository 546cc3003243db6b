// Logs: JSON lines for collectors, readable lines for a person at a terminal.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import express from 'express';
import request from 'supertest';
import { createLogger, requestLog } from '../../server/api/middleware/request-log.middleware.ts';

function capture(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY });
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

describe('createLogger', () => {
  it('writes one JSON object a line when the output is not a terminal', () => {
    const out = capture(false);
    createLogger('info', out.stream).info({ route: '/api/search' }, 'request done');
    const line = JSON.parse(out.text().trim());
    expect(line).toMatchObject({ msg: 'request done', route: '/api/search', app: 'corridor', level: 30 });
  });

  it('writes a readable line, not JSON, to a terminal', () => {
    const out = capture(true);
    createLogger('info', out.stream).info({ route: '/api/search' }, 'request done');
    const text = out.text();
    expect(text).toContain('request done');
    expect(text).toMatch(/INFO/);
    expect(() => JSON.parse(text.trim())).toThrow();
  });
});

describe('request lines', () => {
  it('are one readable line per request at a terminal: method, URL, status, time', async () => {
    const out = capture(true);
    const app = express();
    app.use(requestLog(createLogger('info', out.stream)));
    app.get('/api/ping', (_req, res) => void res.json({ ok: true }));
    await request(app).get('/api/ping?x=1').expect(200);
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/GET \/api\/ping\?x=1 200 in \d+ ms/);
  });
});
