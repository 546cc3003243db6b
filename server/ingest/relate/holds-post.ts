// HOLDS_POST: posts held, from the titles the people recogniser kept.
import type { Analysis } from '../recognise/analyze.ts';
import type { Register } from '../recognise/mentions.ts';
import { PLACE_KINDS, isTitleWord, type DraftRelation } from './context.ts';

/** Posts held, from the titles the people recogniser kept. */
export function holdsPost(reg: Register, out: DraftRelation[], analysis: Analysis) {
  for (const e of reg.entities.values()) {
    for (const { segment, sentence, whole } of e.posts.flatMap((p) =>
      splitPosts(p.segment, reg).map((segment) => ({ segment, sentence: p.sentence, whole: p.segment })),
    )) {
      const a = analysis.sentences.find((x) => x.sentence === sentence)!;
      const inside = a.mentions.filter(
        (m) => m.start >= segment.start && m.end <= segment.end && m.id !== e.id && !m.weak,
      );
      const body =
        inside.filter((m) => m.kind === 'Organization' && !m.nested).at(-1) ??
        inside.filter((m) => m.kind === 'Organization').at(-1);
      let to = body?.id;
      // "Goertek Vina CEO Yoshinaga Kazuyoshi": the company or body named right before the title.
      const owner = a.mentions.find(
        (m) =>
          (m.kind === 'Company' || m.kind === 'Organization') &&
          /^\s?$/.test(a.sentence.text.slice(m.end, segment.start)) &&
          m.end <= segment.start,
      );
      if (!to && owner && segment.text.split(/\s+/).length <= 3) to = owner.id;
      // "Minister of Planning and Investment" heads the "Ministry of Planning and Investment" the article names.
      const portfolio = segment.text.match(/\bMinister of ([A-Z][\w ,&]+)/)?.[1]?.trim();
      const ministry =
        portfolio &&
        [...reg.entities.values()].find(
          (x) => x.kind === 'Organization' && x.name.endsWith(`Ministry of ${portfolio}`),
        );
      if (!to && ministry) to = ministry.id;
      // "Consul General in Kunming" serves at the "Consulate General in Kunming"; an ambassador at the embassy.
      const mission = segment.text.match(/\b(Consul General|Consul|Ambassador) (?:in|to) (\p{Lu}[\p{L} ]*)/u);
      if (!to && mission) {
        const office =
          mission[1] === 'Ambassador' ? 'Embassy' : mission[1] === 'Consul' ? 'Consulate' : 'Consulate General';
        const where = reg.gaz.lookup(mission[2]!.trim())[0]?.name;
        to = [...reg.entities.values()].find(
          (x) => x.kind === 'Organization' && where && x.name.endsWith(`${office} in ${where}`),
        )?.id;
      }
      // A title in lower case ("Sailun Group chairman") is a post in the body named before it, nothing else.
      const lowerCase =
        /^\p{Ll}/u.test(segment.text) && /\p{Lu}[\p{L}&.-]*\s$/u.test(a.sentence.text.slice(0, segment.start));
      if (!to && !lowerCase) {
        // National posts ("Deputy Prime Minister", "Vietnamese Ambassador to China"): the official's country.
        const demonym = reg.gaz.demonym(segment.text.split(/\s+/)[0]!);
        const home = demonym?.id ?? (e.country === 'CN' ? 'china' : e.country === 'VN' ? 'vietnam' : undefined);
        if (
          home &&
          /\b(?:Prime Minister|President|Minister|Ambassador|Consul|Premier|Chairman of the National Assembly|General Secretary)\b/i.test(
            segment.text,
          )
        )
          to = home;
        else to = inside.filter((m) => PLACE_KINDS.has(m.kind)).at(-1)?.id;
      }
      if (!to) continue;
      if (!reg.entities.has(to)) {
        const c = reg.gaz.get(to);
        if (!c) continue;
        reg.add(
          {
            id: c.id,
            kind: c.kind,
            name: c.name,
            aliases: c.aliases,
            country: c.country,
            lat: c.lat,
            lon: c.lon,
            confidence: 0.6,
          },
          c.name,
          sentence.start,
        );
      }
      out.push({
        type: 'HOLDS_POST',
        from: e.id,
        to,
        title: segment.text,
        quote: postQuote(a, e.id, whole),
        confidence: 0.75,
      } as DraftRelation);
    }
  }
}

/**
 * The words that state the post: the title with its holder ("Chairman of … Committee Ho Quang Huy",
 * "Vo Van Minh, chairman of …"), else the sentence; never the title alone, which names nobody.
 */
function postQuote(a: Analysis['sentences'][number], id: string, title: { start: number; end: number }): string {
  const text = a.sentence.text;
  const gap = (from: number, to: number) => from <= to && /^[\s,]{0,3}$/.test(text.slice(from, to));
  const holder = a.mentions.find(
    (m) =>
      m.id === id &&
      (gap(title.end, m.start) || gap(m.end, title.start) || (m.start <= title.start && title.end <= m.end)),
  );
  if (!holder) return text;
  return text.slice(Math.min(holder.start, title.start), Math.max(holder.end, title.end));
}

/** "member of X and Secretary of Y" holds two posts. */
function splitPosts(
  seg: { text: string; start: number; end: number },
  reg: Register,
): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (const m of seg.text.matchAll(/\s+and\s+(?=([\p{L}'’-]+))/gu)) {
    if (!isTitleWord(m[1]!, reg)) continue;
    out.push({ text: seg.text.slice(from, m.index), start: seg.start + from, end: seg.start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ text: seg.text.slice(from), start: seg.start + from, end: seg.end });
  return out;
}
