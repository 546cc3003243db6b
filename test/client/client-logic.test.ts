// The explorer's pure logic, table-driven, without a browser: label forms, the date window, the
// filters over a headless Cytoscape, quote finding, PNG scale clamping, CSV quoting, the share
// link's element round trip and the geographic layout.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../common/text/fold.ts';
import { chineseName, displayLabel, shorten } from '../../client/src/canvas/labels.ts';
import {
  applyFilters,
  edgeInWindow,
  leftUnlinked,
  shown,
  unlinkedNodes,
  whyFiltered,
} from '../../client/src/canvas/visibility.ts';
import { findQuote } from '../../client/src/features/details/article.ts';
import { clampScale, MAX_SIDE } from '../../client/src/features/export/png.ts';
import { canvasElements } from '../../client/src/features/export/canvas-elements.ts';
import { toCsv } from '../../common/export/csv.ts';
import { wrapBy } from '../../client/src/features/export/frame.ts';
import { decodeState, encodeState, type SharedState } from '../../client/src/features/share/compact.ts';
import { longLinkWarning } from '../../client/src/features/share/share-actions.ts';
import { ALL_FILTERS, DEFAULT_STYLE } from '../../client/src/app/store.ts';
import { geoPositions, projectionFor } from '../../client/src/canvas/geo-layout.ts';
import { CLUSTER_PX, clusterPx, MAX_FAN_RADIUS, markerGroups } from '../../client/src/canvas/geo-cluster.ts';
import { NODE_KINDS } from '../../common/model.ts';

describe('labels', () => {
  it.each([
    ['Bắc Ninh', 'Bac Ninh'],
    ['Nguyễn Hữu Nghĩa', 'Nguyen Huu Nghia'],
    ['Đà Nẵng', 'Da Nang'],
    ['Quảng Ninh', 'Quang Ninh'],
    ['Guangxi', 'Guangxi'],
  ])('folds %s to %s', (input, folded) => expect(foldDiacritics(input)).toBe(folded));

  it('takes the shortest Han alias as the Chinese name, none when there is none', () => {
    expect(chineseName({ name: 'Guangxi', aliases: ['Quảng Tây', '广西壮族自治区', '广西'] })).toBe('广西');
    expect(chineseName({ name: 'Bắc Ninh', aliases: ['Bac Ninh'] })).toBeUndefined();
  });

  it.each([
    ['canonical', 'Quảng Tây'],
    ['ascii', 'Quang Tay'],
    ['chinese', '广西'],
  ] as const)('shows the %s form', (mode, expected) => {
    expect(displayLabel({ label: 'Quảng Tây', aliases: ['广西'] }, mode)).toBe(expected);
  });

  it('cuts a name cut in its middle already at that cut, with one ellipsis (a cluster read "Quảng Ninh …… +3")', () => {
    expect(shorten('Quảng Ninh … Party Committee', 14)).toBe('Quảng Ninh…');
    expect(shorten('Beijing Municipal Party Committee', 14)).toBe('Beijing Munic…');
  });
});

describe('date window', () => {
  const cases: [string, { dateFrom?: string; dateTo?: string }, number | null, number | null, boolean][] = [
    ['undated stays', {}, 2020, 2021, true],
    ['inside', { dateFrom: '2021-03-01', dateTo: '2021-03-01' }, 2020, 2022, true],
    ['before the window', { dateFrom: '2016-01-01', dateTo: '2016-12-31' }, 2020, null, false],
    ['after the window', { dateFrom: '2025-03-24', dateTo: '2025-03-25' }, null, 2024, false],
    ['a range overlapping the start', { dateFrom: '2016-01-01', dateTo: '2022-12-31' }, 2022, 2025, true],
    ['no window', { dateFrom: '1950-01-01', dateTo: '1950-12-31' }, null, null, true],
  ];
  it.each(cases)('%s', (_n, data, fromYear, toYear, expected) =>
    expect(edgeInWindow(data, { fromYear, toYear })).toBe(expected),
  );
});

function smallGraph() {
  return cytoscape({
    headless: true,
    elements: [
      {
        data: {
          id: 'a',
          label: 'Bắc Ninh',
          name: 'Bắc Ninh',
          kind: 'Province',
          country: 'VN',
          lat: 21.1,
          lon: 106.1,
          aliases: [],
        },
      },
      {
        data: {
          id: 'b',
          label: 'Nanning',
          name: 'Nanning',
          kind: 'City',
          country: 'CN',
          lat: 22.8,
          lon: 108.4,
          aliases: ['南宁'],
        },
      },
      { data: { id: 'c', label: 'Goertek', name: 'Goertek', kind: 'Company', country: 'CN', aliases: [] } },
      {
        data: {
          id: 'e1',
          source: 'a',
          target: 'b',
          type: 'SIGNED',
          article: 'x',
          quote: 'signed, "an MoU"',
          dateFrom: '2019-05-01',
          dateTo: '2019-05-31',
        },
      },
      { data: { id: 'e2', source: 'c', target: 'a', type: 'INVESTED_IN', article: 'x', quote: 'invested' } },
    ],
  });
}

