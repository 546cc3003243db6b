// A submitted article, checked before anything is drafted: a plain file name (no folders, no '..'),
// text rather than binary data, then ingest's own reading of an article (empty, binary, not English
// refused with the reason; the `# source: URL | outlet | published YYYY-MM-DD` header read, its
// address an http(s) one; a page's HTML source refused). Every refusal names the article as the
// panel lists it ("article 2", 1-based) and its file. The text is kept as sent, header included,
// as ingest keeps an article file.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { ApiError } from '../../common/errors.ts';
import { PartialDate } from '../../common/model.ts';
import type { ArticleInput } from '../../common/wire.ts';
import { foldForSearch } from '../../common/text/fold.ts';
import { ArticleError, checkArticle as readArticle } from '../ingest/read/article.ts';

export interface CheckedArticle {
  id: string;
  /** As sent (line ends made \n), the `# source:` header included: quotes are found in it. */
  text: string;
  fileName?: string;
  /** The article's headline (its first line, when it reads as one), for progress lines. */
  headline?: string;
  url?: string;
  outlet?: string;
  published?: string;
}

/** Any script's letters and digits, spaces and _.,()- and dashes: no separators, no control characters. */
const FILE_NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} _.,()\-–—]{0,150}\.txt$/u;

/** How the panel names the article at `index` of a batch: "article 2 ("x.txt")". */
export const articleName = (index: number, fileName?: string): string =>
  `article ${index + 1}${fileName ? ` (${JSON.stringify(fileName)})` : ''}`;

/** A batch request the wire schema refuses, every problem named as the panel names articles. */
export function batchRequestError(err: z.ZodError): ApiError {
  const issues = err.issues.map((i) => {
    const [top, index, ...rest] = i.path;
    const where =
      top === 'articles' && typeof index === 'number'
        ? `${articleName(index)}${rest.length ? `, ${rest.join('.')}` : ''}`
        : i.path.join('.') || 'the request';
    return { path: i.path, message: i.message, text: `${where}: ${i.message}` };
  });
  return new ApiError(
    400,
    'invalid_request',
    issues.map((i) => i.text).join('\n'),
    issues.map(({ path, message }) => ({ path, message })),
  );
}

/** Refusal of one article of a batch: 400, naming it. */
function refuse(index: number, fileName: string | undefined, field: string, message: string): ApiError {
  return new ApiError(400, 'invalid_article', `${articleName(index, fileName)}: ${message}`, [
    { path: ['articles', index, field], message },
  ]);
}

/**
 * The `# source:` line's fields by what they look like (ingest's reading): a field that is an
 * address of another scheme than http(s) ("javascript:…", "file:…") would be read as the outlet
 * and push the real one out, so it is refused, naming the line and the field.
 */
function checkSourceLine(text: string, index: number, fileName: string | undefined): void {
  const m = text.match(/^#\s*source:\s*([^\n]*)/i);
  if (!m) return;
  m[1]!.split('|').forEach((raw, i) => {
    const part = raw.trim();
    if (/^[a-z][a-z0-9+.-]*:\S/i.test(part) && !/^https?:\/\/\S+$/i.test(part) && !/^published\b/i.test(part))
      throw refuse(
        index,
        fileName,
        'url',
        `line 1 (# source:), field ${i + 1} (the URL): ${JSON.stringify(part.slice(0, 80))} is not an http:// or https:// address`,
      );
  });
}

/** Tags that build a page (not a stray <script> quoted in a story): their presence means HTML source. */
const PAGE_TAGS =
  /<\/?(?:!doctype|html|head|body|h[1-6]|p|div|span|br|article|section|main|header|footer|ul|ol|li|table|tr|td|a)\b[^>]*>/gi;

/**
 * An article pasted as a page's HTML source rather than its text: refused, since the drafter reads
 * text (markup gives no entity, and a title "<h1>…</h1>"), and a quote must be the article's words.
 */
function checkNotMarkup(text: string, index: number, fileName: string | undefined): void {
  const body = text.replace(/^#\s*source:[^\n]*\n/i, '');
  const tags = body.match(PAGE_TAGS) ?? [];
  const startsWithTag = /^\s*<(?:!doctype|[a-z][a-z0-9]*)\b[^>]*>/i.test(body);
  if (tags.length < 2 && !startsWithTag) return;
  const names = [...new Set(tags.map((t) => t.match(/^<\/?([!a-z0-9]+)/i)![1]!.toLowerCase()))].slice(0, 4);
  throw refuse(
    index,
    fileName,
    'text',
    `this is HTML markup (${names.map((n) => `<${n}>`).join(', ') || 'tags'}), not plain text; copy the article's text as the browser shows it, not the page source`,
  );
}

export function checkArticle(input: ArticleInput, index: number): CheckedArticle {
  const { fileName } = input;
  if (fileName !== undefined && (!FILE_NAME.test(fileName) || fileName.includes('..'))) {
    throw refuse(
      index,
      fileName,
      'fileName',
      'not a plain .txt file name: letters, digits, spaces and _.,()- only, no folders, no "..", ending in .txt',
    );
  }
  const decoded = decodingDamage(input.text);
  if (decoded) {
    throw refuse(
      index,
      fileName,
      'text',
      `this is binary data, not text (${decoded}); upload the article as plain UTF-8 text`,
    );
  }
  const text = input.text.replace(/\r\n?/g, '\n');
  checkSourceLine(text, index, fileName);
  checkNotMarkup(text, index, fileName);
  let read;
  try {
    read = readArticle(fileName ?? articleName(index), Buffer.from(text, 'utf8'));
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err;
    // "x.txt: binary content (…); nothing drafted for it": the reason, named by the batch's own terms.
    throw refuse(index, fileName, 'text', err.message.replace(/^[^:]*: /, '').replace(/; nothing drafted for it$/, ''));
  }
  const source = read.source ?? {};
  const published = input.published ?? source.published;
  if (published !== undefined && !PartialDate.safeParse(published).success)
    throw refuse(index, fileName, 'published', `"${published}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const url = input.url ?? source.url;
  const outlet = input.outlet ?? source.outlet;
  const { headline } = read;
  return { id: articleId(text, fileName), text, fileName, ...(headline ? { headline } : {}), url, outlet, published };
}

/**
 * What a browser's text decoding leaves of a binary file: characters it could not decode (U+FFFD)
 * or control characters beyond the odd one. (NUL bytes, empty and non-English texts are ingest's
 * own checks.)
 */
function decodingDamage(text: string): string | undefined {
  const sample = text.slice(0, 100_000);
  const replacement = (sample.match(/\uFFFD/g) ?? []).length;
  if (replacement > 2 && replacement > sample.length / 1000) return `${replacement} bytes that are not UTF-8`;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // C0 controls other than NUL (ingest names those), tab, line feed and carriage return; DEL.
    if ((c > 0 && c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) controls++;
  }
  if (controls > sample.length / 200) return `${controls} control characters`;
  return undefined;
}

/** Readable and unique: a slug of the file name (or the first words) and a hash of the text. */
function articleId(text: string, fileName: string | undefined): string {
  const body = text.replace(/^#\s*source:[^\n]*\n+/i, '');
  const base = fileName ? fileName.replace(/\.txt$/, '') : body.trim().split(/\s+/).slice(0, 6).join(' ');
  const slug = foldForSearch(base)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const hash = createHash('sha1').update(text).digest('hex').slice(0, 10);
  return `${slug || 'article'}_${hash}`;
}
