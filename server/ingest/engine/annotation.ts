// What the NLP engine (nlp/, Stanford CoreNLP) answers, checked with zod, and the per-sentence view
// the recognisers and relation rules read: tokens with offsets inside our sentence, POS, lemma,
// fine-grained NER, and the basic and enhanced++ dependency graphs.
import { z } from 'zod';

const Token = z.object({
  i: z.number().int().positive(),
  w: z.string(),
  b: z.number().int().nonnegative(),
  e: z.number().int().nonnegative(),
  pos: z.string(),
  lemma: z.string().nullable(),
  ner: z.string().nullable(),
});
const Edge = z.tuple([z.number().int().nonnegative(), z.number().int().positive(), z.string()]);
const Sentence = z.object({ tokens: z.array(Token), basic: z.array(Edge), enhanced: z.array(Edge) });
const Mention = z.object({
  s: z.number().int(),
  tb: z.number().int(),
  te: z.number().int(),
  b: z.number().int(),
  e: z.number().int(),
  text: z.string(),
  ner: z.string(),
});
const CorefMention = z.object({
  s: z.number().int(),
  tb: z.number().int(),
  te: z.number().int(),
  text: z.string(),
  rep: z.boolean(),
});

const KbpSpan = z.object({ b: z.number().int(), e: z.number().int(), text: z.string() });
const KbpTriple = z.object({ s: z.number().int(), rel: z.string(), conf: z.number(), subj: KbpSpan, obj: KbpSpan });

export const EngineAnswer = z.object({
  sentences: z.array(Sentence),
  mentions: z.array(Mention),
  corefs: z.array(z.array(CorefMention)),
  /** CoreNLP's KBP relations (only when the engine runs with kbp; an older engine omits it). */
  kbp: z.array(KbpTriple).default([]),
});
export type EngineAnswer = z.infer<typeof EngineAnswer>;

export interface ParsedToken {
  /** 1-based index in the sentence (the dependency graphs' numbering). */
  i: number;
  word: string;
  /** Offsets inside the sentence's text. */
  start: number;
  end: number;
  pos: string;
  lemma: string;
  ner: string;
}

export interface Dep {
  gov: number;
  dep: number;
  rel: string;
}

export interface NerSpan {
  start: number;
  end: number;
  text: string;
  ner: string;
}

/** A KBP relation ("per:employee_or_member_of", "org:city_of_headquarters", …) between two spans of the sentence. */
export interface KbpRelation {
  rel: string;
  confidence: number;
  subject: { start: number; end: number; text: string };
  object: { start: number; end: number; text: string };
}

/** One sentence as the engine read it. */
export interface ParsedSentence {
  tokens: ParsedToken[];
  basic: Dep[];
  enhanced: Dep[];
  /** Named-entity mentions (PERSON, ORGANIZATION, CITY, TITLE, …) with offsets inside the sentence. */
  ner: NerSpan[];
  /** KBP relations read from this sentence (empty unless the engine runs with kbp). */
  kbp: KbpRelation[];
}

/**
 * Splits the engine's answer for `lines` (posted joined by newlines, one sentence per line) back
 * into one ParsedSentence per line. Sentences are placed by their first token's offset, so a line
 * the engine skipped (nothing to tokenise) gets an empty parse rather than shifting the others.
 */
export function perLine(lines: string[], answer: EngineAnswer): ParsedSentence[] {
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const lineOf = (offset: number) => {
    let lo = 0;
    for (let k = 0; k < starts.length; k++) if (starts[k]! <= offset) lo = k;
    return lo;
  };
  const out: ParsedSentence[] = lines.map(() => ({ tokens: [], basic: [], enhanced: [], ner: [], kbp: [] }));
  const lineOfSentence: number[] = [];
  answer.sentences.forEach((s, k) => {
    const first = s.tokens[0];
    const line = first ? lineOf(first.b) : -1;
    lineOfSentence[k] = line;
    if (line < 0 || out[line]!.tokens.length) return;
    const base = starts[line]!;
    out[line] = {
      tokens: s.tokens.map((t) => ({
        i: t.i,
        word: t.w,
        start: t.b - base,
        end: t.e - base,
        pos: t.pos,
        lemma: t.lemma ?? t.w.toLowerCase(),
        ner: t.ner ?? 'O',
      })),
      basic: s.basic.map(([gov, dep, rel]) => ({ gov, dep, rel })),
      enhanced: s.enhanced.map(([gov, dep, rel]) => ({ gov, dep, rel })),
      ner: [],
      kbp: [],
    };
  });
  for (const m of answer.mentions) {
    const line = lineOfSentence[m.s];
    if (line === undefined || line < 0) continue;
    const base = starts[line]!;
    out[line]!.ner.push({ start: m.b - base, end: m.e - base, text: m.text, ner: m.ner });
  }
  for (const t of answer.kbp) {
    const line = lineOfSentence[t.s];
    if (line === undefined || line < 0) continue;
    const base = starts[line]!;
    const span = (x: { b: number; e: number; text: string }) => ({ start: x.b - base, end: x.e - base, text: x.text });
    out[line]!.kbp.push({ rel: t.rel, confidence: t.conf, subject: span(t.subj), object: span(t.obj) });
  }
  return out;
}
