// Turns what a user types into a safe Lucene query for the `entity_names` index.
// The index folds diacritics ('standard-folding'), but Lucene does not analyse wildcard terms, so
// "bắc n*" would never match: fold here first (NFD, strip combining marks, đ→d), lower-case, split
// into words, escape what is left, and give every word an exact form and a prefix form, so the
// last half-typed word still suggests ("bac ni" -> Bắc Ninh). Every word but stop words is required; the whole
// phrase, when there are several words, ranks exact name matches first.
import { foldForSearch } from './fold.ts';
import { PLACE_WORDS } from './place-words.ts';

// The index's analyzer drops English stop words, so requiring one ("bank of china") would match
// nothing: they stay in the query as optional words.
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/** Scripts Lucene's standard tokenizer splits into one token per character. */
const CHARACTER_WORDS = /[\p{Script=Han}\p{Script=Hiragana}]/u;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * Words of the folded input: runs of letters and digits of any script, an apostrophe inside a word
 * kept as the index's tokenizer keeps it ("people's": split, its "s" was a required word no name
 * holds, and "People's Republic of China" found nothing, walk 20, 5).
 */
export function searchWords(text: string): string[] {
  return foldForSearch(text.replace(/’/g, "'")).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

/** The Lucene query for `text`, or undefined when it has no searchable word. */
export function luceneQuery(text: string): string | undefined {
  const words = searchWords(text).slice(0, 12);
  if (!words.length) return undefined;
  const clauses = words.map((w) => {
    const t = escapeLucene(w);
    // The analyzer makes each Chinese or Japanese character a word of its own, and a term of several
    // parses to any of them: "云南" (Yunnan) found Nanning (南宁) by its 南. As a phrase its
    // characters must all stand, in order; a prefix of single-character tokens never matches.
    if (CHARACTER_WORDS.test(w)) return `+"${t}"^2`;
    return `${STOP_WORDS.has(w) ? '' : '+'}(${t}^2 OR ${t}*)`;
  });
  const phrase = words.length > 1 ? [`"${words.map(escapeLucene).join(' ')}"^4`] : [];
  return [...clauses, ...phrase].join(' ');
}

/**
 * Other ways the words of a search that found nothing may be meant, most likely first: two spaced
 * syllables of one word ("Liu Jian chao" for Liu Jianchao, as pinyin is often typed), and without
 * the words a place's name comes with ("Ha Noi city" for Hà Nội) (walk 20, 10). At most six.
 */
export function otherForms(text: string): string[] {
  const words = searchWords(text);
  const forms: string[] = [];
  for (let i = 0; i + 1 < words.length && forms.length < 5; i++)
    forms.push([...words.slice(0, i), words[i]! + words[i + 1]!, ...words.slice(i + 2)].join(' '));
  const bare = words.filter((w) => !PLACE_WORDS.has(w));
  if (bare.length && bare.length < words.length) forms.push(bare.join(' '));
  return forms;
}
