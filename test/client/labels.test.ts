// Shortened canvas labels stay apart: names that would read alike once cut keep the words that
// tell them apart (issue 11, walkthrough item 16).
import { describe, expect, it } from 'vitest';
import { distinctLabels, MAX_LABEL } from '../../client/src/canvas/labels.ts';

describe('distinctLabels', () => {
  const names = [
    "Quảng Ninh Provincial People's Committee",
    'Quảng Ninh Provincial Party Committee',
    'Party Committee of Quang Ninh Province',
    'Party Committee of Weifang City',
    'Party Committee of the Guangxi Zhuang Autonomous Region',
    'Ministry of Planning and Investment',
    'Bắc Ninh',
  ];
  const labels = distinctLabels(names);
  const stem = (s: string) => s.replace(/…$/, '').trimEnd();

  it('keeps short names whole and cuts a long name that reads like no other at the end', () => {
    expect(labels.get('Bắc Ninh')).toBe('Bắc Ninh');
    expect(labels.get('Ministry of Planning and Investment')).toBe('Ministry of Planning and…');
  });

  it('gives look-alike names labels where none is equal to or the cut-off start of another', () => {
    const shown = names.map((n) => labels.get(n)!);
    for (const [i, a] of shown.entries())
      for (const b of shown.slice(i + 1)) {
        expect(a).not.toBe(b);
        if (a.endsWith('…') && b.endsWith('…'))
          expect(stem(a).startsWith(stem(b)) || stem(b).startsWith(stem(a)), `${a} / ${b}`).toBe(false);
      }
    expect(labels.get("Quảng Ninh Provincial People's Committee")).toBe("Quảng Ninh … People's Committee");
    expect(labels.get('Quảng Ninh Provincial Party Committee')).toBe('Quảng Ninh … Party Committee');
  });

  it('stays within a few characters of the usual length', () => {
    for (const l of labels.values()) expect(l.length).toBeLessThanOrEqual(MAX_LABEL + 8);
  });
});
