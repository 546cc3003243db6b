// Relation rules: each reads one sentence (its mentions and its wording) and proposes facts, one
// file per edge type. They are written for patterns of news wording, not for any one article:
// "X signed <document> with Y", "<document> between X and Y", "paid a working visit to X",
// "held meetings with X", "<company> accounts for US$N", "participate in <event>", "a strategic
// partner of X", ...
import type { Analysis } from '../recognise/analyze.ts';
import { attended } from './attended.ts';
import { type Ctx, type DraftRelation } from './context.ts';
import { holdsPost } from './holds-post.ts';
import { invested, investPropsOf } from './invested-in.ts';
import { locatedByReference, statedLocations } from './located-in.ts';
import { met } from './met.ts';
import { partnerOf } from './partner-of.ts';
import { documentsIn, signed } from './signed.ts';
import { ParseView } from './clauses.ts';
import { investedFromParse, metFromParse, signedFromParse, visitedFromParse } from './from-parse.ts';
import { visited } from './visited.ts';

export type { DraftRelation };

export function draftRelations(analysis: Analysis, published?: string): DraftRelation[] {
  const reg = analysis.register;
  const out: DraftRelation[] = [];
  const countries = [...reg.entities.values()]
    .filter((e) => e.kind === 'Country')
    .sort((a, b) => b.mentions - a.mentions);
  const pair: [string, string] | undefined = countries.length >= 2 ? [countries[0]!.id, countries[1]!.id] : undefined;
  const ctx: Ctx = { a: analysis.sentences[0]!, reg, out, pair, prevPlaces: [], published };
  for (const a of analysis.sentences) {
    ctx.a = a;
    const view = (ctx.view = a.parse?.tokens.length ? new ParseView(a.parse) : undefined);
    // Containers first: the other rules want the most specific place of a phrase.
    statedLocations(ctx);
    // Who did what to whom from the parse where it reads a clause; the wording rules otherwise.
    if (!(view && signedFromParse(ctx, view, documentsIn))) signed(ctx);
    partnerOf(ctx);
    if (!(view && visitedFromParse(ctx, view))) visited(ctx);
    if (!(view && metFromParse(ctx, view))) met(ctx);
    invested(ctx, Boolean(view && investedFromParse(ctx, view, investPropsOf)));
    attended(ctx);
    ctx.lastEvent = a.mentions.filter((m) => m.kind === 'Event').at(-1)?.id ?? ctx.lastEvent;
    // Places in titles count: "Secretary of … Binh Duong province … with … Governor of … Champasak" names the two sides.
    const places = [
      ...new Set(
        a.mentions
          .filter((m) => (m.kind === 'Province' || m.kind === 'City') && !m.weak && !m.unnamedBody)
          .map((m) => m.id),
      ),
    ];
    if (places.length >= 2) ctx.prevPlaces = places;
    ctx.lastOfficial = a.mentions.filter((m) => m.kind === 'Official').at(-1)?.id ?? ctx.lastOfficial;
  }
  holdsPost(reg, out, analysis);
  locatedByReference(reg, out);
  return dedupe(out);
}

/** One fact per (type, ends, document, quote): rules may find the same thing twice. */
function dedupe(rs: DraftRelation[]): DraftRelation[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const key = [r.type, r.from, r.to, 'document' in r ? r.document : '', r.quote, r.date ?? '', r.count ?? ''].join(
      '|',
    );
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
