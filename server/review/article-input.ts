// A submitted article, checked before anything is drafted: a plain file name (no folders, no
// '..'), text rather than binary data, and the `# source: URL | outlet | published YYYY-MM-DD`
// line read into metadata. Every refusal names the article (its place in the batch and its file).
import { createHash } from 'node:crypto';
import { ApiError } from '../../common/errors.ts';
import { PartialDate } from '../../common/model.ts';
import type { ArticleInput } from '../../common/wire.ts';
import { foldForSearch } from '../../common/text/fold.ts';

export interface CheckedArticle {
  id: string;
  text: string;
  fileName?: string;
  url?: string;
  outlet?: string;
  published?: string;
}

/** Any script's letters and digits, spaces and _.,()- and dashes: no separators, no control characters. */
const FILE_NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} _.,()\-–—]{0,150}\.txt$/u;
const SOURCE_LINE = /^#\s*source:\s*(.*)$/i;

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
  const binary = binaryAt(input.text);
  if (binary !== undefined) {
    throw refuse(
      index,
      fileName,
      'text',
      `this is binary data, not text (${binary}); upload the article as plain UTF-8 text`,
    );
  }
  const { text, source } = splitSourceLine(input.text.replace(/\r\n?/g, '\n'));
  if (!text.trim()) throw refuse(index, fileName, 'text', 'the article has no text besides its source line');
  let published = input.published ?? source.published;
  if (published !== undefined && !PartialDate.safeParse(published).success) {
    throw refuse(index, fileName, 'text', `the source line's date "${published}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  const url = input.url ?? source.url;
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) {
    throw refuse(index, fileName, 'text', `the source line's URL "${url}" is not an http(s) URL`);
  }
  published = published === undefined ? undefined : String(published);
  const outlet = input.outlet ?? source.outlet;
  return { id: articleId(text, fileName), text, fileName, url, outlet, published };
}

/** Why the text looks binary (a NUL, undecodable bytes, control characters), or undefined. */
function binaryAt(text: string): string | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return `a NUL character at position ${nul}`;
  const sample = text.slice(0, 100_000);
  const replacement = (sample.match(/\uFFFD/g) ?? []).length;
  if (replacement > 2 && replacement > sample.length / 1000) return `${replacement} bytes that are not UTF-8`;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // C0 controls other than tab, line feed and carriage return; DEL.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) controls++;
  }
  if (controls > sample.length / 200) return `${controls} control characters`;
  return undefined;
}

/** `# source: URL | outlet | published YYYY-MM-DD` on the first line: its fields, and the text without it. */
export function splitSourceLine(raw: string): {
  text: string;
  source: { url?: string; outlet?: string; published?: string };
} {
  const newline = raw.indexOf('\n');
  const first = (newline < 0 ? raw : raw.slice(0, newline)).trim();
  const m = SOURCE_LINE.exec(first);
  if (!m) return { text: raw, source: {} };
  const source: { url?: string; outlet?: string; published?: string } = {};
  for (const part of m[1]!
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const date = /^(?:published\s+)?(\d{4}(?:-\d{2}(?:-\d{2})?)?)$/i.exec(part);
    if (date) source.published = date[1];
    else if (/^https?:\/\//i.test(part)) source.url = part;
    else source.outlet ??= part;
  }
  return { text: newline < 0 ? '' : raw.slice(newline + 1).replace(/^\n+/, ''), source };
}

/** Readable and unique: a slug of the file name (or the first words) and a hash of the text. */
function articleId(text: string, fileName: string | undefined): string {
  const base = fileName ? fileName.replace(/\.txt$/, '') : text.trim().split(/\s+/).slice(0, 6).join(' ');
  const slug = foldForSearch(base)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const hash = createHash('sha1').update(text).digest('hex').slice(0, 10);
  return `${slug || 'article'}_${hash}`;
}
