// The offline basemap under the geographic layout: Natural Earth countries (world-atlas, ISC),
// decoded with topojson-client and drawn with d3-geo through the very function the layout places
// nodes with (geo-layout.ts), so borders and places agree. It is an SVG layer under the canvas
// that follows Cytoscape's pan and zoom, and the PNG and SVG exports draw it too.
import type cytoscape from 'cytoscape';
import { geoArea, geoBounds, geoCentroid, geoContains, geoPath, geoTransform } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Feature, Geometry } from 'geojson';
import { mesh } from 'topojson-client';
import type { Box } from './label-boxes.ts';
import type { Leaders, Point } from './geo-fan.ts';
import type { GeoProjection } from './geo-layout.ts';
import { landTest } from './land.ts';
import { COUNT_PX, placeLinkCounts } from './link-counts.ts';
import { leadersSvg, nameLeadersSvg } from './leaders-svg.ts';
import { loadWorld, type World } from './world.ts';

export interface BasemapPaths {
  land: string;
  /** The coast: land's outline where it meets the sea, drawn light. */
  coast: string;
  /** Land borders between two countries, drawn dark: zoomed in, which side is China reads at a glance. */
  borders: string;
  /** The map's disc (model units, centred on 0,0): land is clipped to it, its rim drawn dashed. */
  radius: number;
  /** Each shown country's land apart, with its box (model units): which land a point is on (land.ts). */
  countries: { d: string; box: Box }[];
  /**
   * Country names (Natural Earth's) at a point inside each country, in model coordinates; `hidden`
   * where the name would meet a node's marker or label at the view's zoom (placeNames).
   */
  names?: CountryName[];
  /** Leader lines from fanned-out markers to their true points, links drawn to clusters (geo-markers.ts). */
  leaders?: Leaders;
}

/**
 * A country's name on the map: drawn at (x, y), its home point (`home`: the middle of its largest
 * part) unless that is out of view or taken, then at another of its `spots` (points inside it) in
 * view: zoomed in on the border, each side still says which country it is (walk 13, 13).
 */
export interface CountryName {
  name: string;
  x: number;
  y: number;
  home: { x: number; y: number };
  spots: { x: number; y: number }[];
  hidden?: boolean;
}

/** SVG path data of land and borders in model coordinates, through the layout's projection. */
export function basemapPaths(w: World, projection: GeoProjection): BasemapPaths {
  const stream = geoTransform({
    point(lon: number, lat: number) {
      const p = projection.project(lon, lat);
      this.stream.point(p.x, p.y);
    },
  });
  const path = geoPath(stream);
  // Countries that wrap the antimeridian (Russia's far east, Fiji) or lie on the other side of the
  // globe would be squeezed onto the layout's outer ring as slivers: the map shows the region,
  // clipped to the projection's disc (outside it wait the places too far away to be on the map).
  const near = (f: Feature<Geometry>) => {
    const [[w0, s0], [e0, n0]] = geoBounds(f);
    return (
      e0 > w0 &&
      e0 - w0 < 170 &&
      e0 > projection.center[0] - 60 &&
      w0 < projection.center[0] + 60 &&
      n0 > projection.center[1] - 45 &&
      s0 < projection.center[1] + 45
    );
  };
  const shown = w.countries.features.filter(near);
  const each = shown.map((f) => path(f) ?? '');
  const d = each.join('');
  // The arcs two shown countries share (features and geometries come in the same order).
  const geometries = w.topo.objects.countries.geometries;
  const nearby = new Set(geometries.filter((_, i) => shown.includes(w.countries.features[i]!)));
  const borders = path(mesh(w.topo, w.topo.objects.countries, (a, b) => a !== b && nearby.has(a) && nearby.has(b)));
  const onDisc = (p: { x: number; y: number }) => Math.hypot(p.x, p.y) < projection.radius * 0.95;
  const names = shown.flatMap((f): CountryName[] => {
    const { at, inside } = pointsOf(f);
    const home = at && projection.project(at[0], at[1]);
    const name = String((f.properties as { name?: string } | null)?.name ?? '');
    if (!home || !name || !onDisc(home)) return [];
    const spots = inside.map(([lon, lat]) => projection.project(lon, lat)).filter(onDisc);
    return [{ name, x: home.x, y: home.y, home, spots }];
  });
  const countries = each.map((c, i) => {
    const [[x1, y1], [x2, y2]] = path.bounds(shown[i]!);
    return { d: c, box: { x1, y1, x2, y2 } };
  });
  return { land: d, coast: d, borders: borders ?? '', radius: projection.radius, names, countries };
}

