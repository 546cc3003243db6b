// Where an exported picture puts a link's source number: on the link, clear of nodes and arrowheads.
import { describe, expect, it } from 'vitest';
import { boxAt, citeSpot, placeApart, pointOnLink } from '../../client/src/features/export/cite-place.ts';
import { citeBundles, citeLabels, numberList, numbersIn } from '../../client/src/features/export/sources.ts';
import { leadersSvg } from '../../client/src/canvas/leaders-svg.ts';
import { FONT_FAMILY } from '../../client/src/canvas/style.ts';

const box = (x: number, y: number, r: number) => ({ x1: x - r, y1: y - r, x2: x + r, y2: y + r });
const line = (u: number) => pointOnLink({ x: 0, y: 0 }, { x: 200, y: 0 }, [], u);
const size = { w: 16, h: 14 };

describe('source numbers on links', () => {
  it('sit in the middle of a clear link', () => {
    expect(citeSpot(line, size, [box(0, 0, 20), box(200, 0, 20)])).toEqual({ x: 100, y: 0 });
  });

  it('move along the link, off a node that lies on its middle, and stay on the link', () => {
    const star = box(100, 0, 25);
    const spot = citeSpot(line, size, [star])!;
    expect(spot.y).toBe(0);
    expect(Math.abs(spot.x - 100)).toBeGreaterThanOrEqual(25 + size.w / 2);
  });

  it('never land on an arrowhead or a node, though the clear spot is far from the middle', () => {
    const obstacles = [box(100, 0, 50), box(190, 0, 12), box(0, 0, 12)];
    const spot = citeSpot(line, size, obstacles)!;
    const mine = box(spot.x, spot.y, 7);
    for (const o of obstacles) expect(mine.x2 <= o.x1 || mine.x1 >= o.x2).toBe(true);
  });

  it('walk 34, C14. keep some air from a name where the link has room: "Goertek 5" read as one name', () => {
    // A name ends 4 px before the link's middle; the rest of the link is clear.
    const name = { x1: 40, y1: -7, x2: 88, y2: 7 };
    const gap = (p: { x: number; y: number } | null) => boxAt(p!, size).x1 - name.x2;
    const link = { at: line, size };
    expect(gap(placeApart([link], { hard: [], soft: [name] })[0]!)).toBeLessThan(6);
    expect(gap(placeApart([link], { hard: [], soft: [name], nameAir: 6 })[0]!)).toBeGreaterThanOrEqual(6);
  });

  it('follow a curved link through its control point', () => {
    const at = (u: number) => pointOnLink({ x: 0, y: 0 }, { x: 200, y: 0 }, [{ x: 100, y: 80 }], u);
    expect(at(0.5)).toEqual({ x: 100, y: 40 });
    const spot = citeSpot(at, size, [box(100, 40, 20)])!;
    // Still on the curve: y is the quadratic's at that x.
    const u = spot.x / 200;
    expect(spot.y).toBeCloseTo(2 * (1 - u) * u * 80, 5);
  });
});

describe('numbers of links joining the same two nodes', () => {
  it('read as a range or a list', () => {
    expect(numberList([47, 42, 43, 44, 45, 46])).toBe('42–47');
    expect(numberList([9, 3])).toBe('3, 9');
    expect(numberList([7, 1, 2, 3, 3, 8])).toBe('1–3, 7, 8');
    expect(numbersIn('1–3, 7, 8')).toEqual([1, 2, 3, 7, 8]);
    expect(numbersIn('12')).toEqual([12]);
  });

  it('share one label, whichever way each link runs; other pairs keep their own', () => {
    const links = [
      { id: 'a', source: 'qn', target: 'gx', n: 42 },
      { id: 'b', source: 'gx', target: 'qn', n: 44 },
      { id: 'c', source: 'qn', target: 'gx', n: 43 },
      { id: 'd', source: 'qn', target: 'vn', n: 3 },
      { id: 'e', source: 'vn', target: 'cn', n: 9 },
      { id: 'f', source: 'cn', target: 'vn', n: 3 },
    ];
    const labels = citeLabels(links);
    expect([...labels.values()].sort()).toEqual(['3', '3, 9', '42–44']);
    expect(labels.size).toBe(3);
    // Every link's number is on the picture, alone or in its pair's label.
    const shown = new Set([...labels.values()].flatMap(numbersIn));
    for (const l of links) expect(shown.has(l.n)).toBe(true);
  });
});

