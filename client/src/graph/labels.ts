// What a node's label shows: the canonical name, an ASCII form (Vietnamese letters folded: "Bắc Ninh"
// -> "Bac Ninh"), or the Chinese characters among its aliases where the facts give them.
import { foldDiacritics } from '../../../common/text/fold.ts';
import type { LabelMode } from '../events.ts';


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

export function displayLabel(d: Labelled, mode: LabelMode): string {
  const canonical = d.label ?? d.name ?? '';
  if (mode === 'ascii') return foldDiacritics(canonical);
  if (mode === 'chinese') return chineseName(d) ?? canonical;
  return canonical;
}
