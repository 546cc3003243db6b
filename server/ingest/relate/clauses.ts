// Who did what to whom, read from the NLP engine's dependency parse: for a verb (signed, visited,
// received, invested …), its subject, object, passive subject, agent ("by …") and the nouns its
// prepositions attach ("with …", "to …", "in …"), each as the span of words its phrase covers, so
// coordination ("Dongxing and Fangcheng"), apposition ("Peng Shaoguan, Secretary of …") and long
// titles ride along. The relation rules map those spans onto the sentence's mentions.
import type { Dep, ParsedSentence, ParsedToken } from '../engine/annotation.ts';

export interface Span {
  head: ParsedToken;
  /** Character offsets inside the sentence. */
  start: number;
  end: number;
}

export interface Clause {
  verb: ParsedToken;
  /** Roles: subj, obj, pass (the subject of a passive), agent ("by"), and prepositions (with, to, in, between, …). */
  args: Map<string, Span[]>;
  /** Why the act is not stated as done ("will", "to", "not", "agreed to" …), if it is not. */
  hedge?: string;
}

/** Dependents that are not part of a noun phrase's own words: relative clauses and side remarks. */
const OUTSIDE_PHRASE = new Set(['acl:relcl', 'parataxis', 'advcl', 'punct', 'dep', 'discourse']);
const MODALS = new Set(['will', 'would', 'shall', 'could', 'can', 'may', 'might', 'should', 'must']);
/** Verbs whose complement is an intention, not an act ("agreed to sign"). */
const INTENTION = new Set([
  'agree',
  'plan',
  'expect',
  'hope',
  'want',
  'aim',
  'intend',
  'propose',
  'pledge',
  'vow',
  'decide',
  'seek',
  'wish',
  'prepare',
  'consider',
  'discuss',
]);

export class ParseView {
  private readonly children = new Map<number, Dep[]>();

  constructor(readonly parse: ParsedSentence) {
    for (const d of parse.basic) {
      const list = this.children.get(d.gov) ?? [];
      list.push(d);
      this.children.set(d.gov, list);
    }
  }

  token(i: number): ParsedToken | undefined {
    return this.parse.tokens[i - 1];
  }

  /** The words a token's phrase covers (its subtree in the basic tree, minus clauses hanging off it). */
  span(i: number): Span {
    const head = this.token(i)!;
    let start = head.start;
    let end = head.end;
    const stack = [i];
    while (stack.length) {
      const k = stack.pop()!;
      for (const d of this.children.get(k) ?? []) {
        if (OUTSIDE_PHRASE.has(d.rel)) continue;
        const t = this.token(d.dep)!;
        start = Math.min(start, t.start);
        end = Math.max(end, t.end);
        stack.push(d.dep);
      }
    }
    return { head, start, end };
  }

  /** Enhanced++ dependents of a token, by relation. */
  dependents(i: number): Dep[] {
    return this.parse.enhanced.filter((d) => d.gov === i);
  }

  governorOf(i: number, rel?: RegExp): Dep | undefined {
    return this.parse.basic.find((d) => d.dep === i && (!rel || rel.test(d.rel)));
  }

  /** The clauses of verbs (or event nouns) whose lemma is one of `lemmas`. */
  clauses(lemmas: ReadonlySet<string>): Clause[] {
    return this.parse.tokens.filter((t) => lemmas.has(t.lemma.toLowerCase())).map((t) => this.clause(t));
  }

  clause(verb: ParsedToken): Clause {
    const args = new Map<string, Span[]>();
    const add = (role: string, i: number) => {
      const list = args.get(role) ?? [];
      if (!list.some((s) => s.head.i === i)) list.push(this.span(i));
      args.set(role, list);
    };
    for (const d of this.dependents(verb.i)) {
      const role = roleOf(d.rel);
      if (role) add(role, d.dep);
      // "held meetings with X and a working session with Y": a noun the parser hung off the verb is another object.
      if (d.rel.startsWith('conj') && this.token(d.dep)!.pos.startsWith('NN')) add('obj', d.dep);
    }
    // "paid a working visit to X", "held talks with X": the object noun carries the preposition.
    for (const o of args.get('obj') ?? []) {
      for (const d of this.dependents(o.head.i)) {
        const prep = d.rel.match(/^nmod:(\w+)/)?.[1];
        if (prep && prep !== 'poss' && prep !== 'of') add(prep, d.dep);
      }
    }
    return { verb, args, hedge: this.hedgeOf(verb) };
  }

  private hedgeOf(verb: ParsedToken): string | undefined {
    for (const d of this.parse.basic.filter((x) => x.gov === verb.i)) {
      const t = this.token(d.dep)!;
      if (d.rel === 'aux' && MODALS.has(t.lemma.toLowerCase())) return t.word;
      if (d.rel === 'mark' && t.lemma.toLowerCase() === 'to') {
        const gov = this.governorOf(verb.i, /^(?:xcomp|advcl|acl)/);
        const g = gov && this.token(gov.gov);
        if (!g || INTENTION.has(g.lemma.toLowerCase())) return `${g?.word ?? ''} to`.trim();
      }
      if (d.rel === 'advmod' && /^(?:not|never)$/i.test(t.word)) return t.word;
    }
    const gov = this.governorOf(verb.i, /^xcomp/);
    const g = gov && this.token(gov.gov);
    return g && INTENTION.has(g.lemma.toLowerCase()) ? `${g.word} to` : undefined;
  }
}

function roleOf(rel: string): string | undefined {
  if (rel === 'nsubj:pass' || rel === 'nsubj:xsubj:pass') return 'pass';
  if (rel.startsWith('nsubj')) return 'subj';
  if (rel === 'obj' || rel === 'iobj') return 'obj';
  if (rel === 'obl:agent' || rel === 'obl:by') return 'agent';
  const prep = rel.match(/^obl:(\w+)/)?.[1];
  return prep;
}
