// Where the map puts a node without coordinates (geo-anchor.ts, geo-layout.ts): beside ONE place,
// on a spot a layout step from every other such node, on its place's side toward the rest of its
// country. A headless Cytoscape graph shaped like the seed's northern Việt Nam: the national bodies
// of Việt Nam stand by Hà Nội, its capital, not at the country's centroid in the Central Highlands.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { anchorPlaces } from '../../client/src/canvas/geo-anchor.ts';
import { geoPositions, projectionFor } from '../../client/src/canvas/geo-layout.ts';

const place = (id: string, kind: string, country: string, lat: number, lon: number) => ({
  data: { id, label: id, name: id, kind, country, lat, lon, aliases: [] },
});
const body = (id: string, kind: string, country?: string) => ({
  data: { id, label: id, name: id, kind, aliases: [], ...(country ? { country } : {}) },
});
const link = (type: string, source: string, target: string) => ({
  data: { id: `${type}-${source}-${target}`, type, source, target },
});

/** Provinces of northern Việt Nam, a few Chinese places, twelve national bodies, a provincial committee and its secretary. */
function northernGraph() {
  const national = Array.from({ length: 12 }, (_, i) => `ministry-${String(i).padStart(2, '0')}`);
  return cytoscape({
    headless: true,
    elements: [
      place('vietnam', 'Country', 'VN', 14.06, 108.28), // the seed's centroid: the Central Highlands
      place('china', 'Country', 'CN', 35.86, 104.2),
      place('hanoi', 'City', 'VN', 21.03, 105.85),
      place('bac-ninh', 'Province', 'VN', 21.12, 106.1),
      place('bac-giang', 'Province', 'VN', 21.27, 106.19),
      place('hung-yen', 'Province', 'VN', 20.65, 106.05),
      place('lang-son', 'Province', 'VN', 21.85, 106.76),
      place('quang-ninh', 'Province', 'VN', 20.95, 107.08),
      place('beijing', 'City', 'CN', 39.9, 116.41),
      place('nanning', 'City', 'CN', 22.82, 108.37),
      place('guangxi', 'Province', 'CN', 23.8, 108.8),
      link('PARTNER_OF', 'lang-son', 'guangxi'),
      link('PARTNER_OF', 'quang-ninh', 'guangxi'),
      // Hà Nội more linked than Hưng Yên: the secretary's anchor is not chosen by links alone.
      link('PARTNER_OF', 'hanoi', 'nanning'),
      link('PARTNER_OF', 'hanoi', 'guangxi'),
      link('VISITED', 'hanoi', 'beijing'),
      ...national.flatMap((id) => [body(id, 'Organization', 'VN'), link('LOCATED_IN', id, 'vietnam')]),
      ...national.map((id) => link('SIGNED', id, 'nanning')),
      body('hung-yen-party-committee', 'Organization', 'VN'),
      link('LOCATED_IN', 'hung-yen-party-committee', 'hung-yen'),
      body('secretary', 'Official', 'VN'),
      link('HOLDS_POST', 'secretary', 'ministry-00'),
      link('HOLDS_POST', 'secretary', 'hung-yen-party-committee'),
      link('VISITED', 'secretary', 'beijing'),
    ],
  });
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('map placement of nodes without coordinates', () => {
  it('anchors a national body at its capital, and an official at his own province before a national body he also sits on', () => {
    const cy = northernGraph();
    const anchors = anchorPlaces(cy.nodes());
    expect(anchors.get('ministry-03')?.id()).toBe('hanoi');
    expect(anchors.get('hung-yen-party-committee')?.id()).toBe('hung-yen');
    // His post in Hưng Yên is a place of its own; the ministry's Hà Nội only stands in for Việt Nam.
    expect(anchors.get('secretary')?.id()).toBe('hung-yen');
  });

  it('gives every node without coordinates a spot a layout step from every other and clear of every place, on its country side', () => {
    const cy = northernGraph();
    const nodes = cy.nodes();
    const pos = geoPositions(nodes);
    const step = (900 + 25 * nodes.length) * 0.03;
    const derived = nodes.filter((n) => typeof n.data('lat') !== 'number').map((n) => n.id());
    const places = nodes.filter((n) => typeof n.data('lat') === 'number').map((n) => n.id());
    expect(derived).toHaveLength(14);
    // Room for each marker two zoom steps in: no two closer than a step, but at most three gathered on
    // one spot when their place's own land (its side, toward its country's places, nearer it than any
    // other place) is full: no cluster of 14 at Hà Nội, and none of 4 two steps in.
    const key = (id: string) => `${pos[id]!.x.toFixed(6)} ${pos[id]!.y.toFixed(6)}`;
    const onSpot = new Map<string, number>();
    for (const id of derived) onSpot.set(key(id), (onSpot.get(key(id)) ?? 0) + 1);
    expect(Math.max(...onSpot.values())).toBeLessThanOrEqual(3);
    for (const [i, a] of derived.entries())
      for (const b of derived.slice(i + 1))
        if (key(a) !== key(b)) expect(dist(pos[a]!, pos[b]!), `${a} and ${b}`).toBeGreaterThan(step - 1e-6);
    // None on another place's point.
    for (const a of derived)
      for (const p of places) expect(dist(pos[a]!, pos[p]!), `${a} on ${p}`).toBeGreaterThanOrEqual(step / 2 - 1e-6);
    // Each reads as its own place's: nearer its point than any other place's (Hà Nội's fan ran north-east
    // past Bắc Ninh toward Bắc Giang, read as theirs), but for a place it lies in.
    const anchors = anchorPlaces(nodes);
    for (const id of derived) {
      const home = anchors.get(id)!;
      const inside = new Set(
        home
          .outgoers('edge[type = "LOCATED_IN"]')
          .targets()
          .map((m) => m.id()),
      );
      for (const p of places.filter((p) => p !== home.id() && !inside.has(p)))
        expect(dist(pos[id]!, pos[home.id()]!), `${id}: ${home.id()} nearer than ${p}`).toBeLessThan(
          dist(pos[id]!, pos[p]!),
        );
    }
    // The national bodies stand by Hà Nội, nearer it than the country's centroid, a few steps at most.
    for (const id of derived.filter((d) => d.startsWith('ministry'))) {
      expect(dist(pos[id]!, pos.hanoi!)).toBeLessThan(dist(pos[id]!, pos.vietnam!));
      expect(dist(pos[id]!, pos.hanoi!)).toBeLessThan(6.01 * step);
    }
    // In Việt Nam's north-east, toward the rest of its country: none east of Quảng Ninh's coast or south of Hưng Yên.
    const projection = projectionFor(nodes)!;
    const unproject = (id: string) => projection.unproject(pos[id]!.x, pos[id]!.y);
    for (const id of derived) {
      const [lon, lat] = unproject(id);
      expect(lon, id).toBeLessThan(107.08);
      expect(lat, id).toBeGreaterThan(20.5);
    }
  });

  it('keeps a shown node on its spot when others are filtered out (spots are worked out from every node the client knows)', () => {
    const cy = northernGraph();
    const all = geoPositions(cy.nodes(), cy.nodes());
    const fewer = cy.nodes().not('#ministry-00, #ministry-01, #ministry-02');
    const filtered = geoPositions(fewer, cy.nodes());
    const projection = projectionFor(cy.nodes())!;
    const projectionFewer = projectionFor(fewer)!;
    // The same projection (the places are all still shown), drawn at a scale that follows the node count.
    expect(projectionFewer.center).toEqual(projection.center);
    const k = (900 + 25 * fewer.length) / (900 + 25 * cy.nodes().length);
    for (const id of ['ministry-05', 'ministry-11', 'secretary']) {
      expect(filtered[id]!.x, id).toBeCloseTo(all[id]!.x * k, 6);
      expect(filtered[id]!.y, id).toBeCloseTo(all[id]!.y * k, 6);
    }
  });
});
