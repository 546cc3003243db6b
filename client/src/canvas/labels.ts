// What a node's label shows: the canonical name, an ASCII form (Vietnamese letters folded: "Bắc Ninh"
// -> "Bac Ninh"), or the Chinese characters among its aliases where the facts give them.
import { foldDiacritics } from '../../../common/text/fold.ts';
import type { LabelMode } from '../app/types.ts';

const HAN = /\p{Script=Han}/u;

export interface Labelled {
  name?: string;
  label?: string;
  aliases?: string[];
}

export function chineseName(d: Labelled): string | undefined {
  if (d.name && HAN.test(d.name)) return d.name;
  // The shortest Han alias is usually the plain place name (广西 rather than 广西壮族自治区).
  return (d.aliases ?? []).filter((a) => HAN.test(a)).sort((a, b) => a.length - b.length)[0];
}

/** Longest label drawn on the canvas; longer names are shortened there (full name on hover). */
export const MAX_LABEL = 26;

export function shorten(s: string, max = MAX_LABEL): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

export function fullLabel(d: Labelled, mode: LabelMode): string {
  const canonical = d.label ?? d.name ?? '';
  if (mode === 'ascii') return foldDiacritics(canonical);
  if (mode === 'chinese') return chineseName(d) ?? canonical;
  return canonical;
}

/** What the canvas draws under a node: the chosen name form, shortened if long. */
export function displayLabel(d: Labelled, mode: LabelMode): string {
  return shorten(fullLabel(d, mode));
}
