// Diacritic folding, written once for every place that compares or shows names without their
// marks: full-text search, the `searchText` property, the gazetteer's ASCII forms, the drafter's
// matching keys, the explorer's ASCII labels and export file names.

/** Combining diacritical marks, the ones Vietnamese (and pinyin with tones) decompose into under NFD. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * "Bắc Ninh" -> "Bac Ninh", "Đà Nẵng" -> "Da Nang": marks dropped, đ/Đ -> d/D, case kept, other
 * scripts (北京, 서울) unchanged. Recomposed to NFC so Hangul does not come back as loose jamo.
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** Lower-case folded form, what search and matching compare: "Bắc Ninh" -> "bac ninh". */
export function foldForSearch(text: string): string {
  return foldDiacritics(text).toLowerCase();
}

/** True when `text` still carries a Vietnamese (or other Latin) diacritic. */
export function hasDiacritics(text: string): boolean {
  return foldDiacritics(text) !== text;
}