describe('filters on a headless canvas', () => {
  const all = { ...ALL_FILTERS };
  it('hides edges of other types and outside the years, and edges whose end is hidden', () => {
    const cy = smallGraph();
    applyFilters(cy, { ...all, types: ['SIGNED'] });
    expect(shown(cy.edges()).map((e) => e.id())).toEqual(['e1']);
    applyFilters(cy, { ...all, fromYear: 2020 });
    expect(shown(cy.edges()).map((e) => e.id())).toEqual(['e2']);
    applyFilters(cy, { ...all, countries: ['VN'] });
    expect(shown(cy.nodes()).map((n) => n.id())).toEqual(['a']);
    expect(shown(cy.edges()).empty()).toBe(true);
    applyFilters(cy, all);
    expect(shown(cy.elements()).length).toBe(5);
  });

  it('keeps only links stated by at least minSources outlets (a link without the count has one)', () => {
    const cy = smallGraph();
    cy.getElementById('e2').data('sources', 3);
    applyFilters(cy, { ...all, minSources: 2 });
    expect(shown(cy.edges()).map((e) => e.id())).toEqual(['e2']);
    applyFilters(cy, { ...all, minSources: 4 });
    expect(shown(cy.edges()).empty()).toBe(true);
    applyFilters(cy, all);
    expect(shown(cy.edges()).length).toBe(2);
    // A fact from reference data (no outlet states it) shows unless at least one outlet is asked for.
    cy.getElementById('e2').data('sources', 0);
    applyFilters(cy, all);
    expect(shown(cy.edges()).length).toBe(2);
  });

  it.each([
    ['no link at all (a single search result)', [], false],
    ['its only link filtered out', [false], true],
    ['all of its links filtered out', [false, false, false], true],
    ['one link of three still visible', [false, true, false], false],
    ['every link visible', [true, true], false],
  ])('a node with %s is left unlinked: %s', (_n, linksPass, expected) =>
    expect(leftUnlinked(linksPass)).toBe(expected),
  );

  it('hides the nodes the type filter leaves without a link, and brings them back when switched off', () => {
    const cy = smallGraph();
    cy.add({ data: { id: 'd', label: 'Lạng Sơn', name: 'Lạng Sơn', kind: 'Province', country: 'VN', aliases: [] } });
    applyFilters(cy, { ...all, types: ['SIGNED'] });
    expect(
      shown(cy.nodes())
        .map((n) => n.id())
        .sort(),
    ).toEqual(['a', 'b', 'd']); // Goertek only invested; d never had a link
    expect(unlinkedNodes(cy, { ...all, types: ['SIGNED'] }).map((n) => n.id())).toEqual(['c']);
    applyFilters(cy, { ...all, types: ['SIGNED'], hideUnlinked: false });
    expect(
      shown(cy.nodes())
        .map((n) => n.id())
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(shown(cy.edges()).map((e) => e.id())).toEqual(['e1']);
  });

  it('hides the nodes the year window leaves without a link, with the other filters at once', () => {
    const cy = smallGraph();
    applyFilters(cy, { ...all, fromYear: 2020 });
    expect(
      shown(cy.nodes())
        .map((n) => n.id())
        .sort(),
    ).toEqual(['a', 'c']); // Nanning's one signing is from 2019
    applyFilters(cy, { ...all, fromYear: 2020, kinds: NODE_KINDS.filter((k) => k !== 'Company') });
    expect(shown(cy.elements()).map((e) => e.id())).toEqual(['a']); // its link to Goertek went with the kind, not the years
    applyFilters(cy, { ...all, types: ['MET'] });
    expect(shown(cy.elements()).empty()).toBe(true);
    applyFilters(cy, all);
    expect(shown(cy.elements()).length).toBe(5);
  });

  it('keeps a node whose links went only because the other ends are of a filtered country', () => {
    const cy = smallGraph();
    applyFilters(cy, { ...all, countries: ['VN'] });
    expect(shown(cy.nodes()).map((n) => n.id())).toEqual(['a']);
    expect(unlinkedNodes(cy, { ...all, countries: ['VN'] }).empty()).toBe(true);
  });

  it('keeps the switch and the undated-links switch in the share link', async () => {
    for (const hideUnlinked of [true, false]) {
      const state: SharedState = {
        nodes: [],
        missingEdges: [],
        filters: { ...all, hideUnlinked, showUndated: !hideUnlinked },
        style: DEFAULT_STYLE,
        layout: 'grid',
        panel: null,
        zoom: 1,
        pan: { x: 0, y: 0 },
        story: [],
      };
      const back = await decodeState(await encodeState(state));
      expect(back.filters.hideUnlinked).toBe(hideUnlinked);
      expect(back.filters.showUndated).toBe(!hideUnlinked);
    }
  });

  it("carries the story exports' numbered sources (a link dropped the tick, walk 21)", async () => {
    const state: SharedState = {
      nodes: [],
      missingEdges: [],
      filters: ALL_FILTERS,
      style: DEFAULT_STYLE,
      layout: 'grid',
      panel: 'story',
      zoom: 1,
      pan: { x: 0, y: 0 },
      story: [],
    };
    expect((await decodeState(await encodeState({ ...state, storySources: true }))).storySources).toBe(true);
    expect((await decodeState(await encodeState(state))).storySources).toBe(false);
  });

  it('writes CSV with quotes doubled and fields with commas quoted', () => {
    const cy = smallGraph();
    cy.getElementById('b').position({ x: 40.4, y: -7.6 });
    const elements = canvasElements(cy, { positions: true });
    const lines = toCsv(elements, 'edges').split('\r\n');
    expect(lines[0]).toBe('\uFEFFid,source,target,type,article,quote,dateFrom,dateTo');
    expect(lines[1]).toBe('e1,a,b,SIGNED,x,"signed, ""an MoU""",2019-05-01,2019-05-31');
    // The model's fields only: no layout positions (walk 6, 15; the Cytoscape JSON keeps them).
    expect(toCsv(elements, 'nodes').split('\r\n')[2]).toBe('b,Nanning,City,Nanning,南宁,CN,22.8,108.4');
  });

  it('round-trips nodes, positions, pins, hidden nodes, filters, panel and story through the share link', async () => {
    const state: SharedState = {
      nodes: [
        { id: 'bac-ninh', x: 12.4, y: -3, pinned: true },
        { id: 'nanning', x: -400, y: 250, hidden: true },
        { id: 'goertek', x: 30, y: 60 },
      ],
      missingEdges: ['0123456789abcdef'],
      filters: { ...ALL_FILTERS, types: ['SIGNED'], fromYear: 2019 },
      style: { ...DEFAULT_STYLE, labelMode: 'ascii' },
      layout: 'geo',
      panel: 'timeline',
      zoom: 0.8123456,
      pan: { x: 10.4, y: -20.6 },
      story: [
        {
          title: 'Bắc Ninh',
          caption: 'Its partners',
          nodes: [
            { id: 'bac-ninh', x: 12, y: -3 },
            { id: 'goertek', x: 100, y: 100 },
          ],
          zoom: 1.5,
          pan: { x: 1, y: 2 },
        },
      ],
    };
    const back = await decodeState(await encodeState(state));
    expect(back.nodes).toEqual([
      { id: 'bac-ninh', x: 12, y: -3, pinned: true },
      { id: 'goertek', x: 30, y: 60 },
      { id: 'nanning', x: -400, y: 250, hidden: true },
    ]);
    expect(back.missingEdges).toEqual(['01234567']);
    expect(back.filters).toEqual(state.filters);
    expect(back.style.labelMode).toBe('ascii');
    expect([back.layout, back.panel, back.zoom, back.pan]).toEqual(['geo', 'timeline', 0.812, { x: 10, y: -21 }]);
    expect(back.story).toEqual([
      {
        title: 'Bắc Ninh',
        caption: 'Its partners',
        nodes: [
          { id: 'bac-ninh', x: 12, y: -3 },
          { id: 'goertek', x: 100, y: 100 },
        ],
        zoom: 1.5,
        pan: { x: 1, y: 2 },
      },
    ]);
  });

  it("carries a story view's snapshot through the share link: its filters, frame, highlight and the links it left out", async () => {
    const view = {
      title: 'What they signed',
      caption: '',
      nodes: [{ id: 'bac-ninh', x: 0, y: 0 }],
      zoom: 2,
      pan: { x: -5, y: 7 },
      edges: ['aaaaaaaa-signed'],
      filters: { ...ALL_FILTERS, types: ['SIGNED' as const] },
      frame: { x: 300, y: 0, w: 700, h: 600 },
      highlight: ['bac-ninh', '0123456789abcdef'],
    };
    const state: SharedState = {
      nodes: [{ id: 'bac-ninh', x: 0, y: 0 }],
      missingEdges: [],
      filters: ALL_FILTERS,
      style: DEFAULT_STYLE,
      layout: 'fcose',
      panel: null,
      zoom: 1,
      pan: { x: 0, y: 0 },
      story: [view, { ...view, edges: undefined, filters: undefined, frame: undefined, highlight: undefined }],
      storyLeftOut: [['0123456789abcdef'], undefined],
    };
    const back = await decodeState(await encodeState(state));
    expect(back.story[0]!.filters).toEqual(view.filters);
    expect(back.story[0]!.frame).toEqual(view.frame);
    expect(back.storyLeftOut).toEqual([['01234567'], undefined]);
    // The path it highlighted: the node by its id, the link by its prefix (made whole on restore).
    expect(back.story[0]!.highlight).toEqual(['bac-ninh', '01234567']);
    // A view saved before snapshots has none of it, and shows every link between its nodes.
    expect(back.story[1]!.filters).toBeUndefined();
    expect(back.story[1]!.highlight).toBeUndefined();
    expect(back.storyLeftOut![1]).toBeUndefined();
  });

  it("carries the path finder's ends and options and the console's query through the link", async () => {
    const base: SharedState = {
      nodes: [{ id: 'lao-cai', x: 0, y: 0 }],
      missingEdges: [],
      filters: ALL_FILTERS,
      style: DEFAULT_STYLE,
      layout: 'fcose',
      panel: 'paths',
      zoom: 1,
      pan: { x: 0, y: 0 },
      story: [],
    };
    const paths = {
      from: 'lao-cai',
      to: 'nanning',
      hops: 5,
      mode: 'all' as const,
      types: ['SIGNED' as const, 'MET' as const],
      includeReference: true,
      found: true,
      lit: false,
    };
    const run = { query: "MATCH (a {id: 'liu-yun'}) RETURN a", params: {} };
    const back = await decodeState(await encodeState({ ...base, paths, run }));
    expect(back.paths).toEqual(paths);
    expect(back.run).toEqual(run);
    // A form with one end and the defaults otherwise: the defaults come back; no form, no paths.
    const one = { ...paths, to: null, hops: 4, mode: 'shortest' as const, types: [...ALL_FILTERS.types] };
    expect(
      (await decodeState(await encodeState({ ...base, paths: { ...one, includeReference: false, found: false } })))
        .paths,
    ).toEqual({ ...one, includeReference: false, found: false });
    expect((await decodeState(await encodeState(base))).paths).toBeNull();
  });

  /** A force-layout canvas of `nodes` with the default filters and style, `panel` open, and `story`. */
  const storyState = (
    nodes: SharedState['nodes'],
    story: SharedState['story'],
    panel: SharedState['panel'],
  ): SharedState => ({
    nodes,
    missingEdges: [],
    filters: ALL_FILTERS,
    style: DEFAULT_STYLE,
    layout: 'fcose',
    panel,
    zoom: 0.5,
    pan: { x: 100, y: 80 },
    story,
  });

  it('keeps a link for 150 nodes with a three-view story under 2,000 characters', async () => {
    const words = [
      'bac',
      'ninh',
      'quang',
      'tay',
      'nanning',
      'guangxi',
      'hai',
      'phong',
      'lao',
      'cai',
      'yunnan',
      'company',
      'group',
    ];
    const nodes = Array.from({ length: 150 }, (_, i) => ({
      id: `${words[i % 13]}-${words[(i * 7) % 13]}-${i}`,
      x: Math.round(Math.sin(i) * 900),
      y: Math.round(Math.cos(i * 1.3) * 500),
    }));
    const view = (k: number) => ({
      title: `View ${k}`,
      caption: 'A caption of a few words for the slide',
      nodes: nodes.filter((_, i) => i % (k + 1) === 0),
      zoom: 1,
      pan: { x: 0, y: 0 },
    });
    const encoded = await encodeState(storyState(nodes, [view(1), view(2), view(3)], 'filters'));
    expect(`http://127.0.0.1:8080/#v=${encoded}`.length).toBeLessThan(2000);
  });

  it('walk 27. a story of six views, three on the map, stays under 2,000 characters and reads back each view where it was', async () => {
    // The whole seed graph's size: every map view puts its nodes at the same points, unlike the canvas.
    const nodes = Array.from({ length: 90 }, (_, i) => ({
      id: `place-or-person-${i}`,
      x: Math.round(Math.sin(i) * 900),
      y: Math.round(Math.cos(i * 1.3) * 500),
    }));
    const onMap = (i: number) => ({ x: Math.round(Math.cos(i * 2.1) * 700), y: Math.round(Math.sin(i * 0.7) * 600) });
    const view = (k: number, layout: 'fcose' | 'geo') => ({
      title: `View ${k}`,
      caption: 'A caption of a few words for the slide',
      nodes: nodes
        .map((n, i) => (layout === 'geo' ? { id: n.id, ...onMap(i) } : n))
        .filter((_, i) => i % ((k % 3) + 1) === 0),
      zoom: 0.8,
      pan: { x: 10 * k, y: 5 },
      layout,
    });
    const story = [0, 1, 2, 3, 4, 5].map((k) => view(k, k % 2 ? 'geo' : 'fcose'));
    const encoded = await encodeState(storyState(nodes, story, 'story'));
    expect(`http://127.0.0.1:8080/#v=${encoded}`.length).toBeLessThan(2000);
    const back = await decodeState(encoded);
    const byId = (ns: { id: string }[]) => [...ns].sort((a, b) => a.id.localeCompare(b.id));
    expect(back.story.map((v) => byId(v.nodes))).toEqual(story.map((v) => byId(v.nodes)));
  });

  it('warns of a link long enough for mail and chat programs to cut, and says what makes it long', () => {
    expect(longLinkWarning(1999)).toBe('');
    expect(longLinkWarning(2365)).toMatch(/Longer than 2,000 characters.*titles, captions and views.*PDF/);
  });

  it('still opens a link deflated without the dictionary (links made before it)', async () => {
    const head = { v: 3, ids: 'bac-ninh nanning', l: 'fcose', p: null, z: 0.5, pan: [10, 20] };
    const json = new TextEncoder().encode(JSON.stringify(head));
    const bytes = new Uint8Array(4 + json.length + 8);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, json.length);
    bytes.set(json, 4);
    [12, -3, -400, 250].forEach((v, i) => view.setInt16(4 + json.length + 2 * i, v));
    const deflated = new Uint8Array(
      await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
    );
    const encoded = Buffer.from(deflated).toString('base64url');
    expect((await decodeState(encoded)).nodes).toEqual([
      { id: 'bac-ninh', x: 12, y: -3 },
      { id: 'nanning', x: -400, y: 250 },
    ]);
  });

  it('places localities at their coordinates (north up, east right) and others at their neighbours', () => {
    const cy = smallGraph();
    const pos = geoPositions(cy.nodes());
    expect(pos.b!.x).toBeGreaterThan(pos.a!.x); // Nanning is east of Bắc Ninh
    expect(pos.b!.y).toBeLessThan(pos.a!.y); // and north
    const projection = projectionFor(cy.nodes())!;
    const a = cy.getElementById('a');
    expect(pos.a).toEqual(projection.project(a.data('lon'), a.data('lat'))); // not nudged
    // Goertek beside Bắc Ninh (placed by its link, set around the place, not on its point).
    const fromBacNinh = Math.hypot(pos.c!.x - pos.a!.x, pos.c!.y - pos.a!.y);
    expect(fromBacNinh).toBeGreaterThan(1);
    expect(fromBacNinh).toBeLessThan(0.05 * (900 + 25 * cy.nodes().length));
  });

  it('gathers markers closer than 30 px into clusters at their centroid, fans only small tight groups, splits when zoomed in', () => {
    const places: [string, number, number][] = [
      ['ha-noi', 21.03, 105.85],
      ['bac-ninh', 21.19, 106.08],
      ['hung-yen', 20.65, 106.05],
      ['hai-duong', 20.94, 106.33],
      ['vinh-phuc', 21.31, 105.6],
      ['ha-nam', 20.54, 105.91],
      ['thai-nguyen', 21.59, 105.85],
      ['bac-giang', 21.27, 106.19],
      ['hai-phong', 20.86, 106.68],
      ['lang-son', 21.85, 106.76],
      ['nanning', 22.82, 108.37],
      ['chongzuo', 22.38, 107.36],
      ['beijing', 39.9, 116.4],
      ['kunming', 25.04, 102.71],
      ['guangzhou', 23.13, 113.26],
    ];
    const cy = cytoscape({
      headless: true,
      elements: places.map(([id, lat, lon]) => ({ data: { id, label: id, kind: 'Province', lat, lon } })),
    });
    const pos = geoPositions(cy.nodes());
    const ids = places.map(([id]) => id);
    const at = (zoom: number) =>
      markerGroups(ids.map((id) => ({ id, home: { x: pos[id]!.x * zoom, y: pos[id]!.y * zoom }, r: 12 })));
    const home = (id: string, zoom: number) => ({ x: pos[id]!.x * zoom, y: pos[id]!.y * zoom });
    for (const zoom of [0.1, 1, 3, 40]) {
      const groups = at(zoom);
      // Every node is in exactly one group; drawn ends never come within 24 px of each other.
      expect(groups.flatMap((g) => g.ids).sort()).toEqual([...ids].sort());
      for (const g of groups) {
        const mean = {
          x: g.ids.reduce((s, id) => s + home(id, zoom).x, 0) / g.ids.length,
          y: g.ids.reduce((s, id) => s + home(id, zoom).y, 0) / g.ids.length,
        };
        expect(Math.hypot(g.centre.x - mean.x, g.centre.y - mean.y)).toBeLessThan(1e-6);
        if (g.mode === 'single') expect(g.drawn.get(g.ids[0]!)).toEqual(home(g.ids[0]!, zoom));
        if (g.mode === 'fan') {
          const moved = [...g.drawn].filter(
            ([id, p]) => Math.hypot(p.x - home(id, zoom).x, p.y - home(id, zoom).y) > 0.5,
          );
          expect(moved.length).toBeLessThanOrEqual(6);
          for (const [id, p] of g.drawn)
            expect(Math.hypot(p.x - home(id, zoom).x, p.y - home(id, zoom).y)).toBeLessThanOrEqual(MAX_FAN_RADIUS);
        }
      }
      for (const [i, a] of groups.entries())
        for (const b of groups.slice(i + 1))
          expect(Math.hypot(a.centre.x - b.centre.x, a.centre.y - b.centre.y), `zoom ${zoom}`).toBeGreaterThanOrEqual(
            CLUSTER_PX,
          );
    }
    // Zoomed out, the Red River delta is one cluster; Beijing, far away, stands alone on its point.
    const far = at(0.1);
    expect(far.find((g) => g.ids.includes('ha-noi'))!.mode).toBe('cluster');
    expect(at(1).find((g) => g.ids.includes('beijing'))!.mode).toBe('single');
    // Zooming in splits clusters progressively: more groups at each step, all alone at the end.
    const counts = [0.1, 1, 3, 40].map((z) => at(z).length);
    for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeGreaterThanOrEqual(counts[i - 1]!);
    expect(at(40).every((g) => g.mode === 'single')).toBe(true);
  });

  it('places 10 px apart stay ungathered; the officials on one of their points gather beside them, clear of every place', () => {
    // Six places 10 px apart and eight officials on the middle one's point.
    const places = Array.from({ length: 6 }, (_, i) => ({
      id: `p${i}`,
      home: { x: 100 + 10 * i, y: 100 },
      r: 11,
      anchored: true,
    }));
    const people = Array.from({ length: 8 }, (_, i) => ({ id: `o${i}`, home: { x: 125, y: 100 }, r: 11 }));
    const groups = markerGroups([...places, ...people]);
    const groupOf = (id: string) => groups.find((g) => g.ids.includes(id))!;
    for (const p of places) expect(groupOf(p.id).mode, p.id).not.toBe('cluster');
    const cluster = groupOf('o0');
    expect(cluster.mode).toBe('cluster');
    // The cluster's marker does not cover a place's.
    const at = cluster.at ?? cluster.centre;
    for (const p of places) {
      const drawn = groupOf(p.id).drawn.get(p.id)!;
      expect(Math.hypot(drawn.x - at.x, drawn.y - at.y), p.id).toBeGreaterThanOrEqual(11 + clusterPx(8) / 2);
    }
  });

  it('walk 10, 7b. markers on one spot fan out the same way at zooms a rounding error apart', () => {
    // A place, and three events drawn at one spot beside it and two beside those (the layout sets
    // nodes placed by their links on a grid about their place). At the spot, the way from the
    // group's centre (the mean of three equal points) to each came from float noise, and Present
    // drew a saved map view with other clusters than its screen (zoom 0.6448998628 and ...29).
    const layout = (z: number) => {
      const at = (x: number, y: number) => ({ x: x * z, y: y * z });
      const place = { id: 'qn', home: at(904.1033017105904, 413.9171203438499), r: 12, anchored: true };
      const anchors = [{ id: 'qn', home: place.home }];
      const body = (id: string, x: number, y: number) => ({ id, home: at(x, y), r: 12.5, anchors });
      return [
        place,
        body('conference', 926.3523469771926, 375.38064352219493),
        body('party', 926.3523469771926, 375.38064352219493),
        ...['ky', 'border', 'youth'].map((id) => body(id, 881.8542564439881, 375.38064352219493)),
      ];
    };
    const shapes = new Set(
      Array.from({ length: 40 }, (_, i) =>
        markerGroups(layout(1 + i * 3e-11))
          .map((g) => `${g.mode}:${g.ids.join('+')}`)
          .sort()
          .join(' | '),
      ),
    );
    expect([...shapes]).toHaveLength(1);
  });
});

