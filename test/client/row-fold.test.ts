// The console's table folds only truly identical rows (walk 11, 2): rows whose relationships differ
// stay apart and, where they would read the same, say what tells them apart.
import { describe, expect, it } from 'vitest';
import { cellDetail, cellText, collectNames } from '../../client/src/features/console/cells.ts';
import { tableRows } from '../../client/src/features/console/row-fold.ts';

const node = (elementId: string, name: string) => ({
  _type: 'node',
  elementId,
  labels: ['Province'],
  properties: { name },
});
const signed = (elementId: string, document: string) => ({
  _type: 'relationship',
  elementId,
  type: 'SIGNED',
  startElementId: 'a',
  endElementId: 'b',
  properties: { date: '2016', document },
});

describe('console table rows (walk 11, 2)', () => {
  const a = node('a', 'Quảng Ninh');
  const b = node('b', 'Guangxi');
  const rows = [
    [a, signed('r1', 'Minutes of the Spring Meeting'), b],
    [a, signed('r2', 'MoU 2022-2026'), b],
    [a, signed('r1', 'Minutes of the Spring Meeting'), b],
  ];
  const names = collectNames(rows);
  const words = (v: unknown, _c: number, detail: boolean) => (detail ? cellDetail : cellText)(v, names);

  it('folds the same relationship returned twice, never two different ones, and tells those apart', () => {
    const out = tableRows(rows, [0, 1, 2], words);
    expect(out.map((r) => r.count)).toEqual([2, 1]);
    expect(out[0]!.cells[1]).toContain('Minutes of the Spring Meeting');
    expect(out[1]!.cells[1]).toContain('MoU 2022-2026');
    // The ends read the same in both rows and are the same nodes: they stay short.
    expect(out[0]!.cells[0]).toBe(out[1]!.cells[0]);
  });

  it('keeps rows apart by a column not shown', () => {
    expect(tableRows(rows, [0, 2], words).map((r) => r.count)).toEqual([2, 1]);
  });
});