describe('source numbers apart from each other', () => {
  const curve = (u: number) => pointOnLink({ x: 0, y: 0 }, { x: 200, y: 0 }, [{ x: 100, y: 80 }], u);
  const onCurve = (p: { x: number; y: number }) => {
    const u = p.x / 200;
    return Math.abs(p.y - 2 * (1 - u) * u * 80) < 1e-6;
  };
  const apart = (a: ReturnType<typeof boxAt>, b: ReturnType<typeof boxAt>, air: number) =>
    a.x2 + air <= b.x1 || b.x2 + air <= a.x1 || a.y2 + air <= b.y1 || b.y2 + air <= a.y1;

  it('slide along a curved link, off a number already on it, before stepping beside it', () => {
    const placed = [boxAt(curve(0.5), size)];
    const [spot] = placeApart([{ at: curve, size }], { hard: [], placed, air: 2 });
    expect(onCurve(spot!)).toBe(true);
    expect(apart(boxAt(spot!, size), placed[0]!, 2)).toBe(true);
  });

  it('step beside the link, touching it, only where no spot along it is free', () => {
    // A number placed over everything above the line, down to it.
    const above = { x1: -100, y1: -500, x2: 300, y2: 0 };
    const [spot] = placeApart([{ at: line, size }], { hard: [], placed: [above] });
    // Below the line, its top edge on it.
    expect(spot!.y).toBeCloseTo(size.h / 2, 5);
  });

  it('keep off node names where the link has a free spot elsewhere, and on the link', () => {
    const name = { x1: 60, y1: -8, x2: 140, y2: 8 };
    const [spot] = placeApart([{ at: line, size }], { hard: [], soft: [name] });
    expect(spot!.y).toBe(0);
    expect(spot!.x + size.w / 2 <= 60 || spot!.x - size.w / 2 >= 140).toBe(true);
  });

  it('give up rather than touch a number', () => {
    expect(placeApart([{ at: line, size }], { hard: [], placed: [box(100, 0, 400)] })).toEqual([null]);
  });

  it('let the link with the least room choose first, so both stay on their links', () => {
    // A short link crossing a long one at its middle: its only free spots are where the long one's
    // middle is. Lower index first would put the long link's number there and push the short one off.
    const long = line;
    const short = (u: number) => pointOnLink({ x: 100, y: -30 }, { x: 100, y: 30 }, [], u);
    const ends = [box(100, -30, 18), box(100, 30, 18)];
    const [a, b] = placeApart(
      [
        { at: long, size },
        { at: short, size },
      ],
      { hard: ends, air: 2 },
    );
    expect(a!.y).toBe(0);
    expect(b!.x).toBe(100);
    expect(apart(boxAt(a!, size), boxAt(b!, size), 2)).toBe(true);
  });
});

describe('one label for parallel links', () => {
  // Two curves from (0,0) to (200,0), one bowing up, one down, and the label's own link straight
  // between them.
  const middle = line;
  const up = (u: number) => pointOnLink({ x: 0, y: 0 }, { x: 200, y: 0 }, [{ x: 100, y: -120 }], u);
  const down = (u: number) => pointOnLink({ x: 0, y: 0 }, { x: 200, y: 0 }, [{ x: 100, y: 120 }], u);
  const ends = [box(0, 0, 20), box(200, 0, 20)];
  const wide = { w: 60, h: 14 };

  it('walk 31, 2. sits on another of its links where its own has no room', () => {
    // A star over the whole straight link between the ends: before, the label was left off.
    const star = { x1: 15, y1: -25, x2: 185, y2: 25 };
    const [spot] = placeApart([{ at: middle, size: wide, alt: [up, down] }], { hard: [...ends, star] });
    expect(spot).not.toBeNull();
    // On one of the curves, at its middle (the first spot tried on each).
    expect([up(0.5), down(0.5)]).toContainEqual(spot);
    expect(placeApart([{ at: middle, size: wide }], { hard: [...ends, star] })).toEqual([null]);
  });

  it('keeps to its own link where that has room', () => {
    expect(placeApart([{ at: middle, size: wide, alt: [up, down] }], { hard: ends })).toEqual([middle(0.5)]);
  });

  it("is carried by the middle link of a pair's links, and knows the others", () => {
    const bundles = citeBundles([
      { id: 'a', source: 'qn', target: 'gx', n: 12 },
      { id: 'b', source: 'gx', target: 'qn', n: 7 },
      { id: 'c', source: 'qn', target: 'gx', n: 13 },
      { id: 'd', source: 'qn', target: 'vn', n: 4 },
    ]);
    expect(bundles).toEqual([
      { carrier: 'b', label: '7, 12, 13', others: ['a', 'c'] },
      { carrier: 'd', label: '4', others: [] },
    ]);
  });
});

describe("the map's lines to clusters, as a picture draws them", () => {
  it("walk 30, 3. names the labels' font on every number and count: drawn as an image of its own, the SVG inherits none", () => {
    const link = { x1: 0, y1: 0, x2: 100, y2: 0, edges: ['a', 'b', 'c'] };
    const svg = leadersSvg(
      {
        lines: '',
        dots: '',
        links: [
          { ...link, count: 3, cite: { text: '×3: 57, 60, 63', x: 50, y: 0, size: 9 } },
          { ...link, y1: 20, y2: 20, count: 2 },
        ],
      },
      1,
    );
    const texts = [...svg.matchAll(/<text [^>]*>/g)].map((m) => m[0]);
    expect(texts).toHaveLength(2); // the numbers, and the other line's "×2"
    for (const t of texts) expect(t).toContain(`font-family='${FONT_FAMILY}'`);
  });
});
