// The numbered sources of an exported picture (PNG and SVG share them): a link that several
// articles state (corroborated, issue 13) lists every citation under its one number.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { citeNumbers, sourceLines, sourcesFor } from '../../client/src/features/export/sources.ts';

const graph = () =>
  cytoscape({
    headless: true,
    elements: [
      { data: { id: 'a', label: 'Bắc Ninh' } },
      { data: { id: 'b', label: 'Guangxi' } },
      {
        data: {
          id: 'signed',
          source: 'a',
          target: 'b',
          type: 'SIGNED',
          article: 'art-1',
          quote: 'signed a memorandum',
          sources: 2,
          sourceArticles: ['art-1', 'art-2'],
          sourceOutlets: ['VnExpress', 'Viet Nam News'],
          sourcePublished: ['2023-11-13', '2023-11-14'],
          sourceQuotes: ['signed a memorandum', 'the two sides inked an MoU'],
          sourceStated: [{}, {}],
        },
      },
      { data: { id: 'met', source: 'a', target: 'b', type: 'MET', article: 'art-3', quote: 'met in Nanning' } },
      {
        data: {
          id: 'ref',
          source: 'a',
          target: 'b',
          type: 'LOCATED_IN',
          article: 'gaz',
          quote: '',
          basis: 'reference',
        },
      },
    ],
  });

describe('numbered sources of an export', () => {
  it('lists every citation of a corroborated link under its number, with outlet and date', async () => {
    const cy = graph();
    const entries = await sourcesFor(cy.edges());
    const numbers = citeNumbers(entries);
    expect([...numbers.keys()].sort()).toEqual(['met', 'signed']); // reference data is not a source
    const n = numbers.get('signed')!;
    const lines = sourceLines(entries).map((l) => l.text);
    const at = lines.findIndex((l) => l.startsWith(`[${n}] `));
    // The number says what it claims, in the link's direction, then the quote.
    expect(lines[at]).toMatch(new RegExp(`^\\[${n}\\] Bắc Ninh —SIGNED→ Guangxi: “signed a memorandum”`));
    expect(lines[at]).toContain('VnExpress, 13 November 2023');
    expect(lines[at + 1]).toContain('“the two sides inked an MoU”');
    expect(lines[at + 1]).toContain('Viet Nam News, 14 November 2023');
    expect(lines.some((l) => l.startsWith(`[${numbers.get('met')}] Bắc Ninh —MET→ Guangxi: “met in Nanning”`))).toBe(
      true,
    );
  });
});
