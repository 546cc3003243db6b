// CoreNLP's KBP relations as extra candidates (the engine's kbp option, off by default): the
// engine's answer is split per sentence with its offsets, and the drafter maps the slots that fit
// the model onto HOLDS_POST and LOCATED_IN between entities it recognised itself, quoting the
// sentence. The relations are given as the engine would answer them (sentences written for this
// test), so the mapping is checked without starting a second engine with the KBP models.
import { describe, expect, it } from 'vitest';
import { perLine, EngineAnswer, type ParsedSentence } from '../../server/ingest/engine/annotation.ts';
import { draftFacts } from '../../server/ingest/draft/draft.ts';
import { splitSentences } from '../../server/ingest/read/sentences.ts';

type Triple = [sentence: number, subject: string, rel: string, object: string, confidence: number];

/** Drafts `text` (rules only) with the KBP triples given, placed by their words in their sentence. */
function draftWithKbp(text: string, triples: Triple[]) {
  const sentences = splitSentences(text);
  const parses: ParsedSentence[] = sentences.map(() => ({ tokens: [], basic: [], enhanced: [], ner: [], kbp: [] }));
  for (const [s, subject, rel, object, confidence] of triples) {
    const t = sentences[s]!.text;
    const span = (w: string) => {
      expect(t).toContain(w);
      return { start: t.indexOf(w), end: t.indexOf(w) + w.length, text: w };
    };
    parses[s]!.kbp.push({ rel, confidence, subject: span(subject), object: span(object) });
  }
  const d = draftFacts(text, { file: 'kbp-case.txt', date: '2024-06-12', parses });
  const facts = (type: string) =>
    d.relations.filter((r) => r.type === type && r.basis !== 'reference').map((r) => `${r.from} -> ${r.to}`);
  return { d, facts };
}

describe('the engine’s KBP relations', () => {
  it('are split per posted line with offsets inside that line', () => {
    const lines = ['Hanoi is big.', 'Tran Van Nam works for Vinacomin.'];
    const second = lines[0]!.length + 1;
    const answer = EngineAnswer.parse({
      sentences: [
        {
          tokens: [{ i: 1, w: 'Hanoi', b: 0, e: 5, pos: 'NNP', lemma: 'Hanoi', ner: 'CITY' }],
          basic: [],
          enhanced: [],
        },
        {
          tokens: [{ i: 1, w: 'Tran', b: second, e: second + 4, pos: 'NNP', lemma: 'Tran', ner: 'PERSON' }],
          basic: [],
          enhanced: [],
        },
      ],
      mentions: [],
      corefs: [],
      kbp: [
        {
          s: 1,
          rel: 'per:employee_or_member_of',
          conf: 0.8,
          subj: { b: second, e: second + 12, text: 'Tran Van Nam' },
          obj: { b: second + 23, e: second + 32, text: 'Vinacomin' },
        },
      ],
    });
    const [first, next] = perLine(lines, answer);
    expect(first!.kbp).toEqual([]);
    expect(next!.kbp).toEqual([
      {
        rel: 'per:employee_or_member_of',
        confidence: 0.8,
        subject: { start: 0, end: 12, text: 'Tran Van Nam' },
        object: { start: 23, end: 32, text: 'Vinacomin' },
      },
    ]);
    // An engine without kbp (or an older one) answers no "kbp" field: none, not an error.
    expect(EngineAnswer.parse({ sentences: [], mentions: [], corefs: [] }).kbp).toEqual([]);
  });

  it('add a post and a headquarters the rules did not read, quoting the stretch of the sentence between the ends', () => {
    const text =
      "Chairman Nguyen Van Binh of the Bac Giang Provincial People's Committee welcomed the investors. Sunrise Textiles Co., Ltd opened a new factory, and its chief praised Nanning as a home for the firm.";
    const { d, facts } = draftWithKbp(text, [
      [0, 'Nguyen Van Binh', 'per:employee_or_member_of', "Bac Giang Provincial People's Committee", 0.9],
      [1, 'Sunrise Textiles Co., Ltd', 'org:city_of_headquarters', 'Nanning', 0.9],
    ]);
    expect(facts('HOLDS_POST')).toEqual(['nguyen-van-binh -> bac-giang-peoples-committee']);
    expect(facts('LOCATED_IN')).toEqual(['sunrise-textiles -> nanning']);
    const post = d.relations.find((r) => r.type === 'HOLDS_POST')!;
    expect(post.quote).toBe("Nguyen Van Binh of the Bac Giang Provincial People's Committee");
    expect(text).toContain(post.quote);
    expect(post).toMatchObject({ title: expect.stringMatching(/Chairman/) });
    // A statistical guess ranks below the rules' own readings.
    expect(post.confidence).toBeLessThan(0.75);
  });

  it('are dropped when an end is not an entity of a kind the edge allows, when unsure, or when the slot does not fit the model', () => {
    const text =
      "Sunrise Textiles Co., Ltd opened a plant in Bac Giang province. Tran Van Nam, an engineer, praised Bac Giang's workers.";
    const { facts } = draftWithKbp(text, [
      // A province is no organisation to have a headquarters.
      [0, 'Bac Giang', 'org:city_of_headquarters', 'Sunrise Textiles Co., Ltd', 0.95],
      // Below the floor of confidence.
      [0, 'Sunrise Textiles Co., Ltd', 'org:stateorprovince_of_headquarters', 'Bac Giang', 0.3],
      // A person's residence is no edge of the model.
      [1, 'Tran Van Nam', 'per:stateorprovinces_of_residence', 'Bac Giang', 0.99],
    ]);
    expect(facts('LOCATED_IN').filter((f) => f.startsWith('bac-giang'))).toEqual([]);
    expect(facts('LOCATED_IN')).not.toContain('sunrise-textiles -> bac-giang');
    expect(facts('HOLDS_POST')).toEqual([]);
  });

  it('never draft a fact the rules already drafted', () => {
    const text =
      "Chairman of the Bac Giang Provincial People's Committee Nguyen Van Binh welcomed the investors on Monday.";
    const without = draftWithKbp(text, []);
    const withKbp = draftWithKbp(text, [
      [0, 'Nguyen Van Binh', 'per:employee_or_member_of', "Bac Giang Provincial People's Committee", 0.9],
      [0, "Bac Giang Provincial People's Committee", 'org:top_members_employees', 'Nguyen Van Binh', 0.9],
    ]);
    expect(without.facts('HOLDS_POST')).toEqual(['nguyen-van-binh -> bac-giang-peoples-committee']);
    expect(withKbp.d.relations).toEqual(without.d.relations);
  });
});
