// The headline's fact: an investment article says in its headline who invests how much where
// ("Huaxin invests US$40 million in Bac Giang", "Chinese firm to invest $150 million in Lang Son
// plant"). The headline is no sentence of the story (it ends without a stop), so the rules never
// read it; this reads it against the entities the story names.
import { mainAmount } from '../read/money.ts';
import type { DraftEntity } from '../recognise/mentions.ts';
import { nameKey } from '../text.ts';
import { push, type Ctx } from './context.ts';

const INVESTS = /\b(?:invests?|investing|to invest|will invest|pours?|injects?|commits?|puts?|plans? \$)\b/i;
/** "Chinese firm", "Guangxi machinery maker": the investor named by what it is, not by its name. */
const DESCRIBED =
  /\b(?:firm|company|companies|group|maker|manufacturer|producer|giant|investor|corporation|conglomerate|developer)\b/i;

/** Drafts (or completes) the investment the headline states. */
export function headlineInvestment(c: Ctx, headline: string | undefined) {
  const verb = headline?.match(INVESTS);
  if (!headline || !verb) return;
  const named = (e: DraftEntity) => [e.name, ...e.aliases].some((n) => containsName(headline, n));
  const entities = [...c.reg.entities.values()];
  const target = entities.find((e) => (e.kind === 'Province' || e.kind === 'City') && e.country === 'VN' && named(e));
  const companies = entities.filter((e) => e.kind === 'Company').sort((a, b) => a.firstSeen - b.firstSeen);
  const investor =
    companies.find(named) ??
    companies.find((e) => shortNameIn(c, headline, e.name)) ??
    (DESCRIBED.test(headline.slice(0, verb.index)) ? companies[0] : undefined);
  if (!target || !investor) return;
  const money = mainAmount(headline, c.published);
  const amount: { amountUsd?: number; note?: string } = money
    ? { amountUsd: money.usd, ...(money.conversion ? { note: money.conversion } : {}) }
    : {};
  const existing = c.out.find((r) => r.type === 'INVESTED_IN' && r.from === investor.id && r.to === target.id);
  if (existing) {
    if (existing.type === 'INVESTED_IN' && existing.amountUsd === undefined && money) existing.amountUsd = money.usd;
    return;
  }
  const planned = /\b(?:to|will) invest|\bplans?\b/i.test(verb[0]);
  push(c, {
    type: 'INVESTED_IN',
    from: investor.id,
    to: target.id,
    ...amount,
    ...(planned ? { note: ['planned', amount.note].filter(Boolean).join('; ') } : {}),
    quote: headline,
    confidence: 0.6,
  });
}

/** A company's short name in a headline: two words of its name in a row, or its first word that is no place ("Liugong"). */
function shortNameIn(c: Ctx, headline: string, name: string): boolean {
  const words = nameKey(name).split(' ');
  const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  const own = words.find((w) => w.length >= 4 && !c.reg.gaz.lookup(w).length);
  return pairs.some((p) => containsName(headline, p)) || Boolean(own && containsName(headline, own));
}

/** The name as whole words of the text, diacritics and case aside ("Lang Son" in "… in Lang Son plant"). */
function containsName(text: string, name: string): boolean {
  const key = nameKey(name);
  return key.length >= 3 && ` ${nameKey(text)} `.includes(` ${key} `);
}