describe('map markers by the sea', () => {
  // Land west of x 112 (a coast running north-south), the sea east of it; place P on the coast,
  // Q inland, three bodies placed by their links on P's point: the fan pushes them off it.
  // Which land a point is on: 0 (P's country) west of x 112, -1 (the sea) east of it.
  const land = (p: { x: number; y: number }) => (p.x <= 112 && p.y >= 40 ? 0 : -1);
  const P = { id: 'P', home: { x: 100, y: 100 }, r: 11, anchored: true };
  const Q = { id: 'Q', home: { x: 60, y: 100 }, r: 11, anchored: true };
  const bodies = (keep = false) =>
    [0, 1, 2].map((i) => ({
      id: `b${i}`,
      home: { x: 104 + i, y: 96 + 3 * i },
      r: 9,
      keep: keep && i === 1,
      anchors: [{ id: 'P', home: P.home }],
    }));
  const drawnAtSea = (groups: ReturnType<typeof markerGroups>) =>
    groups.flatMap((g) => [...g.drawn].filter(([, p]) => land(p) < 0).map(([id]) => id));

  it('sets the bodies the fan would put at sea on free land near their points instead', () => {
    expect(drawnAtSea(markerGroups([P, Q, ...bodies()])).length).toBeGreaterThan(0); // without the land known
    const groups = markerGroups([P, Q, ...bodies()], true, land);
    expect(drawnAtSea(groups)).toEqual([]);
    expect(groups.flatMap((g) => g.ids).sort()).toEqual(['P', 'Q', 'b0', 'b1', 'b2']);
    // Each on P's side of Q (nearer its own place).
    for (const g of groups)
      for (const [id, p] of g.drawn)
        if (id.startsWith('b')) expect(Math.hypot(p.x - 100, p.y - 100)).toBeLessThan(Math.hypot(p.x - 60, p.y - 100));
  });

  it('gathers them into their place cluster when no free land is near (a thin spit)', () => {
    const spit = (p: { x: number; y: number }) => (Math.abs(p.x - 100) <= 12 && Math.abs(p.y - 100) <= 20 ? 0 : -1);
    const groups = markerGroups([P, ...bodies()], true, spit);
    const cluster = groups.find((g) => g.ids.includes('b0'))!;
    expect(cluster.mode).toBe('cluster');
    expect(cluster.anchor).toBe('P');
    expect(cluster.ids.sort()).toEqual(['b0', 'b1', 'b2']);
  });

  it("keeps them off another country's coast across the water (walk 22: Quảng Ninh's councils on China's)", () => {
    // P's country a thin strip (x 88-112, y 80-120); another country's land east of x 125.
    const two = (p: { x: number; y: number }) =>
      Math.abs(p.x - 100) <= 12 && Math.abs(p.y - 100) <= 20 ? 0 : p.x >= 125 ? 1 : -1;
    const groups = markerGroups([P, ...bodies()], true, two);
    const onOther = groups.flatMap((g) => [...g.drawn].filter(([id, p]) => id.startsWith('b') && two(p) !== 0));
    expect(onOther).toEqual([]);
    expect(groups.find((g) => g.ids.includes('b0'))!.mode).toBe('cluster');
  });

  it('never hides a kept body, and at the deepest zoom gathers nothing', () => {
    const kept = markerGroups([P, Q, ...bodies(true)], true, land);
    expect(kept.find((g) => g.ids.includes('b1'))!.mode).not.toBe('cluster');
    const deepest = markerGroups([P, Q, ...bodies()], false, land);
    expect(deepest.every((g) => g.mode !== 'cluster')).toBe(true);
  });
});

