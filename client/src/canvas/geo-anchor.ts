// The one place a node without coordinates of its own (an official, a body, a company, an event)
// stands by on the map. Standing at the mean of its links put a Vietnamese official at sea between
// Hà Nội and Beijing and a ministry in the Gulf of Tonkin (walk 15): a node has ONE anchor place,
// the place it belongs to, else a place its own name names, else the place it is linked to, its own
// country's first; a country stands for its capital. geo-layout.ts fans it beside that place.
import type cytoscape from 'cytoscape';

type Node = cytoscape.NodeSingular;

/** Scratch key: the id of the place a node without coordinates stands beside on the map, set with its layout. */
export const GEO_ANCHOR = 'geoAnchor';

/** Links that say where a node belongs: the place (or body) it is in, the body it holds a post in. */
const BELONGS = new Set(['LOCATED_IN', 'HOLDS_POST']);
/** Links that say where a node went, not where it belongs: its places count last. */
const WENT = new Set(['VISITED', 'MET', 'ATTENDED']);

export const hasPoint = (n: Node): boolean => typeof n.data('lat') === 'number' && typeof n.data('lon') === 'number';
const isNational = (n: Node) => n.data('kind') === 'Country';
const countryOf = (n: Node): string | undefined => (n.data('country') as string | undefined) ?? undefined;

/** Every written form of a place's name (its name, its label, its aliases). */
function namesOf(place: Node): string[] {
  const aliases = (place.data('aliases') as unknown[] | undefined) ?? [];
  return [place.data('name'), place.data('label'), ...aliases].filter((s): s is string => typeof s === 'string');
}

