// Logs: JSON lines for collectors, readable lines for a person at a terminal.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../server/api/middleware/request-log.middleware.ts';

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
