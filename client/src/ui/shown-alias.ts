// Which of a search hit's aliases the suggestion list shows beside its name.
import { foldForSearch, hasDiacritics } from '../../../common/text/fold.ts';

/**
 * The alias a hit shows beside its name: the one the query matched, if the name did not (walk 17,
 * 10: 北京 typed, "Beijing · Bac Kinh" shown); else the first that says more than the name ("Beijing
 * city" does not, nor "Cuong" for Ngô Biên Cương) and is not a bare ASCII copy of another alias
 * ("Bac Kinh" beside "Bắc Kinh").
 */
export function shownAlias(query: string, name: string, aliases: readonly string[]): string | undefined {
  const q = foldForSearch(query.trim());
  const folded = foldForSearch(name);
  // Neither an alias holding the name nor a part of it ("Cuong" for Ngô Biên Cương, walk 19, 9) says more.
  const others = aliases.filter((a) => !foldForSearch(a).includes(folded) && !folded.includes(foldForSearch(a)));
  if (q && !folded.includes(q)) {
    const matched = others.filter((a) => foldForSearch(a).includes(q));
    if (matched.length)
      return matched.find((a) => a.includes(query.trim())) ?? matched.find(hasDiacritics) ?? matched[0];
  }
  const asciiCopy = (a: string) =>
    !hasDiacritics(a) && others.some((b) => hasDiacritics(b) && foldForSearch(b) === foldForSearch(a));
  return others.find((a) => !asciiCopy(a));
}
