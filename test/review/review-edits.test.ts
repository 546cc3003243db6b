// A reviewer's edits refused in the review view's own words: what the edit is about ("fact f1",
// "the new fact") and the field, every problem of it on its own line.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../common/errors.ts';
import { applyEdits, type DraftRecord } from '../../server/review/review-draft.ts';

const QUOTE = 'Liugong invests in Lạng Sơn.';
const record: DraftRecord = {
  id: 'liugong_0123456789',
  status: 'draft',
  article: { id: 'liugong_0123456789', title: 'Liugong', outlet: 'VNA', text: QUOTE },
  entities: [
    { id: 'liugong', kind: 'Company', name: 'Liugong', aliases: [] },
    { id: 'lang-son', kind: 'Province', name: 'Lạng Sơn', aliases: [] },
  ],
  facts: [
    {
      key: 'f1',
      state: 'proposed',
      origin: 'drafted',
      relation: {
        type: 'INVESTED_IN',
        from: 'liugong',
        to: 'lang-son',
        quote: QUOTE,
      } as DraftRecord['facts'][0]['relation'],
    },
  ],
  nextKey: 2,
  createdBy: 'lan',
  updatedAt: '2026-11-29T00:00:00Z',
  updatedBy: 'lan',
};

function refusal(edits: Parameters<typeof applyEdits>[1]): ApiError {
  try {
    applyEdits(record, edits, 'lan', '2026-11-29T01:00:00Z');
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('the edits were taken');
}

describe('a refused edit', () => {
  it('names the fact and field as the view does, every problem listed', () => {
    const relation = {
      type: 'INVESTED_IN',
      from: 'liugong',
      to: 'lang-son',
      quote: QUOTE,
      date: '11/09/2025',
      amountUsd: -5,
    };
    const err = refusal([{ op: 'accept', fact: 'f1' }, { op: 'edit', fact: 'f1', relation } as never]);
    const lines = err.message.split('\n');
    expect(lines[0]).toBe('fact f1: date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^fact f1: amountUsd: /);
    expect(err.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'edits[1].relation.date' })]));
  });

  it('names a new fact by the key it would get, and a missing fact by its key', () => {
    const relation = { type: 'MET', from: 'liugong', to: 'lang-son', quote: QUOTE, date: 'soon' };
    expect(refusal([{ op: 'add', relation } as never]).message).toBe(
      'the new fact: date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(refusal([{ op: 'reject', fact: 'f9' }]).message).toBe('fact f9: this draft has no fact f9');
  });
});
