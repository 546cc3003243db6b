// A submitted article, checked before anything is drafted: a plain file name (no folders, no '..'),
// text rather than binary data, then ingest's own reading of an article (empty, binary, not English
// refused with the reason; the `# source: URL | outlet | published YYYY-MM-DD` header read). Every
// refusal names the article: its place in the batch and its file. The text is kept as sent, header
// included, as ingest keeps an article file.
import { createHash } from 'node:crypto';
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
  url?: string;
  outlet?: string;
  published?: string;
}

/** Any script's letters and digits, spaces and _.,()- and dashes: no separators, no control characters. */
const FILE_NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} _.,()\-–—]{0,150}\.txt$/u;

/** Refusal of one article of a batch: 400, naming it. */
function refuse(index: number, fileName: string | undefined, field: string, message: string): ApiError {
  const where = `articles[${index}]${fileName ? ` (${JSON.stringify(fileName)})` : ''}`;
  return new ApiError(400, 'invalid_article', `${where}: ${message}`, [{ path: ['articles', index, field], message }]);
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
  let source;
  try {
    source = readArticle(fileName ?? `articles[${index}]`, Buffer.from(text, 'utf8')).source ?? {};
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err;
    // "x.txt: binary content (…); nothing drafted for it": the reason, named by the batch's own terms.
    throw refuse(index, fileName, 'text', err.message.replace(/^[^:]*: /, '').replace(/; nothing drafted for it$/, ''));
  }
  const published = input.published ?? source.published;
  if (published !== undefined && !PartialDate.safeParse(published).success)
    throw refuse(index, fileName, 'published', `"${published}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  const url = input.url ?? source.url;
  const outlet = input.outlet ?? source.outlet;
  return { id: articleId(text, fileName), text, fileName, url, outlet, published };
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
