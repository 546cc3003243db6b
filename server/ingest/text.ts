// Small text helpers shared by the recognisers: folding for matching, slugs for ids, word tokens.

import { foldForSearch } from '../../common/text/fold.ts';

/** Lower-case ASCII form for matching: diacritics dropped, đ -> d, curly quotes straightened. */
export function fold(s: string): string {
  return foldForSearch(s).replace(/[’‘`]/g, "'");
}

/** Matching key of a name: folded words joined by one space, punctuation dropped ("Bà Rịa – Vũng Tàu" -> "ba ria vung tau"). */
export function nameKey(s: string): string {
  return fold(s)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

export function slugify(s: string): string {
  return nameKey(s).replace(/ /g, '-');
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words (letters, digits, inner apostrophes) with their offsets in `text`. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

export const isCapitalized = (w: string) => /^\p{Lu}/u.test(w);
export const isCjk = (s: string) => /[\u3400-\u9fff]/.test(s);
