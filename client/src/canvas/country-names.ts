// Where the map names each country in the view (walk 13, 13). A country's name stands at a point
// inside it (its label point, basemap.ts) while that point is in view; zoomed in on a border, both
// countries' label points lie far outside the frame, and nothing said which side is China and which
// Việt Nam. Then the name goes to a point of the part of the country in view: a grid over the view
// (inside the map's disc) is read back to longitude and latitude, each point is given to the country
// it lies in, and a country's name takes the free point (no node, label or other name under it)
// nearest the middle of its points in view. The exports draw the names as placed for their picture.
import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { GeoProjection } from './geo-layout.ts';
import type { Box } from './label-boxes.ts';

/** A country the map can name: its name's home point (model coordinates, or null off the disc). */
export interface NamedCountry {
  name: string;
  feature: Feature<Geometry>;
  bounds: [[number, number], [number, number]];
  home: { x: number; y: number } | null;
}

export function namedCountry(
  name: string,
  feature: Feature<Geometry>,
  home: { x: number; y: number } | null,
): NamedCountry {
  return { name, feature, bounds: geoBounds(feature), home };
}

/** A screen viewport: model point p is drawn at p · zoom + pan, on a canvas `w` × `h`. */
export interface Screen {
  zoom: number;
  pan: { x: number; y: number };
  w: number;
  h: number;
}

/** The grid read over the view: enough to find a country with a tenth of the view, cheap per zoom. */
const COLS = 12;
const ROWS = 9;
/** Kept between a name and the canvas's edge, screen px. */
const EDGE = 6;

const within = (b: NamedCountry['bounds'], lon: number, lat: number) =>
  lat >= b[0][1] && lat <= b[1][1] && (b[0][0] <= b[1][0] ? lon >= b[0][0] && lon <= b[1][0] : true);

/** The screen points of the grid over the view inside the disc, each with the countries it lies in. */
function sample(countries: NamedCountry[], projection: GeoProjection, s: Screen): Map<NamedCountry, Pt[]> {
  const hits = new Map<NamedCountry, Pt[]>();
  for (let i = 0; i < COLS; i++)
    for (let j = 0; j < ROWS; j++) {
      const at = { x: ((i + 0.5) * s.w) / COLS, y: ((j + 0.5) * s.h) / ROWS };
      const ll = projection.invert((at.x - s.pan.x) / s.zoom, (at.y - s.pan.y) / s.zoom);
      if (!ll) continue;
      for (const c of countries)
        if (within(c.bounds, ll[0], ll[1]) && geoContains(c.feature, ll)) hits.set(c, [...(hits.get(c) ?? []), at]);
    }
  return hits;
}

type Pt = { x: number; y: number };

const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Each country's name placed for the screen `s`: at its home point when that is in view, else at a
 * free point of its part in view; null where it has none free (the name is not drawn). `size` gives
 * a name's box on screen; `taken` the boxes of the nodes and their labels.
 */
export function placeCountryNames(
  countries: NamedCountry[],
  projection: GeoProjection,
  s: Screen,
  size: (name: string) => { w: number; h: number },
  taken: Box[],
): ({ x: number; y: number } | null)[] {
  const boxAt = (c: NamedCountry, p: Pt): Box => {
    const { w, h } = size(c.name);
    return { x1: p.x - w / 2, y1: p.y - h / 2, x2: p.x + w / 2, y2: p.y + h / 2 };
  };
  const onScreen = (b: Box) => b.x1 >= EDGE && b.y1 >= EDGE && b.x2 <= s.w - EDGE && b.y2 <= s.h - EDGE;
  const screenOf = (p: Pt) => ({ x: p.x * s.zoom + s.pan.x, y: p.y * s.zoom + s.pan.y });
  const placed: Box[] = [];
  const free = (b: Box) => !taken.some((t) => meets(t, b)) && !placed.some((t) => meets(t, b));
  // Names at home first, as the map always drew them; the others then take what room is left.
  const atHome = countries.map((c) => {
    const p = c.home && screenOf(c.home);
    const b = p && boxAt(c, p);
    if (!b || !onScreen(b)) return false;
    if (free(b)) placed.push(b);
    return true;
  });
  const away = countries.filter((_, i) => !atHome[i]);
  const hits = away.length ? sample(away, projection, s) : new Map<NamedCountry, Pt[]>();
  return countries.map((c, i) => {
    if (atHome[i]) return c.home;
    const pts = hits.get(c);
    if (!pts) return null;
    const mid = { x: pts.reduce((a, p) => a + p.x, 0) / pts.length, y: pts.reduce((a, p) => a + p.y, 0) / pts.length };
    const best = pts
      .filter((p) => onScreen(boxAt(c, p)) && free(boxAt(c, p)))
      .sort((a, b) => Math.hypot(a.x - mid.x, a.y - mid.y) - Math.hypot(b.x - mid.x, b.y - mid.y))[0];
    if (!best) return null;
    placed.push(boxAt(c, best));
    return { x: (best.x - s.pan.x) / s.zoom, y: (best.y - s.pan.y) / s.zoom };
  });
}