/** Where `name` is written in `text` as whole words (-1 if not): "Quảng Ninh" in "Quảng Ninh Provincial Party Committee". */
function wordAt(text: string, name: string): number {
  if (name.length < 3) return -1;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=[^\\p{L}\\p{N}]|$)`, 'iu').exec(text);
  return m ? m.index + m[1]!.length : -1;
}

/** The place (not a country) the node's own name names first, if any ("People's Government of Guangxi…"). */
function namedPlace(n: Node, places: Node[]): Node | undefined {
  const text = String(n.data('label') ?? n.data('name') ?? '');
  let best: { at: number; len: number; place: Node } | undefined;
  for (const place of places) {
    if (isNational(place)) continue;
    for (const name of namesOf(place)) {
      const at = wordAt(text, name);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && name.length > best.len)) best = { at, len: name.length, place };
    }
  }
  return best?.place;
}

/** The countries (ISO codes) a node is of: its own, else those its name names ("Vietnam–China Youth Festival"). */
function countriesOf(n: Node, places: Node[]): string[] {
  const own = countryOf(n);
  if (own) return [own];
  const text = String(n.data('label') ?? '');
  return places
    .filter((p) => isNational(p) && namesOf(p).some((name) => wordAt(text, name) >= 0))
    .map((p) => ({
      code: countryOf(p),
      at: Math.min(
        ...namesOf(p)
          .map((name) => wordAt(text, name))
          .filter((a) => a >= 0),
      ),
    }))
    .sort((a, b) => a.at - b.at)
    .flatMap((c) => (c.code ? [c.code] : []));
}

/**
 * Capitals by country code, as gazetteer ids (seeds/gazetteer). A national body or an official known
 * only by his country belongs in its capital, but the seed gives a country the centroid of its land
 * (Việt Nam's in the Central Highlands, China's in Gansu) and no capital: a ministry there stood in
 * the middle of nowhere, and a narrow country's centroid leaves no room for a fan on its land.
 */
const CAPITALS: Record<string, string> = { VN: 'hanoi', CN: 'beijing', LA: 'vientiane-capital' };

/** A country's capital among `places` (where the client knows it), else the country's own point. */
function capitalOf(country: Node, places: Node[]): Node {
  const id = CAPITALS[countryOf(country) ?? ''];
  return places.find((p) => p.id() === id) ?? country;
}

/**
 * Where the rest of `place`'s country lies, as the median longitude and latitude of its country's
 * other places among `nodes` (undefined with none). The layout knows no coastline nor border, but
 * the side of a place toward the rest of its country is inland of a coast and on its own side of a
 * border: Hạ Long's fan opens toward Hà Nội and the northern provinces, not onto its bay; Lạng
 * Sơn's toward Việt Nam, not into China.
 */
export function restOfCountry(place: Node, nodes: cytoscape.NodeCollection): { lon: number; lat: number } | undefined {
  const code = countryOf(place);
  const others = nodes.filter((m) => hasPoint(m) && !isNational(m) && m.id() !== place.id() && countryOf(m) === code);
  if (!code || others.empty()) return undefined;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    lon: median(others.map((m) => m.data('lon') as number)),
    lat: median(others.map((m) => m.data('lat') as number)),
  };
}

/** The best of several candidate places: of the node's country first, then finer than a country, then most linked, then by id. */
function best(candidates: Node[], countries: string[]): Node | undefined {
  const rank = (p: Node) => {
    const i = countries.indexOf(countryOf(p) ?? '');
    return [i < 0 ? countries.length : i, isNational(p) ? 1 : 0, -p.degree(false)];
  };
  return [...new Set(candidates)].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return a.id().localeCompare(b.id());
  })[0];
}

/**
 * Each node's anchor place among `nodes` (a node with coordinates is its own): the place it belongs
 * to (through chains of posts and bodies: an official at his body's place; a body placed in its own
 * right before one placed only by its country), else the place its name
 * names, else its linked places, else its neighbours' anchors; a place of its own country's before
 * any other (else its country); a country's capital for a country. Nodes with none are left out.
 * A pure function of the graph: give it every node the client knows, filtered and hidden ones too,
 * so that a filter (LOCATED_IN unticked) does not move a node to some other place it is linked to.
 */
export function anchorPlaces(nodes: cytoscape.NodeCollection): Map<string, Node> {
  const places = nodes.filter(hasPoint).toArray() as Node[];
  const inGraph = new Set(nodes.map((n) => n.id()));
  const anchors = new Map<string, Node>();
  // Nodes anchored only through a country (a national ministry, an official known by his country):
  // their capital stands in for a place of their own.
  const byCountry = new Set<string>();
  const visiting = new Set<string>();
  const countryNode = (code: string) => places.find((p) => isNational(p) && countryOf(p) === code);
  const linked = (n: Node, types: (t: string) => boolean, outgoing: boolean): Node[] =>
    (outgoing ? n.outgoers('edge') : n.connectedEdges())
      .filter((e) => types(String(e.data('type'))))
      .connectedNodes()
      .filter((m) => m.id() !== n.id() && inGraph.has(m.id()))
      .toArray() as Node[];

  const anchorOf = (n: Node): Node | undefined => {
    if (hasPoint(n)) return n;
    if (anchors.has(n.id())) return anchors.get(n.id());
    if (visiting.has(n.id())) return undefined;
    visiting.add(n.id());
    const countries = countriesOf(n, places);
    const via = (ms: Node[]) => ms.flatMap((m) => anchorOf(m) ?? []);
    const bodies = linked(n, (t) => BELONGS.has(t), true);
    const homes = via(bodies);
    // A body placed only by its country counts after one placed in its own right: Nguyễn Hữu Nghĩa,
    // Hưng Yên's party secretary, also sits on the Central Committee (Hà Nội only as the capital).
    const ownHomes = via(bodies.filter((m) => !isNational(m) && !byCountry.has(m.id())));
    const direct = (types: (t: string) => boolean) => linked(n, types, false).filter(hasPoint);
    const settled = direct((t) => !WENT.has(t));
    const own = best(ownHomes, countries);
    const viaCountry = own ? undefined : best(homes, countries);
    const found =
      own ??
      viaCountry ??
      namedPlace(n, places) ??
      best(settled.length ? settled : direct(() => true), countries) ??
      best(via(linked(n, () => true, false)), countries);
    visiting.delete(n.id());
    // A Chinese official linked only to a Vietnamese province (all the client knows of him) is in China.
    const home = found && countries[0] && countryOf(found) !== countries[0] ? countryNode(countries[0]) : undefined;
    const at = home ?? found;
    const anchor = at && isNational(at) ? capitalOf(at, places) : at;
    if (anchor) anchors.set(n.id(), anchor);
    if ((at && isNational(at)) || viaCountry) byCountry.add(n.id());
    return anchor;
  };
  nodes.forEach((n) => void anchorOf(n));
  return anchors;
}