describe('why a node is hidden', () => {
  const all = { ...ALL_FILTERS };
  it.each([
    ['shown', all, 'a', undefined],
    ['kind off', { ...all, kinds: NODE_KINDS.filter((k) => k !== 'Province') }, 'a', /kind Province is switched off/],
    ['country off', { ...all, countries: ['CN'] }, 'a', /country VN is switched off/],
    ['left unlinked', { ...all, types: ['VISITED'] }, 'c', /leave it no visible link/],
  ] as const)('%s', (_name, f, id, expected) => {
    const cy = smallGraph();
    applyFilters(cy, f as never);
    const why = whyFiltered(cy.getElementById(id), f as never);
    if (expected === undefined) expect(why).toBeUndefined();
    else expect(why).toMatch(expected);
  });
});

describe('export helpers', () => {
  it('finds a quote across changed whitespace, and says when it is absent', () => {
    const text = 'The two provinces signed\nthe memorandum  in 2019.';
    expect(findQuote(text, 'provinces signed the memorandum in')).toEqual([8, 43]);
    expect(findQuote(text, 'not in the text')).toBeNull();
  });

  it.each([
    [1000, 800, 4, 4, false],
    [3000, 1000, 4, Math.floor((MAX_SIDE / 3000) * 100) / 100, true],
    [20000, 500, 1, Math.floor((MAX_SIDE / 20000) * 100) / 100, true],
  ])('clamps a %ix%i picture at scale %i to %f (clamped: %s)', (w, h, scale, expected, clamped) => {
    expect(clampScale(w, h, scale)).toEqual({ scale: expected, clamped });
  });

  it('wraps caption text at word boundaries', () => {
    expect(wrapBy((t) => t.length, 'one two three four five', 1, 9)).toEqual(['one two', 'three', 'four five']);
  });
});