/** A country's name points in lon/lat, found once per country: the map is shown again and again, the world stays. */
const countryPoints = new WeakMap<Feature<Geometry>, { at: [number, number] | null; inside: [number, number][] }>();

function pointsOf(f: Feature<Geometry>): { at: [number, number] | null; inside: [number, number][] } {
  let p = countryPoints.get(f);
  if (!p) countryPoints.set(f, (p = { at: labelPoint(f), inside: insidePoints(f) }));
  return p;
}

/**
 * Where a country's name goes: the centre of its largest part when that lies inside it, else the
 * point of a grid over that part nearest the centre that does (a long thin country's centre can
 * fall in its neighbour).
 */
function labelPoint(f: Feature<Geometry>): [number, number] | null {
  const parts = partsOf(f);
  if (!parts.length) return null;
  const main = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const c = geoCentroid(main);
  if (geoContains(main, c)) return c;
  const [[w0, s0], [e0, n0]] = geoBounds(main);
  let best: [number, number] | null = null;
  for (let i = 1; i < 12; i++)
    for (let j = 1; j < 12; j++) {
      const q: [number, number] = [w0 + ((e0 - w0) * i) / 12, s0 + ((n0 - s0) * j) / 12];
      const closer = !best || Math.hypot(q[0] - c[0], q[1] - c[1]) < Math.hypot(best[0] - c[0], best[1] - c[1]);
      if (closer && geoContains(main, q)) best = q;
    }
  return best;
}

/** The polygon parts of a country feature. */
function partsOf(f: Feature<Geometry>): Feature<Polygon>[] {
  const g = f.geometry;
  if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') return [];
  return (g.type === 'Polygon' ? [g.coordinates] : (g as MultiPolygon).coordinates).map((coordinates) => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates },
  }));
}

/** The spacing of the grid of points a country's name may stand on (degrees): some in any view zoomed in. */
const SPOT_STEP = 0.4;

/**
 * The points of a grid (SPOT_STEP) that lie inside a country (lon, lat): where its name may go when
 * its home point is out of view. Row by row, the rings' crossings of the row's latitude bound the
 * runs inside (even-odd, so lakes and holes stay out): linear in the rings' length per row, where a
 * containment test per point took seconds for China.
 */
function insidePoints(f: Feature<Geometry>): [number, number][] {
  const rings = partsOf(f).flatMap((part) => part.geometry.coordinates);
  if (!rings.length) return [];
  const [[w0, s0], [e0, n0]] = geoBounds(f);
  if (e0 <= w0) return [];
  const out: [number, number][] = [];
  for (let lat = Math.ceil(s0 / SPOT_STEP) * SPOT_STEP; lat < n0; lat += SPOT_STEP) {
    const xs: number[] = [];
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]! as [number, number];
        const [xj, yj] = ring[j]! as [number, number];
        if (yi > lat !== yj > lat) xs.push(xi + ((lat - yi) / (yj - yi)) * (xj - xi));
      }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2)
      for (let lon = Math.ceil(xs[k]! / SPOT_STEP) * SPOT_STEP; lon < xs[k + 1]!; lon += SPOT_STEP)
        out.push([lon, lat]);
  }
  return out;
}

/** Country names' size on screen (px), and the air kept around them. */
const NAME_PX = 11;
const NAME_AIR = 2;
let measurer: CanvasRenderingContext2D | null | undefined;

/** A country name's width on screen: the canvas's measure of its font, with its letter spacing. */
function nameWidth(name: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return name.length * NAME_PX * 0.6;
  measurer.font = `${NAME_PX}px system-ui, sans-serif`;
  return measurer.measureText(name).width + name.length * 0.05 * NAME_PX;
}

type View = { zoom: number; pan: { x: number; y: number }; w: number; h: number };

/**
 * Puts a country's name at its home point when that shows whole in the view and clear of `taken`
 * (screen boxes of markers and names); else at the free spot in view nearest the middle of the
 * country's part in view; hidden when none is free.
 */
