// The world's countries (Natural Earth 1:50m, world-atlas, ISC), loaded once, when a map is first
// drawn (a file of its own), and whether that failed: the basemap draws them (basemap.ts).
import { signal } from '@preact/signals';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';

type Countries = GeometryCollection;
export type World = {
  countries: FeatureCollection<Geometry>;
  topo: Topology<{ countries: Countries }>;
};
let world: Promise<World> | undefined;

/**
 * The countries' file, fetched rather than imported: Chromium 150 keeps a failed dynamic import's
 * error for the page's life, so a map whose chunk failed once never drew its countries, even when
 * served again (walk 20, 16 on a fresh machine); a fetch is made anew each time.
 */
async function fetchCountries(): Promise<Topology<{ countries: Countries }>> {
  const res = await fetch(countriesUrl);
  if (!res.ok) throw new Error(`${countriesUrl}: ${res.status} ${res.statusText}`);
  return (await res.json()) as Topology<{ countries: Countries }>;
}

/** The 1:50m countries, loaded once and only when a map is first drawn (a file of its own). */
export function loadWorld(): Promise<World> {
  world ??= fetchCountries().then(
    (topo) => {
      basemapFailed.value = false;
      return { countries: feature(topo, topo.objects.countries) as FeatureCollection<Geometry>, topo };
    },
    (err: unknown) => {
      // Tried again the next time a map is drawn; said meanwhile (walk 20, 16: a tab open across a
      // new deployment asked for a chunk no longer served and showed no map, and no word of it).
      world = undefined;
      basemapFailed.value = true;
      throw err;
    },
  );
  return world;
}

/** The countries could not be loaded (the map is drawn without them until they can). */
export const basemapFailed = signal(false);
