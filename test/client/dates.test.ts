// Dates as people read them: one wording for every place the explorer shows a link's date.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { timelineEdges } from '../../client/src/features/timeline/timeline-edges.ts';
import { linkDateText, readableDate } from '../../common/text/dates.ts';

describe('readable dates', () => {
  it.each([
    ['2025-03-12', '12 March 2025'],
    ['2025-03', 'March 2025'],
    ['2024', '2024'],
    ['', ''],
    ['not a date', 'not a date'],
    ['2025-13', '2025-13'],
  ])('%s reads as "%s"', (iso, words) => expect(readableDate(iso)).toBe(words));

  it.each([
    ['2025-03-12', '2025-03-14', '12–14 March 2025'],
    ['2025-02-28', '2025-03-02', '28 February – 2 March 2025'],
    ['2024-12-30', '2025-01-02', '30 December 2024 – 2 January 2025'],
    ['2025-03', '2025-05', 'March–May 2025'],
    ['2021', '2023', '2021–2023'],
    ['2025-03-12', '2025-03-12', '12 March 2025'],
    ['2025-03-12', undefined, '12 March 2025'],
    // A link dated 2021 whose end is the year's last day, as the filter bounds store it.
    ['2021', '2021-12-31', '2021'],
    ['2006-11', '2006-11-30', 'November 2006'],
    ['2006-11-01', '2006-11-30', 'November 2006'],
    ['2021-01-01', '2021-12-31', '2021'],
    ['2022-10-30', '2022-11-02', '30 October – 2 November 2022'],
    ['2021', '2022-06-30', '2021 – 30 June 2022'],
  ])('%s to %s reads as "%s"', (date, endDate, words) => expect(linkDateText({ date, endDate })).toBe(words));
});

describe('the timeline order (walk 6, 18)', () => {
  const nodes = ['Quảng Ninh', 'Guangxi', 'Spring Meeting', 'Conference'].map((label, i) => ({
    data: { id: `n${i}`, label },
  }));
  const span = { date: '2012–2022', dateFrom: '2012-01-01', dateTo: '2022-12-31' };
  const edges = [
    { data: { id: 'e1', source: 'n0', target: 'n1', type: 'VISITED', ...span } },
    { data: { id: 'e2', source: 'n1', target: 'n2', type: 'ATTENDED', ...span } },
    { data: { id: 'e3', source: 'n0', target: 'n3', type: 'ATTENDED', ...span } },
    { data: { id: 'e4', source: 'n0', target: 'n2', type: 'ATTENDED', ...span } },
    { data: { id: 'e5', source: 'n0', target: 'n1', type: 'SIGNED', date: '2006-11', dateFrom: '2006-11-01' } },
  ];
  const listed = (order: typeof edges) =>
    timelineEdges(cytoscape({ headless: true, elements: [...nodes, ...order] })).map((e) => e.id());

  it('lists links of the same dates by type, then names, whatever order they came onto the canvas in', () => {
    const first = listed(edges);
    expect(first).toEqual(['e5', 'e2', 'e3', 'e4', 'e1']);
    expect(listed([...edges].reverse())).toEqual(first);
    expect(listed([edges[3]!, edges[0]!, edges[4]!, edges[2]!, edges[1]!])).toEqual(first);
  });
});