function placeName(n: CountryName, taken: Box[], view: View): void {
  const w = nameWidth(n.name) + 2 * NAME_AIR;
  const h = NAME_PX * 1.25 + 2 * NAME_AIR;
  const boxAt = (p: { x: number; y: number }) => {
    const [x, y] = [p.x * view.zoom + view.pan.x, p.y * view.zoom + view.pan.y];
    return { x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 };
  };
  const inView = (b: Box) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= view.w && b.y2 <= view.h;
  const free = (b: Box) => !taken.some((t) => t.x1 < b.x2 && b.x1 < t.x2 && t.y1 < b.y2 && b.y1 < t.y2);
  const home = boxAt(n.home);
  const seen = inView(home) ? [] : n.spots.filter((p) => inView(boxAt(p)));
  if (!seen.length) {
    // Home in view, or nothing of the country is: the name stays at home (hidden where taken).
    [n.x, n.y, n.hidden] = [n.home.x, n.home.y, !free(home)];
    return;
  }
  const mid = {
    x: seen.reduce((a, p) => a + p.x, 0) / seen.length,
    y: seen.reduce((a, p) => a + p.y, 0) / seen.length,
  };
  const spot = seen
    .filter((p) => free(boxAt(p)))
    .sort((a, b) => Math.hypot(a.x - mid.x, a.y - mid.y) - Math.hypot(b.x - mid.x, b.y - mid.y))[0];
  [n.x, n.y, n.hidden] = spot ? [spot.x, spot.y, false] : [n.home.x, n.home.y, true];
}

export const LAND_FILL = '#eef0ea';
/** National borders: dark enough to tell one side from the other when zoomed in. */
export const BORDER_STROKE = '#4f5447';
/** The coast: lighter than a border, so a border reads as one. */
export const COAST_STROKE = '#9aa293';
export const NAME_FILL = '#7a7f74';
export const SEA_FILL = '#f4f8fb';
export const RIM_STROKE = '#8a929b';

/**
 * Land and borders clipped to the map's disc, and its rim dashed: what lies outside the rim is
 * off the map (drawn in its true direction, never over some other country).
 */
function landSvg(paths: BasemapPaths, strokeWidth: number, extra: string, id: string): string {
  const r = paths.radius.toFixed(2);
  return (
    `<clipPath id="${id}"><circle cx="0" cy="0" r="${r}"/></clipPath>` +
    `<g clip-path="url(#${id})"><path d="${paths.land}" fill="${LAND_FILL}" stroke="none"/>` +
    `<path class="coast" d="${paths.coast}" fill="none" stroke="${COAST_STROKE}" stroke-width="${strokeWidth}" stroke-linejoin="round"${extra}/>` +
    `<path class="borders" d="${paths.borders}" fill="none" stroke="${BORDER_STROKE}" stroke-width="${1.6 * strokeWidth}" stroke-linejoin="round"${extra}/></g>` +
    `<circle class="map-rim" cx="0" cy="0" r="${r}" fill="none" stroke="${RIM_STROKE}" stroke-width="${strokeWidth}" stroke-dasharray="${6 * strokeWidth} ${4 * strokeWidth}"${extra}/>`
  );
}

/** Country names, small and grey, at `font` (the drawing's units: 11 screen px). */
function namesSvg(paths: BasemapPaths, font: number): string {
  const texts = (paths.names ?? []).map(
    (n, i) =>
      `<text data-i="${i}" x="${n.x.toFixed(2)}" y="${n.y.toFixed(2)}" text-anchor="middle" dominant-baseline="central"${n.hidden ? ' display="none"' : ''}>${n.name.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`,
  );
  return `<g class="country-names" font-family="system-ui, sans-serif" font-size="${font.toFixed(3)}" fill="${NAME_FILL}" letter-spacing="0.05em" stroke="#fff" stroke-opacity="0.7" stroke-width="${(font / 5).toFixed(3)}" paint-order="stroke">${texts.join('')}</g>`;
}

/** The basemap as SVG elements in model coordinates (for the SVG export and the PNG's under-layer). */
export function basemapSvg(paths: BasemapPaths, strokeWidth: number): string {
  return (
    landSvg(paths, strokeWidth, '', 'map-disc-export') +
    namesSvg(paths, NAME_PX * strokeWidth) +
    leadersSvg(paths.leaders, strokeWidth)
  );
}

/** What a picture of the map draws over the graph: the called-out names' leaders (model coordinates). */
export function basemapOverSvg(paths: BasemapPaths, strokeWidth: number): string {
  return nameLeadersSvg(paths.leaders?.names, strokeWidth);
}

/** The live layer under the canvas (and its leaders of called-out names over it). */
export class BasemapLayer {
  private readonly svg: SVGSVGElement;
  private readonly g: SVGGElement;
  private readonly leaders: SVGGElement;
  /** Over the canvas: the called-out names' leaders. */
  private readonly over: SVGSVGElement;
  private readonly overG: SVGGElement;
  private lastLeaders: Leaders | undefined;
  /** What the last placement of the names kept clear of (a world that loads later is placed by it). */
  private taken: Box[] = [];
  current: BasemapPaths | null = null;
  /** The projection `current` is drawn through. */
  private shownFor: GeoProjection | undefined;
  /** Bumped by every show and hide, so a world that loads after a hide is not drawn. */
  private generation = 0;

