// Reads one article file for drafting: refuses what is not an English news article (empty, binary,
// too large, another language) with a message naming the file, and reads the metadata a
// `# source: URL | outlet | published YYYY-MM-DD` header gives (or `published unknown`).
import fs from 'node:fs';
import path from 'node:path';
import { PartialDate } from '../../../common/model.ts';

/** Far beyond any news article (the dev set's longest is ~2 KB); a bigger file is something else. */
export const MAX_ARTICLE_BYTES = 1_000_000;

export class ArticleError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}; nothing drafted for it`);
    this.name = 'ArticleError';
  }
}

export interface ArticleSource {
  url?: string;
  outlet?: string;
  /** YYYY[-MM[-DD]]; undefined when the header says `published unknown` or has no date. */
  published?: string;
}

export interface ReadArticle {
  file: string;
  /** The whole file: quotes are checked against it. */
  text: string;
  /** What the `# source:` header says, if there is one. */
  source?: ArticleSource;
  /** The headline: the first line after the header when it reads as one. */
  headline?: string;
}

/** Reads and checks an article file; throws ArticleError saying what is wrong with it. */
export function readArticleFile(file: string): ReadArticle {
  const name = path.basename(file);
  const size = fs.statSync(file).size;
  if (size > MAX_ARTICLE_BYTES) {
    throw new ArticleError(
      name,
      `${(size / 1e6).toFixed(1)} MB is far larger than a news article (limit ${MAX_ARTICLE_BYTES / 1e6} MB)`,
    );
  }
  return checkArticle(name, fs.readFileSync(file));
}

/** The checks of readArticleFile on bytes already read. */
export function checkArticle(name: string, bytes: Buffer): ReadArticle {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ArticleError(name, `binary content (a NUL byte at offset ${nul}), not a text article`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ArticleError(name, 'not valid UTF-8 text (binary, or another encoding)');
  }
  const source = readSourceHeader(text);
  const body = source ? text.slice(text.indexOf('\n') + 1) : text;
  if (!/\p{L}{2,}/u.test(body))
    throw new ArticleError(name, source ? 'no text after the # source: header' : 'empty article (no words)');
  const language = notEnglish(body);
  if (language)
    throw new ArticleError(name, `the text reads as ${language}; the drafter reads English-language articles only`);
  return { file: name, text, source: source?.source, headline: headlineOf(body) };
}

/** `# source: URL | outlet | published YYYY-MM-DD` on the first line. */
export function readSourceHeader(text: string): { source: ArticleSource } | undefined {
  const m = text.match(/^#\s*source:\s*([^\n]*)/i);
  if (!m) return undefined;
  const parts = m[1]!.split('|').map((p) => p.trim());
  const source: ArticleSource = {};
  for (const part of parts) {
    const published = part.match(/^published\s+(\S+)/i);
    if (published) {
      if (PartialDate.safeParse(published[1]).success) source.published = published[1];
    } else if (/^https?:\/\/\S+$/.test(part)) source.url = part;
    else if (part) source.outlet ??= part;
  }
  return { source };
}

/** A first line that is a headline: no sentence end, a few words, not a dateline ("VIETNAM, August 16 -"). */
export function headlineOf(body: string): string | undefined {
  const first = body
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean);
  if (!first || first.length > 200 || first.split(/\s+/).length < 4) return undefined;
  if (/[.!?]["”’)]?$/.test(first) || /[-–—]$/.test(first)) return undefined;
  return first;
}

const ENGLISH_WORDS = new Set(
  'the of and to in a an is are was were with for on by at from that this as has have its their be will which'.split(
    ' ',
  ),
);
const VIETNAMESE_WORDS = new Set(
  'của và các được những cho với trong không là đã này một người theo từ tại về sẽ có'.split(' '),
);

/** The language the text reads as when it is not English ("Vietnamese", "Chinese"), else undefined. */
export function notEnglish(text: string): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  if (letters && cjk / letters > 0.3) return 'Chinese';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return undefined;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length / words.length;
  const vietnamese = words.filter((w) => VIETNAMESE_WORDS.has(w)).length / words.length;
  // English news runs at 20-30% function words; a few per cent still passes (lists, captions).
  if (english >= 0.05) return undefined;
  return vietnamese > english ? 'Vietnamese' : 'another language than English';
}

/** A title from the address's slug when the article has no headline ("…/hcm-city-yamaguchi-sign-mou.html"). */
export function titleFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const slug = url
    .replace(/[?#].*$/, '')
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/\.\w+$/, '').replace(/-(?:post)?\d+$/, ''))
    .filter((s) => /[a-z]+-[a-z]+-[a-z]+/i.test(s))
    .at(-1);
  if (!slug) return undefined;
  const words = slug.split('-');
  return [words[0]![0]!.toUpperCase() + words[0]!.slice(1), ...words.slice(1)].join(' ');
}