describe('explorer logic added with the rewrite', async () => {
  const { statementText } = await import('../../client/src/ui/edge-statement.tsx');
  const { pathText, cellText } = await import('../../client/src/features/console/cells.ts');
  const { placeLabels, candidateBoxes, LABEL_PLACES } = await import('../../client/src/canvas/label-boxes.ts');
  const { nextInDirection } = await import('../../client/src/features/selection/keyboard-nav.ts');
  const { wheelFactor } = await import('../../client/src/canvas/wheel-zoom.ts');
  const { playYears } = await import('../../client/src/features/filters/year-stats.ts');
  const { toApiQuery } = await import('../../client/src/app/api-query.ts');
  const { isEntityParam, missingMessage } = await import('../../client/src/features/named-queries/params.ts');
  const { historyLabel } = await import('../../client/src/features/console/history.ts');

  it('states a link in its own direction', () =>
    expect(statementText('China', 'INVESTED_IN', 'Bắc Ninh')).toBe('China —INVESTED_IN→ Bắc Ninh'));

  it('writes a path as a chain with each link in its own direction, and counts steps in words', () => {
    const node = (id: string, name: string) => ({
      _type: 'node' as const,
      elementId: id,
      labels: ['Entity'],
      properties: { name },
    });
    const rel = (id: string, type: string, a: string, b: string) => ({
      _type: 'relationship' as const,
      elementId: id,
      type,
      startElementId: a,
      endElementId: b,
    });
    const p = {
      _type: 'path' as const,
      nodes: [node('1', 'Liu Yun'), node('2', 'Bắc Ninh'), node('3', 'China')],
      relationships: [rel('r1', 'MET', '1', '2'), rel('r2', 'INVESTED_IN', '3', '2')],
    };
    expect(pathText(p)).toBe('Liu Yun —MET→ Bắc Ninh ←INVESTED_IN— China  (2 steps)');
    expect(pathText({ ...p, nodes: p.nodes.slice(0, 2), relationships: p.relationships.slice(0, 1) })).toMatch(
      /\(1 step\)$/,
    );
    const names = new Map([
      ['3', 'China'],
      ['2', 'Bắc Ninh'],
    ]);
    expect(cellText([rel('r2', 'INVESTED_IN', '3', '2')], names)).toBe('China —INVESTED_IN→ Bắc Ninh');
    expect(cellText({ a: 1, b: 'x' }, names)).toBe('a: 1, b: x');
    const ref = { ...rel('r3', 'LOCATED_IN', '2', '3'), properties: { basis: 'reference' } };
    expect(cellText(ref, names)).toBe('Bắc Ninh —LOCATED_IN→ China (reference data)');
    // US dollar amounts in words, by column or key name.
    expect(cellText(900_000_000, names, 'amountUsd')).toBe('US$900 million');
    expect(cellText({ amountUsd: 26_000_000_000 }, names)).toBe('amountUsd: US$26 billion');
    expect(cellText(1_500_000, names, 'totalUSD')).toBe('US$1.5 million');
    expect(cellText(12_345, names, 'amountUsd')).toBe('US$12,345');
    expect(cellText(900_000_000, names, 'workers')).toBe('900000000');
  });

  it("leaves out of the panel's table the columns only drawn (named by other columns) and the empty ones", async () => {
    const { panelColumns } = await import('../../client/src/features/console/table-columns.ts');
    const node = (id: string, name: string) => ({
      _type: 'node',
      elementId: id,
      labels: ['Entity'],
      properties: { name },
    });
    const rel = (id: string, a: string, b: string) => ({
      _type: 'relationship',
      elementId: id,
      type: 'SIGNED',
      startElementId: a,
      endElementId: b,
    });
    const names = new Map([
      ['1', 'Quảng Ninh'],
      ['2', 'Guangxi'],
      ['3', 'Lạng Sơn'],
    ]);
    const columns = ['party', 's', 'partner', 'signedBy', 'with', 'endDate'];
    const rows = [
      [node('1', 'Quảng Ninh'), rel('r1', '1', '2'), node('2', 'Guangxi'), 'Quảng Ninh', 'Guangxi', null],
      [node('3', 'Lạng Sơn'), rel('r2', '3', '2'), node('2', 'Guangxi'), 'Lạng Sơn', 'Guangxi', null],
    ];
    expect(panelColumns(columns, rows, names)).toEqual({
      shown: [3, 4],
      drawnOnly: ['party', 's', 'partner'],
      empty: ['endDate'],
    });
    // A researcher's own query keeps its relationships (walk 12, 13): only the nodes named elsewhere go.
    expect(panelColumns(columns, rows, names, { keepRelationships: true }).shown).toEqual([1, 3, 4]);
    // A node no other column names stays, and so does a relationship with that node at an end.
    const other = rows.map((r) => [r[0], r[1], r[2], r[4]]);
    expect(panelColumns(['party', 's', 'partner', 'with'], other, names).shown).toEqual([0, 1, 3]);
    // Elements only: nothing else would be left, so every column shows.
    const bare = rows.map((r) => r.slice(0, 3));
    expect(panelColumns(['a', 'r', 'b'], bare, names).shown).toEqual([0, 1, 2]);
  });

  it("heads a bare variable's column by its relationships' one type, and a column of nodes by its own name", async () => {
    const { columnHeading } = await import('../../client/src/features/console/table-columns.ts');
    const country = (id: string) => ({ _type: 'node', elementId: id, labels: ['Entity', 'Country'], properties: {} });
    const met = (id: string) => ({
      _type: 'relationship',
      elementId: id,
      type: 'MET',
      startElementId: 'a',
      endElementId: 'b',
    });
    const rows = [
      [country('1'), met('r1'), 'x'],
      [country('1'), met('r2'), 'y'],
    ];
    // Walk 30, 6: every row Việt Nam by the row cap's chance, the column headed "Country" not "a".
    expect(columnHeading('a', rows, 0)).toBe('a');
    expect(columnHeading('r', rows, 1)).toBe('MET');
    expect(columnHeading('note', rows, 2)).toBe('note');
  });

  it("reads a named query's column names as words and leaves out of its wide table the nodes other columns name", async () => {
    const { columnWords, wideColumns } = await import('../../client/src/features/console/table-columns.ts');
    expect(columnWords('investorName')).toBe('investor name');
    expect(columnWords('amountUsd')).toBe('amount (USD)');
    expect(columnWords('signedBy')).toBe('signed by');
    expect(columnWords('with')).toBe('with');
    expect(columnWords('dest_country')).toBe('dest country');
    expect(columnWords('usd')).toBe('usd');
    const node = { _type: 'node', elementId: '1', labels: ['Entity'], properties: { name: 'Goertek' } };
    const rel = { _type: 'relationship', elementId: 'r', type: 'INVESTED_IN', startElementId: '1', endElementId: '2' };
    const columns = ['investor', 'i', 'investorName', 'note'];
    const rows = [[node, rel, 'Goertek', null]];
    const panel = { shown: [2], drawnOnly: ['investor', 'i'], empty: ['note'] };
    // The relationship stays (its type and direction), the node named by investorName goes.
    expect(wideColumns(columns, rows, panel, true)).toEqual([1, 2]);
    // A researcher's own query keeps every column with a value.
    expect(wideColumns(columns, rows, panel, false)).toEqual([0, 1, 2]);
  });

  it('keeps the higher-ranked of two colliding labels and every label clear of other nodes', () => {
    // Label boxes as Cytoscape renders them: about 6.5 px a character, 16 px tall, under the node.
    const item = (id: string, x: number, y: number, text: string) => ({
      id,
      labels: [{ x1: x - text.length * 3.25, y1: y + 12, x2: x + text.length * 3.25, y2: y + 28 }],
      body: { x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 },
    });
    const keep = placeLabels([
      item('big', 0, 0, 'Guangxi Zhuang'),
      item('near', 66, 2, 'Nanning City'),
      item('far', 400, 0, 'Hà Nội'),
      item('below', 0, 40, 'x'),
    ]);
    expect([...keep.keys()].sort()).toEqual(['below', 'big', 'far']);
    // A label that would run over another node's shape is hidden, whatever its rank.
    const covered = placeLabels([item('top', 0, 0, 'Long label'), item('blocker', 0, 22, 'b')]);
    expect(covered.has('top')).toBe(false);
  });

  it('never places a name nearer another node than its own (it would read as that node’s name)', () => {
    const body = { x1: -10, y1: -10, x2: 10, y2: 10 };
    const c = candidateBoxes({ x1: -30, y1: 13, x2: 30, y2: 29 }, body);
    // Another node's marker 2 px under the place below (3 px from its own): that place reads as the other's.
    const other = { id: 'other', labels: [], body: { x1: -8, y1: 31, x2: 8, y2: 47 } };
    const placed = placeLabels([{ id: 'a', labels: c, body }, other]);
    expect(placed.get('a')).toBe(1); // above
    // Only the place below offered: hidden rather than misread.
    expect(placeLabels([{ id: 'a', labels: [c[0]!], body }, other]).has('a')).toBe(false);
    // So is one of the most linked nodes' names, which may cover an arrowhead but never read as another's.
    expect(placeLabels([{ id: 'a', labels: [c[0]!], body, mustShow: true }, other]).has('a')).toBe(false);
    // An off-map place's name ("↗ Beijing, off the map") says whose it is: it may cover a marker, never a name.
    expect(placeLabels([{ id: 'a', labels: [c[0]!], body, overMarkers: true }, other]).get('a')).toBe(0);
    const named = {
      id: 'named',
      labels: [{ x1: 20, y1: 14, x2: 60, y2: 28 }],
      body: { x1: 35, y1: 30, x2: 45, y2: 40 },
    };
    expect(placeLabels([named, { id: 'a', labels: [c[0]!], body, overMarkers: true }]).has('a')).toBe(false);
  });

  it('walk 18, 6. a name that may cover markers takes a place that still reads as its own first', () => {
    const body = { x1: -10, y1: -10, x2: 10, y2: 10 };
    const c = candidateBoxes({ x1: -30, y1: 13, x2: 30, y2: 29 }, body);
    // Another node's marker 2 px under the place below; a minor marker under the place above.
    const other = { id: 'other', labels: [], body: { x1: -8, y1: 31, x2: 8, y2: 47 } };
    const minor = { id: 'minor', labels: [], body: { x1: -5, y1: -25, x2: 5, y2: -15 }, minor: true };
    const mark = { id: 'a', labels: c.slice(0, 2), body, overMarkers: true };
    expect(placeLabels([mark, other, minor]).get('a')).toBe(1); // above, over the minor marker
    // With no such place it still shows where it fits.
    expect(placeLabels([{ ...mark, labels: [c[0]!] }, other, minor]).get('a')).toBe(0);
  });

  it('walk 24, 3. a name that may cover only lesser markers never covers one of its own standing (Lạng Sơn over Guangxi)', () => {
    const body = { x1: -10, y1: -10, x2: 10, y2: 10 };
    const c = candidateBoxes({ x1: -30, y1: 13, x2: 30, y2: 29 }, body);
    const place = { id: 'lang-son', labels: [c[0]!], body, overMarkers: true, coversLesser: true, standing: 0.5 };
    const under = { x1: -8, y1: 14, x2: 8, y2: 30 };
    // Another province's hexagon under the only place: hidden rather than read as that province's name.
    expect(placeLabels([place, { id: 'guangxi', labels: [], body: under, standing: 0.5 }]).has('lang-son')).toBe(false);
    // An organisation's marker there: covered, as before.
    expect(placeLabels([place, { id: 'body', labels: [], body: under }]).get('lang-son')).toBe(0);
    // A name off the map may still cover a province's marker.
    const offMap = { ...place, coversLesser: false };
    expect(placeLabels([offMap, { id: 'guangxi', labels: [], body: under, standing: 0.5 }]).get('lang-son')).toBe(0);
  });

  it('walk 22, 2. a place squeezed beside an unnamed neighbour tucks its name over its own marker, or takes a spot whose middle is nearer its own', () => {
    // Hà Nội's hexagon at Fit on a small screen, the Laos star 33 px west; its name 38 px wide.
    const body = { x1: 0, y1: 0, x2: 27, y2: 27 };
    const c = candidateBoxes({ x1: -5.5, y1: 27, x2: 32.5, y2: 40 }, body, 2.5);
    const laos = { id: 'laos', labels: [], body: { x1: -55, y1: 6, x2: -33, y2: 28 } };
    const only = (...places: string[]) =>
      c.map((b, i) => (places.includes(LABEL_PLACES[i]!) ? b : { x1: 0, y1: 0, x2: 0, y2: 0 }));
    const hanoi = { id: 'hanoi', labels: only('left', 'left-in'), body, overMarkers: true };
    // Left of the hexagon the name lies on the star's edge: tucked 40% over its own marker, it is Hà Nội's.
    expect(LABEL_PLACES[placeLabels([hanoi, laos]).get('hanoi')!]).toBe('left-in');
    expect(c[LABEL_PLACES.indexOf('left-in')]!.x2).toBeCloseTo(body.x1 + 0.4 * 27, 5);
    // The far places sit as far as the stylesheet draws them at this zoom.
    expect(c[LABEL_PLACES.indexOf('bottom-far')]!.y1 - c[0]!.y1).toBeCloseTo(2.5, 5);
    // With the tucked place under a cluster's marker, a spot over that marker whose middle is nearer
    // Hà Nội's than any other is taken before one beside the star.
    const cluster = { id: 'cluster', labels: [], body: { x1: 8, y1: -34, x2: 40, y2: -2 } };
    const above = { ...hanoi, labels: only('left', 'top-left-in') };
    expect(LABEL_PLACES[placeLabels([above, laos, cluster]).get('hanoi')!]).toBe('top-left-in');
    // And with none, the place beside the star, as before (a province is named).
    expect(LABEL_PLACES[placeLabels([{ ...hanoi, labels: only('left') }, laos]).get('hanoi')!]).toBe('left');
  });

  it('walk 17, 3. a name in a corner of its node is not nearer another node’s middle than its own', () => {
    const body = { x1: -7, y1: -7, x2: 7, y2: 7 };
    const c = candidateBoxes({ x1: -50, y1: 10, x2: 50, y2: 24 }, body);
    const bottomLeft = c.findIndex((b) => b.x2 <= body.x1 && b.y1 >= body.y2);
    expect(bottomLeft).toBeGreaterThan(0);
    // A square up and to the left, clear of the bottom-left place's box but nearer its middle.
    const corner = c[bottomLeft]!;
    const mid = { x: (corner.x1 + corner.x2) / 2, y: (corner.y1 + corner.y2) / 2 };
    const square = {
      id: 'square',
      labels: [],
      body: { x1: mid.x - 7, y1: body.y1 - 4, x2: mid.x + 7, y2: body.y1 + 10 },
    };
    const onlyCorner = c.map((b, i) => (i === bottomLeft ? b : { x1: 0, y1: 0, x2: 0, y2: 0 }));
    expect(placeLabels([{ id: 'a', labels: onlyCorner, body }, square]).has('a')).toBe(false);
    // With the square far off, the corner is the name's.
    const far = { ...square, body: { x1: 400, y1: 400, x2: 414, y2: 414 } };
    expect(placeLabels([{ id: 'a', labels: onlyCorner, body }, far]).get('a')).toBe(bottomLeft);
  });

  it('walk 32, 2. a name 1 px off a corner of its node is still a corner name: hidden when nearer another node’s middle', () => {
    // "Central Committee … China" top left of its diamond, 1 px off it (less than the air each box is
    // grown by), its middle nearer Liu Jianchao's circle than its own diamond's.
    const body = { x1: -7, y1: -7, x2: 7, y2: 7 };
    const c = candidateBoxes({ x1: -50, y1: 8, x2: 50, y2: 22 }, body);
    const topLeft = LABEL_PLACES.indexOf('top-left');
    const corner = c[topLeft]!;
    expect(body.x1 - corner.x2).toBe(1);
    const onlyCorner = c.map((b, i) => (i === topLeft ? b : { x1: 0, y1: 0, x2: 0, y2: 0 }));
    const mid = { x: (corner.x1 + corner.x2) / 2, y: (corner.y1 + corner.y2) / 2 };
    const circle = {
      id: 'circle',
      labels: [],
      body: { x1: mid.x - 7, y1: body.y2 + 12, x2: mid.x + 7, y2: body.y2 + 26 },
    };
    expect(placeLabels([{ id: 'a', labels: onlyCorner, body }, circle]).has('a')).toBe(false);
    // A place's name on the map is held to it too (walk 35, 1: "Hải Phòng" in its corner nearer
    // Quảng Ninh): it may not cover a marker there either.
    expect(placeLabels([{ id: 'a', labels: onlyCorner, body, overMinor: true }, circle]).has('a')).toBe(false);
    const far = { ...circle, body: { x1: 400, y1: 400, x2: 414, y2: 414 } };
    expect(placeLabels([{ id: 'a', labels: onlyCorner, body }, far]).get('a')).toBe(topLeft);
  });

  it('walk 35, 1. a place’s name with no honest place beside its marker is called out on a leader that crosses no marker or name', async () => {
    const { calloutBoxes, CALLOUT_REACH } = await import('../../client/src/canvas/label-boxes.ts');
    const body = { x1: -7, y1: -7, x2: 7, y2: 7 };
    const below = { x1: -50, y1: 10, x2: 50, y2: 24 };
    const none = { x1: 0, y1: 0, x2: 0, y2: 0 };
    const c = candidateBoxes(below, body);
    const topLeft = LABEL_PLACES.indexOf('top-left');
    const onlyCorner = c.map((b, i) => (i === topLeft ? b : none));
    const corner = c[topLeft]!;
    const mid = { x: (corner.x1 + corner.x2) / 2, y: (corner.y1 + corner.y2) / 2 };
    // Another province's hexagon below the corner name's middle: the corner reads as its.
    const hexagon = {
      id: 'hex',
      labels: [],
      body: { x1: mid.x - 7, y1: body.y2 + 12, x2: mid.x + 7, y2: body.y2 + 26 },
    };
    const callouts = calloutBoxes(below, body);
    expect(callouts).toHaveLength(CALLOUT_REACH.length * 16);
    const place = { id: 'a', labels: onlyCorner, body, overMinor: true, overMarkers: true, callouts };
    const at = placeLabels([place, hexagon]).get('a')!;
    expect(at).toBeGreaterThanOrEqual(LABEL_PLACES.length);
    const out = callouts[at - LABEL_PLACES.length]!;
    // The first way out tried, east, at the shortest reach: its box starts 12 px past the marker's edge.
    expect(out.box.x1).toBeCloseTo(body.x2 + CALLOUT_REACH[0], 5);
    expect((out.box.y1 + out.box.y2) / 2).toBeCloseTo(0, 5);
    expect(out.from.x).toBeCloseTo(body.x2 + 1, 5);
    expect(out.to.x).toBeCloseTo(out.box.x1 - 2, 5);

    // A marker on the way east (clear of the name's box) turns the name to another way out.
    const east = callouts.filter((k) => Math.abs(k.from.y) < 1e-9 && k.from.x > 0);
    const onLeader = { id: 'dot', labels: [], body: { x1: body.x2 + 4, y1: -2, x2: body.x2 + 8, y2: 2 } };
    expect(placeLabels([{ ...place, callouts: east }, onLeader, hexagon]).has('a')).toBe(false);
    const aside = { ...onLeader, body: { ...onLeader.body, y1: 20, y2: 24 } };
    expect(placeLabels([{ ...place, callouts: east }, aside, hexagon]).get('a')).toBe(LABEL_PLACES.length);

    // Nor does a name stand by another marker, its leader unseen (walk 36, 4): 10 px apart at least.
    const byName = { id: 'm', labels: [], body: { x1: out.box.x2 + 5, y1: -3, x2: out.box.x2 + 11, y2: 3 } };
    expect(placeLabels([{ ...place, callouts: [out] }, hexagon, byName]).has('a')).toBe(false);
    const apart = { ...byName, body: { ...byName.body, x1: out.box.x2 + 11, x2: out.box.x2 + 17 } };
    expect(placeLabels([{ ...place, callouts: [out] }, hexagon, apart]).get('a')).toBe(LABEL_PLACES.length);

    // A later name whose only place lies across the leader stays hidden (42 px east).
    const leader = east.find((k) => Math.abs(k.box.x1 - (body.x2 + 42)) < 1e-9)!;
    const across = {
      id: 'b',
      labels: [{ x1: 30, y1: -6, x2: 34, y2: 6 }],
      body: { x1: 29, y1: -16, x2: 35, y2: -10 },
    };
    expect(placeLabels([{ ...place, callouts: [leader] }, hexagon, across]).get('a')).toBe(LABEL_PLACES.length);
    expect(placeLabels([{ ...place, callouts: [leader] }, hexagon, across]).has('b')).toBe(false);
    expect(placeLabels([{ ...place, callouts: [] }, hexagon, across]).has('b')).toBe(true);
  });

  it('walk 36, 1. a far callout is tried only once every name has had its nearer places, and a chosen place’s name still shows over markers', async () => {
    const { calloutBoxes } = await import('../../client/src/canvas/label-boxes.ts');
    const body = { x1: -7, y1: -7, x2: 7, y2: 7 };
    const below = { x1: -20, y1: 10, x2: 20, y2: 24 };
    const none = { x1: 0, y1: 0, x2: 0, y2: 0 };
    const all = calloutBoxes(below, body);
    const east = (reach: number) =>
      all.find((c) => Math.abs(c.from.y) < 1e-9 && Math.abs(c.box.x1 - 7 - reach) < 1e-9)!;
    const [near, far] = [east(12), east(56)];
    expect([near.far, far.far]).toEqual([false, true]);
    // A marker within 10 px of the near box, clear of the far one and of the leader.
    const marker = { id: 'm', labels: [], body: { x1: 33, y1: -27, x2: 47, y2: -13 } };
    const place = {
      id: 'a',
      labels: candidateBoxes(below, body).map(() => none),
      body,
      mustShow: true,
      callouts: [near, far],
    };
    expect(placeLabels([place, marker]).get('a')).toBe(LABEL_PLACES.length + 1);
    // A lower-ranked name whose only place is the far box keeps it: the far pass comes after.
    const later = { id: 'b', labels: [far.box], body: { x1: 70, y1: 11, x2: 78, y2: 19 } };
    const keep = placeLabels([place, marker, later]);
    expect(keep.get('b')).toBe(0);
    expect(keep.has('a')).toBe(false);

    // Beside its marker only, with a marker on every side: hidden, unless chosen (its ring says whose it is).
    const ring = [
      [0, -26],
      [0, 26],
      [-34, 0],
      [34, 0],
    ].map(([x, y], i) => ({ id: `m${i}`, labels: [], body: { x1: x! - 7, y1: y! - 7, x2: x! + 7, y2: y! + 7 } }));
    const onlyBeside = { ...place, labels: candidateBoxes(below, body), overMarkers: true, callouts: [] };
    expect(placeLabels([onlyBeside, ...ring]).has('a')).toBe(false);
    expect(placeLabels([{ ...onlyBeside, chosen: true }, ...ring]).has('a')).toBe(true);
  });

  it('walk12 12. a name off the map takes an inner side when every side beyond its marker is under a panel (2 px of air or less)', () => {
    const body = { x1: -10, y1: -10, x2: 10, y2: 10 };
    const c = candidateBoxes({ x1: -75, y1: 13, x2: 75, y2: 26 }, body);
    const none = { x1: 0, y1: 0, x2: 0, y2: 0 };
    // Beyond the marker: the right-hand places; a card's edge 1 px past the place to the right.
    const beyond = c.map((b, i) => ([2, 4, 6, 10].includes(i) ? b : none));
    const inner = c.map((b, i) => ([2, 4, 6, 10].includes(i) ? none : b));
    const card = { id: 'card', labels: [], body: { x1: c[2]!.x2 + 1, y1: -500, x2: 2000, y2: 500 }, hard: true };
    const mark = { id: 'us', labels: beyond, body, overMarkers: true };
    expect(placeLabels([card, mark]).has('us'), 'the sides beyond only: unnamed').toBe(false);
    expect(placeLabels([card, { ...mark, fallback: inner }]).get('us')).toBe(0); // below, as no side beyond is free
    // With a side beyond free it is taken first, though an inner side is free too.
    expect(placeLabels([{ ...mark, fallback: inner }]).get('us')).toBe(2);
  });

  it('moves a label above, right or left of its node when the place below is taken', () => {
    const body = { x1: -10, y1: -10, x2: 10, y2: 10 };
    const below = { x1: -30, y1: 13, x2: 30, y2: 29 };
    const c = candidateBoxes(below, body);
    expect(c[1]).toEqual({ x1: -30, x2: 30, y1: -29, y2: -13 });
    expect(c[2]).toEqual({ x1: 13, x2: 73, y1: -8, y2: 8 });
    expect(c[3]).toEqual({ x1: -73, x2: -13, y1: -8, y2: 8 });
    const blocker = { x1: -5, y1: 20, x2: 5, y2: 30 };
    const placed = placeLabels([
      { id: 'a', labels: c, body },
      { id: 'b', labels: [], body: blocker },
    ]);
    expect(placed.get('a')).toBe(1);
  });

  it('moves keyboard focus to the neighbour in the arrow direction', () => {
    const c = [
      { id: 'east', x: 100, y: 5 },
      { id: 'north', x: 0, y: -100 },
      { id: 'far-east', x: 300, y: 0 },
    ];
    expect(nextInDirection({ x: 0, y: 0 }, [1, 0], c)).toBe('east');
    expect(nextInDirection({ x: 0, y: 0 }, [0, -1], c)).toBe('north');
    expect(nextInDirection({ x: 0, y: 0 }, [-1, 0], c)).toBeUndefined();
  });

  it('zooms 15% a wheel notch whatever the delta mode', () => {
    expect(wheelFactor(-100, 0)).toBeCloseTo(1.15);
    expect(wheelFactor(-3, 1)).toBeCloseTo(Math.pow(1.15, 0.99));
    expect(wheelFactor(100, 0)).toBeCloseTo(1 / 1.15);
  });

  it('plays from the first busy year and jumps long empty stretches', () => {
    expect(
      playYears(
        new Map([
          [1950, 1],
          [2005, 2],
          [2006, 1],
          [2010, 3],
        ]),
        2012,
      ),
    ).toEqual([1950, 2005, 2006, 2010, 2012]);
    expect(
      playYears(
        new Map([
          [2020, 1],
          [2022, 1],
        ]),
        2022,
      ),
    ).toEqual([2020, 2021, 2022]);
  });

  it('maps the filters to API parameters, leaving out what does not narrow', () => {
    expect(toApiQuery(ALL_FILTERS)).toEqual({});
    // Under a year range every undated link, as the canvas shows them (walk 32, 1); none when switched off.
    expect(toApiQuery({ ...ALL_FILTERS, types: ['SIGNED'], fromYear: 2019 })).toEqual({
      types: ['SIGNED'],
      since: '2019',
      undated: 'all',
    });
    expect(toApiQuery({ ...ALL_FILTERS, showUndated: false })).toEqual({ undated: 'none' });
  });

  it('names entity parameters and missing values in plain words', () => {
    const p = { name: 'locality', type: 'entity' as const, required: true, description: 'the locality' };
    expect(isEntityParam(p)).toBe(true);
    // The declaration decides, not the wording of the description.
    expect(isEntityParam({ ...p, type: 'string', description: "the locality's id, e.g. quang-ninh" })).toBe(false);
    expect(missingMessage([p])).toBe('Choose a locality first.');
    expect(missingMessage([{ ...p, name: 'official' }])).toBe('Choose an official first.');
    expect(missingMessage([{ name: 'maxHops', type: 'integer', required: true }])).toBe('Choose the max hops first.');
    expect(historyLabel('// comment\nMATCH (a)\n  RETURN a', 12)).toBe('MATCH (a) R…');
  });
});