  constructor(
    host: HTMLElement,
    private readonly cy: cytoscape.Core,
  ) {
    this.svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    this.svg.setAttribute('class', 'basemap');
    this.svg.setAttribute('aria-hidden', 'true');
    this.g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    this.leaders = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    this.svg.append(this.g, this.leaders);
    host.prepend(this.svg);
    this.svg.style.display = 'none';
    this.over = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    this.over.setAttribute('class', 'basemap-over');
    this.over.setAttribute('aria-hidden', 'true');
    this.overG = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    this.over.append(this.overG);
    cy.container()?.after(this.over);
    cy.on('viewport', () => this.follow());
  }

  async show(projection: GeoProjection): Promise<void> {
    const mine = ++this.generation;
    const world = await loadWorld();
    if (mine !== this.generation) return;
    const paths = basemapPaths(world, projection);
    this.current = { ...paths, leaders: this.lastLeaders };
    this.shownFor = projection;
    // Non-scaling strokes: a dash pattern in screen pixels too.
    this.g.innerHTML =
      landSvg(paths, 1, ' vector-effect="non-scaling-stroke"', 'map-disc') + namesSvg(paths, NAME_PX / this.cy.zoom());
    this.svg.style.display = '';
    this.follow();
    this.placeNames(this.taken);
  }

  /** Which land a model point is on (a country's index, -1 at sea), once the map drawn through `projection` shows. */
  landFor(projection: GeoProjection | undefined): ((p: Point) => number) | undefined {
    const paths = this.current;
    return paths && projection && projection === this.shownFor ? landTest(paths.countries, paths.radius) : undefined;
  }

  /** The fan's leader lines over the map (and in exports); null removes them. */
  setLeaders(leaders: Leaders | null): void {
    this.lastLeaders = leaders ?? undefined;
    if (this.current) this.current = { ...this.current, leaders: leaders ?? undefined };
    const font = COUNT_PX / this.cy.zoom(); // the counts keep their size on screen, like the labels
    this.leaders.innerHTML = leadersSvg(leaders ?? undefined, 1, ' vector-effect="non-scaling-stroke"', font);
    this.overG.innerHTML = nameLeadersSvg(leaders?.names, 1, ' vector-effect="non-scaling-stroke"');
  }

  /** The leader lines of the names called out from their markers (declutter.ts), drawn again if they changed. */
  setNameLeaders(names: string): void {
    const leaders = this.lastLeaders ?? { lines: '', dots: '', links: [] };
    if ((leaders.names ?? '') !== names) this.setLeaders({ ...leaders, names });
  }

  /**
   * Hides each country name whose box, at its size on screen, meets a node's marker or shown label
   * (screen boxes, with a little air): a map name under "China" or beside a marker reads as part of
   * the graph. The exports draw the names as placed here for their picture.
   */
  placeNames(taken: Box[]): void {
    this.placeCounts(taken);
    this.taken = taken;
    const names = this.current?.names;
    if (!names) return;
    const view = { zoom: this.cy.zoom(), pan: this.cy.pan(), w: this.cy.width(), h: this.cy.height() };
    for (const n of names) placeName(n, taken, view);
    this.g.querySelectorAll<SVGTextElement>('.country-names text').forEach((t) => {
      const n = names[Number(t.dataset.i)];
      if (!n) return;
      t.setAttribute('x', n.x.toFixed(2));
      t.setAttribute('y', n.y.toFixed(2));
      if (n.hidden) t.setAttribute('display', 'none');
      else t.removeAttribute('display');
    });
  }

  /** The counts on lines to clusters, each clear of the markers and names (link-counts.ts), drawn again. */
  private placeCounts(taken: Box[]): void {
    const leaders = this.lastLeaders;
    if (!leaders?.links.length) return;
    placeLinkCounts(leaders.links, taken, { zoom: this.cy.zoom(), pan: this.cy.pan() });
    this.setLeaders(leaders);
  }

  hide(): void {
    this.generation++;
    this.current = null;
    this.shownFor = undefined;
    this.leaders.innerHTML = '';
    this.overG.innerHTML = '';
    this.svg.style.display = 'none';
  }

  private follow(): void {
    if (!this.current) return;
    const { x, y } = this.cy.pan();
    const t = `translate(${x} ${y}) scale(${this.cy.zoom()})`;
    this.g.setAttribute('transform', t);
    this.leaders.setAttribute('transform', t);
    this.overG.setAttribute('transform', t);
    // Country names keep their size on screen, like the labels.
    const names = this.g.querySelector('.country-names');
    names?.setAttribute('font-size', (NAME_PX / this.cy.zoom()).toFixed(3));
    names?.setAttribute('stroke-width', (2.2 / this.cy.zoom()).toFixed(3));
  }
}
