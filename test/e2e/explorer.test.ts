// The explorer in a real browser against the real server and Neo4j (seed graph): what an analyst,
// a researcher and a presenter do, checked against the API's own answers, with screenshots of each
// main view saved under test-output/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { GraphResponse, NeighborsResponse, PathsResponse } from '../../common/wire.ts';
import { hasChromium, SCREENSHOTS } from './browser.ts';
import {
  findPaths,
  openPanel as openPanelOf,
  useE2e,
  visibleEdges as visibleEdgesOf,
  visibleNodeIds as visibleNodeIdsOf,
} from './explorer-page.ts';
import { alphaCounts } from './png-pixels.ts';

if (!hasChromium)
  console.warn('[e2e] /usr/bin/chromium is missing: the explorer tests are skipped (apt-get install -y chromium).');

interface CanvasNode {
  id: string;
  x: number;
  y: number;
}

describe.skipIf(!hasChromium)('explorer in Chromium', () => {
  const suite = useE2e();
  const api = suite.api;
  let page: Page;

  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  const visibleNodeIds = (p: Page = page) => visibleNodeIdsOf(p);
  const visibleEdges = (p: Page = page) => visibleEdgesOf(p);
  const openPanel = (name: string) => openPanelOf(page, name);
  const freshPage = async () => {
    page = await suite.fresh({ width: 1500, height: 920 });
  };
  const searchAndChoose = async (q: string, label: string) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await page.keyboard.type(q);
    const option = page.locator('#search-list li[role="option"]', { hasText: label }).first();
    await option.waitFor();
    await option.click();
  };
  // Size, labels and edge labels sit in the top bar's View menu.
  const viewMenu = async () => {
    if (!(await page.locator('#view-menu[open]').count())) await page.click('#view-menu summary');
  };
  const download = async (button: string) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    return fs.readFileSync((await d.path())!);
  };

  beforeAll(freshPage);

  it('shows a designed empty state before anything is on the canvas', async () => {
    expect(await page.locator('#empty-state').isVisible()).toBe(true);
    expect(await page.locator('#empty-state').innerText()).toContain('Start with a name');
    await shot('01-empty');
  });

  it('searches "bac ninh" (no diacritics), puts Bắc Ninh on the canvas and expands its neighbours', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('bac ninh');
    const first = page.locator('#search-list li[role="option"]').first();
    await first.waitFor();
    expect(await first.innerText()).toMatch(/Bắc Ninh[\s\S]*Province/);
    await shot('02-search-suggestions');
    await first.click();
    await page.waitForFunction(() => (window as any).corridor.cy.nodes().length === 1);
    expect(await visibleNodeIds()).toEqual(['bac-ninh']);

    await page.locator('#cy').dblclick({ position: await nodeScreenPosition(page, 'bac-ninh') });
    const expected = await api<NeighborsResponse>('/api/nodes/bac-ninh/neighbors?limit=150');
    await page.waitForFunction(
      (n) => (window as any).corridor.cy.nodes().length === n,
      expected.elements.nodes.length + (expected.elements.nodes.some((x) => x.data.id === 'bac-ninh') ? 0 : 1),
    );
    const onCanvas = await visibleNodeIds();
    for (const n of expected.elements.nodes) expect(onCanvas).toContain(n.data.id);
    expect(onCanvas.length).toBeGreaterThan(3);
    await page.waitForTimeout(600); // the incremental layout animates
    await shot('03-bac-ninh-expanded');
  });

  it('hides, removes and pins the selection, and undoes each step', async () => {
    const count = () => page.evaluate(() => (window as any).corridor.cy.nodes().not('.filtered, .hidden').length);
    const all = await count();
    const select = (id: string) =>
      page.evaluate((x) => {
        const cy = (window as any).corridor.cy;
        cy.$(':selected').unselect();
        cy.getElementById(x).select();
      }, id);
    await select('goertek');
    await page.click('.node-actions [data-action="hide"]');
    expect(await count()).toBe(all - 1);
    await page.click('#btn-undo');
    expect(await count()).toBe(all);
    await select('goertek');
    await page.click('.node-actions [data-action="remove"]');
    expect(await page.evaluate(() => (window as any).corridor.cy.getElementById('goertek').empty())).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await page.evaluate(() => (window as any).corridor.cy.getElementById('goertek').nonempty())).toBe(true);
    await select('goertek');
    await page.click('.node-actions [data-action="pin"]');
    // Pinned: layouts leave it where it is (the user can still drag it: canvas-interactions.test.ts).
    const pinned = () =>
      page.evaluate(() => (window as any).corridor.cy.getElementById('goertek').hasClass('pinned') as boolean);
    expect(await pinned()).toBe(true);
    await page.click('#btn-undo');
    expect(await pinned()).toBe(false);
    await select('bac-ninh');
    await page.click('.node-actions [data-action="select-neighbors"]');
    const expected = (await api<NeighborsResponse>('/api/nodes/bac-ninh/neighbors?limit=150')).elements.nodes
      .map((n) => n.data.id)
      .filter((id) => id !== 'bac-ninh');
    const selected: string[] = await page.evaluate(() =>
      (window as any).corridor.cy.nodes(':selected').map((n: any) => n.id()),
    );
    expect(selected.sort()).toEqual(['bac-ninh', ...expected].sort());
  });

  it('shows a node’s sources and opens the article with the quote highlighted', async () => {
    await page.locator('#cy').click({ position: await nodeScreenPosition(page, 'bac-ninh') });
    await page.locator('#details .quote').first().waitFor();
    await shot('04-details');
    const quote = (await page.locator('#details .quote blockquote').first().innerText()).replace(/^“|”$/g, '');
    await page.locator('#details .read-article').first().click();
    await page.locator('#quote-mark').waitFor();
    expect(await page.locator('#quote-mark').innerText()).toBe(quote);
    await shot('05-article-quote');
    await page.keyboard.press('Escape');
  });

  it('loads the whole graph, then filters by edge type and by date range without a reload', async () => {
    const whole = await api<GraphResponse>('/api/graph');
    await page.click('#btn-load-all');
    await page.waitForFunction(
      (n) => (window as any).corridor.cy.elements().length === n,
      whole.elements.nodes.length + whole.elements.edges.length,
    );
    await page.waitForTimeout(800);
    await shot('06-whole-graph');
    await openPanel('filters');
    const before = await visibleEdges();
    expect(new Set(before.map((e) => e.type)).size).toBeGreaterThan(1);
    await page.click('#left-panel fieldset:has(legend:text("Edge types")) button:text("none")');
    await page.check('input[name="type-SIGNED"]');
    const signed = await visibleEdges();
    expect(signed.length).toBeGreaterThan(0);
    expect(signed.every((e) => e.type === 'SIGNED')).toBe(true);
    expect(signed.length).toBe(before.filter((e) => e.type === 'SIGNED').length);

    const dated = signed.filter((e) => e.dateFrom);
    const years = dated.map((e) => Number(e.dateFrom!.slice(0, 4))).sort();
    const cut = years[years.length - 1]!; // keep only the latest year's signings (undated ones stay)
    await page.locator('input[name="year-from"]').fill(String(cut));
    const windowed = await visibleEdges();
    const undated = signed.length - dated.length;
    expect(windowed.length).toBe(
      undated + dated.filter((e) => Number((e.dateTo ?? e.dateFrom)!.slice(0, 4)) >= cut).length,
    );
    expect(windowed.length).toBeLessThan(signed.length);
    expect(await page.locator('#year-count').innerText()).toContain(`${windowed.length - undated} dated link`);
    await openPanel('timeline');
    expect(await page.locator('.timeline li').count()).toBe(windowed.length - undated);
    await shot('07-filtered-timeline');
    await page.locator('.timeline li button').first().click();
    expect(await page.evaluate(() => (window as any).corridor.cy.$('edge:selected').length)).toBe(1);

    await openPanel('filters');
    await page.click('#left-panel fieldset:has(legend:text("Edge types")) button:text("all")');
    await page.click('#btn-play');
    const first = Number(await page.locator('#year-to-value').innerText());
    await page.waitForFunction((y) => Number(document.querySelector('#year-to-value')?.textContent) > y + 2, first);
    expect(await page.locator('#year-count').innerText()).toMatch(/dated links? on the canvas falls? in/);
    await page.click('#btn-play'); // stop
    await page.click('button:text("All years")');
    expect((await visibleEdges()).length).toBe(before.length);
  });

  it('hides the nodes that SIGNED-only leaves without a link, says how many, keeps the switch in a share link, and brings them back when off', async () => {
    await openPanel('filters');
    const allNodes = await visibleNodeIds();
    expect(await page.isChecked('input[name="hide-unlinked"]')).toBe(true);
    await shot('07c-unlinked-before');
    await page.click('#left-panel fieldset:has(legend:text("Edge types")) button:text("none")');
    await page.check('input[name="type-SIGNED"]');
    const signed = await api<GraphResponse>('/api/graph?types=SIGNED');
    expect(signed.elements.edges.length).toBeGreaterThan(0);
    const endpoints = [...new Set(signed.elements.edges.flatMap((e) => [e.data.source, e.data.target]))].sort();
    // Nodes the whole graph gives no link at all (countries only named in an article) are set aside
    // by the same switch, before and after.
    const whole = await api<GraphResponse>('/api/graph');
    const linked = new Set(whole.elements.edges.flatMap((e) => [e.data.source, e.data.target]));
    const neverLinked = whole.elements.nodes.map((n) => n.data.id).filter((id) => !linked.has(id));
    expect(neverLinked.length).toBeGreaterThan(0);
    expect(allNodes.filter((id) => neverLinked.includes(id))).toEqual([]);
    const visible = await visibleNodeIds();
    expect(visible).toEqual(endpoints);
    expect(visible.length).toBeLessThan(allNodes.length);
    const everyNodeLinked = await page.evaluate(() =>
      (window as any).corridor.cy
        .nodes()
        .not('.filtered, .hidden')
        .every(
          (n: any) =>
            n.connectedEdges().empty() ||
            n
              .connectedEdges()
              .not('.filtered, .hidden')
              .some((e: any) => e.data('type') === 'SIGNED'),
        ),
    );
    expect(everyNodeLinked).toBe(true);
    const hidden = whole.elements.nodes.length - visible.length;
    expect(await page.locator('#unlinked-count').innerText()).toMatch(new RegExp(`^${hidden} nodes? hidden`));
    // The legend lists exactly the kinds still visible.
    const visibleKinds: string[] = await page.evaluate(
      () =>
        [
          ...new Set(
            (window as any).corridor.cy
              .nodes()
              .not('.filtered, .hidden')
              .map((n: any) => n.data('kind')),
          ),
        ].sort() as string[],
    );
    const legendTexts = await page.locator('#legend span').allInnerTexts();
    const kindsInLegend = ['Country', 'Province', 'City', 'Official', 'Company', 'Organization', 'Event']
      .filter((k) => legendTexts.includes(k))
      .sort();
    expect(kindsInLegend).toEqual(visibleKinds);
    await page.waitForTimeout(300);
    await shot('07d-unlinked-hidden-signed-only');

    // Removing every neighbour of a hidden node leaves it no link at all: it shows; undo hides it again.
    const lone = 'goertek';
    expect(visible).not.toContain(lone);
    const neighbours: string[] = await page.evaluate((id) => {
      const cy = (window as any).corridor.cy;
      cy.$(':selected').unselect();
      return cy
        .getElementById(id)
        .neighborhood('node')
        .select()
        .map((n: any) => n.id());
    }, lone);
    expect(neighbours.length).toBeGreaterThan(0);
    await page.click('.node-actions [data-action="remove"]');
    expect(await visibleNodeIds()).toContain(lone);
    await page.keyboard.press('Control+z');
    expect(await visibleNodeIds()).toEqual(visible);

    // Searching for a node the filters hide says why, instead of selecting something invisible.
    await searchAndChoose('goertek', 'Goertek');
    await page.locator('#status', { hasText: 'hidden' }).waitFor();
    expect(await page.locator('#status').innerText()).toMatch(
      /Goertek is on the canvas but hidden: the edge type or date filters leave it no visible link/,
    );
    expect(await visibleNodeIds()).toEqual(visible);

    await openPanel('filters');
    await page.uncheck('input[name="hide-unlinked"]');
    const everyNode = whole.elements.nodes.map((n) => n.data.id).sort();
    expect(await visibleNodeIds()).toEqual(everyNode);
    expect(await page.locator('#unlinked-count').innerText()).toMatch(
      new RegExp(`^${hidden} nodes? shown without a visible link`),
    );
    await shot('07e-unlinked-shown-signed-only');

    // The switch (off here, not the default) travels in the share link and still works there.
    await page.click('#btn-share');
    await page.locator('#text-dialog[open]').waitFor();
    const url = await page.locator('#text-body').inputValue();
    await page.keyboard.press('Escape');
    const other = await suite.env.browser.newPage({ viewport: { width: 1500, height: 920 } });
    await other.goto(url);
    await other.waitForFunction((n) => (window as any).corridor?.cy.nodes().length === n, everyNode.length);
    expect(await other.isChecked('input[name="hide-unlinked"]')).toBe(false);
    expect(await other.isChecked('input[name="type-SIGNED"]')).toBe(true);
    expect(await visibleNodeIds(other)).toEqual(everyNode);
    await other.check('input[name="hide-unlinked"]');
    expect(await visibleNodeIds(other)).toEqual(visible);
    await other.close();

    await page.check('input[name="hide-unlinked"]');
    await page.click('#left-panel fieldset:has(legend:text("Edge types")) button:text("all")');
    expect(await visibleNodeIds()).toEqual(allNodes);
  });

  it('draws each link’s type as its label when edge labels are on, and none when off', async () => {
    const labels = () =>
      page.evaluate(
        () =>
          (window as any).corridor.cy
            .edges()
            .not('.filtered, .hidden')
            .map((e: any) => [e.data('type'), e.style('label')]) as [string, string][],
      );
    expect((await labels()).every(([, l]) => l === '')).toBe(true);
    await viewMenu();
    await page.check('#edge-labels');
    const on = await labels();
    expect(on.length).toBeGreaterThan(0);
    for (const [type, label] of on) expect(label).toBe(type);
    await page.waitForTimeout(200);
    await shot('07f-edge-labels');
    await page.uncheck('#edge-labels');
    expect((await labels()).every(([, l]) => l === '')).toBe(true);
  });

  it('sizes nodes by PageRank (the top-ranked node biggest) differently from by degree', async () => {
    const sizes = () =>
      page.evaluate(() => {
        const cy = (window as any).corridor.cy;
        const pr = cy.elements().pageRank({});
        return cy.nodes().map((n: any) => ({
          id: n.id(),
          width: n.width() as number,
          rank: pr.rank(n) as number,
          degree: n.degree(false) as number,
        }));
      }) as Promise<{ id: string; width: number; rank: number; degree: number }[]>;
    // Bigger score, never a smaller node; the top-scored node is (one of) the biggest.
    const followsScore = (list: { width: number }[], score: (x: any) => number) => {
      for (const a of list)
        for (const b of list) if (score(a) > score(b) + 1e-9) expect(a.width).toBeGreaterThanOrEqual(b.width);
      const top = list.reduce((m, x) => (score(x) > score(m) ? x : m));
      expect(top.width).toBe(Math.max(...list.map((x) => x.width)));
    };
    await viewMenu();
    expect(await page.inputValue('#size-select')).toBe('degree');
    const byDegree = await sizes();
    followsScore(byDegree, (x) => x.degree);
    expect(new Set(byDegree.map((x) => x.width)).size).toBeGreaterThan(2);

    await page.selectOption('#size-select', 'pagerank');
    const byRank = await sizes();
    followsScore(byRank, (x) => x.rank);
    const widthOf = new Map(byDegree.map((x) => [x.id, x.width]));
    expect(byRank.filter((x) => x.width !== widthOf.get(x.id)).length).toBeGreaterThan(0);
    await shot('07g-size-pagerank');
    await page.selectOption('#size-select', 'degree');
  });

  it.each(['concentric', 'breadthfirst', 'grid'] as const)(
    'lays the canvas out as %s: nodes move and no two share a position',
    async (layout) => {
      const positions = () =>
        page.evaluate(
          () =>
            (window as any).corridor.cy
              .nodes()
              .not('.filtered, .hidden')
              .map((n: any) => ({ id: n.id(), ...n.position() })) as CanvasNode[],
        );
      const before = new Map((await positions()).map((p) => [p.id, p]));
      await page.selectOption('#layout-select', layout);
      await page.evaluate(() => (window as any).corridor.canvas.idle());
      const after = await positions();
      expect(after.length).toBe(before.size);
      const moved = after.filter((p) => Math.hypot(p.x - before.get(p.id)!.x, p.y - before.get(p.id)!.y) > 1);
      expect(moved.length).toBeGreaterThan(after.length / 2);
      for (let i = 0; i < after.length; i++)
        for (let j = i + 1; j < after.length; j++)
          expect(
            Math.hypot(after[i]!.x - after[j]!.x, after[i]!.y - after[j]!.y),
            `${after[i]!.id} and ${after[j]!.id}`,
          ).toBeGreaterThan(1);
      if (layout !== 'concentric') {
        // Grid columns and tree levels: far fewer distinct rows than nodes.
        const rows = new Set(after.map((p) => Math.round(p.y)));
        expect(rows.size).toBeLessThan(after.length / 2);
      }
      await page.waitForTimeout(200);
      await shot(`07h-layout-${layout}`);
    },
  );

  it('finds the path from Nguyễn Hữu Nghĩa to You Jun, draws and lists it with quotes', async () => {
    await findPaths(page, ['nguyen huu nghia', 'Nguyễn Hữu Nghĩa'], ['you jun', 'You Jun']);
    await page.locator('#path-result h3').first().waitFor();
    const expected = await api<PathsResponse>('/api/paths?from=nguyen-huu-nghia&to=you-jun&maxHops=4&mode=shortest');
    expect(expected.paths.length).toBeGreaterThan(0);
    const highlighted = await page.evaluate(() =>
      (window as any).corridor.cy
        .$('.path-highlight')
        .map((e: any) => e.id())
        .sort(),
    );
    const pathIds = [...expected.paths[0]!.nodeIds, ...expected.paths[0]!.steps.map((s) => s.edge.data.id)].sort();
    expect(highlighted).toEqual(pathIds);
    expect(await page.locator('#path-result li').count()).toBe(expected.paths[0]!.steps.length);
    expect(await page.locator('#path-result blockquote').first().innerText()).toContain(
      expected.paths[0]!.steps[0]!.edge.data.quote.slice(0, 20),
    );
    await page.waitForTimeout(600);
    await shot('08-path');
  });

  it('runs a Cypher query shown as graph and table, and refuses a write with a clear message', async () => {
    await openPanel('cypher');
    const editor = page.locator('#cypher-editor .cm-content');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('MATCH (a:Official)-[r:MET]->(b) RETURN a AS official, r, b LIMIT 5');
    await page.fill('textarea[name="cypher-params"]', '{}');
    await editor.click();
    await page.keyboard.press('Control+Enter');
    await page.locator('#cypher-summary').waitFor();
    const rows = await page.locator('#cypher-output tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    // A bare variable of one relationship type is headed by the type (walk 17, 8); `b`, people and
    // bodies alike, keeps its name.
    expect(await page.locator('#cypher-output th').allInnerTexts()).toEqual(['official', 'MET', 'b']);
    // The result is drawn (its MET links are on the canvas) but nothing is selected.
    expect(await page.evaluate(() => (window as any).corridor.cy.$(':selected').length)).toBe(0);
    const met = await page.evaluate(() => (window as any).corridor.cy.edges('[type = "MET"]').length);
    expect(met).toBeGreaterThanOrEqual(Math.min(rows, 1));
    await shot('09-cypher-result');

    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type("CREATE (n:Entity {id: 'intruder'}) RETURN n");
    await page.keyboard.press('Control+Enter');
    await page.locator('#cypher-error').waitFor();
    expect(await page.locator('#cypher-error').innerText()).toMatch(/^Refused: the console is read-only[\s\S]*write/i);
    expect(await page.locator('#cypher-error strong').getAttribute('title')).toBe('read_only');
    const stillThere = await api<{ hits: unknown[] }>('/api/search?q=intruder');
    expect(stillThere.hits).toEqual([]);
    await shot('10-cypher-write-refused');
  });

  it('runs a named query from its form', async () => {
    await page.selectOption('select[name="named-query"]', { label: 'Agreements of a province' });
    await page.fill('#named-query-form input[name="province"]', 'quang-ninh');
    await page.click('#named-query-form button[type="submit"]');
    await page.locator('#cypher-summary').waitFor();
    expect(await page.locator('#cypher-summary').innerText()).toMatch(/^Agreements of a province: [1-9]\d* rows?/);
    expect(await page.locator('#cypher-output tbody tr').count()).toBeGreaterThan(0);
    await shot('10b-named-query');
  });

  it('switches labels between canonical names, ASCII forms and Chinese characters', async () => {
    const label = (id: string) =>
      page.evaluate((x) => (window as any).corridor.cy.getElementById(x).data('display'), id);
    expect(await label('bac-ninh')).toBe('Bắc Ninh');
    await viewMenu();
    await page.selectOption('#label-select', 'ascii');
    expect(await label('bac-ninh')).toBe('Bac Ninh');
    await page.selectOption('#label-select', 'chinese');
    expect(await label('guangxi')).toMatch(/^\p{Script=Han}+$/u);
    expect(await label('bac-ninh')).toBe('Bắc Ninh'); // no Chinese form known: the canonical name
    await page.selectOption('#label-select', 'canonical');
  });

  it('exports a real PNG, an SVG with the node labels as text, and GraphML that parses', async () => {
    await openPanel('export');
    await page.fill('input[name="export-title"]', 'Bắc Ninh and its partners');
    const png = await download('#btn-export-png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(300);
    fs.writeFileSync(path.join(SCREENSHOTS, '11-export.png'), png);

    const svg = (await download('#btn-export-svg')).toString('utf8');
    fs.writeFileSync(path.join(SCREENSHOTS, '12-export.svg'), svg);
    const labels: string[] = await page.evaluate(() =>
      (window as any).corridor.cy
        .nodes()
        .not('.filtered, .hidden')
        .map((n: any) => n.data('display')),
    );
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('g.node text')].map((t) => t.textContent),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    // The SVG names the nodes its own picture has room for (the canvas's label placement for the
    // exported view): each text is a node on the canvas, and most nodes are named.
    for (const t of parsed.texts) expect(labels).toContain(t);
    expect(parsed.texts.length).toBeGreaterThan(labels.length / 2);
    const svgPage = await suite.env.browser.newPage({ viewport: { width: 1200, height: 900 } });
    await svgPage.setContent(`<body style="margin:0">${svg.replace(/^<\?xml[^>]*>/, '')}</body>`);
    await svgPage.screenshot({ path: path.join(SCREENSHOTS, '12-export-svg-rendered.png'), fullPage: true });
    await svgPage.close();

    const graphml = (await download('#btn-export-graphml')).toString('utf8');
    const g = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        nodes: doc.getElementsByTagName('node').length,
        edges: doc.getElementsByTagName('edge').length,
      };
    }, graphml);
    expect(g.error).toBeNull();
    expect(g.nodes).toBe(labels.length);
    expect(g.edges).toBe((await visibleEdges()).length);
    // Walk 30, 2: each citation with its article's headline, to be followed outside the app.
    expect(graphml).toContain('attr.name="articleTitle"');
    const edgesCsv = (await download('#btn-export-edges')).toString('utf8');
    const header = edgesCsv.slice(1, edgesCsv.indexOf('\r\n')).split(',');
    expect(header.slice(4, 6)).toEqual(['article', 'articleTitle']);
    expect(edgesCsv).toContain('Bắc Ninh expands economic cooperation with Chinese businesses and localities');
  });

  it('exports a PNG with a transparent background when asked, and an opaque one on white', async () => {
    await openPanel('export');
    await page.selectOption('select[name="export-bg"]', 'transparent');
    const annotatedPng = await download('#btn-export-png');
    fs.writeFileSync(path.join(SCREENSHOTS, '12b-export-transparent.png'), annotatedPng);
    const annotated = alphaCounts(annotatedPng);
    expect(annotated.transparent).toBeGreaterThan(annotated.width * annotated.height * 0.3);
    expect(annotated.opaque).toBeGreaterThan(0);
    // Without title, legend and sources the picture is Cytoscape's own rendering.
    await page.fill('input[name="export-title"]', '');
    await page.uncheck('input[name="export-legend"]');
    await page.uncheck('input[name="export-sources"]');
    const plain = alphaCounts(await download('#btn-export-png'));
    expect(plain.transparent).toBeGreaterThan(plain.width * plain.height * 0.3);
    expect(plain.opaque).toBeGreaterThan(0);
    await page.selectOption('select[name="export-bg"]', 'white');
    const white = alphaCounts(await download('#btn-export-png'));
    expect(white.transparent).toBe(0);
    expect(white.opaque).toBe(white.width * white.height);
    await page.check('input[name="export-legend"]');
    await page.check('input[name="export-sources"]');
  });

  it('opens a share link in a new page with the same elements and positions', async () => {
    await page.selectOption('#layout-select', 'geo');
    await page.waitForTimeout(800);
    await shot('13-geo-layout');
    await page.click('#btn-share');
    await page.locator('#text-dialog[open]').waitFor();
    const url = await page.locator('#text-body').inputValue();
    expect(url).toContain('#v=');
    expect(url.length).toBeLessThan(2000);
    await page.keyboard.press('Escape');
    // Under the map a node's true point travels, not where a fan or a cluster draws it at this zoom.
    const original: CanvasNode[] = await page.evaluate(() =>
      (window as any).corridor.cy.nodes().map((n: any) => ({ id: n.id(), ...(n.scratch('geoHome') ?? n.position()) })),
    );
    const originalEdges = (await visibleEdges()).map((e) => e.id).sort();

    const other = await suite.env.browser.newPage({ viewport: { width: 1500, height: 920 } });
    await other.goto(url);
    await other.waitForFunction((n) => (window as any).corridor?.cy.nodes().length === n, original.length);
    const labelsOf = (p: Page) =>
      p.evaluate(() =>
        (window as any).corridor.cy
          .nodes()
          .map((n: any) => `${n.id()}=${n.data('display')}`)
          .sort(),
      );
    expect(await labelsOf(other)).toEqual(await labelsOf(page));
    const restored: CanvasNode[] = await other.evaluate(() =>
      (window as any).corridor.cy.nodes().map((n: any) => ({ id: n.id(), ...(n.scratch('geoHome') ?? n.position()) })),
    );
    const byId = (l: CanvasNode[]) => l.sort((a, b) => a.id.localeCompare(b.id));
    // Positions travel as whole model units (16-bit integers): within half a unit.
    expect(byId(restored).map((n) => n.id)).toEqual(byId(original).map((n) => n.id));
    for (const [i, n] of byId(restored).entries()) {
      expect(Math.abs(n.x - original[i]!.x)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(n.y - original[i]!.y)).toBeLessThanOrEqual(0.5);
    }
    expect((await visibleEdges(other)).map((e) => e.id).sort()).toEqual(originalEdges);
    expect(await other.inputValue('#layout-select')).toBe('geo');
    await other.screenshot({ path: path.join(SCREENSHOTS, '14-share-restored.png') });
    await other.close();
  });

  it('copies the canvas as Cypher that brings back the same elements', async () => {
    // The path found above is still highlighted: As Cypher would copy only it (walk 15, 2). The whole canvas here.
    if (await page.locator('#btn-clear-highlight').isVisible()) await page.click('#btn-clear-highlight');
    await page.click('#btn-copy-cypher');
    await page.locator('#text-dialog[open]').waitFor();
    expect(await page.locator('#text-body').inputValue()).toContain('$nodeIds');
    await page.click('#btn-open-in-console');
    await page.click('#btn-run-cypher');
    await page.locator('#cypher-summary').waitFor();
    const onCanvas = await page.evaluate(() => {
      const cy = (window as any).corridor.cy;
      return { nodes: cy.nodes().not('.filtered, .hidden').length, edges: cy.edges().not('.filtered, .hidden').length };
    });
    expect(await page.locator('#cypher-summary').innerText()).toContain(
      `${onCanvas.nodes} nodes and ${onCanvas.edges} relationships highlighted on the canvas (orange outline, the rest faded; all on the canvas already)`,
    );
  });

  it('presentation mode hides the chrome and keeps the graph and legend', async () => {
    await page.click('#btn-present');
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('#legend').isVisible()).toBe(true);
    await shot('15-presentation');
    await page.keyboard.press('Escape');
    expect(await page.locator('.topbar').isVisible()).toBe(true);
  });

  it('waits as told when the app is still starting (503 + Retry-After) and then shows the answer', async () => {
    await freshPage();
    const seen: number[] = [];
    // The server's own start-up answer, replayed for the first search only.
    await page.route('**/api/search?*', async (route) => {
      if (seen.push(Date.now()) === 1) {
        await route.fulfill({
          status: 503,
          headers: { 'retry-after': '1', 'content-type': 'application/json' },
          body: JSON.stringify({ error: { code: 'database_preparing', message: 'The app is starting' } }),
        });
      } else await route.continue();
    });
    await page.keyboard.press('/');
    // Filled at once: typed key by key on a busy machine, the pauses between keys outlast the
    // search's debounce and each prefix asks again (4 requests seen under load 25).
    await page.fill('#search-input', 'hung yen');
    const first = page.locator('#search-list li[role="option"]').first();
    await first.waitFor();
    expect(await first.innerText()).toContain('Hưng Yên');
    expect(seen.length).toBe(2);
    expect(seen[1]! - seen[0]!).toBeGreaterThanOrEqual(1000);
    await page.unroute('**/api/search?*');
  });

  it('walk 20, 16. a map whose countries cannot be loaded says so, and draws them once they can be', async () => {
    await freshPage();
    await page.click('#btn-load-all');
    await page.waitForFunction(() => (window as any).corridor.cy.nodes().length > 20);
    // The chunk of countries as a tab open across a new deployment asks for it: no longer served.
    await page.route('**/countries-50m*', (route) => route.abort());
    await page.selectOption('#layout-select', 'geo');
    await expect.poll(() => page.locator('#status').textContent()).toContain('map of countries could not be loaded');
    await shot('walk20-basemap-failed');
    expect(await page.locator('svg.basemap path.coast').count()).toBe(0);
    // Served again: the next map draws them.
    await page.unroute('**/countries-50m*');
    await page.selectOption('#layout-select', 'fcose');
    await page.selectOption('#layout-select', 'geo');
    await page.waitForFunction(() => !!document.querySelector('svg.basemap path.coast')?.getAttribute('d'));
  });

  it('says "all from <year>" instead of showing two stuck sliders when every dated link is in one year', async () => {
    await freshPage();
    await searchAndChoose('hung yen', 'Hưng Yên');
    await page.waitForFunction(() => (window as any).corridor.cy.nodes().length === 1);
    await page.locator('#cy').dblclick({ position: await nodeScreenPosition(page, 'hung-yen') });
    const expected = await api<NeighborsResponse>('/api/nodes/hung-yen/neighbors?limit=150');
    const dated = expected.elements.edges.filter((e) => e.data.dateFrom);
    const years = new Set(dated.map((e) => e.data.dateFrom!.slice(0, 4)));
    expect(years.size).toBe(1);
    await page.waitForFunction((n) => (window as any).corridor.cy.edges().length === n, expected.elements.edges.length);
    await openPanel('filters');
    // The panel redraws once the expansion has settled on the canvas.
    await page.locator('#year-count', { hasText: /^All / }).waitFor();
    expect(await page.locator('#year-count').innerText()).toBe(
      `All ${dated.length} dated links on the canvas are from ${[...years][0]}; undated links stay visible.`,
    );
    expect(await page.locator('input[name="year-from"]').count()).toBe(0);
    await shot('16-single-year-filter');
  });
});

/** Where a node is drawn, in the canvas element's own coordinates (for clicks). */
async function nodeScreenPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => (window as any).corridor.cy.getElementById(nodeId).renderedPosition(), id);
}
