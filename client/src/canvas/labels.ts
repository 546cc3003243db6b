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
  // A name cut in its middle already ("Quảng Ninh … Party Committee") ends at that cut, not "……".
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s…]+$/, '')}…`;
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

const stem = (label: string) => label.replace(/…$/, '').trimEnd();

/**
 * Names whose shortened forms cannot be told apart: equal, or both cut and one the start of the
 * other ("Party Committee of…" beside "Party Committee of the…"). Small canvases only (quadratic).
 */
function lookAlikes(short: Map<string, string>): string[][] {
  const alike = (a: string, b: string) => {
    const [la, lb] = [short.get(a)!, short.get(b)!];
    const [sa, sb] = [stem(la), stem(lb)];
    // A whole name beside a cut one reads apart ("Beijing", "Beijing Municipal Party…").
    return la === lb || (la.endsWith('…') && lb.endsWith('…') && (sa.startsWith(sb) || sb.startsWith(sa)));
  };
  const seen = new Set<string>();
  const groups: string[][] = [];
  for (const a of short.keys()) {
    if (seen.has(a)) continue;
    // Everything alike to any member joins (Weifang's "Party Committee of…" ties "…of Quang" and "…of the").
    const group = [a];
    seen.add(a);
    for (let i = 0; i < group.length; i++)
      for (const b of short.keys())
        if (!seen.has(b) && alike(group[i]!, b)) {
          seen.add(b);
          group.push(b);
        }
    if (group.length > 1) groups.push(group);
  }
  return groups;
}

/**
 * Shortened labels that stay apart: names whose shortened forms look alike ("Quảng Ninh
 * Provincial…" twice) keep their first words and the words from where they start to differ
 * ("Quảng Ninh … People's Committee", "Quảng Ninh … Party Committee"). The label for each full name.
 */
export function distinctLabels(fulls: readonly string[], max = MAX_LABEL): Map<string, string> {
  const out = new Map<string, string>();
  for (const full of new Set(fulls)) out.set(full, shorten(full, max));
  for (const names of lookAlikes(out)) {
    const words = names.map((n) => n.split(/\s+/));
    let common = 0;
    while (words.every((w) => w.length > common + 1 && w[common] === words[0]![common])) common++;
    const head = words[0]!.slice(0, Math.min(2, common)).join(' ');
    for (const [i, name] of names.entries()) {
      const tail = words[i]!.slice(common).join(' ');
      out.set(name, head ? `${head} … ${shorten(tail, Math.max(12, max + 8 - head.length - 3))}` : shorten(tail, max));
    }
  }
  return out;
}
